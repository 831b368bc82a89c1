"""Alignment rules on claims given directly (no model): currencies of one symbol, related events, ties
between equally supported readings, and fact labels that do not mislead. Expected values worked out by
hand from the invented claims."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factx.frame_measures import currency_family
from factx.frame_products import variant_of
from factx.frame_words import label_for_measure
from factx.model import Claim, Grain, Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.explain import about_of, explain
from factx.reconcile.facts import reconcile_facts


def claim(doc: str, text: str, value: float, qualifier: Q = Q.EXACT) -> Claim:
    high = None if qualifier is Q.MORE_THAN else value
    return Claim(doc, text, 0, len(text), "", value, value, high, qualifier)


def mention(doc: str, kind: Kind, text: str, value: float, **frame) -> Mention:
    return Mention(
        doc=doc,
        kind=kind,
        label=kind.value.upper(),
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        value=value,
        low=value,
        high=value,
        qualifier=Q.EXACT,
        precision=0.0,
        **frame,
    )


def money(doc: str, text: str, value: float, unit: str, event: str | None = "price") -> Mention:
    return mention(doc, Kind.MONEY, text, value, unit=unit, event=event, context=("deal",))


def fact_with(facts, doc: str, text: str):
    found = [f for f in facts for c in f.claims if c.doc == doc and c.text == text]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("unit", "family"),
    [("USD", "$"), ("CAD", "$"), ("AUD", "$"), ("$", "$"), ("GBP", "GBP"), ("EUR", "EUR"), ("JPY", "JPY")],
)
def test_a_dollar_code_is_of_the_dollar_sign(unit, family):
    assert currency_family(unit) == family


def test_a_bare_dollar_amount_joins_a_us_dollar_one_and_the_fact_is_in_usd():
    facts = reconcile_facts(
        [money("a", "$5.4 billion", 5.4e9, "$"), money("b", "US $5.4 billion", 5.4e9, "USD")]
    )
    fact = fact_with(facts, "a", "$5.4 billion")
    assert {c.doc for c in fact.claims} == {"a", "b"}
    assert fact.status is Status.AGREE and fact.unit == "USD"


def test_us_and_canadian_dollars_are_never_one_figure():
    facts = reconcile_facts(
        [money("a", "US $5.4 billion", 5.4e9, "USD"), money("b", "C$5.4 billion", 5.4e9, "CAD")]
    )
    assert fact_with(facts, "a", "US $5.4 billion") is not fact_with(facts, "b", "C$5.4 billion")


def test_an_offer_and_what_it_is_worth_are_one_figure_but_a_price_paid_is_not_a_worth():
    offer = money("a", "$160 million", 1.6e8, "$", "offer")
    worth = money("b", "about $160 million", 1.6e8, "$", "worth")
    assert {c.doc for c in fact_with(reconcile_facts([offer, worth]), "a", "$160 million").claims} == {
        "a",
        "b",
    }
    paid = money("c", "$160 million", 1.6e8, "$", "price")
    facts = reconcile_facts([paid, worth])
    assert fact_with(facts, "c", "$160 million") is not fact_with(facts, "b", "about $160 million")


def test_the_minority_is_marked():
    claims = [claim("a", "40 people", 40), claim("b", "40 people", 40), claim("c", "30 people", 30)]
    why, marked = explain(claims, Status.CONFLICT)
    assert [c.doc for c in marked if c.disagrees] == ["c"]
    assert why == "40 people (a, b) cannot be '30 people' (c)."


def test_a_tie_is_said_and_no_reading_is_marked():
    claims = [
        claim("a", "40 people", 40),
        claim("b", "40 people", 40),
        claim("c", "30 people", 30),
        claim("d", "30 people", 30),
    ]
    why, marked = explain(claims, Status.CONFLICT)
    assert not any(c.disagrees for c in marked)
    assert "as many sources state each (2 sources)" in why
    assert "30 people (c, d)" in why and "'40 people' (a, b)" in why


def test_a_tie_names_the_claims_that_part_the_readings_not_those_in_both():
    # "tens of thousands" (20,000-100,000) holds with either "as many as 20,000" or "roughly 30,000": the
    # conflict is between those two, and the sentence must name them
    wide = [Claim(doc, "tens of thousands", 0, 17, "", 20000, 20000, 100000, Q.APPROX) for doc in "ab"]
    at_most = Claim("c", "as many as 20,000", 0, 17, "", 20000, None, 20000, Q.AT_MOST)
    about = Claim("d", "roughly 30,000", 0, 14, "", 30000, 27000, 33000, Q.APPROX)
    why, marked = explain([*wide, at_most, about], Status.CONFLICT)
    assert not any(c.disagrees for c in marked)
    assert "tens of thousands (" not in why
    assert "as many as 20,000" in why and "roughly 30,000" in why


def test_on_a_tie_only_the_claims_in_neither_reading_are_marked():
    claims = [
        claim("a", "40 people", 40),
        claim("b", "40 people", 40),
        claim("c", "30 people", 30),
        claim("d", "30 people", 30),
        claim("e", "12 people", 12),
    ]
    why, marked = explain(claims, Status.CONFLICT)
    assert [c.doc for c in marked if c.disagrees] == ["e"]
    assert "as many sources state each" in why


def test_an_open_claim_in_both_readings_is_not_marked():
    # "more than 20" can hold with 30 and with 40: two readings of three sources each, c in both.
    claims = [
        claim("a", "40 people", 40),
        claim("b", "40 people", 40),
        claim("c", "more than 20 people", 20, Q.MORE_THAN),
        claim("d", "30 people", 30),
        claim("e", "30 people", 30),
    ]
    why, marked = explain(claims, Status.CONFLICT)
    assert not any(c.disagrees for c in marked)
    assert "(3 sources)" in why


@pytest.mark.parametrize(
    ("event", "people", "label"),
    [
        ("death", True, "killed"),
        ("death", False, None),  # "miles killed" says nothing true
        ("arrest", True, "arrested"),
        ("arrest", False, "seized"),  # magazines and boats are seized, not arrested
        ("fire", False, "fired"),
        ("fire", True, None),  # "members fired": people are not what was fired
        ("stolen", True, None),
        ("chase", False, "chase"),  # a bare lemma reads as itself
    ],
)
def test_an_event_names_a_count_only_where_it_fits(event, people, label):
    assert label_for_measure(event, people=people) == label


def count(doc: str, text: str, value: float, measure: str, event: str | None, anchors=()) -> Mention:
    return mention(doc, Kind.COUNT, text, value, unit=measure, measure=measure, event=event, anchors=anchors)


def test_an_event_only_one_source_gives_does_not_name_the_fact():
    mentions = [
        count("a", "tens of thousands of union members", 2e4, "person:member", "fire", ("Athens",)),
        count("b", "tens of thousands of union members", 2e4, "person:member", None, ("Athens",)),
        count("c", "tens of thousands of union members", 2e4, "person:member", "march", ("Athens",)),
    ]
    assert about_of(mentions, "fallback words") == "members · Athens"


def test_an_event_most_sources_give_names_the_fact():
    mentions = [
        count("a", "three people", 3, "person", "death", ("Athens",)),
        count("b", "three people", 3, "person", "death", ("Athens",)),
        count("c", "three bank workers", 3, "person:worker", None),
    ]
    assert about_of(mentions, "fallback words") == "people killed · Athens"


def day(doc: str, iso: str, context: tuple[str, ...], event: str) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text="Thursday",
        start=0,
        end=8,
        sentence="",
        value=iso,
        low=iso,
        high=iso,
        grain=Grain.DAY,
        context=context,
        event=event,
    )


def test_one_day_stated_alike_by_two_sources_is_one_fact_but_another_day_needs_more_than_that():
    # Each shares one context word of six with the others: not enough for two different days, enough for
    # the very same day.
    a = day("a", "2010-05-06", ("parliament", "vote", "bill", "austerity", "deputy", "ballot"), "vote")
    b = day("b", "2010-05-06", ("parliament", "hold", "session", "debate", "minister", "speech"), "hold")
    c = day("c", "2010-05-05", ("parliament", "strike", "union", "march", "worker", "police"), "march")
    facts = reconcile_facts([a, b, c])
    same = fact_with(facts, "a", "Thursday")
    assert {x.doc for x in same.claims} == {"a", "b"} and same.status is Status.AGREE
    assert fact_with(facts, "c", "Thursday") is not same


def test_one_day_in_two_unrelated_contexts_is_two_facts():
    a = day("a", "2010-05-06", ("parliament", "vote"), "vote")
    b = day("b", "2010-05-06", ("harvest", "festival"), "open")
    facts = reconcile_facts([a, b])
    assert fact_with(facts, "a", "Thursday") is not fact_with(facts, "b", "Thursday")


def test_two_groups_are_one_count_only_at_the_same_number():
    facts = reconcile_facts(
        [
            count("a", "Four men", 4, "person:man", "ram"),
            count("b", "four robbers", 4, "person:robber", "burst"),
            count("c", "more than 300 crew members", 300, "person:crew", "hold"),
            count("d", "some 420 passengers", 420, "person:passenger", "hold"),
        ]
    )
    assert {c.doc for c in fact_with(facts, "a", "Four men").claims} == {"a", "b"}
    assert fact_with(facts, "c", "more than 300 crew members") is not fact_with(
        facts, "d", "some 420 passengers"
    )


def test_a_value_inside_a_fact_s_range_joins_it_though_the_range_is_wide():
    # a, b, c share a frame (20,000 and 50,000 marched: a conflict); d's 20,000 has only a bare verb and
    # joins on its value, which stretches nothing.
    facts = reconcile_facts(
        [
            count("a", "20,000 people", 2e4, "person", "march"),
            count("b", "approximately 50,000 people", 5e4, "person", "march"),
            count("c", "20,000 people", 2e4, "person", "march"),
            count("d", "20,000 people", 2e4, "person", "join"),
        ]
    )
    fact = fact_with(facts, "d", "20,000 people")
    assert {c.doc for c in fact.claims} == {"a", "b", "c", "d"}
    assert fact.status is Status.CONFLICT
    assert [c.doc for c in fact.claims if c.disagrees] == ["b"]


def dated(doc: str, text: str, iso: str, low: str, high: str, grain: Grain) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        value=iso,
        low=low,
        high=high,
        grain=grain,
        context=("deal", "close"),
        event="price",
    )


def test_a_year_is_never_one_fact_with_a_day():
    facts = reconcile_facts(
        [
            dated("a", "2012", "2012", "2012-01-01", "2012-12-31", Grain.YEAR),
            dated("b", "February 29, 2012", "2012-02-29", "2012-02-29", "2012-02-29", Grain.DAY),
            dated("c", "Wednesday", "2012-02-29", "2012-02-29", "2012-02-29", Grain.DAY),
        ]
    )
    day_fact = fact_with(facts, "b", "February 29, 2012")
    assert {c.doc for c in day_fact.claims} == {"b", "c"} and day_fact.status is Status.AGREE
    assert fact_with(facts, "a", "2012") is not day_fact


def test_a_deal_s_cash_part_is_not_its_total():
    total = money("a", "$334 million", 3.34e8, "$")
    cash = money("b", "$281 million", 2.81e8, "$")
    cash_too = money("c", "$281 million", 2.81e8, "$", None)
    facts = reconcile_facts(
        [total, replace(cash, measure="money:cash"), replace(cash_too, measure="money:cash")]
    )
    part = fact_with(facts, "b", "$281 million")
    assert {c.doc for c in part.claims} == {"b", "c"} and part.status is Status.AGREE
    assert fact_with(facts, "a", "$334 million").status is Status.SINGLE


def test_one_value_of_two_things_is_two_facts_but_of_one_thing_is_one():
    """Two thefts in one story, each said to be worth $2.5 million: other events and anchors with no word in
    common, so the equal value alone does not join them. Said of the same jeweller, it does."""
    seized = replace(money("a", "$2.5 million", 2.5e6, "$", "arrest"), anchors=("Paris",))
    lifted = replace(money("b", "$2.5 million", 2.5e6, "$", "lift"), anchors=("Cap d'Antibes",))
    facts = reconcile_facts([seized, lifted])
    assert fact_with(facts, "a", "$2.5 million") is not fact_with(facts, "b", "$2.5 million")
    same_place = replace(lifted, anchors=("Paris", "Harry Winston"))
    facts = reconcile_facts([seized, same_place])
    assert {c.doc for c in fact_with(facts, "a", "$2.5 million").claims} == {"a", "b"}
    no_anchor = replace(lifted, anchors=())
    facts = reconcile_facts([seized, no_anchor])
    assert {c.doc for c in fact_with(facts, "a", "$2.5 million").claims} == {"a", "b"}


def test_two_ages_are_one_frame_only_when_they_name_one_person():
    """An age with no anchor could be anyone's: 38 (Carver's) and 63 (no name given) are far apart in value,
    so nothing joins them; the same event alone would have (63 / 38 is within a frame's spread)."""
    carver = count("a", "38", 38, "year", "age", ("Carver",))
    unnamed = count("b", "63", 63, "year", "age")
    facts = reconcile_facts([carver, unnamed])
    assert fact_with(facts, "a", "38") is not fact_with(facts, "b", "63")
    again = count("b", "38", 38, "year", "age", ("John Carver",))
    facts = reconcile_facts([carver, again])
    assert {c.doc for c in fact_with(facts, "a", "38").claims} == {"a", "b"}


def test_a_depth_is_never_one_fact_with_a_distance_between_places():
    """ "one mile below ground" is a depth, "one mile north of the dam" a distance of no dimension: one value
    in like words, yet two measures; two depths of one value are one."""
    below = replace(count("a", "one mile", 1, "mile", "depth"), context=("quake", "ground"))
    again = replace(count("b", "one mile", 1, "mile", "depth"), context=("quake", "ground"))
    north = replace(count("c", "one mile", 1, "mile", None), context=("quake", "ground"))
    facts = reconcile_facts([below, again, north])
    assert {c.doc for c in fact_with(facts, "a", "one mile").claims} == {"a", "b"}
    assert fact_with(facts, "c", "one mile") is not fact_with(facts, "a", "one mile")


def test_a_broad_event_without_a_shared_anchor_does_not_join_values_far_apart():
    """ "price" is said of every contract in a story: $90 million for one player (anchored) and $160 million
    with no name are 1.78 apart, too far for one figure told two ways. Named for one player, they are one
    fact in conflict; a narrow predicate ("march", 20,000 against 50,000) joins on its own."""
    hunter = replace(money("a", "$90 million", 9e7, "$"), anchors=("Torii Hunter",))
    unnamed = money("b", "$160 million", 1.6e8, "$")
    facts = reconcile_facts([hunter, unnamed])
    assert fact_with(facts, "a", "$90 million") is not fact_with(facts, "b", "$160 million")
    named = replace(unnamed, anchors=("Hunter",))
    fact = fact_with(reconcile_facts([hunter, named]), "a", "$90 million")
    assert {c.doc for c in fact.claims} == {"a", "b"} and fact.status is Status.CONFLICT
    small = count("a", "20,000 people", 20000, "person", "march")
    large = count("b", "50,000 people", 50000, "person", "march", ("Greece",))
    fact = fact_with(reconcile_facts([small, large]), "a", "20,000 people")
    assert {c.doc for c in fact.claims} == {"a", "b"} and fact.status is Status.CONFLICT


def test_a_figure_an_article_hedges_once_and_states_once_is_one_claim():
    """A headline's "$334 million" and the body's "approximately $334 million" are one figure of one
    article: both stand in the fact the other outlets' $334 million make (compatible, as one hedges), not
    one of them in a fact of its own."""
    headline = money("a", "$334 million", 3.34e8, "$")
    body = replace(
        money("a", "approximately $334 million", 3.34e8, "$"),
        start=100,
        end=126,
        qualifier=Q.APPROX,
        low=3.0e8,
        high=3.7e8,
    )
    hedged = replace(body, doc="b", start=0, end=26)
    flat = money("c", "$334 million", 3.34e8, "$")
    facts = reconcile_facts([headline, body, hedged, flat])
    fact = fact_with(facts, "b", "approximately $334 million")
    assert {c.doc for c in fact.claims} == {"a", "b", "c"} and fact.status is Status.COMPATIBLE
    (claim,) = [c for c in fact.claims if c.doc == "a"]
    assert claim.repeats == 2


@pytest.mark.parametrize(
    ("group", "variant"),
    [
        ("13-inch", ("13-inch", None, None)),
        ("13-inch@macbook air", ("13-inch", "macbook air", None)),
        ("@macbook air", (None, "macbook air", None)),
        ("15-inch@macbook pro/top", ("15-inch", "macbook pro", "top")),
        ("cash", None),
        (None, None),
    ],
)
def test_a_price_s_model_is_read_from_its_measure(group, variant):
    assert variant_of(group) == variant


def test_prices_of_two_models_are_two_facts_and_a_price_of_no_named_model_does_not_bridge_them():
    """$1,199 for the 13-inch Air and $1,199 for the 13-inch Pro: one value, two products. A third source's
    $1,199 of no named line may join either, but not make the two one fact."""
    air = replace(money("a", "$1,199", 1199, "$"), measure="money:13-inch@macbook air")
    pro = replace(money("b", "$1,199", 1199, "$"), measure="money:13-inch@macbook pro")
    bare = replace(money("c", "$1,199", 1199, "$"), measure="money:13-inch")
    facts = reconcile_facts([air, pro, bare])
    assert fact_with(facts, "a", "$1,199") is not fact_with(facts, "b", "$1,199")
    assert len(fact_with(facts, "c", "$1,199").claims) == 2
    other_size = replace(money("d", "$1,199", 1199, "$"), measure="money:15-inch@macbook air")
    facts = reconcile_facts([air, other_size])
    assert fact_with(facts, "a", "$1,199") is not fact_with(facts, "d", "$1,199")
