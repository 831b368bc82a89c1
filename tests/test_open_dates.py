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
from factx.model import Claim, Document, Grain, Kind, Mention, Qualifier, Status, Tense
from factx.normalize.dates import resolve_date
from factx.reconcile import reconcile_facts
from factx.reconcile.status import INF, interval_of
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


def _date(
    doc: str,
    text: str,
    low: str | None,
    high: str | None,
    qualifier: Q | None,
    value: str = "2014",
    grain: Grain | None = Grain.YEAR,
    event: str | None = None,
) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"The plant closed {text}.",
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        grain=grain,
        context=("plant", "close"),
        event=event,
    )


def _facts(*mentions: Mention) -> list[tuple[Status, list[str]]]:
    return [(f.status, [c.text for c in f.claims]) for f in reconcile_facts(list(mentions))]


def test_two_open_dates_stating_one_date_on_one_side_agree():
    by = _date("a", "by the end of 2007", None, "2007-12-31", Q.AT_MOST, "2007")
    assert _facts(by, replace(by, doc="b"), replace(by, doc="c", text="By the end of 2007")) == [
        (Status.AGREE, ["by the end of 2007", "by the end of 2007", "By the end of 2007"])
    ]


def test_an_open_date_and_a_date_it_admits_are_compatible():
    # "by the end of 2012" is stated against the end of the year (`open_dates.named_period`): March is
    # another period, so the two are one fact by their frame (one event), not by their days
    by = _date("a", "by the end of 2012", None, "2012-12-31", Q.AT_MOST, "2012", event="close")
    march = _date("b", "March 2012", "2012-03-01", "2012-03-31", None, "2012-03", Grain.MONTH, event="close")
    assert _facts(by, march) == [(Status.COMPATIBLE, ["by the end of 2012", "March 2012"])]


def test_an_open_date_and_a_date_it_does_not_admit_conflict():
    # "until Tuesday" (2014-10-14) and "on Thursday" (2014-10-16): the plant cannot have closed both ways
    until = _date("a", "until Tuesday", None, "2014-10-14", Q.AT_MOST, "2014-10-14", Grain.DAY)
    thursday = _date("b", "on Thursday", "2014-10-16", "2014-10-16", None, "2014-10-16", Grain.DAY)
    assert _facts(until, thursday) == [(Status.CONFLICT, ["until Tuesday", "on Thursday"])]


def test_open_dates_on_opposite_sides_of_one_year_conflict():
    before = _date("a", "before 2014", None, "2013-12-31", Q.LESS_THAN)
    after = _date("b", "after 2014", "2015-01-01", None, Q.MORE_THAN)
    assert _facts(before, after) == [(Status.CONFLICT, ["before 2014", "after 2014"])]


def test_an_open_date_meets_the_period_it_names_not_every_date_it_admits():
    # "by the end of 2012" admits 2009, but it is stated against 2012
    by = _date("a", "by the end of 2012", None, "2012-12-31", Q.AT_MOST, "2012")
    old = _date("b", "in 2009", "2009-01-01", "2009-12-31", None, "2009")
    assert sorted(len(claims) for _, claims in _facts(by, old)) == [1, 1]


@pytest.mark.parametrize(
    ("low", "high", "qualifier", "expected"),
    [
        (None, "2012-12-31", Q.AT_MOST, (-INF, date(2012, 12, 31).toordinal())),
        (None, "2013-12-31", Q.LESS_THAN, (-INF, date(2013, 12, 31).toordinal())),
        ("2011-01-01", None, Q.MORE_THAN, (date(2011, 1, 1).toordinal(), INF)),
    ],
)
def test_an_open_date_admits_one_side_of_the_calendar(low, high, qualifier, expected):
    claim = Claim("a", "x", 0, 1, "", "2012", low, high, qualifier, Grain.YEAR)
    found = interval_of(claim)
    assert (found.low, found.high) == expected


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


def test_an_open_date_and_the_same_date_closed_need_little_context_in_common():
    # two words of six in common: too little for two different dates, enough for one date stated twice
    by = replace(
        _date("a", "By the mid-1980s", None, "1986-12-31", Q.AT_MOST, "198X", Grain.DECADE),
        context=("state", "take", "falter", "run", "management", "corporation"),
    )
    mid = replace(
        _date("b", "the mid-1980s", "1984-01-01", "1986-12-31", None, "198X", Grain.DECADE),
        context=("state", "take", "bankrupt", "go", "owner", "private"),
    )
    assert _facts(by, mid) == [(Status.COMPATIBLE, ["By the mid-1980s", "the mid-1980s"])]
