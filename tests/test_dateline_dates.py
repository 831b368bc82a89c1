"""Dates an article states by its date lines: a press-release dateline dates "today"; a relative day followed
by the day it names ("today, Thursday, March 14, 2013") is one claim, the stated day. In process and through
the installed console script (the stderr note about unresolved dates is what the user sees)."""

from __future__ import annotations

import json

import pytest

from tests.script import factx

RELEASE = "Acme Buys Widgets\nGREENVILLE, Ohio —3/14/2021\nAcme today announced it would buy Widgets.\n"
APPOSITION = "A quake shook the valley in the early hours today Thursday, March 14, 2019.\n"
UNDATED = "The council met on Friday and voted to close the bridge.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake began early today Thursday, March 14, 2019.", ["Thursday, March 14, 2019"]),
        ("Police said yesterday (March 13, 2019) that two men fled.", ["March 13, 2019"]),
        ("The talks began today, Monday, and end Friday.", ["today", "Monday", "Friday"]),
        ("The vote is today, and March 3, 2024 is the deadline.", ["today", "March 3, 2024"]),
    ],
)
def test_a_relative_day_then_the_day_it_names_is_one_date(blank_nlp, text, expected):
    doc = blank_nlp(text)
    assert [s.text for s in doc.spans["factx_dates"]] == expected


def _dates(folder) -> dict[str, str | None]:
    from factx.model import Kind
    from factx.pipeline import extract_paths

    result = extract_paths([str(folder)], model="blank", kinds=[Kind.DATE])
    return {f"{m.doc}:{m.text}": m.value for m in result.mentions}


def test_a_press_release_dateline_dates_its_today(tmp_path):
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "quake.txt").write_text(APPOSITION, encoding="utf-8")
    dates = _dates(tmp_path)
    assert dates["release:today"] == "2021-03-14"
    assert dates["quake:Thursday, March 14, 2019"] == "2019-03-14"
    assert "quake:today" not in dates


def test_the_console_script_notes_only_dates_left_unresolved(tmp_path):
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "quake.txt").write_text(APPOSITION, encoding="utf-8")
    done = factx("extract", str(tmp_path), "-f", "json", "-k", "date", "--no-cache", "-m", "blank")
    assert done.returncode == 0, done.stderr
    values = {(m["doc"], m["text"]): m["value"] for m in json.loads(done.stdout)}
    assert values[("release", "today")] == "2021-03-14"
    assert "left unresolved" not in done.stderr
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    done = factx("extract", str(tmp_path), "-f", "json", "-k", "date", "--no-cache", "-m", "blank")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("left unresolved") == 1
    assert "1 relative date(s) in 1 article(s)" in done.stderr
