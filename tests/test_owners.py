"""Alignment by whose figure a number is: one document's equal figures of two owners are two claims, two
owners of one kind keep figures apart across documents, and claims of one frame join those whose values
agree first. The invented story: three clubs bid for a player, Smith; the expected facts were worked out by
hand from the sentences."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts
from factx.reconcile.owners import Name, Names, owned_apart


def years(doc: str, sentence: str, text: str, value: float, *, at: int = 0, **frame) -> Mention:
    """A count of years stated in `sentence`, which starts at offset `at` of its document."""
    start = at + sentence.index(text)
    return Mention(
        doc=doc,
        kind=Kind.COUNT,
        label="COUNT",
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        value=value,
        low=value,
        high=value,
        unit="year",
        qualifier=Q.EXACT,
        precision=0.0,
        sentence_start=at,
        event="offer",
        **frame,
    )


def name(doc: str, sentence: str, text: str, label: str = "ORG", *, at: int = 0) -> Mention:
    start = at + sentence.index(text)
    return Mention(
        doc=doc,
        kind=Kind.ENTITY,
        label=label,
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        sentence_start=at,
    )


def facts_of(facts, doc: str) -> list[set[tuple[str, str]]]:
    return [{(c.doc, c.text) for c in f.claims} for f in facts if any(c.doc == doc for c in f.claims)]


ANGELS = "The Angels made an eight-year offer to Smith."
CLUBS = "The Orioles (seven years) and the Nationals (eight years) also bid."
AT = 100  # where the second sentence of document a starts


def test_a_name_in_the_parenthesis_before_a_number_owns_it():
    names = Names([name("a", CLUBS, "Orioles", at=AT), name("a", CLUBS, "Nationals", "GPE", at=AT)])
    eight = years("a", CLUBS, "eight years", 8, at=AT)
    assert names.owner(eight) == Name("body", frozenset({"nationals"}))  # GPE and ORG: one kind of name
    assert names.owner(years("a", ANGELS, "eight-year", 8)) is None


def test_a_possessive_name_owns_the_number_after_it():
    sentence = "The Nationals' eight-year offer stands."
    names = Names([name("a", sentence, "Nationals")])
    assert names.owner(years("a", sentence, "eight-year", 8)) == Name("body", frozenset({"nationals"}))


def test_two_owners_of_one_kind_are_apart_but_a_person_and_a_club_are_not():
    club, other, person = Name("body", frozenset({"angels"})), Name("body", frozenset({"nationals"})), None
    assert owned_apart(club, other)
    assert not owned_apart(club, Name("body", frozenset({"los", "angeles", "angels"})))
    assert not owned_apart(club, Name("person", frozenset({"smith"})))
    assert not owned_apart(club, person)


def _bids():
    """a: the Angels' eight years, then the Orioles' seven and the Nationals' eight; b: the Angels' eight;
    c: the Nationals' eight."""
    b_sentence = "The Angels offered Smith an eight-year deal."
    c_sentence = "Smith heard from the Nationals (eight years) on Monday."
    return [
        name("a", ANGELS, "Angels"),
        name("a", ANGELS, "Smith", "PERSON"),
        name("a", CLUBS, "Orioles", at=AT),
        name("a", CLUBS, "Nationals", at=AT),
        years("a", ANGELS, "eight-year", 8, anchors=("Angels", "Smith"), context=("angels", "offer")),
        years("a", CLUBS, "seven years", 7, at=AT, anchors=("Orioles", "Nationals"), context=("bid",)),
        years("a", CLUBS, "eight years", 8, at=AT, anchors=("Orioles", "Nationals"), context=("bid",)),
        name("b", b_sentence, "Angels"),
        name("b", b_sentence, "Smith", "PERSON"),
        years("b", b_sentence, "eight-year", 8, anchors=("Angels", "Smith"), context=("angels", "offer")),
        name("c", c_sentence, "Smith", "PERSON"),
        name("c", c_sentence, "Nationals"),
        years("c", c_sentence, "eight years", 8, anchors=("Smith", "Nationals"), context=("bid",)),
    ]


def test_one_document_s_equal_figures_of_two_clubs_are_two_claims_in_two_facts():
    facts = reconcile_facts(_bids())
    found = facts_of(facts, "a")
    assert {("a", "eight-year"), ("b", "eight-year")} in found
    assert {("a", "eight years"), ("c", "eight years")} in found
    assert all(c.repeats == 1 for f in facts for c in f.claims)


