"""Ctrl-C and SIGTERM through the installed script: prompt exit (130 / 143), no traceback, no worker left
running, and no partial or temporary output file left behind."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.script import start_factx


def children(pid: int) -> list[int]:
    """The pids of `pid`'s children; threads that end while they are read are passed over."""
    found = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except FileNotFoundError:
        return found
    for task in tasks:
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_for(condition, timeout: float, step: float = 0.005) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(step)
    return False


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(300):
        sentence = f"The fund paid ${i + 1} million to 30 countries on Dec. 27, 2025, officials said. "
        (folder / f"a{i:03d}.txt").write_text(sentence * 150, encoding="utf-8")
    return folder


@pytest.mark.model
@pytest.mark.parametrize(
    ("signum", "code", "said"), [(signal.SIGINT, 130, "Interrupted."), (signal.SIGTERM, 143, "Terminated.")]
)
def test_a_signal_with_jobs_2_exits_at_once(articles, tmp_path, signum, code, said):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = start_factx(
        "extract", str(articles), "--jobs", "2", "--no-cache", "-f", "jsonl", "-o", str(out_dir / "o.jsonl")
    )
    assert wait_for(lambda: len(children(proc.pid)) >= 2, timeout=120), "the workers never started"
    time.sleep(2)  # the workers are busy with their batches
    sent = time.monotonic()
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)  # a terminal's Ctrl-C goes to the whole process group
    else:
        os.kill(proc.pid, signum)
    try:
        assert proc.wait(timeout=10) == code
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert time.monotonic() - sent < 5
    stderr = proc.stderr.read().decode()
    assert stderr.strip() == said
    assert wait_for(lambda: not group_alive(proc.pid), timeout=5), "a worker outlived the run"
    assert list(out_dir.iterdir()) == []


def test_sigterm_while_writing_output_leaves_the_old_file_and_no_temporary_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "many.txt").write_text("It cost $5 million and $6 million. " * 6000, encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_text("previous run\n", encoding="utf-8")
    proc = start_factx("extract", str(folder), "-m", "blank", "--no-cache", "-o", str(out))
    temporary = lambda: [p for p in tmp_path.iterdir() if p.name.startswith(".out.txt.")]  # noqa: E731
    seen = wait_for(temporary, timeout=120)
    proc.send_signal(signal.SIGTERM)
    assert seen, "the temporary output file never appeared"
    assert proc.wait(timeout=30) == 143
    assert proc.stderr.read().decode().strip() == "Terminated."
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.txt"]
