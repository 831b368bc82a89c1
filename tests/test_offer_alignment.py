"""Alignment of offers and other claims whose words differ: a rate is never a total, kin events that state one
value in the same terms join before a figure an open bound merely admits, and a name opening a conjunct with
its verb left out owns the figure after it. The invented story: clubs bid for a player, Jones; the expected
facts were worked out by hand from the sentences."""

from __future__ import annotations

import pytest

from factx.model import Kind, Mention
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts
from factx.reconcile.owners import Name, Names

M = 1e6


def claim(doc: str, kind: Kind, text: str, value: float, q: Q = Q.EXACT, *, at: int = 0, **frame) -> Mention:
    """A money or count claim alone in its sentence, starting at offset `at` of its document."""
    return Mention(
        doc=doc,
        kind=kind,
        label=kind.value.upper(),
        text=text,
        start=at,
        end=at + len(text),
        sentence=text,
        value=value,
        low=value,
        high=value,
        unit="$" if kind is Kind.MONEY else "home run",
        qualifier=q,
        precision=0.0,
        sentence_start=at,
        **frame,
    )


def together(facts, doc: str, text: str) -> set[tuple[str, str]]:
    (fact,) = [f for f in facts if any(c.doc == doc and c.text == text for c in f.claims)]
    return {(c.doc, c.text) for c in fact.claims}


def test_an_average_is_never_one_fact_with_a_season_s_total():
    # a and b: "Jones hit 33 home runs last season"; c: "Jones has averaged more than 30 home runs": the open
    # bound admits 33, but an average over seasons is not one season's total.
    hr, season = Kind.COUNT, ("hit", "season")
    facts = reconcile_facts(
        [
            claim("a", hr, "33 home runs", 33, measure="home run", context=season),
            claim("b", hr, "33 homers", 33, measure="home run", context=season),
            claim("c", hr, "more than 30 home runs", 30, Q.MORE_THAN, measure="home run", event="average"),
        ]
    )
    assert together(facts, "a", "33 home runs") == {("a", "33 home runs"), ("b", "33 homers")}
    assert together(facts, "c", "more than 30 home runs") == {("c", "more than 30 home runs")}


def test_kin_events_stating_one_value_alike_join_before_a_figure_an_open_bound_admits():
    # a, b: the club "offered at least $160 million"; b also: another player's "$161 million deal" (a price);
    # c: "the deal is worth at least $160 million" (a price, of the club's offer). c's words are a price's,
    # and its open bound admits $161 million, but it states the offer's figure in the offer's terms.
    money, least, text = Kind.MONEY, Q.AT_LEAST, "at least $160 million"
    facts = reconcile_facts(
        [
            claim("a", money, text, 160 * M, least, event="offer", context=("offer",)),
            claim("b", money, text, 160 * M, least, event="offer", context=("offer",)),
            claim("b", money, "$161 million", 161 * M, at=100, event="price", context=("deal", "sign")),
            claim("c", money, text, 160 * M, least, event="price", context=("deal",)),
        ]
    )
    assert together(facts, "c", "at least $160 million") == {
        ("a", "at least $160 million"),
        ("b", "at least $160 million"),
        ("c", "at least $160 million"),
    }
    assert together(facts, "b", "$161 million") == {("b", "$161 million")}


def entity(doc: str, sentence: str, text: str, label: str = "ORG") -> Mention:
    start = sentence.index(text)
    return Mention(
        doc=doc,
        kind=Kind.ENTITY,
        label=label,
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        sentence_start=0,
    )


def figure(doc: str, sentence: str, text: str, kind: Kind = Kind.MONEY) -> Mention:
    start = sentence.index(text)
    return Mention(
        doc=doc, kind=kind, label="", text=text, start=start, end=start + len(text), sentence=sentence,
        sentence_start=0,
    )  # fmt: skip


GAPPED = "The Hawks bid $90 million, the Jets around four years, $80 million, and the Owls $70 million."


@pytest.mark.parametrize(
    ("text", "kind", "owner"),
    [
        ("$90 million", Kind.MONEY, None),  # the first conjunct has its verb: nothing is left out
        ("around four years", Kind.DURATION, "jets"),
        ("$80 million", Kind.MONEY, "jets"),  # after the name's own first figure
        ("$70 million", Kind.MONEY, "owls"),
    ],
)
def test_a_name_opening_a_conjunct_without_its_verb_owns_the_figure_after_it(text, kind, owner):
    names = Names([entity("a", GAPPED, n) for n in ("Hawks", "Jets", "Owls")])
    found = names.owner(figure("a", GAPPED, text, kind))
    assert found == (Name("body", frozenset({owner})) if owner else None)


@pytest.mark.parametrize(
    ("sentence", "name", "text", "kind"),
    [
        # a product name with a number in it, not a name with its figure
        ("The laptop has USB 2.0 and USB 3.0 support.", "USB", "3.0 support", Kind.COUNT),
        # a list of things, the figure not the name's
        ("They seized rifles, RPG launchers, three boats and cash.", "RPG", "three boats", Kind.COUNT),
        # a date after a name is when, not whose
        ("It got a loan from the EU and the IMF at the weekend.", "IMF", "the weekend", Kind.DATE),
        # a possessive before a noun of its own: the figure is not the name's
        ("Boxes were found outside Smith's apartment 40 times.", "Smith", "40 times", Kind.COUNT),
    ],
)
def test_a_name_before_a_figure_that_is_not_its_own_does_not_own_it(sentence, name, text, kind):
    names = Names([entity("a", sentence, name)])
    assert names.owner(figure("a", sentence, text, kind)) is None


def test_a_possessive_owns_a_figure_it_calls_superseded():
    sentence = "The Owls would not match the Jets' initial $80 million bid."
    names = Names([entity("a", sentence, "Owls"), entity("a", sentence, "Jets")])
    assert names.owner(figure("a", sentence, "$80 million")) == Name("body", frozenset({"jets"}))
