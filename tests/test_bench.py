"""`make bench` keeps working: the benchmark runs end to end at tiny sizes and writes its results."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
@pytest.mark.model
def test_benchmark_runs_and_reports_every_measurement(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--output", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text())
    assert {"throughput", "jobs", "reconcile", "cold_start", "cache", "long_sentences", "machine"} <= set(
        results
    )
    assert results["engines"]["identical_output"] is True
    assert results["engines"]["dask2"]["docs_s"] > 0
    assert results["jobs"]["identical_output"] is True
    assert [row["chars"] for row in results["long_sentences"]] == [2000, 4000]
    assert 0 < results["throughput"]["ratio"] < 2
    assert results["reconcile"][0]["claims"] == 2000 and results["reconcile"][0]["facts"] > 0
    assert results["reconcile"][0]["identical_output"] is True
    assert "| factx / bare spaCy" in done.stdout


def test_corpus_generator_varies_every_copy():
    from benchmarks.corpus import corpus, templates

    docs = corpus(3 * len(templates()))
    assert len({d.text for d in docs}) == len(docs)
    assert len({d.id for d in docs}) == len(docs)
