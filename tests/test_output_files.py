"""`--output` and standard output through the installed script: nothing at the output path is destroyed,
permissions are kept, and a failed write is one line on stderr, not a traceback."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from factx import output
from tests.script import factx, factx_script, start_factx

ARTICLE = "By Staff | March 3, 2024\nThe city paid $4.5 million for 12 buses on Friday.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "city.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def extract_to(article: Path, out: Path | str, *extra: str) -> subprocess.CompletedProcess:
    return factx("extract", str(article), "-m", "blank", "-k", "money", "-f", "jsonl", "-o", str(out), *extra)


def money_of(text: str) -> list[tuple[str, float]]:
    return [(r["text"], r["value"]) for r in map(json.loads, text.splitlines())]


def test_a_symlink_is_followed_and_stays_a_symlink(article, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    done = extract_to(article, link)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert money_of(real.read_text(encoding="utf-8")) == [("$4.5 million", 4500000)]


def test_a_character_device_is_written_in_place_not_replaced(article, tmp_path):
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    done = extract_to(article, link)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "null"]


def test_a_fifo_is_written_to_not_replaced(article, tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as fh:
            received.append(fh.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    done = extract_to(article, fifo)
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert money_of(received[0].decode()) == [("$4.5 million", 4500000)]


def test_a_replaced_file_keeps_its_mode_and_a_new_file_gets_the_umask_mode(article, tmp_path):
    kept = tmp_path / "kept.jsonl"
    kept.write_text("old\n", encoding="utf-8")
    kept.chmod(0o640)
    assert extract_to(article, kept).returncode == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    new = tmp_path / "new.jsonl"
    done = subprocess.run(
        [
            "sh",
            "-c",
            'umask 022 && exec "$0" "$@"',
            factx_script(),
            "extract",
            str(article),
            "-m",
            "blank",
            "-o",
            str(new),
        ],
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(new.stat().st_mode) == 0o644


def test_a_full_disk_on_stdout_is_one_line(article):
    with open("/dev/full", "wb") as full:
        done = factx("extract", str(article), "-m", "blank", "-f", "jsonl", stdout=full)
    assert done.returncode == 1
    assert done.stderr.strip() == "Error: cannot write to standard output: No space left on device"


def test_a_closed_stdout_is_one_line(article):
    done = subprocess.run(
        ["sh", "-c", '"$0" "$@" >&-', factx_script(), "extract", str(article), "-m", "blank"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("Error: standard output is closed")
    assert "Traceback" not in done.stderr


def test_a_closed_stdin_is_named(article):
    done = subprocess.run(
        [
            "sh",
            "-c",
            '"$0" "$@" <&-',
            factx_script(),
            "extract",
            "-",
            str(article),
            "-m",
            "blank",
            "-k",
            "money",
            "-f",
            "jsonl",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "<stdin>: standard input is closed" in done.stderr
    assert "Traceback" not in done.stderr
    assert money_of(done.stdout) == [("$4.5 million", 4500000)]


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv", "md", "json", "html"])
def test_a_reader_that_goes_away_is_exit_0_in_every_format(tmp_path, fmt):
    for i in range(150):
        (tmp_path / f"a{i:03d}.txt").write_text(f"It cost ${i + 1} million on Dec. 27, 2025.\n" * 20)
    proc = start_factx("extract", str(tmp_path), "-m", "blank", "-f", fmt, "--no-cache")
    assert proc.stdout.read(10)
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert stderr == ""


def test_an_interrupt_right_after_the_temporary_file_is_made_leaves_no_file(tmp_path, monkeypatch):
    # Ctrl-C or SIGTERM between the file's creation and the code learning its name would leave it behind.
    real_open = os.open

    def open_then_interrupted(name, *args):
        real_open(name, *args)
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt), output.open_output(tmp_path / "out.txt"):
        pass
    assert list(tmp_path.iterdir()) == []
