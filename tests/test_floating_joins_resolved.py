"""A floating date (an article with no publication date: "the end of July", "Thursday") joins the fact of
resolved dates of its frame whose days it matches on its own scale. It tells what its scale can and no
more: it agrees when it names just the weekday or day of the year the resolved claims all state, is
compatible when it only overlaps them, and one that does not match stays out. Expected facts worked out by
hand: 2013-03-14 was a Thursday."""

from __future__ import annotations

from factx.model import Grain, Kind, Mention, Status
from factx.reconcile import reconcile_facts


def _date(doc: str, text: str, low: str | None, high: str | None, event: str = "steal") -> Mention:
    resolved = low is not None
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"The jewels were stolen {text}.",
        value=(low if low == high else f"{low}/{high}") if resolved else None,
        low=low,
        high=high,
        grain=(Grain.DAY if low == high else Grain.MONTH) if resolved else None,
        event=event,
        context=("jewel", "steal"),
    )


def _facts(*mentions: Mention) -> list[tuple[Status, list[str]]]:
    return sorted((f.status, sorted(c.doc for c in f.claims)) for f in reconcile_facts(list(mentions)))


END_OF_JULY = ("the end of July", "2013-07-21", "2013-07-31")


def test_a_floating_end_of_july_agrees_with_the_resolved_end_of_july():
    facts = _facts(
        _date("a", *END_OF_JULY),
        _date("b", *END_OF_JULY),
        _date("c", "the end of July", None, None),
    )
    assert facts == [(Status.AGREE, ["a", "b", "c"])]


def test_a_floating_end_of_july_is_compatible_with_a_resolved_july():
    july = ("July", "2013-07-01", "2013-07-31")
    facts = _facts(_date("a", *july), _date("b", *july), _date("c", "the end of July", None, None))
    assert facts == [(Status.COMPATIBLE, ["a", "b", "c"])]


def test_a_floating_day_never_makes_compatible_resolved_claims_agree():
    facts = _facts(
        _date("a", "July", "2013-07-01", "2013-07-31"),
        _date("b", "July 24", "2013-07-24", "2013-07-24"),
        _date("c", "July 24", None, None),
    )
    assert facts == [(Status.COMPATIBLE, ["a", "b", "c"])]


def test_a_floating_weekday_agrees_with_a_resolved_day_of_that_weekday():
    facts = _facts(
        _date("a", "Thursday", "2013-03-14", "2013-03-14"),
        _date("b", "March 14, 2013", "2013-03-14", "2013-03-14"),
        _date("c", "early Thursday", None, None),
    )
    assert facts == [(Status.AGREE, ["a", "b", "c"])]


def test_a_floating_weekday_of_another_day_stays_out():
    facts = _facts(
        _date("a", "Thursday", "2013-03-14", "2013-03-14"),
        _date("b", "Thursday", "2013-03-14", "2013-03-14"),
        _date("c", "Friday", None, None),
    )
    assert facts == [(Status.AGREE, ["a", "b"])]  # the lone floating Friday compares with nothing


def test_a_floating_date_of_another_event_stays_out():
    facts = _facts(
        _date("a", *END_OF_JULY),
        _date("b", *END_OF_JULY),
        _date("c", "the end of July", None, None, event="arrest"),
    )
    assert facts == [(Status.AGREE, ["a", "b"])]


def test_a_floating_day_does_not_join_a_resolved_year():
    year = ("2013", "2013-01-01", "2013-12-31")
    facts = _facts(_date("a", *year), _date("b", *year), _date("c", "July 24", None, None))
    assert facts == [(Status.AGREE, ["a", "b"])]


def test_two_floating_sources_join_one_resolved_fact():
    facts = _facts(
        _date("a", "Thursday", "2013-03-14", "2013-03-14"),
        _date("b", "Thursday", "2013-03-14", "2013-03-14"),
        _date("c", "Thursday morning", None, None),
        _date("d", "early Thursday", None, None),
    )
    assert facts == [(Status.AGREE, ["a", "b", "c", "d"])]
