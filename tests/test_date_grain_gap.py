"""Dates of one frame join on their own scale: three sources saying a vote was held in 2009, in 2010 and
"last year" (2011) state one fact and disagree by a year, as "March" and "May" of one event disagree by
months. Days keep their two-week limit; years further than one year apart stay separate. Expected facts
worked out by hand."""

from __future__ import annotations

from factx.model import Grain, Kind, Mention, Status
from factx.reconcile import reconcile_facts


def _year(doc: str, text: str, year: int, event: str = "approve") -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"Voters approved the bond {text}.",
        value=str(year),
        low=f"{year}-01-01",
        high=f"{year}-12-31",
        grain=Grain.YEAR,
        event=event,
        context=("voter", "approve", "bond"),
    )


def _day(doc: str, iso: str) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=iso,
        start=0,
        end=len(iso),
        sentence=f"Voters approved the bond on {iso}.",
        value=iso,
        low=iso,
        high=iso,
        grain=Grain.DAY,
        event="approve",
        context=("voter", "approve", "bond"),
    )


def _facts(*mentions: Mention) -> list[tuple[Status, list[str]]]:
    return sorted((f.status, sorted(c.text for c in f.claims)) for f in reconcile_facts(list(mentions)))


def test_three_years_of_one_frame_a_year_apart_are_one_conflict():
    facts = _facts(_year("a", "2010", 2010), _year("b", "in 2009", 2009), _year("c", "Last year", 2011))
    assert facts == [(Status.CONFLICT, ["2010", "Last year", "in 2009"])]


def test_years_more_than_a_year_apart_stay_separate():
    facts = _facts(_year("a", "2009", 2009), _year("b", "2012", 2012))
    assert [s for s, _ in facts] == [Status.SINGLE, Status.SINGLE]


def test_years_of_other_events_stay_separate():
    facts = _facts(_year("a", "2009", 2009), _year("b", "2011", 2011, event="build"))
    assert [s for s, _ in facts] == [Status.SINGLE, Status.SINGLE]


def test_days_of_one_frame_a_month_apart_stay_separate():
    facts = _facts(_day("a", "2012-03-01"), _day("b", "2012-04-01"))
    assert [s for s, _ in facts] == [Status.SINGLE, Status.SINGLE]
