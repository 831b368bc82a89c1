"""Counts of objects, hedged repeats and place aliases: which claims are one fact.

The first tests give claims directly (no model): a lone source's other figure for the objects everyone
counts is their disagreement, while two groups of sources, a tally a story gives many figures of, and a
figure the document itself restates with a hedge are handled as worked out by hand. The last ones run the
statistical model over invented sentences and check the frame read from the parse.
"""

from __future__ import annotations

import pytest

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts


def count(
    doc: str,
    text: str,
    value: float,
    measure: str,
    event: str | None = None,
    *,
    anchors: tuple[str, ...] = (),
    qualifier: Q = Q.EXACT,
    start: int = 0,
    context: tuple[str, ...] = (),
) -> Mention:
    high = None if qualifier in (Q.AT_LEAST, Q.MORE_THAN) else value
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
        high=high,
        unit=measure.rpartition(":")[2],
        qualifier=qualifier,
        precision=0.0,
        measure=measure,
        event=event,
        anchors=anchors,
        context=context,
    )


def fact_with(facts, doc: str, text: str):
    found = [f for f in facts for c in f.claims if c.doc == doc and c.text == text]
    assert len(found) == 1
    return found[0]


def docs_of(fact) -> set[str]:
    return {c.doc for c in fact.claims}


def test_a_lone_source_s_other_count_of_the_objects_all_count_is_their_disagreement():
    # Each outlet hangs the rifles on its own verb; one says 12, the others seven.
    facts = reconcile_facts(
        [
            count("a", "seven AK-47s", 7, "model:ak47", "find", context=("seized", "pirate")),
            count("b", "seven AK-47 rifles", 7, "model:ak47", "arrest", context=("commandos", "pirate")),
            count("c", "seven AK-47s", 7, "model:ak47", "confiscate", context=("navy", "pirate")),
            count("d", "12 AK 47 guns", 12, "model:ak47", "recover", context=("recovered", "pirate")),
        ]
    )
    fact = fact_with(facts, "d", "12 AK 47 guns")
    assert docs_of(fact) == {"a", "b", "c", "d"}
    assert fact.status is Status.CONFLICT
    assert [c.doc for c in fact.claims if c.disagrees] == ["d"]


def test_two_groups_of_sources_with_two_counts_of_one_object_stay_two_facts():
    # Two sources say two boats were seized, two others that three boats were sighted: two things.
    facts = reconcile_facts(
        [
            count("a", "two boats", 2, "craft:boat", "seize", context=("seized",)),
            count("b", "two boats", 2, "craft:boat", "seize", context=("seized",)),
            count("c", "three boats", 3, "craft:boat", "sight", context=("sighted",)),
            count("d", "three boats", 3, "craft:boat", "sight", context=("sighted",)),
        ]
    )
    assert docs_of(fact_with(facts, "a", "two boats")) == {"a", "b"}
    assert docs_of(fact_with(facts, "c", "three boats")) == {"c", "d"}


def test_a_lone_count_of_the_objects_on_another_day_stays_apart():
    # "attacked the tanker from two boats on Monday" twice; "Navy commandos destroyed three boats at a
    # pirate base on Wednesday": the same pirates, but another day and another deed.
    facts = reconcile_facts(
        [
            count(
                "a", "two boats", 2, "craft:boat", "attack", context=("attack", "monday", "navy", "pirate")
            ),
            count("b", "two boats", 2, "craft:boat", "attack", context=("attack", "monday", "pirate")),
            count(
                "c",
                "three boats",
                3,
                "craft:boat",
                "destroy",
                anchors=("Navy",),
                context=("commando", "destroy", "navy", "pirate", "wednesday"),
            ),
        ]
    )
    assert docs_of(fact_with(facts, "a", "two boats")) == {"a", "b"}
    assert docs_of(fact_with(facts, "c", "three boats")) == {"c"}


def test_a_lone_count_of_the_objects_with_nothing_else_in_common_stays_apart():
    # Nothing but the boats ties the lone three to the others: no word, no name, unlike deeds.
    facts = reconcile_facts(
        [
            count("a", "two boats", 2, "craft:boat", "attack", context=("tanker",)),
            count("b", "two boats", 2, "craft:boat", "attack", context=("tanker",)),
            count("c", "three boats", 3, "craft:boat", "destroy", context=("base",)),
        ]
    )
    assert docs_of(fact_with(facts, "c", "three boats")) == {"c"}


