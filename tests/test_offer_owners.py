"""Whose offer a figure is, and which offer: a subject a parenthetical aside hid from the parser, a counter
proposal, the name an offer is "from", the subject of a verb that makes a deal, a list of figures without
a verb, the length a sum is told with, strict and one-sided bounds. The invented story: three clubs, the
Hawks, the Owls and the Jets, bid for a player, Smith; the expected facts were worked out by hand from the
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind, Mention
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts
from factx.reconcile.owners import Name, Names

M = 1e6


def read(nlp, text: str) -> dict[str, tuple]:
    """The event and qualifier of each money and duration mention, by its text."""
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    found = extract(nlp(text), document, kinds=[Kind.MONEY, Kind.DURATION])
    return {m.text: (m.event, m.qualifier.value if m.qualifier else None) for m in found}


@pytest.mark.model
def test_a_subject_a_parenthetical_aside_hid_still_denies_and_names_the_offer(model_nlp):
    # The parser takes "trying" for a clause of "thought" and "offer" for its subject: "thought" has none.
    text = (
        "However, no other offer (including from the Owls and Jetts trying to bring Smith back to his native "
        "Ohio) was thought to be more than seven years."
    )
    assert read(model_nlp, text)["more than seven years"] == ("offer", "at_most")


@pytest.mark.model
def test_a_proposal_made_in_answer_to_another_is_a_counter(model_nlp):
    text = "His agent countered by asking for a nine-year contract worth $250 million."
    assert read(model_nlp, text)["nine-year"][0] == "counter"
    assert read(model_nlp, "His agent is asking for a nine-year contract.")["nine-year"][0] == "ask"


def entity(doc: str, sentence: str, text: str, at: int = 0, label: str = "ORG") -> Mention:
    start = at + sentence.index(text)
    return Mention(
        doc=doc, kind=Kind.ENTITY, label=label, text=text, start=start, end=start + len(text),
        sentence=sentence, sentence_start=at, sentence_end=at + len(sentence),
    )  # fmt: skip


def said(
    doc: str, sentence: str, text: str, value: float, q: Q = Q.EXACT, *, at: int = 0, kind: Kind = Kind.MONEY,
    low: float | None = None, high: float | None = None, event: str | None = "offer",
) -> Mention:  # fmt: skip
    """A money or duration claim `text` of `sentence`, which starts at offset `at` of its document."""
    start = at + sentence.index(text)
    return Mention(
        doc=doc, kind=kind, label=kind.value.upper(), text=text, start=start, end=start + len(text),
        sentence=sentence, value=value, low=value if low is None else low,
        high=value if high is None else high,
        unit="$" if kind is Kind.MONEY else "year", qualifier=q, precision=0.0, sentence_start=at,
        sentence_end=at + len(sentence), event=event, context=tuple(sentence.lower().split()[:6]),
    )  # fmt: skip


def owner_of(names: list[Mention], figure: Mention) -> Name | None:
    return Names(names).owner(figure)


FROM = "No other offer (including from the Owls) was more than seven years."
MADE = "The Hawks have made Smith a six-year offer worth $120 million."
OF = "The Jets of Ohio offered Smith a six-year deal worth $120 million."
LIST = "The Hawks are at six years, the Owls at five years, and the Jets $90 million."
BEFORE = "The Hawks have made the biggest offer in club history."
AFTER = "The deal could be worth up to $180 million."


DURATION = Kind.DURATION
OHIO = entity("a", OF, "Ohio", label="GPE")


@pytest.mark.parametrize(
    ("names", "figure", "owner"),
    [
        ([entity("a", FROM, "Owls")], said("a", FROM, "more than seven years", 7, Q.AT_MOST, kind=DURATION),
         "owls"),
        ([entity("a", MADE, "Hawks")], said("a", MADE, "$120 million", 120 * M), "hawks"),
        # a name in a phrase is not the subject of the verb after it
        ([entity("a", OF, "Jets"), OHIO], said("a", OF, "$120 million", 120 * M), None),
        # a list of names, each with its own figures: the first name's verb does not reach past the others
        ([entity("a", LIST, "Hawks"), entity("a", LIST, "Owls")], said("a", LIST, "$90 million", 90 * M),
         None),
        # a sentence that names no one: the maker of the sentence before
        ([entity("a", BEFORE, "Hawks")], said("a", AFTER, "up to $180 million", 180 * M, Q.AT_MOST,
         at=len(BEFORE) + 1, event="price"), "hawks"),
    ],
)  # fmt: skip
def test_the_owner_of_a_deal_s_figure(names, figure, owner):
    assert owner_of(names, figure) == (Name("body", frozenset({owner})) if owner else None)


def facts_of(mentions: list[Mention]) -> list[set[tuple[str, str]]]:
    return [{(c.doc, c.text) for c in f.claims} for f in reconcile_facts(mentions)]


def fact_with(mentions: list[Mention], doc: str, text: str) -> set[tuple[str, str]]:
    (fact,) = [f for f in facts_of(mentions) if (doc, text) in f]
    return fact


def test_a_strict_bound_is_no_statement_of_its_own_figure():
    # a: "The Hawks have made an offer of more than $150 million, but it is less than the $180 million
    # reported." b, c: the offer is $180 million. a's own claim of the offer is its lower bound, which
    # admits $180 million; "less than $180 million" does not.
    one = "The Hawks made an offer of more than $150 million, but it is less than the $180 million reported."
    mentions = [
        said("a", one, "less than the $180 million", 180 * M, Q.LESS_THAN),
        said("a", one, "more than $150 million", 150 * M, Q.MORE_THAN),
        said("b", "The Hawks offered $180 million.", "$180 million", 180 * M),
        said("c", "Their offer is $180 million.", "$180 million", 180 * M),
    ]
    assert ("a", "more than $150 million") in fact_with(mentions, "b", "$180 million")


def _lengths() -> list[Mention]:
    # a, b: the Owls' offer is eight years (in a parenthesis after the name). c: "No
    # other offer (including from the Owls) was more than seven years": at most seven, of the Owls' offer,
    # which the eight years contradicts. d: "No team has offered more than eight years": at most eight, and
    # "the Owls have bid eight years", which puts d's eight years with a's and b's.
    table = "Among the rivals are the Owls (eight years)."
    never = "No team has been reported to have offered more than eight years."
    mentions = []
    for doc in ("a", "b"):
        mentions += [entity(doc, table, "Owls"), said(doc, table, "eight years", 8, kind=Kind.DURATION)]
    mentions += [
        entity("c", FROM, "Owls"),
        said("c", FROM, "more than seven years", 7, Q.AT_MOST, kind=Kind.DURATION),
    ]
    mentions += [said("d", never, "more than eight years", 8, Q.AT_MOST, kind=Kind.DURATION)]
    bid = "The Owls have bid eight years."
    mentions += [said("d", bid, "eight years", 8, at=len(never) + 1, kind=Kind.DURATION)]
    return mentions


def test_a_denied_bound_from_a_name_joins_that_name_s_figure_it_contradicts():
    fact = fact_with(_lengths(), "c", "more than seven years")
    assert fact == {
        ("a", "eight years"),
        ("b", "eight years"),
        ("c", "more than seven years"),
        ("d", "eight years"),
    }


def test_two_bounds_of_one_side_agree_only_when_each_admits_the_other():
    facts = facts_of(_lengths())
    assert {("c", "more than seven years"), ("d", "more than eight years")} not in [
        {x for x in f if x[0] in "cd"} for f in facts
    ]


def test_an_owned_figure_without_a_verb_takes_its_owner_s_event():
    # a: "Rivals are the Jets ($140 million) and the Owls ($160 million)": no verb, no event. b: "The Jets
    # offered $140 million", c: the same. d: "an offer of up to $200 million" (no name), which admits $140
    # million and comes first in a's words were it not for the event the Jets' figure takes.
    table = "Rivals are the Jets ($140 million) and the Owls ($160 million)."
    jets = "The Jets offered $140 million for the player."
    mentions = [
        entity("a", table, "Jets"),
        entity("a", table, "Owls"),
        said("a", table, "$140 million", 140 * M, event=None),
        said("a", table, "$160 million", 160 * M, event=None),
        said("a", "It is an offer of up to $200 million.", "up to $200 million", 200 * M, Q.AT_MOST, at=80),
        entity("b", jets, "Jets"),
        said("b", jets, "$140 million", 140 * M),
        entity("c", jets, "Jets"),
        said("c", jets, "$140 million", 140 * M),
    ]
    assert fact_with(mentions, "b", "$140 million") == {
        ("a", "$140 million"),
        ("b", "$140 million"),
        ("c", "$140 million"),
    }


def test_a_sum_told_with_another_length_is_another_deal():
    # a, b: "the Jets offered $140-150 million over seven years"; c, d: "the Hawks offered eight years and
    # around $160 million" in words much like e's: "the seven-year offers were in the $140 million to $160
    # million range", of the seven-year offers.
    seven = "Another club offered between $140 million and $150 million over seven years."
    eight = "The offers were in the range of eight years and around $160 million."
    rng = "The seven-year offers were in the $140 million to $160 million range."
    mentions = []
    for doc in ("a", "b"):
        mentions += [
            said(
                doc,
                seven,
                "between $140 million and $150 million",
                145 * M,
                Q.RANGE,
                low=140 * M,
                high=150 * M,
            ),
            said(doc, seven, "seven years", 7, kind=Kind.DURATION),
        ]
    for doc in ("c", "d"):
        mentions += [
            said(doc, eight, "around $160 million", 160 * M, Q.APPROX, low=150 * M, high=170 * M),
            said(doc, eight, "eight years", 8, kind=Kind.DURATION),
        ]
    mentions += [
        said("e", rng, "$140 million to $160 million", 150 * M, Q.RANGE, low=140 * M, high=160 * M),
        said("e", rng, "seven-year", 7, kind=Kind.DURATION),
    ]
    assert fact_with(mentions, "e", "$140 million to $160 million") == {
        ("a", "between $140 million and $150 million"),
        ("b", "between $140 million and $150 million"),
        ("e", "$140 million to $160 million"),
    }


def test_claims_of_kin_events_one_name_owns_are_one_offer():
    # a, b, c: the Hawks made an offer of $184 million (a: "more than $150 million"); d: "The Hawks have made
    # the biggest offer in club history. The deal could be worth up to $180 million." (a price, of that
    # offer); e, f: another club's $160 million offer, which "up to $180 million" admits; c also: "later
    # rumours put it between $165 million and $180 million" (no verb of an offer, no name).
    offer = "The Hawks have made Smith an offer of $184 million."
    other = "The Owls offered Smith $160 million."
    mentions = []
    for doc in ("a", "b", "c"):
        mentions += [entity(doc, offer, "Hawks"), said(doc, offer, "$184 million", 184 * M)]
    for doc in ("e", "f"):
        mentions += [entity(doc, other, "Owls"), said(doc, other, "$160 million", 160 * M)]
    rumours = "Later rumours put it between $165 million and $180 million."
    mentions += [
        said(
            "c",
            rumours,
            "between $165 million and $180 million",
            172.5 * M,
            Q.RANGE,
            at=100,
            low=165 * M,
            high=180 * M,
            event=None,
        ),
        entity("d", BEFORE, "Hawks"),
        said("d", AFTER, "up to $180 million", 180 * M, Q.AT_MOST, at=len(BEFORE) + 1, event="price"),
    ]
    assert ("d", "up to $180 million") in fact_with(mentions, "a", "$184 million")
