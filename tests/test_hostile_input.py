"""Hostile input through the installed script: each bad record, file or value is named and skipped (or left
out), the rest still comes out, and nothing ends in a traceback."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from typer.testing import CliRunner

from factx.cli import app
from tests.script import ENV, factx

GOOD = {"id": "ok", "text": "The city paid $4.5 million for new buses."}


def records(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def money(stdout: bytes) -> list[tuple[str, str]]:
    return [(r["doc"], r["text"]) for r in records(stdout) if r["kind"] == "money"]


def extract(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return factx("extract", *args, "-m", "blank", "-k", "money", "-f", "jsonl", "--no-cache", **kwargs)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[" * 200_000 + "]" * 200_000, "not valid JSON (nested too deeply)"),
        ('{"id": "n", "text": "It cost $1 million.", "n": ' + "9" * 5000 + "}", "not valid JSON (Exceeds"),
        ('{"id": "s\\ud800", "text": "It cost $2 million."}', "'id' holds a lone surrogate"),
        ('{"id": "t", "text": "It cost $2 million \\udfff."}', "'text' holds a lone surrogate"),
        ("[1, 2]", "not a JSON object (an array)"),
        ('"just text"', "not a JSON object (a string)"),
        ('{"id": "x", "text": 5}', "'text' is not a string (a number)"),
        ('{"id": "x", "text": "  "}', "'text' is empty"),
        ('{"id": "x", "body": "no text here"}', "record has no 'text'"),
    ],
)
def test_a_bad_record_is_named_by_line_and_the_rest_kept(tmp_path, line, message):
    feed = tmp_path / "feed.jsonl"
    last = {"id": "last", "text": "It cost $9 million."}
    feed.write_text("\n".join([json.dumps(GOOD), line, json.dumps(last)]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = extract(str(feed), "-o", str(out))
    assert done.returncode == 1
    assert f"error: {feed}:2: {message}" in done.stderr
    assert "1 input(s) could not be read" in done.stderr
    assert "Traceback" not in done.stderr
    assert money(out.read_bytes()) == [("ok", "$4.5 million"), ("last", "$9 million")]


def test_line_separators_inside_strings_are_text_not_line_ends(tmp_path):
    feed = tmp_path / "feed.jsonl"
    text = "Raw\u2028separators\u2029 and a\u0085next line: it cost $3 million."
    feed.write_text(json.dumps({"id": "sep", "text": text}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    done = extract(str(feed))
    assert done.returncode == 0, done.stderr
    found = records(done.stdout)
    assert [(r["doc"], r["text"]) for r in found] == [("sep", "$3 million")]
    assert text[found[0]["start"] : found[0]["end"]] == "$3 million"


def test_a_bad_published_is_a_warning_and_the_record_kept(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "d", "text": "It cost $7 million.", "published": "soon"}) + "\n")
    done = extract(str(feed))
    assert done.returncode == 0
    assert f"warning: {feed}:1: 'published' is not a date: 'soon'; kept without it" in done.stderr
    assert "could not be read" not in done.stderr
    assert money(done.stdout) == [("d", "$7 million")]


def test_an_id_of_zero_is_kept(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": 0, "text": "It cost $6 million."}) + "\n")
    done = extract(str(feed))
    assert money(done.stdout) == [("0", "$6 million")]


def test_a_file_name_that_is_not_utf8_is_named_and_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("It cost $4 million.", encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:
        fh.write(b"It cost $8 million.")
    out = tmp_path / "out.jsonl"
    done = extract(str(folder), "-o", str(out))
    assert done.returncode == 1
    assert "caf\\xe9.txt: file name is not valid UTF-8" in done.stderr
    assert "Traceback" not in done.stderr
    assert money(out.read_bytes()) == [("good", "$4 million")]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("u32.txt", "utf-32"), ("u32be.txt", "utf-32"), ("le.txt", "utf-16-le"), ("be.txt", "utf-16-be")],
)
def test_utf32_and_utf16_without_bom_are_read(tmp_path, name, encoding):
    text = "Le café a coûté €3 million à Montréal, a déclaré Zoë.\n"
    data = text.encode(encoding)
    if name == "u32be.txt":
        data = b"\x00\x00\xfe\xff" + text.encode("utf-32-be")
    (tmp_path / name).write_bytes(data)
    done = extract(str(tmp_path / name))
    assert done.returncode == 0, done.stderr
    assert [(r["text"], r["value"], r["unit"]) for r in records(done.stdout)] == [
        ("€3 million", 3000000, "EUR")
    ]


def test_a_fifo_is_named_and_skipped_not_waited_on(tmp_path):
    (tmp_path / "good.txt").write_text("It cost $4 million.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    done = extract(str(tmp_path), str(tmp_path / "pipe.txt"), timeout=60)
    assert done.returncode == 1
    assert done.stderr.count(f"{tmp_path / 'pipe.txt'}: not a regular file (a FIFO)") == 2
    assert money(done.stdout) == [("good", "$4 million")]


def test_deeply_nested_html_is_read_or_named(tmp_path):
    paragraph = "<p>The city paid $4.5 million for twelve new buses on Friday, officials said.</p>"
    for depth in (300, 3000):
        html = "<html><body>" + "<div>" * depth + paragraph + "</div>" * depth + "</body></html>"
        (tmp_path / f"d{depth}.html").write_text(html, encoding="utf-8")
    done = extract(str(tmp_path))
    assert done.returncode == 1
    assert f"{tmp_path / 'd3000.html'}: HTML nested too deeply to read" in done.stderr
    assert money(done.stdout) == [("d300", "$4.5 million")]


def test_an_infinite_amount_is_left_out_and_json_stays_valid(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("It cost $1e308 million, then $5 million.", encoding="utf-8")
    for fmt in ("json", "jsonl"):
        done = factx("extract", str(article), "-m", "blank", "-k", "money", "-f", fmt, "--no-cache")
        assert done.returncode == 0, done.stderr
        assert b"Infinity" not in done.stdout and b"NaN" not in done.stdout
        found = json.loads(done.stdout) if fmt == "json" else records(done.stdout)
        assert [(r["text"], r["value"]) for r in found] == [("$5 million", 5000000)]


@pytest.mark.parametrize("option", [("--kind", ","), ("--kind", " , "), ("--status", ",")])
def test_an_empty_list_of_kinds_or_statuses_is_a_usage_error(tmp_path, option):
    article = tmp_path / "a.txt"
    article.write_text("It cost $5 million.", encoding="utf-8")
    command = "reconcile" if option[0] == "--status" else "extract"
    result = CliRunner().invoke(app, [command, str(article), "-m", "blank", *option], env=ENV)
    assert result.exit_code == 2
    assert f"Invalid value for {option[0]}" in result.stderr
    done = factx(command, str(article), "-m", "blank", "-f", "jsonl", *option)
    assert done.returncode != 0 and done.stdout == b""  # not silently every kind