def test_a_lone_count_of_an_object_many_sources_count_still_meets_them():
    # A story told by 130 outlets: the one that says two rifles is their disagreement all the same.
    # Their words share little, so only the count of the rifles ties the lone figure to the others.
    many = [
        count(f"s{n:03}", "three rifles", 3, "weapon:rifle", "seize", context=("cache", "seized"))
        for n in range(130)
    ]
    lone = count("z", "two rifles", 2, "weapon:rifle", "find", context=("cache", "found", "hold"))
    fact = fact_with(reconcile_facts([*many, lone]), "z", "two rifles")
    assert len(fact.claims) == 131
    assert fact.status is Status.CONFLICT


def test_a_lone_figure_of_a_tally_is_not_forced_into_the_others():
    # Games (or home runs, or attacks) come in many figures in one story: 54 with one team, 157 in all.
    facts = reconcile_facts(
        [
            count("a", "54 games", 54, "game", "hit", context=("angels",)),
            count("b", "54 games", 54, "game", "hit", context=("angels",)),
            count("c", "157 games", 157, "game", "play", context=("combined",)),
        ]
    )
    assert docs_of(fact_with(facts, "c", "157 games")) == {"c"}


def test_a_lone_count_of_the_objects_far_from_the_others_stays_apart():
    facts = reconcile_facts(
        [
            count("a", "two boats", 2, "craft:boat", "attack"),
            count("b", "two boats", 2, "craft:boat", "attack"),
            count("c", "40 boats", 40, "craft:boat", "moor"),
        ]
    )
    assert docs_of(fact_with(facts, "c", "40 boats")) == {"c"}


def test_rifles_and_grenades_are_never_one_count_but_machine_guns_and_rifles_may_be():
    facts = reconcile_facts(
        [
            count("a", "three machine guns", 3, "weapon:gun", "seize", context=("cache",)),
            count("b", "three rifles", 3, "weapon:rifle", "find", context=("cache",)),
            count("c", "three grenades", 3, "weapon:grenade", "find", context=("cache",)),
        ]
    )
    assert docs_of(fact_with(facts, "a", "three machine guns")) == {"a", "b"}
    assert docs_of(fact_with(facts, "c", "three grenades")) == {"c"}


def test_a_lone_figure_joins_the_nearest_count_of_its_object():
    # Two lone sources differ from the three that say 3: the two joins, then nine is too far from it.
    facts = reconcile_facts(
        [
            count("a", "three rifles", 3, "weapon:rifle", "seize", context=("cache",)),
            count("b", "three rifles", 3, "weapon:rifle", "seize", context=("cache",)),
            count("c", "three rifles", 3, "weapon:rifle", "seize", context=("cache",)),
            count("e", "nine rifles", 9, "weapon:rifle", "carry", context=("other", "cache")),
            count("d", "two other rifles", 2, "weapon:rifle", "hold", context=("other", "cache")),
        ]
    )
    assert docs_of(fact_with(facts, "d", "two other rifles")) == {"a", "b", "c", "d"}
    assert docs_of(fact_with(facts, "e", "nine rifles")) == {"e"}


def test_two_different_figures_said_in_words_that_share_nothing_are_not_joined_by_their_values():
    # 12 miles of territorial waters is not the warship's 13 miles from the ship, though the values are
    # close; a third source's 12.5 miles from the warship is the same distance told another way.
    facts = reconcile_facts(
        [
            count("a", "12 nautical miles", 12, "mile", context=("territorial", "water", "shore")),
            count("b", "13 nautical miles", 13, "mile", context=("warship", "vessel", "distress")),
            count("c", "12.5 nautical miles", 12.5, "mile", context=("warship", "call")),
        ]
    )
    assert docs_of(fact_with(facts, "a", "12 nautical miles")) == {"a"}
    assert docs_of(fact_with(facts, "b", "13 nautical miles")) == {"b", "c"}


def test_a_figure_one_article_gives_with_and_without_a_hedge_is_one_fact():
    # Article a's lead says "at least three", a later paragraph "three"; the others say "three".
    facts = reconcile_facts(
        [
            count("a", "at least three people", 3, "person", "death", qualifier=Q.AT_LEAST),
            count("a", "Three", 3, "person", "death", start=80),
            count("b", "three people", 3, "person", "death"),
            count("c", "Three people", 3, "person", "death"),
        ]
    )
    fact = fact_with(facts, "a", "at least three people")
    assert docs_of(fact) == {"a", "b", "c"}
    assert fact.status is Status.COMPATIBLE  # "at least three" is not worded as "three"
    assert [c.repeats for c in fact.claims if c.doc == "a"] == [2]


