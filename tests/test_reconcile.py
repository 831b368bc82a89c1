"""Reconciliation: status from intervals, entity merging (and not), facts kept apart, a second story."""

from __future__ import annotations

import pytest

from factx.model import Claim, Grain, Kind, Mention, Qualifier, Status
from factx.reconcile import reconcile_entities, reconcile_facts
from factx.reconcile.entities import spelling_variants
from factx.reconcile.status import fact_status
from tests.conftest import DATA

Q = Qualifier


def claim(doc, value, qualifier=Q.EXACT, low=None, high=None, precision=0, grain=None):
    low = value if low is None and qualifier in (Q.EXACT, Q.MORE_THAN, Q.AT_LEAST) else low
    high = value if high is None and qualifier in (Q.EXACT, Q.NEARLY, Q.LESS_THAN, Q.AT_MOST) else high
    return Claim(doc, str(value), 0, 1, "", value, low, high, qualifier, grain, precision)


def day(doc, value, low, high, grain=Grain.DAY):
    return Claim(doc, value, 0, 1, "", value, low, high, None, grain)


STATUS_CASES = [
    ("one source", [claim("a", 15)], Status.SINGLE),
    ("same figure", [claim("a", 15), claim("b", 15)], Status.AGREE),
    ("same open figure", [claim("a", 2e10, Q.MORE_THAN), claim("b", 2e10, Q.MORE_THAN)], Status.AGREE),
    ("15 vs more than 15", [claim("a", 15), claim("b", 15, Q.MORE_THAN)], Status.CONFLICT),
    ("15 vs at least 15", [claim("a", 15), claim("b", 15, Q.AT_LEAST)], Status.COMPATIBLE),
    (
        "about 30 vs more than 30",
        [claim("a", 30, Q.APPROX, 27, 33), claim("b", 30, Q.MORE_THAN)],
        Status.COMPATIBLE,
    ),
    ("3 vs 4 deaths", [claim("a", 3), claim("b", 4)], Status.CONFLICT),
    (
        "$22bn vs $22.1bn",
        [claim("a", 22e9, precision=1e9), claim("b", 22.1e9, precision=1e8)],
        Status.COMPATIBLE,
    ),
    (
        "$2.5bn vs $2.6bn",
        [claim("a", 2.5e9, precision=1e8), claim("b", 2.6e9, precision=1e8)],
        Status.CONFLICT,
    ),
    ("nearly 10 vs 10", [claim("a", 10, Q.NEARLY, 9, 10), claim("b", 10)], Status.COMPATIBLE),
    ("nearly 10 vs 11", [claim("a", 10, Q.NEARLY, 9, 10), claim("b", 11)], Status.CONFLICT),
    ("less than 5 vs 5", [claim("a", 5, Q.LESS_THAN), claim("b", 5)], Status.CONFLICT),
    ("up to 5 vs 5", [claim("a", 5, Q.AT_MOST), claim("b", 5)], Status.COMPATIBLE),
    ("dozens vs 30", [claim("a", 24, Q.APPROX, 24, 120), claim("b", 30)], Status.COMPATIBLE),
    ("three-way, one off", [claim("a", 15), claim("b", 15), claim("c", 15, Q.MORE_THAN)], Status.CONFLICT),
    (
        "month vs day in it",
        [
            day("a", "2025-12", "2025-12-01", "2025-12-31", Grain.MONTH),
            day("b", "2025-12-27", "2025-12-27", "2025-12-27"),
        ],
        Status.COMPATIBLE,
    ),
    (
        "late month vs early day",
        [
            day("a", "2025-12", "2025-12-21", "2025-12-31", Grain.MONTH),
            day("b", "2025-12-03", "2025-12-03", "2025-12-03"),
        ],
        Status.CONFLICT,
    ),
    (
        "two days",
        [
            day("a", "2025-03-10", "2025-03-10", "2025-03-10"),
            day("b", "2025-03-09", "2025-03-09", "2025-03-09"),
        ],
        Status.CONFLICT,
    ),
    (
        "same day",
        [
            day("a", "2025-03-10", "2025-03-10", "2025-03-10"),
            day("b", "2025-03-10", "2025-03-10", "2025-03-10"),
        ],
        Status.AGREE,
    ),
]


