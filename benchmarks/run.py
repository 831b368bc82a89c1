"""Throughput of `factx extract` against bare spaCy with the same model, measured in one run.

    python -m benchmarks.run [--copies N] [--repeat R]

Bare spaCy is `nlp.pipe` over the same texts with the model's components only; factx is the full extract
stage (factx components, normalization, date resolution, Mention records). Figures are medians of R runs;
the ratio factx/bare is what the README reports.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

from factx.extract import extract
from factx.ingest import processing_text, read_documents
from factx.model import Document
from factx.nlp import FACTX_PIPES, build_pipeline

ROOT = Path(__file__).resolve().parent.parent


def _corpus(copies: int) -> list[Document]:
    docs = [d for d in read_documents([str(ROOT / "seeds")]) if isinstance(d, Document)]
    return [d for _ in range(copies) for d in docs]


def _time(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=20, help="copies of seeds/ in the corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    args = parser.parse_args()

    docs = _corpus(args.copies)
    texts = [processing_text(d) for d in docs]
    nlp = build_pipeline()
    words = sum(len(t.split()) for t in texts)

    def bare() -> None:
        with nlp.select_pipes(disable=list(FACTX_PIPES)):
            for _ in nlp.pipe(texts):
                pass

    def factx() -> None:
        for doc, document in nlp.pipe(zip(texts, docs, strict=True), as_tuples=True):
            list(extract(doc, document))

    factx()  # warm caches and dateparser's first call
    t_bare, t_factx = _time(bare, args.repeat), _time(factx, args.repeat)
    print(f"machine: {platform.machine()} {platform.processor() or ''}, Python {platform.python_version()}")
    print(f"corpus: {len(docs)} articles, {words} words; median of {args.repeat} runs\n")
    print("| run | docs/s | words/s | ratio |")
    print("|---|---|---|---|")
    print(f"| bare spaCy ({nlp.meta['name']}) | {len(docs) / t_bare:.1f} | {words / t_bare:.0f} | 1.00 |")
    print(f"| factx extract | {len(docs) / t_factx:.1f} | {words / t_factx:.0f} | {t_bare / t_factx:.2f} |")


if __name__ == "__main__":
    main()
