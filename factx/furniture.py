"""Find page furniture in plain text: teaser blocks, rating widgets, share lines, sign-offs.

The rules are data (`patterns/furniture.json`). Furniture is returned as character ranges so it can be
masked without moving offsets.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from factx.errors import PatternError


@cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], float, int, int]:
    path = "patterns/furniture.json"
    try:
        data = json.loads(resources.files("factx.patterns").joinpath("furniture.json").read_text("utf-8"))
        compiled = [
            re.compile("^(?:" + "|".join(data[k]) + ")$", re.IGNORECASE)
            for k in ("block", "line", "sign_off")
        ]
        numbers = (
            float(data["block_from_fraction"]),
            int(data["sign_off_last_lines"]),
            int(data["block_line_max"]),
        )
        return (*compiled, *numbers)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise PatternError(f"{path}: {exc}") from exc


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, pos + len(raw), raw.strip()))
        pos += len(raw)
    return out


def find_furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of `text` that are page furniture, in order, not overlapping."""
    block, line, sign_off, block_from, last_lines, block_line_max = _rules()
    lines = _lines(text)
    content = [i for i, (_, _, s) in enumerate(lines) if s]
    ranges: list[tuple[int, int]] = []
    block_end = -1
    for n, i in enumerate(content):
        start, end, stripped = lines[i]
        if start < block_end:
            continue
        if block.match(stripped) and start >= block_from * len(text):
            block_end = _block_end(lines, i, block_line_max)
            ranges.append((start, block_end))
        elif sign_off.match(stripped) and len(content) - n <= last_lines:
            ranges.append((start, len(text)))
            break
        elif line.match(stripped) or block.match(stripped):
            ranges.append((start, end))
    return tuple(ranges)


def _block_end(lines: list[tuple[int, int, str]], first: int, line_max: int) -> int:
    """A teaser block runs over the short lines (headlines, blurbs) after its heading, to the first line of
    article length."""
    end = lines[first][1]
    for start, stop, stripped in lines[first + 1 :]:
        if len(stripped) > line_max:
            return start
        end = stop
    return end
