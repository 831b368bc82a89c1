"""Blocks of claims clustered in forked worker processes (`factx reconcile --jobs N`).

Blocks (one kind and unit each) never share a fact, so they cluster independently. The parent builds every
claim's frame, then forks: each worker sees the blocks as they are in the parent's memory, clusters the
ones it is handed, largest first, and sends back only positions in the block, so nothing but small lists
of ints crosses a pipe. The groups are the very ones one process makes (the benchmark checks it): each
block's clustering is deterministic and reads nothing another block writes.

Forking only pays for large inputs (a worker costs about a tenth of a second to start), and only where the
platform forks (not on Windows; macOS's default is spawn, which would copy every claim through a pipe).
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Sequence
from typing import TypeVar

K = TypeVar("K")
T = TypeVar("T")
MIN_CLAIMS_PER_JOB = 50_000  # below this a second process costs more than it saves

# What the forked workers read: set just before the fork, cleared right after.
_work: tuple[Callable, list, list[Sequence]] | None = None


def _positions(block: int) -> list[list[int]]:
    """In a worker: block `block` clustered, each group as the positions of its members in the block."""
    assert _work is not None
    cluster, keys, blocks = _work
    where = {id(member): k for k, member in enumerate(blocks[block])}
    return [[where[id(member)] for member in group] for group in cluster(keys[block], blocks[block])]


def cluster_blocks(
    cluster: Callable[[K, Sequence[T]], list[list[T]]], by_key: dict[K, Sequence[T]], jobs: int = 1
) -> list[tuple[K, list[list[T]]]]:
    """`[(key, cluster(key, block)) for key, block in sorted(by_key.items())]`, computed by up to `jobs`
    forked processes when the blocks are large enough to pay for them, else in this process."""
    keys = sorted(by_key)
    blocks = [by_key[key] for key in keys]
    jobs = min(jobs, len(blocks), sum(map(len, blocks)) // MIN_CLAIMS_PER_JOB)
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [(key, cluster(key, block)) for key, block in zip(keys, blocks, strict=True)]
    global _work
    _work = (cluster, keys, blocks)
    gc.freeze()  # the children never collect the parent's objects: fewer copied pages
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            largest_first = sorted(range(len(blocks)), key=lambda b: -len(blocks[b]))
            done = dict(zip(largest_first, pool.imap(_positions, largest_first, chunksize=1), strict=True))
    finally:
        gc.unfreeze()
        _work = None
    return [(keys[b], [[blocks[b][k] for k in group] for group in done[b]]) for b in range(len(blocks))]
