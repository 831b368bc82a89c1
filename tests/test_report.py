"""The terminal report: layout on a hand-built table (no model), then the real report through the installed
`factx`, at 80 and 120 columns, into a pipe and onto a terminal (a pty)."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from factx.model import Claim, Document, Entity, Fact, Kind, Qualifier, Status, Table, Variant
from factx.report import ReportView, outlet_names, wrap_offsets, write_fact, write_report
from tests.conftest import SEEDS

FACTX = Path(sys.executable).with_name("factx")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

TOLL = "At least four people died when the fire swept through the warehouse on Monday night, police said."
TOLL_B = "Officials said three people were killed in the blaze, which began shortly after ten."
DOCS = (
    Document(
        "fire_2026_a_reuters", "", source="Reuters", url="https://example.org/a", published=date(2026, 1, 6)
    ),
    Document("fire_2026_b_local", "", published=date(2026, 1, 7), published_from="byline"),
    Document("fire_2026_c_local", ""),
)
DEATHS = Fact(
    "F1",
    Kind.COUNT,
    "people killed · warehouse",
    "person",
    Status.CONFLICT,
    (
        Claim(DOCS[0].id, "At least four people", 0, 1, TOLL, 4, 4, None, Qualifier.AT_LEAST),
        Claim(DOCS[1].id, "three people", 0, 1, TOLL_B, 3, 3, 3, Qualifier.EXACT, disagrees=True),
    ),
    why="3 (fire_2026_b) cannot be 'at least 4' (Reuters).",
)
COST = Fact(
    "F2",
    Kind.MONEY,
    "damage",
    "USD",
    Status.SINGLE,
    (
        Claim(
            DOCS[2].id,
            "$140-150 million",
            0,
            1,
            "Damage was put at $140-150 million.",
            145e6,
            140e6,
            150e6,
            Qualifier.APPROX,
        ),
    ),
)
AGREED = Fact(
    "F3",
    Kind.DATE,
    "",
    None,
    Status.AGREE,
    tuple(
        Claim(d.id, "Monday", 0, 1, "It began on Monday.", "2026-01-05", "2026-01-05", "2026-01-05", None)
        for d in DOCS[:2]
    ),
)
ENTITIES = (
    Entity(
        "E1",
        "Volodymyr Zelensky",
        "PERSON",
        (DOCS[0].id,),
        3,
        True,
        (Variant("Zelenskyy", (DOCS[0].id,), 2),),
    ),
)
TABLE = Table(DOCS, ENTITIES, (AGREED, COST, DEATHS))


def report(table: Table, monkeypatch, width: int, **view) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    out = io.StringIO()
    write_report(table, out, view=ReportView(table, single=False, **view))
    return out.getvalue()


def words(text: str) -> list[str]:
    return text.split()


def test_summary_order_marks_why_and_values(monkeypatch):
    text = report(TABLE, monkeypatch, 100)
    lines = text.splitlines()
    assert lines[0] == "3 articles, 3 facts: 1 conflict, 1 agree, 1 single; 1 entity"
    assert "--all adds the 1 fact only one article states" in lines[1]
    assert text.index("F1  CONFLICT") < text.index("F3  AGREE") and "F2" not in text
    assert "3 (fire_2026_b) cannot be 'at least 4' (Reuters)." in text
    deaths = [line for line in lines if "people" in line and "«" in line]
    assert deaths[0].startswith("    Reuters       at least 4  ")
    assert deaths[1].startswith("  ✗ fire_2026_b…  3           ")
    assert "«At least four people» died when the fire swept through the…" in " ".join(words(text))
    assert "Zelensky" not in text


def test_no_line_wider_than_the_page_and_no_word_broken(monkeypatch):
    wide = report(TABLE, monkeypatch, 120, entities=True)
    for width in (40, 60, 80, 120):
        text = report(TABLE, monkeypatch, width, entities=True)
        assert max(len(line) for line in text.splitlines()) <= width
        assert words(text) == words(wide)  # only the line breaks moved: no word or number was cut


def test_entities_on_request_and_single_source_facts_with_all(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    text = report(TABLE, monkeypatch, 100, entities=True)
    assert "Volodymyr Zelensky" in text and "spelled differently: Zelenskyy (1)" in text
    out = io.StringIO()
    write_report(TABLE, out, view=ReportView(TABLE))
    assert "F2  SINGLE  damage" in out.getvalue() and "$140–150 million" in out.getvalue()


def test_one_fact_in_full(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = io.StringIO()
    write_fact(DEATHS, DOCS, out)
    text = out.getvalue()
    assert text.splitlines()[0] == "F1  CONFLICT  people killed · warehouse  (count of person, 2 sources)"
    assert "why: 3 (fire_2026_b) cannot be 'at least 4' (Reuters)." in text
    assert "fire_2026_a_reuters  Reuters" in text and "url: https://example.org/a" in text
    assert "published: 2026-01-06" in text and "published: 2026-01-07 (from byline)" in text
    assert "✗ fire_2026_b_local" in text
    assert 'read: "three people" → 3' in text and "allows: 4 or more, no upper limit" in text
    assert "«three people» were killed in the blaze" in text


def test_outlets_are_sources_or_ids_cut_where_they_still_differ():
    docs = [
        Document("story_2026_01_alpha", "", source="  "),
        Document("story_2026_02_beta", ""),
        Document("story_2026_01_b", ""),
        Document("x1", ""),
    ]
    assert outlet_names(docs) == {
        "story_2026_01_alpha": "story_2026_01_a…",  # "story_2026_01_" is shared with the third
        "story_2026_02_beta": "story_2026_02…",
        "story_2026_01_b": "story_2026_01_b",  # no shorter prefix is its alone: kept whole
        "x1": "x1",
    }
    long = Document("a", "", source="The International Herald of Very Long Names")
    assert outlet_names([long])["a"] == "The International H…"


def test_wrapping_cuts_only_between_words():
    text = "one two three four-five 12,000,000 six"
    cuts = wrap_offsets(text, 9, 12)
    assert [text[a:b] for a, b in cuts] == ["one two", "three", "four-five", "12,000,000", "six"]
    claim = "pledging «$2.5 billion» in loans"
    keep = (claim.index("«"), claim.index("»") + 1)
    assert [claim[a:b] for a, b in wrap_offsets(claim, 14, 14, keep)] == [
        "pledging",
        "«$2.5 billion»",
        "in loans",
    ]
    long = "supercalifragilistic x"
    assert [long[a:b] for a, b in wrap_offsets(long, 5, 5)] == [
        "supercalifragilistic",
        "x",
    ]


# --- through the installed console script ---------------------------------------------------------


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("report-cache") / "mentions.sqlite3")


def factx(*args: str, width: int = 80, cache: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": str(width)}
    env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [str(FACTX), *args, "--cache", cache], capture_output=True, text=True, env=env, timeout=300, cwd=cwd
    )


@pytest.mark.model
def test_the_default_report_on_the_seeds(cache):
    done = factx("reconcile", str(SEEDS), cache=cache)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    lines = out.splitlines()
    # counted by hand from `factx reconcile seeds -f json`: F1 conflict, F2-F4 compatible (F4: 001's
    # "Monday, Jan. 5, 2026", 002's "today" of Jan. 5 and 004's "next week"), F5-F9 agree (F6: 001 and 004
    # say the coalition meets Tuesday, Jan. 6, and 000 and 003 put Carney in Paris "Monday and Tuesday",
    # undated, so the same day of the week; F8: 000 and 003's "Monday"; F9: 002 and 004 both call the war
    # "nearly four-year"), F10-F21 one source each (F12: "wounding dozens" (000) is a count of people since
    # cache format 4); 50 entities (a headline, a byline and the "X." of "said on X." give none)
    assert lines[0] == "5 articles, 21 facts: 1 conflict, 3 compatible, 5 agree, 12 single; 50 entities"
    assert re.findall(r"^F\d+  [A-Z]+", out, flags=re.M) == [
        "F1  CONFLICT",
        "F2  COMPATIBLE",
        "F3  COMPATIBLE",
        "F4  COMPATIBLE",
        "F5  AGREE",
        "F6  AGREE",
        "F7  AGREE",
        "F8  AGREE",
        "F9  AGREE",
    ]
    assert "\x1b[" not in out and "Volodymyr Zelensky   " not in out
    assert "«more than 15 countries»" in out and "«dozens of allied nations»" in out
    for value in (
        "more than 15",
        "about 30",
        "dozens",
        "21–31 Dec 2025",
        "Sat 27 Dec 2025",
        "more than $20 billion",
    ):
        assert any(f"  {value}  " in line for line in lines), value
    assert max(len(line) for line in lines) <= 80
    assert len(lines) < 120  # ten facts of a few lines each (was < 110 with nine, < 100 with eight)


@pytest.mark.model
def test_80_and_120_columns_differ_only_in_line_breaks(cache):
    narrow = factx("reconcile", str(SEEDS), "--all", "--entities", width=80, cache=cache).stdout
    wide = factx("reconcile", str(SEEDS), "--all", "--entities", width=120, cache=cache).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert max(len(line) for line in wide.splitlines()) <= 120
    assert words(narrow) == words(wide)
    assert "F21  SINGLE" in narrow and "Volodymyr Zelensky" in narrow


@pytest.mark.model
def test_on_a_terminal_the_report_has_colour_and_still_fits(cache):
    """A pty stands in for the terminal: the claim is highlighted by style instead of « »."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "80", "LINES": "50", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(
        [str(FACTX), "reconcile", str(SEEDS), "--cache", cache, "-q"],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait(timeout=300) == 0
    os.close(leader)
    screen = b"".join(chunks).decode("utf-8")
    assert "\x1b[" in screen and "«" not in screen
    visible = ANSI.sub("", screen).replace("\r", "").splitlines()
    assert visible[0].startswith("5 articles, 21 facts")
    assert max(len(line) for line in visible) <= 80
    assert any("more than 15 countries" in line for line in visible)


