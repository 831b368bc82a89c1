"""A year set before a noun ("its 2031 guidance") is that thing's year: its event is the noun's. A date that
opens a sentence whose own clause is a copula ("By 2009, it was clear ...") takes its event from the clause
joined to it with "and" and a subject of its own: what that clause says was done ("forced to sell" is a
sale). Dates inside the sentence, or whose clause states an event, keep their own. Events worked out by
hand from the invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind

pytestmark = pytest.mark.model


def _event(nlp, text: str, date_text: str) -> str | None:
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    found = {m.text: m.event for m in extract(nlp(text), document, kinds=[Kind.DATE])}
    return found[date_text]


def test_a_fronted_date_over_a_copula_takes_the_joined_clauses_event(model_nlp):
    text = (
        "By the end of 2009, it was obvious that the mill could not survive, and the owners were forced to"
        " sell it."
    )
    assert _event(model_nlp, text, "By the end of 2009") == "price"  # a sale: the class of "sell"


def test_a_date_inside_the_sentence_keeps_its_own_clause(model_nlp):
    text = "It was obvious in 2009 that the mill could not survive, and the owners were forced to sell it."
    assert _event(model_nlp, text, "2009") != "price"


def test_a_year_set_before_a_noun_is_that_things_year(model_nlp):
    text = "The acquisition does not change the company's 2031 financial guidance."
    assert _event(model_nlp, text, "2031") == "guidance"


def test_a_year_after_a_preposition_keeps_its_clause(model_nlp):
    text = "The company completed the acquisition in 2031."
    assert _event(model_nlp, text, "2031") != "guidance"
