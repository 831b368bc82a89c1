"""Reconciliation in forked workers (`--jobs`) and with the cyclic collector paused: same facts, less time."""

from __future__ import annotations

import gc
import multiprocessing

import pytest

from benchmarks.claims import synthetic_claims
from factx.reconcile import collector, reconcile_facts, workers
from factx.reconcile.collector import collector_paused


def _facts(facts) -> list[tuple]:
    return [(f.id, f.status, f.unit, f.about, f.why, f.claims) for f in facts]


@pytest.fixture
def forks(monkeypatch) -> list[int]:
    """Workers for any input however small; the list counts the pools started."""
    started = []
    get_context = multiprocessing.get_context

    def counted(method=None):
        started.append(1)
        return get_context(method)

    monkeypatch.setattr(workers, "MIN_CLAIMS_PER_JOB", 1)
    monkeypatch.setattr(workers.multiprocessing, "get_context", counted)
    return started


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="the platform has no fork")
def test_workers_make_the_facts_one_process_makes(forks):
    claims = synthetic_claims(3000)
    alone = _facts(reconcile_facts(claims))
    assert not forks
    together = _facts(reconcile_facts(claims, jobs=2))
    assert forks == [1]
    assert together == alone
    assert len(alone) > 100  # a real table: many facts of several blocks


def test_blocks_come_back_in_key_order_with_their_members(forks):
    blocks = {("b", "x"): [3, 1, 2], ("a", "y"): [5, 4], ("c", "z"): [6]}

    def by_parity(key, block):
        return [[v for v in block if v % 2 == 0], [v for v in block if v % 2]]

    got = workers.cluster_blocks(by_parity, blocks, jobs=2)
    assert got == [
        (("a", "y"), [[4], [5]]),
        (("b", "x"), [[2], [3, 1]]),
        (("c", "z"), [[6], []]),
    ]


def test_small_inputs_stay_in_this_process(monkeypatch):
    started = []
    monkeypatch.setattr(workers.multiprocessing, "get_context", lambda *a: started.append(1))
    facts = reconcile_facts(synthetic_claims(500), jobs=2)  # far below MIN_CLAIMS_PER_JOB per job
    assert facts and not started


def test_the_collector_is_paused_during_reconciliation_only(monkeypatch):
    seen = []
    real = workers.cluster_blocks

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr("factx.reconcile.facts.cluster_blocks", spy)
    assert gc.isenabled()
    reconcile_facts(synthetic_claims(200))
    assert seen == [False]
    assert gc.isenabled()


def test_a_paused_collector_stays_paused_and_a_failure_restores_it():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the caller paused it: still theirs to restore
    finally:
        gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()
    assert collector.without_collector(gc.isenabled)() is False


@pytest.mark.slow
@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="the platform has no fork")
def test_the_console_script_aligns_in_workers_with_the_same_output(tmp_path):
    """Enough claims for two workers (`MIN_CLAIMS_PER_JOB` each), through `factx reconcile --jobs 2`."""
    import json

    from factx.records import mention_record
    from tests.script import factx

    path = tmp_path / "m.jsonl"
    claims = synthetic_claims(2 * workers.MIN_CLAIMS_PER_JOB)
    path.write_text("".join(json.dumps(mention_record(m)) + "\n" for m in claims), encoding="utf-8")
    one = factx("reconcile", "--mentions", str(path), "-f", "json", "--jobs", "1", "--quiet")
    two = factx("reconcile", "--mentions", str(path), "-f", "json", "--jobs", "2", "--quiet")
    assert one.returncode == two.returncode == 0, two.stderr
    assert len(json.loads(one.stdout)["facts"]) > 1000
    assert two.stdout == one.stdout
