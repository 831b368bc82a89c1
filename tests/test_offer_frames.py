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
    assert events(model_nlp, text)["$90 million"] == "record"
    assert (
        events(model_nlp, "The bid would exceed the previous record of $90 million.")["$90 million"]
        == "record"
    )


def dated_events(nlp, text: str) -> dict[str, str | None]:
    """The event of each mention, dates included, by its text."""
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    kinds = [Kind.COUNT, Kind.MONEY, Kind.DATE]
    return {m.text: m.event for m in extract(nlp(text), document, kinds=kinds)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure that is the comparison verb's own object is what its subject did or reached, and a date
        # is when: neither is set against another figure.
        ("Rioters broke 40 windows on Monday.", {"40 windows": "break", "Monday": "break"}),
        ("Acme said its profit topped $2 billion in 2010.", {"$2 billion": "profit", "2010": "profit"}),
        ("The number of dead surpassed 300 people.", {"300 people": "surpass"}),
    ],
)
def test_a_figure_a_comparison_verb_reaches_keeps_its_event(model_nlp, text, expected):
    assert dated_events(model_nlp, text) == expected


def test_a_number_that_is_what_it_was_belongs_to_the_noun_it_stands_for(model_nlp):
    text = "Reports of the club's offer varied, but one paper said it was six years and $150 million."
    found = events(model_nlp, text)
    assert (found["six years"], found["$150 million"]) == ("offer", "offer")


def test_a_tenure_is_only_the_length_of_the_noun_it_modifies(model_nlp):
    # the points are the game's, whatever the history the sentence names
    assert events(model_nlp, "He scored 30 points, the most in team history.")["30 points"] == "score"


def bounds_of(nlp, text: str) -> dict[str, tuple]:
    """(qualifier, low, high) of each count, money and duration mention, by its text."""
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    kinds = [Kind.COUNT, Kind.MONEY, Kind.DURATION]
    return {m.text: (m.qualifier.value, m.low, m.high) for m in extract(nlp(text), document, kinds=kinds)}


@pytest.mark.parametrize(
    ("text", "mention", "bound"),
    [
        # A comparison the clause denies holds the other way.
        ("No other offer was more than seven years.", "more than seven years", ("at_most", None, 7)),
        ("None of the offers are believed to be for more than six years.", "more than six years",
         ("at_most", None, 6)),
        ("The club did not offer more than $5 million.", "more than $5 million",
         ("at_most", None, 5_000_000)),
        # A reported clause that is denied is the saying, not the figure.
        ("The club did not say it offered more than $5 million.", "more than $5 million",
         ("more_than", 5_000_000, None)),
        ("More than 40 people were killed.", "More than 40 people", ("more_than", 40, None)),
        # A denied verb says nothing of a span or a place around the number: only of its direct object.
        ("The Acme plant has not operated for more than 10 years.", "more than 10 years",
         ("more_than", 10, None)),
        ("Officials said the Acme plant has not operated for more than a decade.", "more than a decade",
         ("more_than", 10, None)),
        ("The team has not lost a game in more than 30 days.", "more than 30 days", ("more_than", 30, None)),
        ("No one has lived in the house for more than 20 years.", "more than 20 years",
         ("more_than", 20, None)),
        ("The plant has not been in operation for more than 10 years.", "more than 10 years",
         ("more_than", 10, None)),
        # Those a denied verb did not keep from doing something did it.
        ("The rain did not deter more than 5,000 fans from attending.", "more than 5,000 fans",
         ("more_than", 5000, None)),
        ("Police did not stop more than 300 protesters from marching.", "more than 300 protesters",
         ("more_than", 300, None)),
        # A set a clause of its own describes is said to exist.
        ("Firefighters could not reach more than 40 people trapped inside.", "more than 40 people",
         ("more_than", 40, None)),
        # A denied subject of the scoring verb bounds its object.
        ("Nobody has scored more than 50 points in a game this year.", "more than 50 points",
         ("at_most", None, 50)),
        # A figure that names a threshold reached is at least that figure.
        ("He has had a 30-goal season in each of the past five years.", "30-goal", ("at_least", 30, None)),
        ("He scored 30 goals last season.", "30 goals", ("exact", 30, 30)),
        ("Jones had a 100-RBI season last year.", "100-RBI", ("at_least", 100, None)),
        ("Jones joined the 500-homer club on Friday.", "500-homer", ("at_least", 500, None)),
        # What a season or a club is made of is its size, not a threshold reached.
        ("The league will play a 162-game season starting in April.", "162-game", ("exact", 162, 162)),
        ("The 12-member club met on Friday.", "12-member", ("exact", 12, 12)),
    ],
)  # fmt: skip
def test_bound(model_nlp, text, mention, bound):
    assert bounds_of(model_nlp, text)[mention] == bound


@pytest.mark.parametrize(
    ("text", "mention", "measure"),
    [
        ("Jones drove in 90 runs last year.", "90 runs", "rbi"),
        ("Jones has driven in at least 90 runs in each season.", "at least 90 runs", "rbi"),
        ("Jones scored 90 runs last year.", "90 runs", "run"),
    ],
)
def test_runs_driven_in_are_runs_batted_in(model_nlp, text, mention, measure):
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    found = {m.text: m.measure for m in extract(model_nlp(text), document, kinds=[Kind.COUNT])}
    assert found[mention] == measure
