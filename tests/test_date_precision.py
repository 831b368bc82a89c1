"""Dates of one frame told at other precisions. A document may tell one date twice, once loosely ("built in
the 1930s") and once exactly ("constructed in 1935"): that is one statement, not two values, so it sits in
the fact beside the sources that gave either. A date of another grain that shares no day with the others is
another time ("in July alone they lost $300,000" beside "lost it on Tuesday", August 7), whatever its verb.
Invented stories; every expected fact worked out by hand."""

from __future__ import annotations

import calendar
from dataclasses import replace

import pytest

from factx.model import Grain, Kind, Mention, Qualifier, Status
from factx.reconcile import reconcile_facts
from factx.reconcile.ages import birthdays
from factx.reconcile.open_dates import named_period

_SPANS = {
    Grain.DECADE: lambda v: (f"{v[:3]}0-01-01", f"{v[:3]}9-12-31"),
    Grain.YEAR: lambda v: (f"{v}-01-01", f"{v}-12-31"),
    Grain.MONTH: lambda v: (f"{v}-01", f"{v}-{calendar.monthrange(int(v[:4]), int(v[5:]))[1]}"),
    Grain.DAY: lambda v: (v, v),
    Grain.HALF: lambda v: (f"{v[:4]}-07-01", f"{v[:4]}-12-31") if v.endswith("H2") else None,
}


def _date(doc: str, text: str, value: str, grain: Grain, *, event: str, start: int = 0) -> Mention:
    low, high = _SPANS[grain](value)
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=start,
        end=start + len(text),
        sentence=f"The mill was {event} {text}.",
        value=value,
        low=low,
        high=high,
        grain=grain,
        event=event,
        context=("mill", event),
    )


def _facts(*mentions: Mention) -> list[tuple[Status, list[tuple[str, str]]]]:
    found = reconcile_facts(list(mentions))
    return sorted((f.status, sorted((c.doc, c.text) for c in f.claims)) for f in found)


def test_a_decade_and_the_year_it_holds_told_by_one_document_are_one_statement():
    facts = _facts(
        _date("a", "the 1930s", "193X", Grain.DECADE, event="built"),
        _date("a", "1935", "1935", Grain.YEAR, event="built", start=300),
        _date("b", "1935", "1935", Grain.YEAR, event="built"),
        _date("c", "the 1930s", "193X", Grain.DECADE, event="built"),
    )
    # a's first statement stands for it; its "1935" is shown beside it (`also`)
    assert facts == [(Status.COMPATIBLE, [("a", "the 1930s"), ("b", "1935"), ("c", "the 1930s")])]


def test_two_years_of_one_document_stay_two_statements():
    facts = _facts(
        _date("a", "1935", "1935", Grain.YEAR, event="built"),
        _date("a", "1936", "1936", Grain.YEAR, event="built", start=300),
        _date("b", "the 1930s", "193X", Grain.DECADE, event="built"),
    )
    # one fact may hold a's 1935 or its 1936 beside b's decade, never both
    for _, claims in facts:
        assert [doc for doc, _ in claims].count("a") <= 1
    assert len(facts) == 2


def test_a_month_that_does_not_hold_the_day_is_another_time():
    facts = _facts(
        _date("a", "July", "2012-07", Grain.MONTH, event="lose"),
        _date("b", "Tuesday", "2012-08-07", Grain.DAY, event="lose"),
        _date("c", "Tuesday morning", "2012-08-07", Grain.DAY, event="lose"),
    )
    assert facts == [
        (Status.AGREE, [("b", "Tuesday"), ("c", "Tuesday morning")]),
        (Status.SINGLE, [("a", "July")]),
    ]


def test_a_month_that_holds_the_day_is_the_same_time_told_loosely():
    facts = _facts(
        _date("a", "August", "2012-08", Grain.MONTH, event="lose"),
        _date("b", "Tuesday", "2012-08-07", Grain.DAY, event="lose"),
    )
    assert facts == [(Status.COMPATIBLE, [("a", "August"), ("b", "Tuesday")])]


def test_days_of_one_grain_a_week_apart_still_disagree():
    facts = _facts(
        _date("a", "July 31", "2012-07-31", Grain.DAY, event="lose"),
        _date("b", "Tuesday", "2012-08-07", Grain.DAY, event="lose"),
    )
    assert facts == [(Status.CONFLICT, [("a", "July 31"), ("b", "Tuesday")])]