def test_one_article_s_same_figure_in_two_places_is_two_facts():
    # "At least three people were killed in the market bombing in Kabul"; "In a separate attack in
    # Kandahar, three people were killed": one toll per city, each with the outlet that tells it.
    facts = reconcile_facts(
        [
            count(
                "a", "At least three people", 3, "person", "death", anchors=("Kabul",), qualifier=Q.AT_LEAST
            ),
            count("a", "three people", 3, "person", "death", anchors=("Kandahar",), start=80),
            count("b", "Four people", 4, "person", "death", anchors=("Kabul",)),
            count("c", "Three people", 3, "person", "death", anchors=("Kandahar",)),
        ]
    )
    kabul = fact_with(facts, "a", "At least three people")
    assert docs_of(kabul) == {"a", "b"}
    assert kabul.status is Status.COMPATIBLE  # "at least three" admits four
    kandahar = fact_with(facts, "a", "three people")
    assert docs_of(kandahar) == {"a", "c"}
    assert kandahar.status is Status.AGREE


def test_a_restatement_with_no_place_does_not_bridge_two_places():
    # A later "the three died" with no place restates the lead's toll in Kabul; Kandahar's "up to three"
    # is another attack, though the restatement meets the Kabul figure first.
    facts = reconcile_facts(
        [
            count("a", "The three", 3, "person", "death", start=40),
            count(
                "a", "At least three people", 3, "person", "death", anchors=("Kabul",), qualifier=Q.AT_LEAST
            ),
            count(
                "a",
                "up to three people",
                3,
                "person",
                "death",
                anchors=("Kandahar",),
                qualifier=Q.AT_MOST,
                start=80,
            ),
        ]
    )
    lead = fact_with(facts, "a", "At least three people")
    assert [c.repeats for c in lead.claims] == [2]
    assert docs_of(fact_with(facts, "a", "up to three people")) == {"a"}


def test_a_nationality_and_its_country_are_one_place():
    # "At least three people were killed in Greece"; further down, "three Greek bank workers died": one
    # toll told twice, the nationality naming the place its country does.
    facts = reconcile_facts(
        [
            count(
                "a", "At least three people", 3, "person", "death", anchors=("Greece",), qualifier=Q.AT_LEAST
            ),
            count("a", "three people", 3, "person", "death", anchors=("Greek",), start=80),
            count("b", "Three people", 3, "person", "death"),
        ]
    )
    lead = fact_with(facts, "a", "At least three people")
    assert [c.repeats for c in lead.claims if c.doc == "a"] == [2]
    assert docs_of(lead) == {"a", "b"}


def test_one_number_hedged_two_ways_in_words_that_share_nothing_is_two_facts():
    # "Around 20 more people had to be ushered to safety"; elsewhere "firefighters said as many as 20 people
    # had been inside the bank": one number, two quantities, no event or word to tie them.
    facts = reconcile_facts(
        [
            count(
                "a", "Around 20 more people", 20, "person", qualifier=Q.APPROX, context=("usher", "safety")
            ),
            count(
                "b", "Around 20 more people", 20, "person", qualifier=Q.APPROX, context=("usher", "safety")
            ),
            count(
                "c",
                "as many as 20 people",
                20,
                "person",
                qualifier=Q.AT_MOST,
                context=("firefighter", "bank"),
            ),
        ]
    )
    assert docs_of(fact_with(facts, "a", "Around 20 more people")) == {"a", "b"}
    assert docs_of(fact_with(facts, "c", "as many as 20 people")) == {"c"}


def test_a_hedge_does_not_join_a_figure_more_than_admits():
    # "more than 20" excludes 20: the article states two figures.
    facts = reconcile_facts(
        [
            count("a", "more than 20 people", 20, "person", "injury", qualifier=Q.MORE_THAN),
            count("a", "20 people", 20, "person", "injury", start=80),
        ]
    )
    assert fact_with(facts, "a", "more than 20 people") is not fact_with(facts, "a", "20 people")


