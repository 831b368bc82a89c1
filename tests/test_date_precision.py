"""Dates of one frame told at other precisions. A document may tell one date twice, once loosely ("built in
the 1930s") and once exactly ("constructed in 1935"): that is one statement, not two values, so it sits in
the fact beside the sources that gave either. A date of another grain that shares no day with the others is
another time ("in July alone they lost $300,000" beside "lost it on Tuesday", August 7), whatever its verb.
Invented stories; every expected fact worked out by hand."""

from __future__ import annotations

from factx.model import Grain, Kind, Mention, Status
from factx.reconcile import reconcile_facts

_SPANS = {
    Grain.DECADE: lambda v: (f"{v[:3]}0-01-01", f"{v[:3]}9-12-31"),
    Grain.YEAR: lambda v: (f"{v}-01-01", f"{v}-12-31"),
    Grain.MONTH: lambda v: (f"{v}-01", f"{v}-{31 if v.endswith(('-07', '-08', '-01')) else 30}"),
    Grain.DAY: lambda v: (v, v),
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