@pytest.mark.parametrize(("why", "claims", "status"), STATUS_CASES, ids=[c[0] for c in STATUS_CASES])
def test_status_from_intervals(why, claims, status):
    assert fact_status(claims) == status


def ent(doc: str, text: str, label: str = "PERSON") -> Mention:
    return Mention(doc=doc, kind=Kind.ENTITY, label=label, text=text, start=0, end=len(text), sentence="")


def rows(mentions):
    return {e.name: e for e in reconcile_entities(mentions)}


def test_surname_and_titled_mentions_join_the_full_name():
    found = rows(
        [
            ent("a", "Mark Carney"),
            ent("a", "Carney", "GPE"),
            ent("b", "Carney", "PERSON"),
            ent("c", "Carney", "ORG"),
        ]
    )
    assert list(found) == ["Mark Carney"]
    assert found["Mark Carney"].docs == ("a", "b", "c")
    assert found["Mark Carney"].type == "PERSON"
    assert not found["Mark Carney"].spelling_variants


def test_spelling_variants_join_and_are_flagged():
    found = rows(
        [
            ent("a", "Volodymyr Zelensky"),
            ent("b", "Volodymyr Zelenskyy"),
            ent("b", "Zelenskyy", "GPE"),
            ent("c", "Zelensky"),
        ]
    )
    [row] = found.values()
    assert row.spelling_variants
    assert {v.text for v in row.variants} == {
        "Volodymyr Zelensky",
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "Zelensky",
    }


def test_shared_surname_stays_apart_and_is_ambiguous():
    found = rows([ent("a", "Hillary Clinton"), ent("b", "Bill Clinton"), ent("c", "Clinton")])
    assert set(found) == {"Hillary Clinton", "Bill Clinton", "Clinton"}
    assert found["Clinton"].ambiguous


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John Johnson", "John Johnston"),
        ("Mark Carney", "Mark Rutte"),
        ("Anna Smith", "Anne Smith"),
        ("Maria Corina", "Mark Carney"),
        ("Ivan Petrov", "Ivan Petrova"),
        ("Kim", "Kin"),
        ("Ukraine", "Ukrainian"),
    ],
)
def test_similar_names_of_different_people_stay_apart(a, b):
    assert not spelling_variants(a, b)
    assert len(rows([ent("x", a), ent("y", b)])) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        ("Muammar Gaddafi", "Muammar Gadaffi"),
        ("Dana Kowalski", "Dana Kowalsky"),
        ("Mohammed", "Muhammad"),
    ],
)
def test_transliterations_are_spelling_variants(a, b):
    assert spelling_variants(a, b)


def test_acronym_aliases_and_case_variants():
    found = rows(
        [
            ent("a", "IMF", "ORG"),
            ent("b", "International Monetary Fund", "ORG"),
            ent("a", "U.S.", "GPE"),
            ent("b", "United States", "GPE"),
            ent("c", "US", "GPE"),
            ent("a", "Coalition of the Willing", "ORG"),
            ent("b", "coalition of the willing", "ORG"),
            ent("c", "WHO", "ORG"),
        ]
    )
    assert set(found) == {"International Monetary Fund", "United States", "Coalition of the Willing", "WHO"}
    assert found["United States"].docs == ("a", "b", "c")
    assert found["International Monetary Fund"].mentions == 2


def test_place_named_like_a_person_is_not_absorbed():
    found = rows([ent("a", "Paris Hilton"), ent("b", "Paris", "GPE"), ent("b", "Paris", "GPE")])
    assert set(found) == {"Paris Hilton", "Paris"}


def money(doc, text, value, sentence, qualifier=Q.EXACT, context=(), start=0):
    low, high = (value, None) if qualifier is Q.MORE_THAN else (value, value)
    return Mention(
        doc=doc,
        kind=Kind.MONEY,
        label="MONEY",
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        value=value,
        low=low,
        high=high,
        unit="$",
        qualifier=qualifier,
        precision=1e8,
        context=tuple(context),
    )


