"""The `duration` kind: lengths of time ("a four-year war", "for two decades", "up to 48 hours") with their
qualifiers and ranges, reconciled like counts; ages, offsets, frequencies and dates stay out, and a duration
is never also a count or a date. Every expected value was worked out by hand from the text."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.extract import extract
from factx.model import Document, Kind, Qualifier, Status
from factx.normalize.durations import normalize_duration
from factx.reconcile import reconcile_facts
from factx.values import format_value
from tests.script import factx

Q = Qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("four-year", (4, 4, 4, "year", Q.EXACT)),
        ("48 hours", (48, 48, 48, "hour", Q.EXACT)),
        ("two decades", (20, 20, 20, "year", Q.EXACT)),
        ("a fortnight", (2, 2, 2, "week", Q.EXACT)),
        ("twenty-five-year", (25, 25, 25, "year", Q.EXACT)),
        ("half an hour", (0.5, 0.5, 0.5, "hour", Q.EXACT)),
        ("more than a decade", (10, 10, None, "year", Q.MORE_THAN)),
        ("up to 48 hours", (48, None, 48, "hour", Q.AT_MOST)),
        ("nearly six weeks", (6, 5.4, 6, "week", Q.NEARLY)),
        ("about 18 months", (18, 16.2, 19.8, "month", Q.APPROX)),
        ("three to five years", (4, 3, 5, "year", Q.RANGE)),
        ("between two and three months", (2.5, 2, 3, "month", Q.RANGE)),
        ("six or seven years", (6.5, 6, 7, "year", Q.RANGE)),
        ("10-15 years", (12.5, 10, 15, "year", Q.RANGE)),
        ("1,100 hours", (1100, 1100, 1100, "hour", Q.EXACT)),
        ("a year and a half", (1.5, 1.5, 1.5, "year", Q.EXACT)),
        ("two and a half years", (2.5, 2.5, 2.5, "year", Q.EXACT)),
        ("more than a day and a half", (1.5, 1.5, None, "day", Q.MORE_THAN)),
        ("three years and a half", (3.5, 3.5, 3.5, "year", Q.EXACT)),
        ("about 15 minutes", (15, 13.5, 16.5, "minute", Q.APPROX)),
        ("90 seconds", (90, 90, 90, "second", Q.EXACT)),
        ("20 mins", (20, 20, 20, "minute", Q.EXACT)),
    ],
)
def test_normalize_duration(text, expected):
    found = normalize_duration(text)
    assert (found.value, found.low, found.high, found.unit, found.qualifier) == expected


@pytest.mark.parametrize(
    "text", ["third year", "20th century", "years", "dozens of years", "0 days", "1230 hours", "three apples"]
)
def test_not_a_duration(text):
    assert normalize_duration(text) is None


def _found(nlp, text, kinds=frozenset(Kind)):
    return [(m.kind.value, m.text) for m in extract(nlp(text), Document("d", text), kinds=kinds)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a four-year war.", ["four-year"]),
        ("They agreed a 10-day ceasefire.", ["10-day"]),
        ("The party ruled for two decades.", ["two decades"]),
        ("He served more than three years in prison.", ["more than three years"]),
        ("The siege lasted for more than a decade.", ["more than a decade"]),
        ("He faces three to five years in jail.", ["three to five years"]),
        ("The deal had been anticipated for over a year.", ["over a year"]),
        ("The Nationals bid $160 million over eight years.", ["eight years"]),  # spread over, not more than
        ("The 30-year-old man was held.", []),
        ("He is 30 years old.", []),
        ("The 18-month-old girl survived.", []),
        ("Two days later, the police arrived.", []),
        ("The war ended three years ago.", []),
        ("The election is held every four years.", []),
        ("They meet twice a year.", []),
        ("One day, he will be king.", []),
        ("A decision is expected in 48 hours.", []),
        ("They boarded the ship at 1230 hours.", []),
        ("New models come out every 12 to 18 months.", []),
        ("He hit 203 HR in his career.", []),
        ("The driver stopped after about 20 minutes, police said.", ["about 20 minutes"]),
        ("The quake lasted 40 seconds.", ["40 seconds"]),
        ("Wait a minute.", []),
        ("The ferry leaves in 10 minutes.", []),
    ],
)
def test_durations_in_a_sentence(blank_nlp, text, expected):
    assert [t for k, t in _found(blank_nlp, text, {Kind.DURATION})] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The suspects were held for 48 hours and 12 minutes.",
        "He spent 10 days in hospital.",
        "The talks lasted three months.",
        "They signed a seven-year, $161 million deal.",
    ],
)
def test_a_duration_is_no_count_and_no_date(model_nlp, text):
    found = _found(model_nlp, text)
    durations = {t for k, t in found if k == "duration"}
    assert durations
    assert not [t for k, t in found if k in ("count", "date") and any(t in d or d in t for d in durations)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The war ended three years ago.", "three years ago"),
        ("Prices rose over the past two weeks.", "the past two weeks"),
        ("The talks will resume in two weeks.", "in two weeks"),
    ],
)
def test_a_date_is_no_duration(model_nlp, text, date):
    found = _found(model_nlp, text)
    assert ("date", date) in found
    assert not [t for k, t in found if k == "duration"]


def _facts(nlp, texts):
    mentions = []
    for n, text in enumerate(texts):
        mentions += extract(nlp(text), Document(f"d{n}", text), kinds={Kind.DURATION})
    return reconcile_facts(mentions)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("eight years", "eight years", Status.AGREE),
        ("eight years", "seven years", Status.CONFLICT),
        ("eight years", "more than seven years", Status.COMPATIBLE),
        ("10 years", "nine to eleven years", Status.COMPATIBLE),
        ("two decades", "20 years", Status.AGREE),
    ],
)
def test_durations_reconcile_like_counts(blank_nlp, first, second, expected):
    template = "The Angels offered the first baseman a contract for {} in total."
    facts = _facts(blank_nlp, [template.format(first), template.format(second)])
    assert [(f.kind, f.unit, f.status, len(f.claims)) for f in facts] == [
        (Kind.DURATION, "year", expected, 2)
    ]


@pytest.mark.parametrize(
    ("first", "second", "unit", "values", "expected"),
    [
        ("two weeks", "14 days", "week", [2, 2], Status.AGREE),
        ("48 hours", "two days", "day", [2, 2], Status.AGREE),  # tie: the longer unit
        ("18 months", "a year and a half", "year", [1.5, 1.5], Status.AGREE),
        ("six months", "180 days", "month", [6, 5.914], Status.COMPATIBLE),  # a month is 28 to 31 days
        ("six months", "200 days", "month", [6, 6.571], Status.CONFLICT),  # more than 6 × 31 days
        ("10 days", "two weeks", "week", [1.429, 2], Status.CONFLICT),
        ("90 minutes", "an hour and a half", "hour", [1.5, 1.5], Status.AGREE),
        ("20 minutes", "half an hour", "hour", [0.3333, 0.5], Status.CONFLICT),
    ],
)
def test_durations_in_different_units_compare(blank_nlp, first, second, unit, values, expected):
    template = "Both sides agreed to a ceasefire lasting {}, the mediators said."
    facts = _facts(blank_nlp, [template.format(first), template.format(second)])
    assert [(f.unit, f.status, [c.value for c in f.claims]) for f in facts] == [(unit, expected, values)]
    assert [c.text for c in facts[0].claims] == [first, second]  # each source's own words stay visible


def test_durations_in_different_units_reconcile_through_the_console_script(tmp_path):
    for name, length in (("a", "48 hours"), ("b", "two days"), ("c", "three days")):
        text = f"The two sides agreed a ceasefire lasting {length}.\n"
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    done = factx("reconcile", str(tmp_path), "-k", "duration", "-f", "json", "--no-cache")
    assert done.returncode == 0, done.stderr
    (fact,) = json.loads(done.stdout)["facts"]
    claims = [(c["doc"], c["text"], c["value"]) for c in fact["claims"]]
    assert (fact["unit"], fact["status"]) == ("day", "conflict")
    assert claims == [("a", "48 hours", 2), ("b", "two days", 2), ("c", "three days", 3)]


def test_durations_in_other_units_are_other_facts(blank_nlp):
    facts = _facts(blank_nlp, ["The strike lasted eight weeks.", "The strike lasted eight months."])
    assert sorted((f.unit, f.status) for f in facts) == [("month", Status.SINGLE), ("week", Status.SINGLE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("four-year", "4 years"),
        ("a fortnight", "2 weeks"),
        ("for a year", "1 year"),
        ("more than a decade", "more than 10 years"),
        ("three to five years", "3–5 years"),
        ("about 18 months", "about 18 months"),
    ],
)
def test_a_duration_is_shown_in_its_unit(text, expected):
    found = normalize_duration(text.removeprefix("for "))
    assert format_value(found, "duration", found.unit) == expected


ARTICLE = "The rebels agreed a 10-day ceasefire after a four-year war that killed 30 people.\n"
KEYS = ("kind", "text", "value", "low", "high", "unit", "qualifier")
EXPECTED = [
    ("duration", "10-day", 10, 10, 10, "day", "exact"),
    ("duration", "four-year", 4, 4, 4, "year", "exact"),
]


def test_extract_durations_through_the_installed_script(tmp_path):
    article = tmp_path / "truce.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    done = factx("extract", str(article), "-k", "duration", "-f", "jsonl", "--no-cache")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [tuple(m[k] for k in KEYS) for m in lines] == EXPECTED
    assert ARTICLE[lines[0]["start"] : lines[0]["end"]] == "10-day"


def test_extract_durations_in_process(tmp_path):
    article = tmp_path / "truce.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["extract", str(article), "-k", "duration,count", "-f", "jsonl", "--no-cache"]
    )
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(m["kind"], m["text"]) for m in lines] == [
        ("count", "30 people"),
        ("duration", "10-day"),
        ("duration", "four-year"),
    ]
