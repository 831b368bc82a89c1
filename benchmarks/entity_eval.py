"""Pairwise entity scoring: does factx put two surface names in one entity exactly when they name one thing?

    python -m benchmarks.entity_eval --data ../shared/data/ecbplus-dev            # runs factx reconcile
    python -m benchmarks.entity_eval --data DIR --factx /path/to/factx           # another build of factx
    python -m benchmarks.entity_eval --tables DIR   # DIR/<story>.json from `factx reconcile -f json`

Gold is `benchmarks/gold/entities/<story>.json`: hand-checked `same` pairs (two names of one entity) and
`apart` pairs (names of different entities). A pair counts as merged when both names are variants of one
entity in the table (compared case-sensitively after dropping a leading "the"). A `same` pair whose names
factx never outputs is a miss, as a merge that did not happen. Precision is over the pairs factx merged,
recall over the `same` pairs. Stories whose texts or tables are absent are skipped and said so.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold" / "entities"


def _key(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


def entity_of(table: dict) -> dict[str, set[str]]:
    """Surface form → ids of the entities that list it as a variant."""
    out: dict[str, set[str]] = {}
    for entity in table["entities"]:
        for variant in entity["variants"]:
            out.setdefault(_key(variant["text"]), set()).add(entity["id"])
    return out


def score_story(gold: dict, table: dict) -> dict[str, int]:
    """Counts of true/false positives and false negatives over the story's gold pairs."""
    ids = entity_of(table)

    def merged(a: str, b: str) -> bool:
        return bool(ids.get(_key(a), set()) & ids.get(_key(b), set()))

    tp = sum(merged(a, b) for a, b in gold["same"])
    fp = sum(merged(a, b) for a, b in gold["apart"])
    return {"tp": tp, "fp": fp, "fn": len(gold["same"]) - tp}


def _whole_lines(text: str) -> set[str]:
    """Every stripped line of an article, and each line without a leading "By " (a byline's name)."""
    out = set()
    for line in text.splitlines():
        line = line.strip()
        if line:
            out.add(line)
            if line.lower().startswith("by "):
                out.add(line[3:].strip())
    return out


def headline_entities(table: dict) -> list[str]:
    """Entity variants whose text is a whole line of an article that uses them: a headline, dateline or
    byline taken for a name. Read from the article files themselves, not from factx's own headline rules,
    so that a line those rules miss is still counted."""
    lines: dict[str, set[str]] = {}
    for doc in table.get("documents", []):
        path = Path(doc.get("path") or "")
        lines[doc["id"]] = _whole_lines(path.read_text("utf-8")) if path.is_file() else set()
    found = []
    for entity in table["entities"]:
        for variant in entity["variants"]:
            docs = [d for d in variant["docs"] if variant["text"] in lines.get(d, set())]
            if docs:
                found.append(f"{variant['text']!r} ({entity['type']}, {docs[0]})")
    return found


def prf(counts: dict[str, int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of summed counts (0 where undefined)."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _table(story: str, data: Path | None, tables: Path | None, factx: str) -> dict | None:
    if tables is not None:
        path = tables / f"{story}.json"
        return json.loads(path.read_text("utf-8")) if path.exists() else None
    folder = data / story if data else None
    if folder is None or not folder.is_dir():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "table.json"
        args = [factx, "reconcile", str(folder), "-f", "json", "-o", str(out), "--no-cache"]
        subprocess.run(args, check=True)
        return json.loads(out.read_text("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="folder of story folders (ecbplus-dev)")
    parser.add_argument("--tables", type=Path, help="folder of <story>.json reconcile outputs")
    parser.add_argument("--factx", default=str(Path(sys.executable).parent / "factx"))
    args = parser.parse_args(argv)
    total = {"tp": 0, "fp": 0, "fn": 0}
    print("| story | same | apart | precision | recall | F1 |\n|---|---|---|---|---|---|")
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        table = _table(path.stem, args.data, args.tables, args.factx)
        if table is None:
            print(f"skipped {path.stem}: no texts or table", file=sys.stderr)
            continue
        counts = score_story(gold, table)
        for k in total:
            total[k] += counts[k]
        p, r, f = prf(counts)
        print(f"| {path.stem} | {len(gold['same'])} | {len(gold['apart'])} | {p:.2f} | {r:.2f} | {f:.2f} |")
    p, r, f = prf(total)
    print(f"| all | | | {p:.2f} | {r:.2f} | {f:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
