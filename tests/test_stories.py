"""`factx stories` and `reconcile --by-story`: a mixed feed split into its stories."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from factx.model import Document
from factx.stories import split_stories
from tests.script import factx
from tests.stories import STORIES, write_feed


def _grouping(stories) -> set[frozenset[str]]:
    return {frozenset(s.documents) for s in stories}


def _truth(truth: dict[str, str]) -> set[frozenset[str]]:
    return {frozenset(d for d, s in truth.items() if s == story) for story in STORIES}


def test_a_mixed_feed_is_split_into_its_stories():
    documents = [
        Document(id=f"{s}_{n}", text=a) for s, articles in STORIES.items() for n, a in enumerate(articles)
    ]
    stories = split_stories(documents[::-1])
    assert _grouping(stories) == {frozenset(f"{s}_{n}" for n in range(3)) for s in STORIES}
    assert [s.id for s in stories] == ["S1", "S2", "S3"]


def test_a_story_is_marked_by_its_names_and_spans_its_publication_dates():
    documents = [
        Document(id=f"m{n}", text=text, published=date(2025, 3, 10 + n))
        for n, text in enumerate(STORIES["merger"])
    ]
    (story,) = split_stories(documents)
    assert {"Kestrel", "Alder", "Dairy"} <= set(story.terms)
    assert (story.first_published, story.last_published) == (date(2025, 3, 10), date(2025, 3, 12))


def test_articles_a_year_apart_are_not_one_story_even_in_the_same_words():
    text = STORIES["quake"][0]
    documents = [
        Document(id="then", text=text, published=date(2020, 5, 1)),
        Document(id="now", text=text, published=date(2024, 5, 1)),
    ]
    assert _grouping(split_stories(documents)) == {frozenset({"then"}), frozenset({"now"})}


@pytest.mark.parametrize(
    "texts",
    [[], ["only lower case words here, no names at all."], ["", ""], ["A lone article about Kushiro."]],
)
def test_every_article_is_in_exactly_one_story_whatever_it_holds(texts):
    documents = [Document(id=f"d{n}", text=t) for n, t in enumerate(texts)]
    found = [d for s in split_stories(documents) for d in s.documents]
    assert sorted(found) == [d.id for d in documents]


def test_the_stories_command_writes_the_grouping_as_json_and_csv(tmp_path):
    truth = write_feed(tmp_path / "feed")
    done = factx("stories", str(tmp_path / "feed"), "-f", "json")
    assert done.returncode == 0, done.stderr
    stories = json.loads(done.stdout)
    assert {frozenset(s["articles"]) for s in stories} == _truth(truth)
    assert all(s["story"] and s["label"] and s["terms"] for s in stories)
    done = factx("stories", str(tmp_path / "feed"), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    assert sorted(r["doc"] for r in rows) == sorted(truth)
    assert len({(r["story"], truth[r["doc"]]) for r in rows}) == 3


def test_the_stories_command_names_an_unreadable_input_and_still_groups_the_rest(tmp_path):
    truth = write_feed(tmp_path / "feed")
    done = factx("stories", str(tmp_path / "feed"), str(tmp_path / "missing.txt"), "-f", "jsonl")
    assert done.returncode == 1
    assert "missing.txt" in done.stderr and "Traceback" not in done.stderr
    assert sum(len(json.loads(line)["articles"]) for line in done.stdout.splitlines()) == len(truth)


@pytest.mark.model
def test_reconcile_by_story_gives_one_table_per_story(tmp_path):
    truth = write_feed(tmp_path / "feed")
    done = factx("reconcile", str(tmp_path / "feed"), "--by-story", "-f", "json", "--no-cache")
    assert done.returncode == 0, done.stderr
    tables = json.loads(done.stdout)
    assert {frozenset(d["id"] for d in t["documents"]) for t in tables} == _truth(truth)
    for table in tables:
        docs = {d["id"] for d in table["documents"]}
        assert all(c["doc"] in docs for f in table["facts"] for c in f["claims"])
    merger = next(t for t in tables if "merger_0" in {d["id"] for d in t["documents"]})
    money = [f for f in merger["facts"] if f["kind"] == "money"]
    assert any({c["doc"] for c in f["claims"]} == {"merger_0", "merger_1", "merger_2"} for f in money)


@pytest.mark.model
def test_reconcile_by_story_marks_each_row_with_its_story_in_csv_and_the_report(tmp_path):
    write_feed(tmp_path / "feed")
    done = factx("reconcile", str(tmp_path / "feed"), "--by-story", "-f", "csv", "--no-cache")
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    assert rows and {r["story"] for r in rows} <= {"S1", "S2", "S3"}
    report = factx("reconcile", str(tmp_path / "feed"), "--by-story")
    text = report.stdout.decode()
    headings = [line.split(" · ")[0] for line in text.splitlines() if re.match(r"S\d+ · ", line)]
    assert headings == ["S1", "S2", "S3"]
    assert text.count("3 articles,") == 3


def test_by_story_with_one_fact_is_a_usage_error(tmp_path):
    write_feed(tmp_path / "feed")
    done = factx("reconcile", str(tmp_path / "feed"), "--by-story", "--fact", "F1")
    assert done.returncode == 2
    assert "--fact" in done.stderr and "Traceback" not in done.stderr
