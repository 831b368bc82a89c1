"""Stated ranges ("between $10 and $20", "10-15%", "between 20 and 30 people") are one mention with the
qualifier `range`, and a range is compatible with any value inside it and conflicts with one outside it.

Every expected value was worked out by hand from the text."""

from __future__ import annotations

import pytest

from factx.extract import extract
from factx.model import Claim, Document, Kind, Qualifier, Status
from factx.normalize.money import normalize_money
from factx.normalize.numbers import normalize_count, normalize_percent
from factx.reconcile import reconcile_facts
from factx.reconcile.status import fact_status
from factx.values import format_value

Q = Qualifier


def claim(doc, value, qualifier=Q.EXACT, low=None, high=None):
    low = value if low is None and qualifier in (Q.EXACT, Q.MORE_THAN, Q.AT_LEAST) else low
    high = value if high is None and qualifier in (Q.EXACT, Q.LESS_THAN, Q.AT_MOST) else high
    return Claim(doc, str(value), 0, 1, "", value, low, high, qualifier)


def span(doc, low, high):
    return claim(doc, (low + high) / 2, Q.RANGE, low, high)


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([span("a", 10, 20), claim("b", 12)], Status.COMPATIBLE),
        ([span("a", 10, 20), claim("b", 20)], Status.COMPATIBLE),
        ([span("a", 10, 20), claim("b", 25)], Status.CONFLICT),
        ([span("a", 10, 20), claim("b", 9)], Status.CONFLICT),
        ([span("a", 10, 20), span("b", 10, 20)], Status.AGREE),
        ([span("a", 10, 20), span("b", 5, 25)], Status.COMPATIBLE),  # one midpoint, other ends
        ([span("a", 10, 20), span("b", 30, 40)], Status.CONFLICT),
        ([span("a", 10, 20), claim("b", 15, Q.MORE_THAN)], Status.COMPATIBLE),
        ([span("a", 10, 20), claim("b", 20, Q.MORE_THAN)], Status.CONFLICT),
        ([span("a", 10, 20), claim("b", 22, Q.APPROX, 19.8, 24.2)], Status.COMPATIBLE),
        ([span("a", 10, 20), claim("b", 15), claim("c", 30)], Status.CONFLICT),
    ],
    ids=["inside", "at its end", "above", "below", "same range", "same midpoint", "apart", "more than 15",
         "more than 20", "about 22", "three sources"],
)  # fmt: skip
def test_status_of_a_range(claims, expected):
    assert fact_status(claims) is expected


@pytest.mark.parametrize(
    ("text", "normalize", "expected"),
    [
        ("between $10 and $20", normalize_money, (15, 10, 20)),
        ("$140- $150 million", normalize_money, (145e6, 140e6, 150e6)),
        ("7-9 lakh rupees", normalize_money, (800_000, 700_000, 900_000)),
        ("10-15%", normalize_percent, (12.5, 10, 15)),
        ("between 10% and 20%", normalize_percent, (15, 10, 20)),
        ("between 20 and 30", normalize_count, (25, 20, 30)),
        ("200 to 300", normalize_count, (250, 200, 300)),
    ],
)
def test_a_range_reads_as_its_midpoint_with_its_ends(text, normalize, expected):
    found = normalize(text)
    assert (found.value, found.low, found.high) == expected
    assert found.qualifier is Q.RANGE


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("$10 million", Q.EXACT), ("about $10 million", Q.APPROX), ("up to $10 million", Q.AT_MOST)],
)
def test_a_single_amount_is_no_range(text, qualifier):
    assert normalize_money(text).qualifier is qualifier


@pytest.mark.parametrize(
    ("found", "kind", "unit", "expected"),
    [
        (normalize_money("$12 billion to $13 billion"), "money", "$", "$12–13 billion"),
        (normalize_money("between £1m and £2m"), "money", "GBP", "£1–2 million"),
        (normalize_percent("10-15%"), "percent", "%", "10–15%"),
        (normalize_count("between 20 and 30"), "count", "person", "20–30"),
    ],
)
def test_a_range_is_shown_as_a_range(found, kind, unit, expected):
    assert format_value(found, kind, unit) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Police said between 20 and 30 people were hurt.", Kind.COUNT, "between 20 and 30 people"),
        ("Turnout rose by 10-15% in the city.", Kind.PERCENT, "10-15%"),
        ("The firm paid between $10 million and $20 million for it.", Kind.MONEY,
         "between $10 million and $20 million"),
    ],
)  # fmt: skip
def test_a_range_in_a_sentence_is_one_mention(blank_nlp, text, kind, expected):
    found = [m for m in extract(blank_nlp(text), Document("d", text), kinds={kind})]
    assert [(m.text, m.qualifier) for m in found] == [(expected, Q.RANGE)]


def _facts(nlp, texts):
    mentions = []
    for n, text in enumerate(texts):
        mentions += extract(nlp(text), Document(f"d{n}", text), kinds={Kind.MONEY})
    return reconcile_facts(mentions)


@pytest.mark.parametrize(
    ("other", "expected"),
    [("$12 million", Status.COMPATIBLE), ("$22 million", Status.CONFLICT)],
)
def test_a_range_reconciles_with_a_figure_from_another_article(blank_nlp, other, expected):
    texts = [
        "The club paid between $10 million and $20 million for the striker, the club said.",
        f"The club paid {other} for the striker, the club said.",
    ]
    facts = _facts(blank_nlp, texts)
    assert [(f.status, len(f.claims)) for f in facts] == [(expected, 2)]
