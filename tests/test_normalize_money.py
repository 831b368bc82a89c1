"""normalize_money: (text, amount, currency, qualifier, low, high). Amounts in units of currency."""

from __future__ import annotations

import pytest

from factx.normalize.money import normalize_money

B, M, K = 1e9, 1e6, 1e3

CASES = [
    # symbol + scale word, hyphenated and not
    ("$2.5 billion", 2.5 * B, "$", "exact", 2.5 * B, 2.5 * B),
    ("$2.5-billion", 2.5 * B, "$", "exact", 2.5 * B, 2.5 * B),
    ("$1.2-trillion", 1.2e12, "$", "exact", 1.2e12, 1.2e12),
    ("$40 million", 40 * M, "$", "exact", 40 * M, 40 * M),
    ("$300,000", 300 * K, "$", "exact", 300 * K, 300 * K),
    ("$15", 15, "$", "exact", 15, 15),
    ("$4.99", 4.99, "$", "exact", 4.99, 4.99),
    # abbreviations
    ("$10bn", 10 * B, "$", "exact", 10 * B, 10 * B),
    ("$4.5M", 4.5 * M, "$", "exact", 4.5 * M, 4.5 * M),
    ("$250k", 250 * K, "$", "exact", 250 * K, 250 * K),
    ("€3.5bn", 3.5 * B, "EUR", "exact", 3.5 * B, 3.5 * B),
    ("£1.2m", 1.2 * M, "GBP", "exact", 1.2 * M, 1.2 * M),
    ("$3 mln", 3 * M, "$", "exact", 3 * M, 3 * M),
    ("$7 tn", 7e12, "$", "exact", 7e12, 7e12),
    # currency-specific symbols and codes
    ("US$5m", 5 * M, "USD", "exact", 5 * M, 5 * M),
    ("US$ 4 million", 4 * M, "USD", "exact", 4 * M, 4 * M),
    ("C$1.2bn", 1.2 * B, "CAD", "exact", 1.2 * B, 1.2 * B),
    ("CA$300,000", 300 * K, "CAD", "exact", 300 * K, 300 * K),
    ("A$80 million", 80 * M, "AUD", "exact", 80 * M, 80 * M),
    ("HK$2 billion", 2 * B, "HKD", "exact", 2 * B, 2 * B),
    ("€3 million", 3 * M, "EUR", "exact", 3 * M, 3 * M),
    ("£200,000", 200 * K, "GBP", "exact", 200 * K, 200 * K),
    ("¥100,000", 100 * K, "JPY", "exact", 100 * K, 100 * K),
    ("₹500 crore", 5 * B, "INR", "exact", 5 * B, 5 * B),
    ("USD 5 million", 5 * M, "USD", "exact", 5 * M, 5 * M),
    ("5 million USD", 5 * M, "USD", "exact", 5 * M, 5 * M),
    ("EUR 20bn", 20 * B, "EUR", "exact", 20 * B, 20 * B),
    ("CHF 50 million", 50 * M, "CHF", "exact", 50 * M, 50 * M),
    # currency words
    ("5 million dollars", 5 * M, "$", "exact", 5 * M, 5 * M),
    ("5 million Canadian dollars", 5 * M, "CAD", "exact", 5 * M, 5 * M),
    ("20 billion US dollars", 20 * B, "USD", "exact", 20 * B, 20 * B),
    ("300 euros", 300, "EUR", "exact", 300, 300),
    ("two billion pounds", 2 * B, "GBP", "exact", 2 * B, 2 * B),
    ("a million dollars", 1 * M, "$", "exact", 1 * M, 1 * M),
    ("half a billion dollars", 0.5 * B, "$", "exact", 0.5 * B, 0.5 * B),
    ("10,000 yen", 10 * K, "JPY", "exact", 10 * K, 10 * K),
    ("1.5 billion yuan", 1.5 * B, "CNY", "exact", 1.5 * B, 1.5 * B),
    # qualifiers
    ("more than $20 billion", 20 * B, "$", "more_than", 20 * B, None),
    ("more than $20-billion", 20 * B, "$", "more_than", 20 * B, None),
    ("over £1bn", 1 * B, "GBP", "more_than", 1 * B, None),
    ("at least $3 million", 3 * M, "$", "at_least", 3 * M, None),
    ("nearly $10 billion", 10 * B, "$", "nearly", 9 * B, 10 * B),
    ("almost €2 trillion", 2e12, "EUR", "nearly", 1.8e12, 2e12),
    ("about $3 million", 3 * M, "$", "approx", 2.7 * M, 3.3 * M),
    ("around $500", 500, "$", "approx", 450, 550),
    ("roughly $40bn", 40 * B, "$", "approx", 36 * B, 44 * B),
    ("some $2 billion", 2 * B, "$", "approx", 1.8 * B, 2.2 * B),
    ("an estimated $1.5 billion", 1.5 * B, "$", "approx", 1.35 * B, 1.65 * B),
    ("up to $500", 500, "$", "at_most", None, 500),
    ("as much as $2 billion", 2 * B, "$", "at_most", None, 2 * B),
    ("less than $1 million", 1 * M, "$", "less_than", None, 1 * M),
    ("under $50", 50, "$", "less_than", None, 50),
    ("$5 million or more", 5 * M, "$", "at_least", 5 * M, None),
    # ranges: midpoint, with the range as the interval
    ("$1 million to $2 million", 1.5 * M, "$", "range", 1 * M, 2 * M),
    ("$1-2 million", 1.5 * M, "$", "range", 1 * M, 2 * M),
    ("$5 billion-$6 billion", 5.5 * B, "$", "range", 5 * B, 6 * B),
    ("between $2m and $3m", 2.5 * M, "$", "range", 2 * M, 3 * M),
    ("between $100 and $200", 150, "$", "range", 100, 200),
]


@pytest.mark.parametrize(("text", "amount", "currency", "qualifier", "low", "high"), CASES)
def test_normalize_money(text, amount, currency, qualifier, low, high):
    money = normalize_money(text)
    assert money is not None
    assert money.value == pytest.approx(amount)
    assert money.currency == currency
    assert money.qualifier.value == qualifier
    assert money.low == (None if low is None else pytest.approx(low))
    assert money.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize(
    "text",
    [
        "90 per cent",
        "10%",
        "about 90 percent",
        "30 countries",
        "2026",
        "billions",
        "$",
        "dollars",
        "",
        "the euro",
        # a symbol, "and", then digits: two amounts ("$10 and 20 more"), not dollars and cents
        "$10 and 20",
        # a scaled amount has no cents
        "$20 million 43",
        # a part of 100 or more is no hundredth part
        "$20 150",
    ],
)
def test_not_money(text):
    assert normalize_money(text) is None


@pytest.mark.parametrize(
    ("text", "precision"),
    [("$2.5 billion", 1e8), ("$22 billion", 1e9), ("$22.1 billion", 1e8), ("$300,000", 1e5), ("$15", 0)],
)
def test_precision_of_rounded_figures(text, precision):
    assert normalize_money(text).precision == pytest.approx(precision)
