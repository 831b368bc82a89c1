"""Which day a bare weekday names, by the tense of its clause (news convention: the most recent such day or
the day of publication, unless the clause is in the future). Articles dated Wednesday 2031-03-05; the
expected days are counted on a calendar by hand."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind

PUBLISHED = date(2031, 3, 5)  # a Wednesday


def days(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    document = Document(id="t", text=text, published=PUBLISHED)
    return [(m.text, m.value) for m in extract(doc, document, kinds=[Kind.DATE])]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive weekday is an event gone by, whatever the verb's tense
        ("Monday's blaze follows two fires.", [("Monday", "2031-03-03")]),
        # "had yet to" tells what had not happened by that day: the day itself, not next week
        ("The driver had yet to wake up Wednesday, police said.", [("Wednesday", "2031-03-05")]),
        # a present-tense report of a past event
        ("Police say the man fled Monday.", [("Monday", "2031-03-03")]),
        # future clauses: a passive infinitive, "will", "is expected to"
        ("The bill is to be voted on Thursday.", [("Thursday", "2031-03-06")]),
        ("The council was preparing for the plan to be voted on Thursday.", [("Thursday", "2031-03-06")]),
        ("A vote will be held Friday.", [("Friday", "2031-03-07")]),
        ("He is expected to appear in court Friday.", [("Friday", "2031-03-07")]),
        # past clauses
        ("The ferry sank on Sunday.", [("Sunday", "2031-03-02")]),
        ("He did not have a lawyer in court Wednesday.", [("Wednesday", "2031-03-05")]),
    ],
)
def test_weekday_by_clause(model_nlp, text, expected):
    assert days(model_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday's blaze was small.", [("Monday", "2031-03-03")]),
        ("Officials met Tuesday.", [("Tuesday", "2031-03-04")]),
        ("Officials will meet next Tuesday.", [("next Tuesday", "2031-03-11")]),
    ],
)
def test_weekday_without_a_parse(blank_nlp, text, expected):
    assert days(blank_nlp, text) == expected
