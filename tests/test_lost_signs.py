"""A currency sign a bad encoding lost ("an? 110 billion") is the currency other than the dollar that its
article, or else its story, names; an amount in brackets after another is the writer's conversion and is
left unknown. Mentions are given directly (no model), as extraction writes them; expected units worked out
by hand from the invented sentences."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts
from factx.reconcile.lost_signs import name_lost_signs


def sentence_mentions(doc: str, sentence: str, amounts: list[tuple[str, float, str, Kind]], at: int = 0):
    """Mentions of `amounts` (text, value, unit, kind) found in `sentence`, which starts at `at`."""
    found = []
    for text, value, unit, kind in amounts:
        start = at + sentence.index(text)
        found.append(
            Mention(
                doc=doc,
                kind=kind,
                label=kind.value.upper(),
                text=text,
                start=start,
                end=start + len(text),
                sentence=sentence,
                value=value,
                low=value,
                high=value,
                unit=unit,
                qualifier=Q.EXACT,
                precision=0.0,
                sentence_start=at,
                sentence_end=at + len(sentence),
                event="loan",
                context=("bailout", "greece"),
            )
        )
    return found


M, C = Kind.MONEY, Kind.COUNT
# a names euros in words; its lost sign is the euro. Its dirham figure is a conversion: no clue.
A = sentence_mentions(
    "a",
    "Greece agreed an? 110 billion (Dh472bn) bailout, and billions of euros more may follow.",
    [("? 110 billion", 110e9, "¤", M), ("Dh472bn", 472e9, "AED", M), ("billions of euros", 2e9, "euro", C)],
)
# b names no currency but the dollars of its conversion: the story's euro.
B = sentence_mentions(
    "b", "The ��110 billion ($158 billion) bailout passed.", [("��110 billion", 110e9, "¤", M)]
)
C_DOC = sentence_mentions(
    "c", "The 110 billion euro bailout passed.", [("110 billion euro", 110e9, "EUR", M)]
)
# d converts its euros into another lost sign (pounds, surely): that one stays unknown.
D = sentence_mentions(
    "d",
    "Greece must cut 30bn euros (�25.7bn) by 2012.",
    [("30bn euros", 30e9, "EUR", M), ("�25.7bn", 25.7e9, "¤", M)],
)


def units(mentions):
    return {m.text: m.unit for m in name_lost_signs(mentions)}


def test_a_lost_sign_is_the_currency_its_article_names():
    assert units([*A, *D])["? 110 billion"] == "EUR"


def test_a_conversion_names_no_currency_of_the_story():
    # Without the euros in words, a's only other currency is the dirham of its conversion.
    assert units([A[0], A[1]])["? 110 billion"] == "¤"


def test_an_article_that_names_no_currency_takes_the_story_s():
    assert units([*B, *C_DOC])["��110 billion"] == "EUR"


def test_a_lost_sign_in_brackets_after_another_currency_is_its_conversion():
    assert units([*C_DOC, *D])["�25.7bn"] == "¤"


def test_the_same_bailout_with_and_without_its_sign_is_one_fact():
    facts = [
        f for f in reconcile_facts([*A, *B, *C_DOC]) if f.kind is Kind.MONEY and f.claims[0].value == 110e9
    ]
    (fact,) = facts
    assert sorted(c.doc for c in fact.claims) == ["a", "b", "c"]
    assert fact.status is Status.AGREE and fact.unit == "EUR"