def test_a_place_s_other_name_is_one_anchor():
    # One crowd, in Salonika (Thessaloniki): the sources disagree on its size.
    facts = reconcile_facts(
        [
            count("a", "20,000 people", 2e4, "person", "march", anchors=("Thessaloniki",)),
            count("b", "20,000 people", 2e4, "person", "march", anchors=("Thessaloniki",)),
            count("c", "50,000 people", 5e4, "person", "march", anchors=("Salonika", "Greece")),
            count("d", "8,000 people", 8e3, "person", "march", anchors=("Patras",)),
        ]
    )
    fact = fact_with(facts, "c", "50,000 people")
    assert docs_of(fact) == {"a", "b", "c"}
    assert fact.status is Status.CONFLICT
    assert docs_of(fact_with(facts, "d", "8,000 people")) == {"d"}  # another city's march


@pytest.fixture(scope="module")
def frames_of(model_nlp):
    """(count text → (measure, event, anchors)) for one invented text."""
    from factx.extract import extract
    from factx.model import Document

    def go(text: str) -> dict[str, tuple]:
        doc = Document(id="t", text=text)
        return {
            m.text: (m.measure, m.event, m.anchors)
            for m in extract(model_nlp(text), doc)
            if m.kind is Kind.COUNT
        }

    return go


@pytest.mark.model
def test_pieces_and_units_count_what_they_are_pieces_of(frames_of):
    found = frames_of(
        "A total of 24 separate pieces of firefighting apparatus responded to the blaze. "
        "Much of the fire-fighting equipment in the county was called in, more than 20 units. "
        "Some 30 units of the building were empty."
    )
    assert found["24 separate pieces"][0] == "fire engine"
    assert found["more than 20 units"][0] == "fire engine"
    assert found["Some 30 units"][0] == "unit"  # no known class before it: left as written


@pytest.mark.model
def test_units_take_no_class_from_a_noun_of_another_clause(frames_of):
    found = frames_of(
        "Fire trucks arrived after 1,200 housing units burned. "
        "The vessel's owner said 400 units were sold in Europe."
    )
    assert found["1,200 housing units"][0] == "unit"  # homes, not fire engines
    assert found["400 units"][0] == "unit"  # goods, not ships


@pytest.mark.model
def test_places_raided_are_counted_as_places_whatever_the_tense(frames_of):
    found = frames_of("Police have raided 30 homes in the city. Officers raided 25 homes in the town.")
    assert found["30 homes"][0] == "home"  # as the 25 homes are, not 30 raids
    assert found["25 homes"][0] == "home"


@pytest.mark.model
def test_aerials_are_ladder_trucks_and_not_fire_engines(frames_of):
    found = frames_of(
        'Two "aerials," ladders with hoses, fought the fire from above. '
        "Crews used three ladder trucks. Twelve fire trucks came."
    )
    assert found['Two "aerials'][0] == "ladder truck"
    assert found["three ladder trucks"][0] == "ladder truck"
    assert found["Twelve fire trucks"][0] == "fire engine"


@pytest.mark.model
def test_aerials_with_nothing_of_a_fire_are_as_written(frames_of):
    assert frames_of("The station installed 12 aerials.")["12 aerials"][0] == "aerial"


@pytest.mark.model
def test_partners_are_people_only_where_harm_befalls_them(frames_of):
    found = frames_of(
        "The shooting left a receptionist dead and two managing partners wounded. "
        "The firm has 30 partners in Asia, including Sony."
    )
    assert found["two managing partners"][0] == "person:partner"
    assert found["30 partners"][0] == "partner"  # firms, not people


@pytest.mark.model
def test_bosses_wounded_are_people(frames_of):
    assert frames_of("The gunman wounded two former bosses.")["two former bosses"][:2] == (
        "person:boss",
        "injury",
    )


@pytest.mark.model
def test_a_weapon_in_the_list_is_not_the_event_of_the_count(frames_of):
    found = frames_of("The commandos also recovered 12 AK 47 guns, three rifles and two grenades.")
    assert found["three rifles"][:2] == ("weapon:rifle", "recover")  # not "shooting", from "guns"
    assert found["two grenades"][:2] == ("weapon:grenade", "recover")


@pytest.mark.model
def test_a_where_clause_is_anchored_to_its_place(frames_of):
    found = frames_of("Clashes broke out in Salonika where about 5,000 people marched through the city.")
    assert found["about 5,000 people"][2][0] == "Salonika"


@pytest.mark.model
def test_things_attacked_over_a_period_are_a_tally_of_attacks(frames_of):
    found = frames_of(
        "Pirates have attacked nearly 90 vessels this year. The warship attacked two boats of pirates."
    )
    assert found["nearly 90 vessels"][0] == "attack"  # as "nearly 90 attacks" would be
    assert found["two boats"][0] == "craft:boat"  # the boats of one attack
