"""Values as the report writes them: every expected string below was worked out by hand from the text."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factx.normalize.money import normalize_money
from factx.normalize.numbers import normalize_count, normalize_percent
from factx.values import format_value, vague_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$2.5 billion", "$2.5 billion"),
        ("$2.5-billion", "$2.5 billion"),
        ("more than $20 billion", "more than $20 billion"),
        ("nearly $10 billion", "nearly $10 billion"),
        ("about $5 million", "about $5 million"),
        ("$140-150 million", "$140–150 million"),
        ("between $1 million and $2 million", "$1–2 million"),
        ("$900 million to $1.2 billion", "$900 million–$1.2 billion"),
        ("C$3 billion", "C$3 billion"),
        ("5 million euros", "€5 million"),
        ("£20", "£20"),
        ("$4,500", "$4,500"),
        ("CHF 3 million", "3 million CHF"),
        ("\ufffd110 billion", "¤110 billion"),  # a sign lost to a bad encoding: some currency, unknown
    ],
)
def test_money(text, expected):
    money = normalize_money(text)
    assert format_value(money, "money", money.currency) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15", "15"),
        ("more than 15", "more than 15"),
        ("at least one", "at least 1"),
        ("About 30", "about 30"),
        ("10-15", "10–15"),
        ("dozens", "dozens"),
        ("hundreds", "hundreds"),
        ("tens of thousands", "tens of thousands"),
        ("1,200", "1,200"),
    ],
)
def test_counts(text, expected):
    assert format_value(normalize_count(text), "count", "person") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("about 90 per cent", "about 90%"), ("10 per cent", "10%"), ("12.5%", "12.5%"), ("10-15%", "10–15%")],
)
def test_percents(text, expected):
    assert format_value(normalize_percent(text), "percent", "%") == expected


def when(value, low, high, grain):
    return SimpleNamespace(value=value, low=low, high=high, grain=grain, qualifier=None)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (when("2025-12-27", "2025-12-27", "2025-12-27", "day"), "Sat 27 Dec 2025"),
        (when("2025-12", "2025-12-01", "2025-12-31", "month"), "Dec 2025"),
        (when("2025-12", "2025-12-21", "2025-12-31", "month"), "21–31 Dec 2025"),
        (when("2026-02", "2026-02-01", "2026-02-28", "month"), "Feb 2026"),
        (when("2026-W02", "2026-01-05", "2026-01-11", "week"), "week of 5 Jan 2026"),
        (when("2018", "2018-01-01", "2018-12-31", "year"), "2018"),
        (when("2025", "2025-09-01", "2025-12-31", "year"), "Sep–Dec 2025"),
        (when("199X", "1990-01-01", "1999-12-31", "decade"), "1990s"),
        (when(None, None, None, None), "unresolved"),
    ],
)
def test_dates(claim, expected):
    assert format_value(claim, "date", None) == expected


def test_a_kind_or_qualifier_the_tables_do_not_know_is_shown_raw_not_hidden():
    distance = SimpleNamespace(value=4, low=4, high=4, grain=None, qualifier="exact")
    assert format_value(distance, "distance", "km") == "4"
    odd = SimpleNamespace(value=7, low=7, high=7, grain=None, qualifier="roughly")
    assert format_value(odd, "count", "person") == "7 (roughly)"


def test_vague_words_come_from_the_lexicon():
    assert (vague_words(24), vague_words(200), vague_words(20_000), vague_words(7)) == (
        "dozens",
        "hundreds",
        "tens of thousands",
        None,
    )
