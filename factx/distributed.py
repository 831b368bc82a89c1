"""Extraction on a Dask cluster (`factx extract --engine dask`): the documents go out in partitions, each
worker process loads the spaCy pipeline once and keeps it, and the results come back in input order.

Why Dask (dask.distributed) and not Ray: measured on this machine (README, "Scale-out"), Dask's local cluster
starts in a fraction of Ray's start-up time, its workers cost less memory, it is pure Python (one wheel
set for every platform), and a task that fails, or whose worker dies, is retried on another worker by the
scheduler (`retries=`); a partition that still fails is reported by the names of its articles, never dropped.

Install with `pip install 'factx[dask]'`. On a real cluster every worker needs factx and the spaCy model
installed; `--scheduler tcp://host:8786` connects to it, and without it a local cluster is started.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from factx.errors import FactxError
from factx.model import Document, Kind, Mention

PARTITION_DOCS = 16  # articles per task: big enough to amortise scheduling, small enough to balance and retry
RETRIES = 2

_PIPELINES: dict[str, object] = {}  # per worker process: model name → loaded pipeline


class EngineError(FactxError):
    """The distributed engine is not installed, or its scheduler cannot be reached."""


@dataclass(frozen=True)
class Outcome:
    """One document's result from a worker: its mentions, or why it could not be processed."""

    mentions: list[Mention]
    failure: str | None


def extract_partition(documents: list[Document], model: str, kinds: frozenset[Kind]) -> list[Outcome]:
    """Run on a worker: extract one partition with the worker's pipeline, loaded on first use."""
    from factx.extract import extract_all
    from factx.nlp import build_pipeline

    nlp = _PIPELINES.get(model)
    if nlp is None:
        nlp = _PIPELINES[model] = build_pipeline(model)
    return [Outcome(mentions, failure) for _, mentions, failure in extract_all(documents, nlp, kinds=kinds)]


def client(scheduler: str | None, workers: int):
    """A Dask client: connected to `scheduler`, or to a new local cluster of `workers` processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise EngineError(
            "--engine dask needs Dask, which is not installed", hint="pip install 'factx[dask]'"
        ) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return Client(cluster)


def extract_on_cluster(
    documents: Sequence[Document],
    model: str,
    kinds: frozenset[Kind],
    *,
    scheduler: str | None = None,
    workers: int = 2,
    partition: int = PARTITION_DOCS,
    on_failed_partition: Callable[[list[Document], str], None] | None = None,
) -> Iterator[tuple[Document, list[Mention], str | None]]:
    """Like `extract.extract_all`, on a Dask cluster: (document, mentions, failure) in input order.

    A partition whose task still fails after `RETRIES` retries yields each of its documents with the failure,
    so the caller names them; `on_failed_partition` hears of it too.
    """
    with client(scheduler, workers) as dask:
        parts = [list(documents[n : n + partition]) for n in range(0, len(documents), partition)]
        futures = [
            dask.submit(extract_partition, part, model, kinds, retries=RETRIES, pure=False) for part in parts
        ]
        try:
            for part, future in zip(parts, futures, strict=True):
                try:
                    outcomes = future.result()
                except Exception as exc:  # any task error: the partition's articles are reported, not lost
                    reason = f"failed on the cluster after {RETRIES} retries: {type(exc).__name__}: {exc}"
                    if on_failed_partition:
                        on_failed_partition(part, reason)
                    yield from ((d, [], reason) for d in part)
                    continue
                for document, outcome in zip(part, outcomes, strict=True):
                    yield document, outcome.mentions, outcome.failure
        finally:
            for future in futures:
                future.cancel()
            if not scheduler:
                dask.cluster.close()


def map_on_cluster(fn: Callable, items: Sequence, *, scheduler: str | None = None, workers: int = 2) -> list:
    """`[fn(item) for item in items]` on a Dask cluster, in order; a task is retried `RETRIES` times, and an
    error that survives the retries is raised here (reconciliation has no input to blame)."""
    with client(scheduler, workers) as dask:
        try:
            futures = [dask.submit(fn, item, retries=RETRIES, pure=False) for item in items]
            return dask.gather(futures)
        finally:
            if not scheduler:
                dask.cluster.close()