@pytest.mark.model
def test_show_one_fact_and_an_unknown_id(cache):
    done = factx("show", "F1", str(SEEDS), cache=cache)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("F1  CONFLICT")
    for doc in ("000_8e55b3fe07817374", "003_5b442b35adfd20d1"):
        assert f"    {doc}" in done.stdout
    # 15 / 15 / more than 15: the one source that cannot agree with the other two is marked.
    assert "    ✗ 001_31db9f444867727a" in done.stdout
    assert 'read: "more than 15 countries" → more than 15' in done.stdout
    assert "published: 2026-01-06 (from byline)" in done.stdout
    assert factx("reconcile", str(SEEDS), "--fact", "f1", cache=cache).stdout == done.stdout
    as_json = json.loads(factx("show", "F1", str(SEEDS), "-f", "json", cache=cache).stdout)
    assert [f["id"] for f in as_json["facts"]] == ["F1"]
    missing = factx("show", "F99", str(SEEDS), cache=cache)
    assert missing.returncode == 2
    assert "Error: no fact 'F99' in these articles (their facts: F1 to F21)" in missing.stderr
    assert "Hint: 'factx reconcile --all PATH...'" in missing.stderr


def test_source_and_url_from_json_lines_reach_every_format(tmp_path):
    record = {
        "id": "a1",
        "text": "The city paid $4.5 million for 12 buses on Friday.",
        "published": "2024-03-03",
        "source": "The Ledger",
        "url": "https://ledger.example/buses",
    }
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    cache = str(tmp_path / "c.sqlite3")
    args = ("reconcile", str(feed), "-m", "blank", "-k", "money", "--all")
    table = json.loads(factx(*args, "-f", "json", cache=cache).stdout)
    assert (table["documents"][0]["source"], table["documents"][0]["url"]) == (
        record["source"],
        record["url"],
    )
    row = next(csv.DictReader(io.StringIO(factx(*args, "-f", "csv", cache=cache).stdout)))
    assert (row["source"], row["url"]) == ("The Ledger", "https://ledger.example/buses")
    assert "    The Ledger  $4.5 million  " in factx(*args, cache=cache).stdout
    mention = json.loads(
        factx("extract", str(feed), "-m", "blank", "-k", "money", "-f", "jsonl", cache=cache).stdout
    )
    assert (mention["source"], mention["url"]) == (record["source"], record["url"])
    shown = factx("show", "F1", str(feed), "-m", "blank", cache=cache).stdout
    assert "a1  The Ledger" in shown and "url: https://ledger.example/buses" in shown