def test_different_amounts_stay_apart_and_repeats_fold_in():
    mentions = [
        money("a", "$2.5 billion", 2.5e9, "Canada pledged $2.5 billion.", context=("canada", "pledge")),
        money("a", "$2.5 billion", 2.5e9, "The $2.5 billion is new.", context=("new",), start=50),
        money("a", "more than $20 billion", 2e10, "In all more than $20 billion.", Q.MORE_THAN, start=90),
        money("b", "$2.5-billion", 2.5e9, "Canada will give $2.5-billion.", context=("canada", "give")),
        money(
            "b", "more than $20-billion", 2e10, "Since 2022, more than $20-billion.", Q.MORE_THAN, start=80
        ),
    ]
    facts = reconcile_facts(mentions)
    by_value = {f.claims[0].value: f for f in facts}
    assert set(by_value) == {2.5e9, 2e10}
    new = by_value[2.5e9]
    assert [(c.doc, c.repeats) for c in new.claims] == [("a", 2), ("b", 1)]
    # a's claim is its first statement (at 0); its second, at 50, is pointed at, not lost
    assert [(c.start, c.also) for c in new.claims] == [(0, ((50, 62),)), (0, ())]
    assert new.status is Status.AGREE and new.sources == 2
    assert by_value[2e10].status is Status.AGREE


def test_one_document_never_gives_two_values_to_one_fact():
    mentions = [
        money("a", "$5 million", 5e6, "Costs were $5 million.", context=("cost",)),
        money("a", "$6 million", 6e6, "Costs were $6 million.", context=("cost",), start=40),
        money("b", "$5 million", 5e6, "Costs were $5 million.", context=("cost",)),
    ]
    for fact in reconcile_facts(mentions):
        docs = [c.doc for c in fact.claims]
        assert len(docs) == len(set(docs))


def test_output_is_deterministic():
    mentions = [money(d, "$5 million", 5e6, "x", context=("cost",)) for d in "cba"]
    assert reconcile_facts(mentions) == reconcile_facts(list(reversed(mentions)))


@pytest.fixture(scope="module")
def fire_table():
    from factx.pipeline import extract_paths, reconcile_result

    return reconcile_result(extract_paths([str(DATA / "fire")]))


def fact_with(table, text: str):
    [fact] = [f for f in table.facts if any(c.text == text for c in f.claims)]
    return fact


@pytest.mark.model
def test_second_story_publication_dates(fire_table):
    got = {d.id: (str(d.published), d.published_from) for d in fire_table.documents}
    assert got == {
        "a_courier": ("2025-03-12", "byline"),
        "b_tribune": ("2025-03-11", "text"),
        "c_herald": ("2025-03-13", "byline"),
    }


@pytest.mark.model
def test_second_story_death_toll_conflicts(fire_table):
    deaths = fact_with(fire_table, "three people")
    assert sorted((c.doc, c.value) for c in deaths.claims) == [
        ("a_courier", 4),
        ("b_tribune", 3),
        ("c_herald", 4),
    ]
    assert (deaths.kind, deaths.unit, deaths.status) == (Kind.COUNT, "person", Status.CONFLICT)


@pytest.mark.model
def test_second_story_fire_date_conflicts(fire_table):
    # Monday before Wed 12 and Tue 11 March 2025 is the 10th; "Sunday" before Thu 13 March is the 9th.
    when = fact_with(fire_table, "Sunday")
    assert sorted((c.doc, c.value) for c in when.claims) == [
        ("a_courier", "2025-03-10"),
        ("b_tribune", "2025-03-10"),
        ("c_herald", "2025-03-09"),
    ]
    assert when.status is Status.CONFLICT


@pytest.mark.model
def test_second_story_compatible_estimates(fire_table):
    damage = fact_with(fire_table, "up to $35 million")
    assert sorted(c.doc for c in damage.claims) == ["a_courier", "b_tribune", "c_herald"]
    assert damage.status is Status.COMPATIBLE
    crews = fact_with(fire_table, "More than 100 firefighters")
    assert sorted(c.text for c in crews.claims) == [
        "120 firefighters",
        "About 120 firefighters",
        "More than 100 firefighters",
    ]
    assert crews.status is Status.COMPATIBLE


@pytest.mark.model
def test_second_story_entities(fire_table):
    chief = [e for e in fire_table.entities if e.name == "Dana Kowalski"]
    assert len(chief) == 1 and chief[0].spelling_variants and len(chief[0].docs) == 3
    assert {v.text for v in chief[0].variants} >= {"Kowalski", "Dana Kowalsky", "Kowalsky"}
    names = {v.text for e in fire_table.entities for v in e.variants}
    assert "Dundas" not in names  # teaser block after "You may also like"
