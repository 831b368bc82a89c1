"""A figure one article tells twice, once hedged ("an estimated two million euros") and once plain ("a
two-million-euro haul"), is one figure: the article still states one value of the fact. And the worth of
stolen goods is what was stolen. Claims are given directly (no model); expected facts worked out by hand."""

from __future__ import annotations

from dataclasses import replace

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q


def money(doc: str, text: str, start: int, event: str, qualifier: Q = Q.EXACT) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.MONEY,
        label="MONEY",
        text=text,
        start=start,
        end=start + len(text),
        sentence=text,
        value=2e6,
        low=2e6,
        high=2e6,
        qualifier=qualifier,
        precision=0.0,
        unit="EUR",
        event=event,
        context=("jewel", "store"),
    )


def facts_of(mentions):
    from factx.reconcile.facts import reconcile_facts

    return reconcile_facts(mentions)


# Each outlet tells the haul twice: plainly as what was stolen, hedged as what the jewels were worth.
HAUL = [
    money("a", "two million euros", 0, "stolen"),
    money("a", "an estimated two million euros", 200, "worth", Q.APPROX),
    money("b", "2m euros", 0, "stolen"),
    money("b", "an estimated 2m euros", 300, "worth", Q.APPROX),
    money("c", "about €2 million", 0, "worth", Q.APPROX),
]


def test_a_figure_told_plainly_and_hedged_by_one_article_is_one_fact_of_all_outlets():
    facts = facts_of(HAUL)
    assert len(facts) == 1
    (fact,) = facts
    assert sorted(c.doc for c in fact.claims) == ["a", "b", "c"]
    # Each article's claim is its first telling; the second is a repeat of it.
    assert {c.doc: c.repeats for c in fact.claims} == {"a": 2, "b": 2, "c": 1}


def test_the_plain_telling_counts_and_a_hedged_one_is_compatible_with_it():
    (fact,) = facts_of(HAUL)
    assert fact.status is Status.COMPATIBLE  # 2m (a, b) and "about" 2m (c)
    (fact,) = facts_of(HAUL[:4])
    assert fact.status is Status.AGREE  # a and b both first say exactly 2m


def test_what_stolen_jewels_were_worth_is_the_value_stolen():
    stolen = money("b", "2m euros", 0, "stolen")
    worth = money("c", "jewels worth €2 million", 0, "worth")
    (fact,) = facts_of([stolen, worth])
    assert fact.status is Status.AGREE


def test_one_article_s_two_different_figures_are_still_two_facts():
    other = replace(money("a", "three million euros", 400, "stolen"), value=3e6, low=3e6, high=3e6)
    assert len(facts_of([*HAUL[:2], other])) == 2
