"""Extraction on a real local Dask cluster of two worker processes (`--engine dask`): the same output as
local processes, byte for byte, in input order; a partition that keeps failing is named by its articles."""

from __future__ import annotations

import sys

import pytest

from factx.distributed import EngineError, client, extract_on_cluster
from factx.model import ALL_KINDS, Document
from tests.script import factx
from tests.stories import write_feed


@pytest.mark.model
def test_a_two_worker_cluster_writes_what_one_local_process_writes(tmp_path):
    write_feed(tmp_path / "feed")
    local = factx("extract", str(tmp_path / "feed"), "-f", "jsonl", "--no-cache", "--jobs", "1")
    dask = factx(
        "extract", str(tmp_path / "feed"), "-f", "jsonl", "--no-cache", "--engine", "dask", "--workers", "2"
    )
    assert dask.returncode == 0, dask.stderr
    assert "Traceback" not in dask.stderr
    assert local.stdout.count(b"\n") > 30
    assert dask.stdout == local.stdout


@pytest.mark.model
def test_reconcile_on_the_cluster_gives_the_same_table(tmp_path):
    write_feed(tmp_path / "feed")
    local = factx("reconcile", str(tmp_path / "feed"), "-f", "json", "--no-cache")
    dask = factx("reconcile", str(tmp_path / "feed"), "-f", "json", "--no-cache", "--engine", "dask")
    assert dask.returncode == 0, dask.stderr
    assert dask.stdout == local.stdout


def test_small_partitions_come_back_in_input_order_and_a_failing_one_is_named():
    documents = [Document(id=f"d{n}", text=f"The fund paid ${n + 1} million on Friday.") for n in range(7)]
    failed = []
    found = list(
        extract_on_cluster(
            documents,
            "no_such_spacy_model",
            ALL_KINDS,
            workers=2,
            partition=3,
            on_failed_partition=lambda part, reason: failed.append([d.id for d in part]),
        )
    )
    assert [d.id for d, _, _ in found] == [d.id for d in documents]
    assert all(
        reason and "after 2 retries" in reason and "no_such_spacy_model" in reason for *_, reason in found
    )
    assert failed == [["d0", "d1", "d2"], ["d3", "d4", "d5"], ["d6"]]


def test_blank_pipeline_partitions_match_the_local_extraction():
    from factx.extract import extract_all
    from factx.nlp import build_pipeline

    documents = [Document(id=f"d{n}", text=f"The fund paid ${n + 1} million in May 2024.") for n in range(5)]
    local = [mentions for _, mentions, _ in extract_all(documents, build_pipeline("blank"), kinds=ALL_KINDS)]
    cluster = [m for _, m, _ in extract_on_cluster(documents, "blank", ALL_KINDS, workers=2, partition=2)]
    assert cluster == local
    assert all(len(m) >= 2 for m in local)


def test_without_dask_installed_the_engine_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(EngineError, match="not installed") as caught:
        client(None, 2)
    assert caught.value.hint == "pip install 'factx[dask]'"


def test_an_unreachable_scheduler_is_one_line_not_a_traceback(tmp_path):
    write_feed(tmp_path / "feed")
    done = factx(
        "extract",
        str(tmp_path / "feed"),
        "--no-cache",
        "--engine",
        "dask",
        "--scheduler",
        "tcp://127.0.0.1:9",
    )
    assert done.returncode == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("option", [["--scheduler", "tcp://127.0.0.1:8786"], ["--workers", "3"]])
def test_cluster_options_need_the_dask_engine(tmp_path, option):
    done = factx("extract", str(tmp_path), *option)
    assert done.returncode == 2
    assert "only with --engine dask" in done.stderr


@pytest.mark.model
def test_stories_are_reconciled_on_the_cluster_with_the_same_tables(tmp_path):
    from factx.pipeline import ClusterOptions, extract_paths, reconcile_by_story

    write_feed(tmp_path / "feed")
    result = extract_paths([str(tmp_path / "feed")])
    here = reconcile_by_story(result)
    there = reconcile_by_story(result, ClusterOptions(workers=2))
    assert len(here) == 3
    assert there == here
