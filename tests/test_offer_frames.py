"""Frames of offers, asks and the figures around them, read from invented sentences with the statistical
model. Each row was worked out by hand: what a reader of the news would say the number belongs to."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind

pytestmark = pytest.mark.model


def events(nlp, text: str) -> dict[str, str | None]:
    """The event of each money, count and duration mention, by its text."""
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    kinds = [Kind.COUNT, Kind.MONEY, Kind.DURATION]
    return {m.text: m.event for m in extract(nlp(text), document, kinds=kinds)}


@pytest.mark.parametrize(
    ("text", "mention", "event"),
    [
        # A deal a verb offers is an offer; one signed stays a price paid.
        ("The Hawks offered Jones a five-year deal worth $90 million.", "$90 million", "offer"),
        ("The Hawks offered Jones a five-year deal worth $90 million.", "five-year", "offer"),
        ("Jones signed a five-year deal worth $90 million.", "$90 million", "price"),
        # A deal or contract asked for, hoped for or requested is an ask, not an offer.
        ("Jones is seeking a six-year contract.", "six-year", "ask"),
        ("His agent made a request for a six-year deal.", "six-year", "ask"),
        ("His agent began talks hoping his client could land a six-year deal.", "six-year", "ask"),
        # The length of a history is how long something has lasted, not a deal's length.
        ("It is the biggest deal in the seven-year history of the group.", "seven-year", "tenure"),
        # A verb joined by "and" without its own subject says its figure of the first verb's subject.
        ("The deal is said to run for six years and could be worth up to $150 million.", "up to $150 million",
         "price"),
        # An average is a rate; the seasons it is taken over are not.
        ("Smith has averaged 30 goals in his eight seasons.", "30 goals", "average"),
        ("Smith has averaged 30 goals in his eight seasons.", "eight seasons", None),
    ],
)  # fmt: skip
def test_event(model_nlp, text, mention, event):
    assert events(model_nlp, text)[mention] == event


def test_the_figure_a_verb_of_comparison_measures_against_is_not_its_subject_s(model_nlp):
    # "offer" is the subject of "double"; the $90 million is the record the offer is set against.
    text = "The new offer would double the club record, the $90 million that Smith got last year."
    assert events(model_nlp, text)["$90 million"] not in ("offer", "worth")
