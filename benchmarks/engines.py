"""The Dask engine measured: start-up of a local cluster, articles/s on 1 and 2 workers with the same output
as local extraction (hashed), and memory per worker. Called by `benchmarks.run` (step `engines`)."""

from __future__ import annotations

import hashlib
import json
import time

from factx.model import ALL_KINDS
from factx.records import mention_record


def _digest(outcomes) -> str:
    digest = hashlib.sha256()
    for document, mentions, failure in outcomes:
        digest.update(document.id.encode() + b"\0" + str(failure).encode() + b"\0")
        for m in mentions:
            digest.update(json.dumps(mention_record(m), ensure_ascii=False).encode() + b"\n")
    return digest.hexdigest()


def _worker_rss_mb() -> int:
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) // 1024


def engines(articles: int) -> dict:
    """Local extraction against a local Dask cluster of 1 and 2 workers, on the same generated articles."""
    from dask.distributed import Client, LocalCluster

    from benchmarks.corpus import corpus
    from factx.distributed import PARTITION_DOCS, extract_partition
    from factx.extract import extract_all
    from factx.nlp import build_pipeline
    from factx.resolve import resolve_model

    docs = corpus(articles, seed=3)
    model = resolve_model()
    start = time.perf_counter()
    local_hash = _digest(extract_all(docs, build_pipeline(model), kinds=ALL_KINDS))
    local_s = time.perf_counter() - start
    result = {"articles": articles, "local_s": local_s, "local_docs_s": articles / local_s}
    for workers in (1, 2):
        start = time.perf_counter()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
        with Client(cluster) as client:
            started = time.perf_counter() - start
            client.run(lambda: extract_partition(docs[:1], model, ALL_KINDS))  # each worker loads the model
            ready = time.perf_counter() - start
            parts = [docs[n : n + PARTITION_DOCS] for n in range(0, len(docs), PARTITION_DOCS)]
            start = time.perf_counter()
            futures = [client.submit(extract_partition, p, model, ALL_KINDS, pure=False) for p in parts]
            outcomes = [
                (d, o.mentions, o.failure)
                for p, f in zip(parts, futures, strict=True)
                for d, o in zip(p, f.result(), strict=True)
            ]
            seconds = time.perf_counter() - start
            rss = list(client.run(_worker_rss_mb).values())
        cluster.close()
        if _digest(outcomes) != local_hash:
            raise SystemExit(f"Dask with {workers} worker(s) gave other output than local extraction")
        result[f"dask{workers}"] = {
            "cluster_start_s": started,
            "ready_with_model_s": ready,
            "seconds": seconds,
            "docs_s": articles / seconds,
            "worker_rss_mb": max(rss),
        }
    result["identical_output"] = True
    result["speedup_2_vs_1"] = result["dask1"]["seconds"] / result["dask2"]["seconds"]
    return result


def stories() -> dict | None:
    """The story-split F1 on the ECB+ development stories mixed together, when they are here."""
    from benchmarks.stories_eval import DATA, load, pairwise
    from factx.stories import THRESHOLD, split_stories

    if not DATA.is_dir():
        return None
    documents, gold = load(DATA)
    start = time.perf_counter()
    found = {d: s.id for s in split_stories(documents) for d in s.documents}
    seconds = time.perf_counter() - start
    return {"articles": len(documents), "threshold": THRESHOLD, "seconds": seconds, **pairwise(gold, found)}
