"""Open date intervals: "before 2014", "after 2010", "until March", "through 2014", "by 2020". The date they
are stated against stays the value; the side the lead word leaves open is null, and the qualifier says which
(`less_than` before, `more_than` after, `at_most` until/through/by). Every expected value was worked out by
hand against a publication date of Wednesday 2014-10-15."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind, Mention, Qualifier, Tense
from factx.normalize.dates import resolve_date
from factx.reconcile import reconcile_facts
from factx.values import format_value
from tests.script import factx

Q = Qualifier
PUBLISHED = date(2014, 10, 15)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("before 2014", Tense.UNKNOWN, ("2014", None, "2013-12-31", Q.LESS_THAN)),
        ("prior to 1990", Tense.UNKNOWN, ("1990", None, "1989-12-31", Q.LESS_THAN)),
        ("after 2010", Tense.UNKNOWN, ("2010", "2011-01-01", None, Q.MORE_THAN)),
        ("after March 3, 2012", Tense.UNKNOWN, ("2012-03-03", "2012-03-04", None, Q.MORE_THAN)),
        ("through 2014", Tense.UNKNOWN, ("2014", None, "2014-12-31", Q.AT_MOST)),
        ("until March", Tense.PAST, ("2014-03", None, "2014-03-31", Q.AT_MOST)),
        ("until March", Tense.FUTURE, ("2015-03", None, "2015-03-31", Q.AT_MOST)),
        ("by 2015", Tense.FUTURE, ("2015", None, "2015-12-31", Q.AT_MOST)),
        ("till Friday", Tense.FUTURE, ("2014-10-17", None, "2014-10-17", Q.AT_MOST)),
        ("before Monday", Tense.PAST, ("2014-10-13", None, "2014-10-12", Q.LESS_THAN)),
    ],
)
def test_open_interval_values(text, tense, expected):
    found = resolve_date(text, PUBLISHED, tense)
    low, high = (d and d.isoformat() for d in (found.low, found.high))
    assert (found.value, low, high, found.qualifier) == expected


def test_since_stays_closed_at_the_publication_date():
    found = resolve_date("since 2010", PUBLISHED)
    assert (found.low, found.high, found.qualifier) == (date(2010, 1, 1), PUBLISHED, None)


def test_relative_open_interval_without_publication_date_is_unresolved():
    assert resolve_date("until March", None, Tense.PAST).value is None
    assert resolve_date("before 2014", None).high == date(2013, 12, 31)


def _dates(nlp, text):
    doc = Document("d", text, published=PUBLISHED)
    return [(m.text, m.low, m.high, m.qualifier) for m in extract(nlp(text), doc, kinds={Kind.DATE})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell before 2014.", [("before 2014", None, "2013-12-31", Q.LESS_THAN)]),
        ("He stayed in the job until March.", [("until March", None, "2014-03-31", Q.AT_MOST)]),
        (
            "Bids must arrive no later than June 30, 2015.",
            [("no later than June 30, 2015", None, "2015-06-30", Q.AT_MOST)],
        ),
        # a possessive date is the date of its noun ("Monday's vote"), not the end of an interval
        ("He resigned after Monday's vote.", [("Monday", "2014-10-13", "2014-10-13", None)]),
    ],
)
def test_open_intervals_in_sentences(model_nlp, text, expected):
    assert _dates(model_nlp, text) == expected


def _date(doc: str, text: str, low: str | None, high: str | None, qualifier: Q | None) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"The plant closed {text}.",
        value="2014",
        low=low,
        high=high,
        qualifier=qualifier,
        context=("plant", "close"),
    )


def test_reconcile_leaves_open_dates_apart():
    facts = reconcile_facts(
        [
            _date("a", "after 2013", "2014-01-01", None, Q.MORE_THAN),
            _date("b", "before 2015", None, "2014-12-31", Q.LESS_THAN),
            _date("c", "in 2014", "2014-01-01", "2014-12-31", None),
            _date("d", "in 2014", "2014-01-01", "2014-12-31", None),
        ]
    )
    assert [[c.text for c in f.claims] for f in facts] == [["in 2014", "in 2014"]]


def test_extract_open_interval_through_the_console_script(tmp_path):
    article = tmp_path / "plant.txt"
    article.write_text("The plant will stay open through 2014, the company said.\n", encoding="utf-8")
    done = factx(
        "extract", str(article), "-k", "date", "-f", "jsonl", "--published", "2014-10-15", "--no-cache"
    )
    assert done.returncode == 0, done.stderr
    (line,) = [json.loads(x) for x in done.stdout.decode("utf-8").splitlines()]
    assert (line["text"], line["value"], line["low"], line["high"], line["qualifier"], line["grain"]) == (
        "through 2014",
        "2014",
        None,
        "2014-12-31",
        "at_most",
        "year",
    )


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("before 2014", Tense.UNKNOWN, "before 2014"),
        ("after March 3, 2012", Tense.UNKNOWN, "after Sat 3 Mar 2012"),
        ("until March", Tense.FUTURE, "until Mar 2015"),
        ("until the 1990s", Tense.UNKNOWN, "until 1990s"),
    ],
)
def test_open_intervals_are_written_with_their_open_side(text, tense, expected):
    found = resolve_date(text, PUBLISHED, tense)
    mention = _date(
        "a", text, found.low and found.low.isoformat(), found.high and found.high.isoformat(), None
    )
    mention = replace(mention, value=found.value, grain=found.grain, qualifier=found.qualifier)
    assert format_value(mention, "date", None) == expected
