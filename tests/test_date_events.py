"""Dates told with verbs that say one thing ("close", "complete", "wrap up" a deal) are compared as dates of
one event, though their sentences share no word; other verbs stay apart. Expected facts worked out by
hand: a deal due "in March" (2012-03) and one "completed in March" (2012-03) agree."""

from __future__ import annotations

from factx.model import Grain, Kind, Mention, Status
from factx.reconcile import reconcile_facts
from factx.reconcile.date_events import date_event


def _march(doc: str, event: str, context: tuple[str, ...]) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text="March",
        start=0,
        end=5,
        sentence="The deal is expected to close in March.",
        value="2012-03",
        low="2012-03-01",
        high="2012-03-31",
        grain=Grain.MONTH,
        event=event,
        context=context,
    )


def test_a_completed_date_is_a_closing_date():
    assert date_event(_march("a", "complete", ())).event == "close"
    assert date_event(_march("a", "announce", ())).event == "announce"


def test_closing_and_completion_in_other_words_are_one_fact():
    facts = reconcile_facts(
        [
            _march("a", "close", ("deal", "expect", "analyst")),
            _march("b", "complete", ("merger", "plan", "ceo")),
        ]
    )
    assert [(f.status, sorted(c.doc for c in f.claims)) for f in facts] == [(Status.AGREE, ["a", "b"])]


def test_other_verbs_in_other_words_stay_apart():
    facts = reconcile_facts(
        [
            _march("a", "close", ("deal", "expect", "analyst")),
            _march("b", "launch", ("merger", "plan", "ceo")),
        ]
    )
    assert sorted(len(f.claims) for f in facts) == [1, 1]
