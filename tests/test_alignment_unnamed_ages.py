"""Ages of no common name more than a birthday apart are of two people: "Kent, 52" in two articles and
"a 55-year-old neighbour" who called the police in a third are two ages, not one man's age told wrongly.
The same figure of no name ("the 52-year-old") still joins the named one. Claims are given directly (no
model); the expected facts worked out by hand."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts


def age(doc: str, value: int, sentence: str, anchors: tuple[str, ...] = ()) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.COUNT,
        label="COUNT",
        text=str(value),
        start=10,
        end=12,
        sentence=sentence,
        value=value,
        low=value,
        high=value,
        unit="year",
        qualifier=Q.EXACT,
        precision=0.0,
        measure="year",
        event="age",
        anchors=anchors,
        context=("shoot", "office", "man"),
    )


KENT = [
    age("a", 52, "Kent, 52, was shot at the office.", ("Kent",)),
    age("b", 52, "Kent, 52, was shot at his office.", ("Kent",)),
]


def test_an_unnamed_age_more_than_a_birthday_apart_is_another_person():
    neighbour = age("c", 55, "A 55-year-old man from the office next door called the police.")
    facts = reconcile_facts([*KENT, neighbour])
    assert sorted((len(f.claims), f.status) for f in facts) == [(1, Status.SINGLE), (2, Status.AGREE)]


def test_an_unnamed_age_of_the_same_figure_still_joins():
    same = age("c", 52, "The 52-year-old man was shot at the office.")
    (fact,) = reconcile_facts([*KENT, same])
    assert fact.status is Status.AGREE
