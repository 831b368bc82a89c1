"""`--jobs N`: the worker processes' results are matched back to their documents, so the output is the same
byte for byte as with one process, with or without the cache."""

from __future__ import annotations

import json
import os
import time

import pytest
from typer.testing import CliRunner

from factx.cli import app
from tests.conftest import DATA, SEEDS
from tests.script import ENV, factx, start_factx
from tests.test_signals import children


@pytest.mark.model
@pytest.mark.parametrize("command", ["extract", "reconcile"])
def test_jobs_2_output_is_byte_identical_to_jobs_1(command):
    outputs = []
    for jobs in ("1", "2"):
        done = factx(command, str(SEEDS), str(DATA / "fire"), "--no-cache", "-f", "jsonl", "--jobs", jobs)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    records = [json.loads(line) for line in outputs[1].splitlines()]
    if command == "extract":  # five seeds and three fire articles, each with mentions
        assert len({r["doc"] for r in records}) == 8
        assert len(records) > 300
    else:
        assert len([r for r in records if r["record"] == "document"]) == 8


@pytest.mark.model
def test_jobs_2_with_a_warm_cache(tmp_path):
    cache = str(tmp_path / "cache.sqlite3")
    first = factx("extract", str(SEEDS), "-f", "jsonl", "--cache", cache, "--jobs", "1")
    more = tmp_path / "more"
    more.mkdir()
    (more / "extra.txt").write_text("The fund paid $3 million on Dec. 27, 2025.", encoding="utf-8")
    second = factx("extract", str(SEEDS), str(more), "-f", "jsonl", "--cache", cache, "--jobs", "2")
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    assert second.stdout.startswith(first.stdout)
    extra = [json.loads(x) for x in second.stdout[len(first.stdout) :].splitlines()]
    assert {(r["doc"], r["text"]) for r in extra if r["kind"] == "money"} == {("extra", "$3 million")}


def test_jobs_beyond_the_cpu_count_are_capped_and_said(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("It cost $5 million.", encoding="utf-8")
    cpus = len(os.sched_getaffinity(0))
    proc = start_factx("extract", str(article), "-m", "blank", "--no-cache", "-f", "jsonl", "--jobs", "1000")
    most = 0
    while proc.poll() is None:  # count the processes it starts while it runs
        most = max(most, len(children(proc.pid)))
        time.sleep(0.01)
    assert proc.returncode == 0
    assert most <= cpus
    assert (
        f"warning: --jobs 1000: this machine has {cpus} CPU(s); using {cpus}" in proc.stderr.read().decode()
    )
    assert [json.loads(x)["text"] for x in proc.stdout.read().decode().splitlines()] == ["$5 million"]


@pytest.mark.parametrize("jobs", ["0", "-2"])
def test_jobs_below_one_is_a_usage_error(tmp_path, jobs):
    article = tmp_path / "a.txt"
    article.write_text("It cost $5 million.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "-m", "blank", "--jobs", jobs], env=ENV)
    assert result.exit_code == 2
    done = factx("extract", str(article), "-m", "blank", "-f", "jsonl", "--jobs", jobs)
    assert done.returncode != 0 and done.stdout == b""