def test_a_period_and_a_part_of_it_told_by_one_document_are_one_statement():
    second_half = _date("a", "the second half of the year", "2012-H2", Grain.HALF, event="ship")
    end_of_year = _date("a", "the end of this year", "2012", Grain.YEAR, event="ship", start=300)
    end_of_year = replace(end_of_year, low="2012-09-01")  # the normalizer's last third of the year
    facts = _facts(
        second_half,
        end_of_year,
        replace(second_half, doc="b", text="the second half of 2012"),
        replace(end_of_year, doc="c", text="late this year", start=0),
    )
    assert facts == [
        (
            Status.COMPATIBLE,
            [("a", "the second half of the year"), ("b", "the second half of 2012"), ("c", "late this year")],
        )
    ]


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier", "period"),
    [
        # "by the end of 2012" is stated against the end of the year, not the whole of it
        ("by the end of 2012", "2012", None, "2012-12-31", Qualifier.AT_MOST, ("2012-09-01", "2012-12-31")),
        (
            "by the end of the year",
            "2012",
            None,
            "2012-12-31",
            Qualifier.AT_MOST,
            ("2012-09-01", "2012-12-31"),
        ),
        ("by the mid-1980s", "198X", None, "1986-12-31", Qualifier.AT_MOST, ("1984-01-01", "1986-12-31")),
        ("after 2012", "2012", "2013-01-01", None, Qualifier.MORE_THAN, ("2012-01-01", "2012-12-31")),
        (
            "before March 2014",
            "2014-03",
            None,
            "2014-02-28",
            Qualifier.LESS_THAN,
            ("2014-03-01", "2014-03-31"),
        ),
        # words that name no period around the day the open side starts from: the period of the grain
        ("by next year", "2013", None, "2013-12-31", Qualifier.AT_MOST, ("2013-01-01", "2013-12-31")),
    ],
)
def test_an_open_date_is_stated_against_the_period_its_words_name(text, value, low, high, qualifier, period):
    grain = {4: Grain.YEAR, 7: Grain.MONTH}.get(len(value), Grain.DECADE)
    m = Mention(
        doc="a",
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        grain=grain,
    )
    assert tuple(map(str, named_period(m))) == period


def test_the_end_of_a_year_by_an_open_date_meets_the_second_half_not_the_bare_year():
    def open_end(doc: str) -> Mention:
        m = _date(doc, "by the end of the year", "2012", Grain.YEAR, event="ship")
        return replace(m, low=None, qualifier=Qualifier.AT_MOST, context=("mill", "ship", "server"))

    second_half = _date("c", "the second half of 2012", "2012-H2", Grain.HALF, event="ship")
    second_half = replace(second_half, context=("mill", "ship", "server"))
    # "its 2012 earnings guidance": another event, one word of context in common with the open dates
    year = _date("d", "2012", "2012", Grain.YEAR, event="report")
    year = replace(year, context=("mill", "report", "guidance", "earnings", "quarter"))
    facts = _facts(open_end("a"), open_end("b"), second_half, year, replace(year, doc="e"))
    assert facts == [
        (Status.AGREE, [("d", "2012"), ("e", "2012")]),
        (
            Status.COMPATIBLE,
            [
                ("a", "by the end of the year"),
                ("b", "by the end of the year"),
                ("c", "the second half of 2012"),
            ],
        ),
    ]


def test_one_date_in_the_same_words_is_one_fact_whatever_event_each_parse_gave_it():
    # "It expects to close the deal in March" (the parse took the deal's class, a price) and "The deal is
    # expected to close in March" (the verb): one date told alike, not the month Intel bought a business
    def month(doc: str, text: str, value: str, event: str, context: tuple[str, ...]) -> Mention:
        return replace(_date(doc, text, value, Grain.MONTH, event=event), context=context)

    told = ("close", "deal", "expect", "company")
    bought = ("buy", "business", "unit", "company")
    facts = _facts(
        month("a", "March", "2012-03", "price", told),
        month("c", "January", "2012-01", "price", bought),
        month("b", "March", "2012-03", "close", told),
        replace(month("b", "last month", "2012-02", "price", bought), start=300),
    )
    assert facts == [
        (Status.AGREE, [("a", "March"), ("b", "March")]),
        (Status.CONFLICT, [("b", "last month"), ("c", "January")]),
    ]


def _sentence(
    doc: str, sentence: str, age: str, day: str, value: str, grain: Grain, **frame
) -> list[Mention]:
    """An age still to come and a date, at their places in a sentence that starts at offset 100."""
    at, on = sentence.index(age), sentence.index(day)
    where = {"sentence": sentence, "sentence_start": 100, "sentence_end": 100 + len(sentence)}
    count = Mention(
        doc=doc,
        kind=Kind.COUNT,
        label="COUNT",
        text=age,
        start=100 + at,
        end=100 + at + len(age),
        value=41,
        low=41,
        high=41,
        unit="year",
        qualifier=Qualifier.EXACT,
        event="age to come",
        **where,
    )
    date = replace(_date(doc, day, value, grain, event="x", start=100 + on), **where, **frame)
    return [count, date]


def test_the_date_an_age_to_come_is_reached_is_a_birthday_whatever_the_verb():
    facts = _facts(
        *_sentence("a", "Smith, who turns 41 on May 3, signed.", "41", "May 3", "2015-05-03", Grain.DAY,
                   event="turn", anchors=("Smith",), context=("smith", "sign")),
        *_sentence("b", "The striker will be 41 on May 3, before the final.", "41", "May 3", "2015-05-03",
                   Grain.DAY, event=None, context=("striker", "final")),
        *_sentence("c", "Smith will be 41 in May.", "41", "May", "2015-05", Grain.MONTH, event=None,
                   anchors=("Smith",), context=("smith",)),
    )  # fmt: skip
    dates = [(status, claims) for status, claims in facts if claims[0][1] != "41"]
    assert dates == [(Status.COMPATIBLE, [("a", "May 3"), ("b", "May 3"), ("c", "May")])]


def test_a_date_further_on_in_the_sentence_is_no_birthday():
    mentions = _sentence(
        "a", "Smith, who turns 41 this spring, signed on May 9.", "41", "May 9", "2015-05-09", Grain.DAY
    )
    assert birthdays(mentions) == set()
    assert birthdays(_sentence("a", "Smith turns 41 on May 9.", "41", "May 9", "2015-05-09", Grain.DAY)) == {
        ("a", 100 + len("Smith turns 41 on "))
    }
