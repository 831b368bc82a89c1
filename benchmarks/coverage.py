"""Which gold claims factx does not extract at all: the extraction side of `make eval`.

For every claim of `benchmarks/gold/<story>.json` whose texts are at `<data>/<story>/`, looks for a mention of
`factx extract` (any kind) that overlaps an occurrence of the claim's text in its document. A claim with none
cannot be in any fact, whatever reconciliation does. Prints those claims with their context, then the count.

Usage: python -m benchmarks.coverage [--gold benchmarks/gold] [--data ../shared/data/ecbplus-dev] [STORY...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from benchmarks.eval import DEFAULT_DATA, DEFAULT_GOLD

CONTEXT = 60


def mentions(folder: Path) -> dict[str, list[dict]]:
    """`factx extract FOLDER --format jsonl` (without the cache), by document id."""
    command = [sys.executable, "-m", "factx", "extract", str(folder), "--format", "jsonl", "--no-cache", "-q"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"factx failed on {folder}: {done.stderr.strip()[-500:]}")
    found: dict[str, list[dict]] = {}
    for line in done.stdout.splitlines():
        if line.strip():
            m = json.loads(line)
            found.setdefault(m["doc"], []).append(m)
    return found


def _occurrences(body: str, text: str) -> list[tuple[int, int]]:
    spans, i = [], body.find(text)
    while i >= 0:
        spans.append((i, i + len(text)))
        i = body.find(text, i + 1)
    return spans


def uncovered(gold: dict, folder: Path) -> list[str]:
    """One line per claim of `gold` with no overlapping mention (or whose text is not in its document)."""
    found = mentions(folder)
    lines = []
    for fact in gold["facts"]:
        for doc, text in fact["claims"].items():
            file = folder / gold["documents"][doc]["file"]
            body = file.read_text(encoding="utf-8") if file.is_file() else ""
            spans = _occurrences(body, text)
            own = found.get(file.stem, [])
            if any(s < m["end"] and m["start"] < e for s, e in spans for m in own):
                continue
            where = "(text not found)"
            if spans:
                where = body[max(0, spans[0][0] - CONTEXT) : spans[0][1] + CONTEXT]
            lines.append(f"{fact['id']} [{fact['kind']}] {doc}: {text!r} | {' '.join(where.split())}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("stories", nargs="*", help="only these stories (default: all with texts)")
    args = parser.parse_args(argv)
    claims = missed = 0
    for path in sorted(args.gold.glob("*.json")):
        folder = args.data / path.stem
        if (args.stories and path.stem not in args.stories) or not folder.is_dir():
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        claims += sum(len(f["claims"]) for f in gold["facts"])
        for line in uncovered(gold, folder):
            missed += 1
            print(f"{path.stem} {line}")
    print(f"gold claims with no extracted mention: {missed} of {claims}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
