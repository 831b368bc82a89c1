"""Counts and percentages: numbers in digits and words, vague numbers, qualifiers, ranges; noun lemmas."""

from __future__ import annotations

import pytest

from factx.extract import extract
from factx.ingest import processing_text
from factx.model import Document, Kind
from factx.normalize.numbers import (
    mend_decimals,
    normalize_count,
    normalize_percent,
    parse_number,
    singular,
    split_qualifier,
    unit_of,
)

COUNTS = [
    ("15", 15, "exact", 15, 15),
    ("1,200", 1200, "exact", 1200, 1200),
    ("2.5 million", 2.5e6, "exact", 2.5e6, 2.5e6),
    ("1.2bn", 1.2e9, "exact", 1.2e9, 1.2e9),
    ("two", 2, "exact", 2, 2),
    ("twenty-five", 25, "exact", 25, 25),
    ("ninety nine", 99, "exact", 99, 99),
    ("one hundred and twenty", 120, "exact", 120, 120),
    ("three thousand", 3000, "exact", 3000, 3000),
    ("a dozen", 12, "exact", 12, 12),
    ("two and a half", 2.5, "exact", 2.5, 2.5),  # "a half" is the fraction, not 1 + 0.5
    ("one and one half", 1.5, "exact", 1.5, 1.5),
    ("2 and a half", 2.5, "exact", 2.5, 2.5),
    ("two dozen", 24, "exact", 24, 24),
    ("a hundred", 100, "exact", 100, 100),
    ("half a million", 5e5, "exact", 5e5, 5e5),
    ("two million", 2e6, "exact", 2e6, 2e6),
    ("more than 30", 30, "more_than", 30, None),
    ("More than 30", 30, "more_than", 30, None),
    ("over 100", 100, "more_than", 100, None),
    ("at least one", 1, "at_least", 1, None),
    ("no fewer than 12", 12, "at_least", 12, None),
    ("About 30", 30, "approx", 27, 33),
    ("around 200", 200, "approx", 180, 220),
    ("some 5,000", 5000, "approx", 4500, 5500),
    ("roughly 40", 40, "approx", 36, 44),
    ("nearly 40", 40, "nearly", 36, 40),
    ("almost 1,000", 1000, "nearly", 900, 1000),
    ("fewer than 10", 10, "less_than", None, 10),
    ("up to 300", 300, "at_most", None, 300),
    ("as many as 70", 70, "at_most", None, 70),
    ("50 or more", 50, "at_least", 50, None),
    # vague numbers: [2, 10] × the unit
    ("dozens", 24, "approx", 24, 120),
    ("hundreds", 200, "approx", 200, 1000),
    ("thousands", 2000, "approx", 2000, 10000),
    ("tens of thousands", 20000, "approx", 20000, 100000),
    ("hundreds of thousands", 200000, "approx", 200000, 1000000),
    ("millions", 2e6, "approx", 2e6, 1e7),
    # ranges
    ("10-15", 12.5, "range", 10, 15),
    ("between 20 and 30", 25, "range", 20, 30),
    ("5 to 7", 6, "range", 5, 7),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "low", "high"), COUNTS)
def test_normalize_count(text, value, qualifier, low, high):
    q = normalize_count(text)
    assert q is not None
    assert (q.value, q.qualifier.value) == (pytest.approx(value), qualifier)
    assert q.low == (None if low is None else pytest.approx(low))
    assert q.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize("text", ["5th", "first", "abc", "", "of", "more than", "-"])
def test_not_a_number(text):
    assert normalize_count(text) is None


PERCENTS = [
    ("90 per cent", 90, "exact", 90, 90),
    ("about 90 per cent", 90, "approx", 81, 99),
    ("12.5%", 12.5, "exact", 12.5, 12.5),
    ("12.5 percent", 12.5, "exact", 12.5, 12.5),
    ("three per cent", 3, "exact", 3, 3),
    ("more than 50%", 50, "more_than", 50, None),
    ("nearly 40 percent", 40, "nearly", 36, 40),
    ("10-15%", 12.5, "range", 10, 15),
    ("between 10% and 20%", 15, "range", 10, 20),
    ("up to 5 pct", 5, "at_most", None, 5),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "low", "high"), PERCENTS)
def test_normalize_percent(text, value, qualifier, low, high):
    q = normalize_percent(text)
    assert q is not None
    assert (q.value, q.qualifier.value) == (pytest.approx(value), qualifier)
    assert q.low == (None if low is None else pytest.approx(low))
    assert q.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize("text", ["90", "30 countries", "$5", "per"])
def test_not_a_percent(text):
    assert normalize_percent(text) is None


@pytest.mark.parametrize(
    ("text", "qualifier", "rest"),
    [
        ("more than 30", "more_than", "30"),
        ("nearly $10 billion", "nearly", "$10 billion"),
        ("30", "exact", "30"),
        ("over 9,000", "more_than", "9,000"),
        ("overall 3", "exact", "overall 3"),
        ("5 or more", "at_least", "5"),
    ],
)
def test_split_qualifier(text, qualifier, rest):
    q, r = split_qualifier(text)
    assert (q.value, r) == (qualifier, rest)


@pytest.mark.parametrize(
    ("text", "precision"), [("15", 0), ("15,000", 1000), ("15,200", 100), ("2.5 million", 1e5), ("30", 0)]
)
def test_precision(text, precision):
    assert parse_number(text).precision == pytest.approx(precision)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("countries", "country"),
        ("nations", "nation"),
        ("people", "people"),
        ("children", "child"),
        ("buses", "bus"),
        ("churches", "church"),
        ("soldiers", "soldier"),
        ("crises", "crisis"),
        ("status", "status"),
        ("police", "police"),
        ("jets", "jet"),
    ],
)
def test_singular(word, lemma):
    assert singular(word) == lemma


@pytest.mark.parametrize(
    ("lemma", "unit"), [("nation", "country"), ("country", "country"), ("people", "person"), ("jet", "jet")]
)
def test_unit_folds_synonyms(lemma, unit):
    assert unit_of(lemma) == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a haul of $4. 2 million", "a haul of $ 4.2 million"),
        ("a haul of (€3. 8-million)", "a haul of (€ 3.8-million)"),
        ("worth £1. 9m now", "worth £ 1.9m now"),
        ("loans of 61. 5bn", "loans of  61.5bn"),
        ("a 3. 1GHz chip", "a  3.1GHz chip"),
        ("shares fell 0. 75% today", "shares fell  0.75% today"),
        ("thin at 0. 68″ only", "thin at  0.68″ only"),
        ("it starts at $1, 299 and $2, 199.", "it starts at $ 1,299 and $ 2,199."),
        ("pick 1, 200 or 3, 45 of them", "pick 1, 200 or 3, 45 of them"),
        # no currency before, no scale, unit or percent after: a sentence that ends in a number
        ("The score was 3. 2 players were sent off.", "The score was 3. 2 players were sent off."),
        ("He left in 1998. 4 people stayed.", "He left in 1998. 4 people stayed."),
        ("They met at 4. 30 guests came.", "They met at 4. 30 guests came."),
    ],
)
def test_mend_decimals(text, expected):
    assert mend_decimals(text) == expected
    assert len(mend_decimals(text)) == len(text)


def test_a_broken_decimal_is_one_money_mention(blank_nlp):
    text = "Thieves took jewels worth $4. 2 million on Friday."
    document = Document(id="t", text=text)
    doc = blank_nlp(processing_text(document))
    money = extract(doc, document, kinds=[Kind.MONEY])
    assert [(m.text, m.value) for m in money] == [("$4. 2 million", 4_200_000)]
