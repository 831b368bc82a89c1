"""One article's figure told twice: a sum told plainly and with an open bound ("$4.3 million", "gems valued at
over $4.3 million"), and a headline's figure that slips a little from its body's ("Thieves grab $4.2 million
in gems" over "$4.3 million"), are one statement of the article, so the article's claim sits in the fact of
all outlets. Claims are given directly (no model); expected facts worked out by hand."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts


def money(
    doc: str, value: float, start: int, sentence: str, *, event: str = "stolen", q: Q = Q.EXACT
) -> Mention:
    text = f"${value / 1e6:g} million"
    return Mention(
        doc=doc,
        kind=Kind.MONEY,
        label="MONEY",
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        sentence_start=0 if start == 0 else start - 10,
        value=value,
        low=value,
        high=value,
        qualifier=q,
        precision=100_000.0,
        unit="$",
        event=event,
        context=("gem", "store"),
    )


BODY = "Four men smashed the window and made off with gems worth $4.3 million."


def test_a_sum_and_its_open_bound_in_one_article_are_one_statement():
    facts = reconcile_facts(
        [
            money("a", 4.3e6, 0, "Thieves in $4.3 million raid on jewellery store"),
            money("a", 4.3e6, 300, "They made off with gems valued at over $4.3 million.", q=Q.MORE_THAN),
            money("b", 4.3e6, 200, BODY),
        ]
    )
    (fact,) = facts
    assert {c.doc: c.repeats for c in fact.claims} == {"a": 2, "b": 1}


def test_a_bare_predicate_s_sum_and_its_open_bound_stay_two_facts():
    facts = reconcile_facts(
        [
            money("a", 4.3e6, 0, "A $4.3 million necklace was lifted", event="lift"),
            money(
                "a", 4.3e6, 300, "A necklace worth over $4.3 million was lifted.", event="lift", q=Q.MORE_THAN
            ),
        ]
    )
    assert len(facts) == 2


def test_a_headline_s_figure_that_slips_from_its_body_s_is_the_article_s_claim():
    facts = reconcile_facts(
        [
            money("a", 4.2e6, 0, "Thieves grab $4.2 million in gems"),
            money("a", 4.3e6, 200, BODY),
            money("b", 4.3e6, 200, BODY),
            money("c", 4.3e6, 200, BODY),
        ]
    )
    (fact,) = facts
    assert fact.status is Status.CONFLICT
    assert {c.doc: c.value for c in fact.claims} == {"a": 4.2e6, "b": 4.3e6, "c": 4.3e6}


def test_a_headline_figure_far_from_its_body_s_or_said_in_the_body_stays_apart():
    far = [money("a", 5e6, 0, "Thieves grab $5 million in gems"), money("a", 4.3e6, 200, BODY)]
    near_in_body = [money("a", 4.2e6, 100, "Police first put the haul at $4.2 million."), far[1]]
    for story in (far, near_in_body):
        facts = reconcile_facts([*story, money("b", 4.3e6, 200, BODY)])
        assert len(facts) == 2
