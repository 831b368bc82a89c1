"""Lengths across outlets: one depth told with its decimal point lost ("1.2 miles", "12 miles") is one fact
in conflict, while distances of no event told from places that share no name are two facts. Claims are
given directly (no model); expected facts worked out by hand."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts


def miles(doc: str, text: str, value: float, event: str | None, anchors=(), start: int = 0) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.COUNT,
        label="COUNT",
        text=text,
        start=start,
        end=start + len(text),
        sentence=text,
        value=value,
        low=value,
        high=value,
        unit="mile",
        qualifier=Q.EXACT,
        precision=0.0,
        measure="mile",
        event=event,
        anchors=anchors,
        context=("quake", "struck"),
    )


def fact_of(facts, doc: str, text: str):
    (found,) = [f for f in facts for c in f.claims if c.doc == doc and c.text == text]
    return found


def test_a_depth_with_its_decimal_point_lost_is_the_same_depth_in_conflict():
    facts = reconcile_facts(
        [
            miles("a", "1.2 miles", 1.2, "depth"),
            miles("b", "1.2 miles", 1.2, "depth"),
            miles("c", "12 miles", 12, "depth"),
        ]
    )
    fact = fact_of(facts, "a", "1.2 miles")
    assert sorted(c.doc for c in fact.claims) == ["a", "b", "c"]
    assert fact.status is Status.CONFLICT


def test_one_digit_ten_times_another_is_not_a_lost_point():
    # "1 mile" and "10 miles": one digit in common proves nothing; ten times apart they stay apart.
    facts = reconcile_facts([miles("a", "1 mile", 1, "depth"), miles("b", "10 miles", 10, "depth")])
    assert fact_of(facts, "a", "1 mile") is not fact_of(facts, "b", "10 miles")


def test_distances_from_places_that_share_no_name_are_two_facts():
    facts = reconcile_facts(
        [
            miles("a", "about 14 miles", 14, None, ("Healdsburg",)),
            miles("b", "about 14 miles", 14, None, ("Healdsburg",)),
            miles("c", "twelve miles", 12, None, ("Cloverdale",)),
        ]
    )
    assert fact_of(facts, "c", "twelve miles") is not fact_of(facts, "a", "about 14 miles")
    assert fact_of(facts, "a", "about 14 miles").status is Status.AGREE


def test_one_distance_whose_clauses_name_other_places_is_still_one_fact():
    facts = reconcile_facts(
        [miles("a", "50 miles", 50, None, ("Detroit",)), miles("b", "50 miles", 50, None, ("Flint",))]
    )
    assert fact_of(facts, "a", "50 miles") is fact_of(facts, "b", "50 miles")
