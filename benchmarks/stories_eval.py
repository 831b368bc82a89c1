"""Score `factx stories` on the ECB+ development stories mixed together: pairwise precision, recall and F1 of
"these two articles are in one story" against the story folders.

    python -m benchmarks.stories_eval [--data ../shared/data/ecbplus-dev] [--threshold T ...]

Prints one JSON object per threshold. Exit 0 with a note when the data is absent (a clone without ../shared).
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

from factx.ingest import read_documents
from factx.model import Document
from factx.stories import THRESHOLD, split_stories

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus-dev"


def pairwise(gold: dict[str, str], found: dict[str, str]) -> dict[str, float]:
    """Precision, recall and F1 over all pairs of articles: a pair is positive when both are in one story."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same, joined = gold[a] == gold[b], found[a] == found[b]
        tp += same and joined
        fp += joined and not same
        fn += same and not joined
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def load(data: Path) -> tuple[list[Document], dict[str, str]]:
    documents, gold = [], {}
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        for document in read_documents([str(folder)]):
            if isinstance(document, Document):
                documents.append(document)
                gold[document.id] = folder.name
    return documents, gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--threshold", type=float, nargs="*", default=[THRESHOLD])
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"stories eval skipped: {args.data} is absent", file=sys.stderr)
        return 0
    documents, gold = load(args.data)
    for threshold in args.threshold:
        found = {d: s.id for s in split_stories(documents, threshold) for d in s.documents}
        scores = pairwise(gold, found)
        stories = len(set(found.values()))
        print(json.dumps({"threshold": threshold, "articles": len(documents), "stories": stories, **scores}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
