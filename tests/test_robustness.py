"""Bad input and faults through the real CLI: each case asserts the stderr text, the exit code, and that the
good inputs' facts are all still in the output.

Exit codes: 0 fine, 1 some input failed, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factx.cli import app

ENV = {"COLUMNS": "200", "NO_COLOR": "1"}
GOOD = "By Staff | March 3, 2024\nThe city paid $4.5 million for 12 buses on Friday.\n"
GOOD_MONEY = ("$4.5 million", 4500000)


def run(*args: str):
    return CliRunner().invoke(app, ["extract", *args, "--model", "blank", "-f", "jsonl"], env=ENV)


def good_money_in(stdout: str) -> bool:
    records = [json.loads(line) for line in stdout.splitlines()]
    return any((r["text"], r["value"]) == GOOD_MONEY for r in records if r["kind"] == "money")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty.txt: empty file"),
        ("blank.txt", b" \n\n \t\n", "blank.txt: empty file"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "report.txt: not text (looks like a PDF)"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt: not text (looks like a PNG image)"),
        ("photo.md", b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.md: not text (looks like a JPEG image)"),
        ("archive.txt", gzip.compress(b"hello world"), "archive.txt: not text (looks like gzip data)"),
        ("noise.txt", bytes(range(256)) * 20, "noise.txt: not text"),
    ],
)
def test_unusable_files_are_named_and_the_rest_processed(folder, name, data, message):
    (folder / name).write_bytes(data)
    result = run(str(folder))
    assert result.exit_code == 1
    assert message in result.stderr
    assert "1 input(s) could not be read" in result.stderr
    assert "Traceback" not in result.stderr
    assert good_money_in(result.stdout)


def test_mixed_encodings_in_one_folder(tmp_path):
    text = "Le café a coûté €3 million à Montréal, a déclaré Zoë.\n"
    (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-8-sig"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    result = run(str(tmp_path))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    money = {r["doc"]: (r["text"], r["value"], r["unit"]) for r in records if r["kind"] == "money"}
    assert money == {d: ("€3 million", 3000000, "EUR") for d in ("bom", "cp1252", "utf16", "utf8")}


def test_two_million_character_single_line(tmp_path):
    sentence = "Negotiators met again without result and talks went on late into the evening. "
    line = sentence * (2_000_000 // len(sentence)) + "Finally the fund paid $7 million on Dec. 27, 2025."
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["kind"], r["text"]) for r in records] == [("money", "$7 million"), ("date", "Dec. 27, 2025")]
    assert all(line[r["start"] : r["end"]] == r["text"] for r in records)


def test_ten_thousand_tiny_files(tmp_path):
    for i in range(10_000):
        (tmp_path / f"n{i:05d}.txt").write_text(f"Item {i} cost ${i + 1} million.", encoding="utf-8")
    result = run(str(tmp_path), "-k", "money")
    assert result.exit_code == 0, result.stderr
    values = {json.loads(x)["doc"]: json.loads(x)["value"] for x in result.stdout.splitlines()}
    assert len(values) == 10_000
    assert values["n00000"] == 1_000_000 and values["n09999"] == 10_000_000_000


def test_symlink_loop_and_broken_link(folder):
    os.symlink(folder / "loop_b.txt", folder / "loop_a.txt")
    os.symlink(folder / "loop_a.txt", folder / "loop_b.txt")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    result = run(str(folder), str(folder / "loop_a.txt"))
    assert result.exit_code == 1
    assert f"{folder / 'loop_a.txt'}: broken symbolic link or symbolic link loop" in result.stderr
    assert "Too many levels of symbolic links" in result.stderr
    assert "Traceback" not in result.stderr
    assert good_money_in(result.stdout)


def test_unreadable_file(folder, monkeypatch):
    locked = folder / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run(str(folder))
    assert result.exit_code == 1
    assert f"{locked}: Permission denied" in result.stderr
    assert good_money_in(result.stdout)


def test_jsonl_broken_line_missing_text_and_bad_date(tmp_path):
    lines = [
        json.dumps({"id": "ok", "text": GOOD}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "notext", "body": "where is text"}),
        json.dumps({"id": "baddate", "text": "It cost $9 million.", "published": "sometime"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run(str(path), "-k", "money")
    assert result.exit_code == 1
    assert f"{path}:2: not valid JSON" in result.stderr
    assert f"{path}:3: record has no 'text'" in result.stderr
    assert f"{path}:4: 'published' is not a date: 'sometime'" in result.stderr
    texts = [(json.loads(x)["doc"], json.loads(x)["text"]) for x in result.stdout.splitlines()]
    assert texts == [("ok", "$4.5 million"), ("baddate", "$9 million")]


def test_a_document_the_pipeline_fails_on_is_reported_with_jobs_2(folder, monkeypatch):
    import factx.pipeline
    from factx.nlp import build_pipeline

    def failing_pipeline(model=None):
        import spacy
        from spacy.language import Language

        if "factx_test_boom" not in Language.factories:

            @Language.component("factx_test_boom")
            def boom(doc):
                if "EXPLODE" in doc.text:
                    raise RuntimeError("component exploded")
                return doc

        nlp = spacy.blank("en")
        nlp.add_pipe("factx_test_boom")
        for name in build_pipeline("blank").pipe_names:
            nlp.add_pipe(name)
        return nlp

    monkeypatch.setattr("factx.nlp.build_pipeline", failing_pipeline)
    assert factx.pipeline  # the pipeline module imports build_pipeline at call time
    (folder / "bad.txt").write_text("This one will EXPLODE. It cost $1 million.", encoding="utf-8")
    for i in range(30):
        (folder / f"more{i:02d}.txt").write_text(f"It cost ${i + 2} million.", encoding="utf-8")
    result = run(str(folder), "--jobs", "2", "-k", "money")
    assert result.exit_code == 1
    assert f"{folder / 'bad.txt'}: could not be processed (RuntimeError: component exploded)" in result.stderr
    docs = {json.loads(x)["doc"] for x in result.stdout.splitlines()}
    assert docs == {"good"} | {f"more{i:02d}" for i in range(30)}


def _factx(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "factx", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs
    )


def test_closed_pipe_exits_quietly(folder):
    for i in range(200):
        (folder / f"x{i:03d}.txt").write_text(f"It cost ${i + 1} million on Dec. 27, 2025.", encoding="utf-8")
    proc = _factx("extract", str(folder), "--model", "blank", "-f", "jsonl")
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert json.loads(first)["kind"] == "money"
    assert stderr == ""


def test_ctrl_c_exits_130_without_a_half_written_output(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = _factx("extract", "-", "--model", "blank", "-f", "jsonl", "-o", str(out), stdin=subprocess.PIPE)
    proc.stdin.write(b"It cost $5 million. " * 1000)
    proc.stdin.flush()
    time.sleep(1.5)  # factx is blocked reading standard input, which never ends
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == 130
    assert "Interrupted." in proc.stderr.read().decode()
    assert list(tmp_path.iterdir()) == []


def test_interrupt_while_writing_leaves_no_partial_file(tmp_path, monkeypatch):
    from factx import cli

    out = tmp_path / "facts.json"
    out.write_text("previous run\n", encoding="utf-8")

    def interrupted(mentions, documents, fmt, fh):
        fh.write("half a record")
        raise KeyboardInterrupt

    monkeypatch.setattr("factx.render.render_mentions", interrupted)
    monkeypatch.setattr(
        sys, "argv", ["factx", "extract", str(tmp_path / "none.txt"), "-o", str(out), "-m", "blank"]
    )
    (tmp_path / "none.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 130
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.json", "none.txt"]


@pytest.mark.parametrize(
    ("args", "code"),
    [([], 0), (["--kind", "nope"], 2), (["--published", "soon"], 2), (["missing.txt"], 1)],
)
def test_exit_codes(folder, args, code):
    paths = [str(folder / a) for a in args if a.endswith(".txt")]
    options = [a for a in args if not a.endswith(".txt")]
    result = run(str(folder / "good.txt"), *paths, *options)
    assert result.exit_code == code


@pytest.mark.slow
def test_fifty_megabyte_file(tmp_path):
    paragraph = (
        "Negotiators met again on Tuesday without a result, and talks went on late into the evening "
        "while officials said the fund paid $3 million to the program this year.\n\n"
    )
    copies = 50_000_000 // len(paragraph)
    text = paragraph * copies + "The final bill came to $7 million.\n"
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    result = run(str(path), "-k", "money")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(records) == copies + 1
    last = records[-1]
    assert (last["text"], last["value"], last["start"]) == (
        "$7 million",
        7_000_000,
        len(text) - len("$7 million.\n"),
    )
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records[:: max(1, copies // 1000)])


def test_an_interrupt_beside_a_library_daemon_thread_still_exits_normally(tmp_path, monkeypatch):
    """A daemon thread left by a library (Dask's event loop) does not hold up exit, so an interrupted run in a
    process that has one ends with SystemExit(130), not by killing the whole process."""
    import threading

    from factx import cli

    stop = threading.Event()
    threading.Thread(target=stop.wait, name="IO loop", daemon=True).start()

    def interrupted(mentions, documents, fmt, fh):
        raise KeyboardInterrupt

    monkeypatch.setattr("factx.render.render_mentions", interrupted)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["factx", "extract", str(tmp_path / "a.txt"), "-m", "blank"])
    try:
        with pytest.raises(SystemExit) as exit_info:
            cli.main()
    finally:
        stop.set()
    assert exit_info.value.code == 130