def test_without_an_owner_one_document_s_equal_figures_stay_one_claim():
    # the Nationals' figure no longer in a parenthesis, and the Angels' told in a and b without a verb whose
    # subject makes it (`owners._maker`): nothing says a's two eights are two clubs'
    unmade = "An eight-year offer to Smith came from the Angels."
    plain = "The Orioles said seven years and the Nationals said eight years too."
    c_sentence = "Smith heard from the Nationals (eight years) on Monday."
    bids = [
        name("a", plain, "Orioles", at=AT),
        name("a", plain, "Nationals", at=AT),
        years("a", plain, "seven years", 7, at=AT, anchors=("Orioles", "Nationals"), context=("bid",)),
        years("a", plain, "eight years", 8, at=AT, anchors=("Orioles", "Nationals"), context=("bid",)),
        name("c", c_sentence, "Smith", "PERSON"),
        name("c", c_sentence, "Nationals"),
        years("c", c_sentence, "eight years", 8, anchors=("Smith", "Nationals"), context=("bid",)),
    ]
    for doc in ("a", "b"):
        bids += [name(doc, unmade, "Angels"), name(doc, unmade, "Smith", "PERSON")]
        frame = {"anchors": ("Angels", "Smith"), "context": ("angels", "offer")}
        bids += [years(doc, unmade, "eight-year", 8, **frame)]
    facts = reconcile_facts(bids)
    (eight,) = [f for f in facts if any(c.doc == "a" and c.value == 8 for c in f.claims)]
    (claim,) = [c for c in eight.claims if c.doc == "a"]
    assert (claim.text, claim.repeats) == ("eight-year", 2)


def test_figures_owned_by_two_clubs_are_two_facts_across_documents():
    one, two = "The Angels (eight years) led.", "The Nationals (eight years) led."
    facts = reconcile_facts(
        [
            name("a", one, "Angels"),
            years("a", one, "eight years", 8, anchors=("Angels",), context=("lead",)),
            name("b", two, "Nationals"),
            years("b", two, "eight years", 8, anchors=("Nationals",), context=("lead",)),
        ]
    )
    assert sorted(len(f.claims) for f in facts) == [1, 1]


def test_claims_of_one_frame_join_those_whose_values_agree_first():
    # b's words are those of a's seven-year bid, but b gives a's other figure, eight
    facts = reconcile_facts(
        [
            years("a", "An eight-year deal.", "eight-year", 8, context=("deal",)),
            years("a", "Seven years, the club bid.", "Seven years", 7, context=("club", "bid")),
            years("b", "Eight years, the club bid.", "Eight years", 8, context=("club", "bid")),
        ]
    )
    (fact,) = [f for f in facts if len(f.claims) == 2]
    assert {(c.doc, c.text) for c in fact.claims} == {("a", "eight-year"), ("b", "Eight years")}
    assert fact.status is Status.AGREE


def _money(
    doc: str, text: str, value: float, low: float, high: float, qualifier: Q, context: tuple
) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.MONEY,
        label="MONEY",
        text=text,
        start=0 if "150" in text else 50,
        end=len(text) + (0 if "150" in text else 50),
        sentence=text,
        value=value,
        low=low,
        high=high,
        unit="$",
        qualifier=qualifier,
        precision=1e6,
        event="offer",
        context=context,
    )


def test_values_agree_when_each_admits_the_other_s_figure_not_when_their_ranges_only_touch():
    # "about $160 million" (±10%) overlaps "$140-150 million" at its edge, but states neither 140 nor 150
    m = 1e6
    facts = reconcile_facts(
        [
            _money("a", "$140-150 million", 145 * m, 140 * m, 150 * m, Q.RANGE, ("club", "bid")),
            _money("a", "around $160 million", 160 * m, 144 * m, 176 * m, Q.APPROX, ("deal",)),
            _money("b", "about $160 million", 160 * m, 144 * m, 176 * m, Q.APPROX, ("club", "bid")),
        ]
    )
    fact = next(f for f in facts if any(c.doc == "b" for c in f.claims))
    assert {(c.doc, c.text) for c in fact.claims} == {
        ("a", "around $160 million"),
        ("b", "about $160 million"),
    }


def test_a_claim_without_an_owner_does_not_bridge_two_owners():
    one, two, plain = "The Angels (eight years) led.", "The Nationals (eight years) led.", "Eight years led."
    facts = reconcile_facts(
        [
            name("a", one, "Angels"),
            years("a", one, "eight years", 8, context=("lead",)),
            years("b", plain, "Eight years", 8, context=("lead",)),
            name("c", two, "Nationals"),
            years("c", two, "eight years", 8, context=("lead",)),
        ]
    )
    assert all({c.doc for c in f.claims} != {"a", "b", "c"} for f in facts)
    assert sorted(len(f.claims) for f in facts) == [1, 2]
