"""Find an article's publication date in its own text: a byline/dateline line near the top, or a
"published on …" line anywhere. A date inside a sentence about an event (a photo caption) is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from factx.lexicon import lexicon
from factx.model import Grain
from factx.normalize.dates import resolve_date

BYLINE_LINES = 12
BYLINE_MAX_OTHER_WORDS = 6
_BYLINE_LEAD = re.compile(r"^(?:by\b|published\b|posted\b|updated\b|dateline\b)", re.IGNORECASE)


@cache
def _date_re() -> re.Pattern[str]:
    months = "|".join(sorted(lexicon()["months"], key=len, reverse=True))
    weekdays = "|".join(lexicon()["weekdays"])
    month = rf"(?:{months})\.?"
    return re.compile(
        rf"(?:(?:{weekdays}),?\s+)?(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{month},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})",
        re.IGNORECASE,
    )


@cache
def _published_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:first\s+)?(?:published|posted|released)(?:\s+(?:on|at))?\s*:?\s*({_date_re().pattern})",
        re.IGNORECASE,
    )


def _day(text: str) -> date | None:
    found = resolve_date(text, None)
    if found is None or found.grain is not Grain.DAY or found.low is None:
        return None
    return found.low


@dataclass(frozen=True)
class Published:
    """A publication date found in the text, where it came from, and the characters that state it."""

    day: date
    origin: str
    span: tuple[int, int]


def _byline(text: str) -> Published | None:
    pos, seen = 0, 0
    for raw in text.splitlines(keepends=True):
        start, pos = pos, pos + len(raw)
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > BYLINE_LINES:
            break
        m = _date_re().search(line)
        if not m:
            continue
        rest = (line[: m.start()] + " " + line[m.end() :]).strip()
        words = re.findall(r"[A-Za-z]+", rest)
        short = len(words) <= BYLINE_MAX_OTHER_WORDS and not rest.endswith((".", "!", "?"))
        day = _day(m.group(0)) if short or _BYLINE_LEAD.match(line) else None
        if day:
            offset = start + raw.index(line)
            return Published(day, "byline", (offset, offset + len(line)))
    return None


def find_published(text: str) -> Published | None:
    """The publication date stated in `text`: a byline/dateline line near the top ("byline"), else a
    "published on …" line anywhere ("text"); None when the text states none."""
    found = _byline(text)
    if found:
        return found
    m = _published_re().search(text)
    if m:
        day = _day(m.group(1))
        if day:
            return Published(day, "text", m.span())
    return None
