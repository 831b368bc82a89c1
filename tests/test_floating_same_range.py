"""Unresolved dates that cover the same range of their floating scale are the same date, whatever words
they are told in: "Thursday", "Thursday afternoon" and "late Thursday afternoon" in three undated articles
name one day of the week, so like a date stated alike they need only a little context in common to meet.
Expected facts worked out by hand: the sentences share one word pairwise ("jewel", "store")."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.reconcile import reconcile_facts


def _floating(doc: str, text: str, event: str, context: tuple[str, ...]) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"Thieves struck {text}.",
        event=event,
        context=context,
    )


def test_one_weekday_told_in_other_words_is_one_fact():
    facts = reconcile_facts(
        [
            _floating("a", "Thursday", "steal", ("gang", "thief", "woman", "jewel", "steal")),
            _floating("b", "Thursday afternoon", "storm", ("store", "jewel", "storm", "diamond", "paris")),
            _floating(
                "c", "late Thursday afternoon", "burst", ("robber", "store", "burst", "avenue", "montaigne")
            ),
        ]
    )
    assert [(f.status, sorted(c.doc for c in f.claims)) for f in facts] == [(Status.AGREE, ["a", "b", "c"])]


def test_other_weekdays_told_alike_stay_apart():
    facts = reconcile_facts(
        [
            _floating("a", "Thursday", "steal", ("gang", "thief", "woman", "jewel", "steal")),
            _floating("b", "Friday afternoon", "storm", ("store", "jewel", "storm", "diamond", "paris")),
        ]
    )
    assert facts == []  # two lone floating dates compare with nothing