def test_published_for_an_id_no_article_has_is_an_error(tmp_path):
    done = factx(
        "reconcile",
        str(SEEDS),
        "-m",
        "blank",
        "-p",
        "000_8e55b3fe07817374.markdown=2026-01-02",
        "-p",
        "nope=2026-01-01",
        cache=str(tmp_path / "c.sqlite3"),
    )
    assert done.returncode == 2
    assert "Error: --published names 'nope', which is no article's id" in done.stderr
    assert "000_8e55b3fe07817374" in done.stderr and done.stdout == ""


def test_no_articles_says_so_instead_of_empty_frames(tmp_path):
    done = factx("reconcile", str(tmp_path), cache=str(tmp_path / "c.sqlite3"))
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "0 articles, 0 facts; 0 entities",
        "No article was read, so there is nothing to compare.",
    ]
    assert "warning: no articles found under the paths given" in done.stderr
    gone = factx("reconcile", str(tmp_path / "gone.txt"), cache=str(tmp_path / "c.sqlite3"))
    assert gone.returncode == 1
    assert "1 input(s) could not be read; there was nothing else to process." in gone.stderr


@pytest.mark.model
def test_the_readme_shows_the_report_as_it_really_is(cache):
    """README.md pastes `factx reconcile seeds/` and `factx show F1 seeds/` at 80 columns: they must be what
    factx prints today. To refresh: COLUMNS=80 factx reconcile seeds/ (and show F1 seeds/) > paste."""
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", readme, flags=re.S | re.M)
    report = factx("reconcile", "seeds/", cache=cache, cwd=SEEDS.parent).stdout
    show = factx("show", "F1", "seeds/", cache=cache, cwd=SEEDS.parent).stdout
    assert report in blocks, "README's report is out of date"
    assert show in blocks, "README's `factx show F1` is out of date"


def _stderr_on_a_terminal(*args: str) -> tuple[int, str]:
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "80", "TERM": "xterm-256color"}
    proc = subprocess.Popen([str(FACTX), *args], stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    code = proc.wait(timeout=300)
    os.close(leader)
    return code, ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


def test_progress_on_a_terminal_stderr_and_none_with_quiet():
    args = ("reconcile", str(SEEDS), "-m", "blank", "--no-cache")
    code, stderr = _stderr_on_a_terminal(*args)
    assert code == 0
    assert "articles" in stderr and "/5" in stderr
    code, quiet = _stderr_on_a_terminal(*args, "--quiet")
    assert code == 0 and quiet == ""


@pytest.mark.model
def test_extract_table_keeps_values_whole_at_80_columns(cache):
    done = factx("extract", str(SEEDS / "000_8e55b3fe07817374.txt"), "-k", "money,percent", cache=cache)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    for value in ("$2.5 billion", "more than $20 billion", "nearly $10 billion", "about 90%"):
        assert any(f" {value} " in line for line in lines), value
