"""Synthetic claims for timing reconciliation: many stories' worth of money, count, percent and date
mentions with overlapping vocabularies, so blocks, neighbours and joins all do real work."""

from __future__ import annotations

import random
from datetime import date, timedelta

from factx.model import Grain, Kind, Mention, Qualifier

UNITS = ["country", "person", "soldier", "vote", "job", "home", "vehicle", "school", "patient", "worker"]
CURRENCIES = ["$", "USD", "EUR", "GBP", "CAD"]
WORDS = [f"w{i}" for i in range(5000)]
QUALIFIERS = [Qualifier.EXACT] * 6 + [
    Qualifier.APPROX,
    Qualifier.MORE_THAN,
    Qualifier.NEARLY,
    Qualifier.AT_LEAST,
]


def synthetic_claims(n: int, seed: int = 7) -> list[Mention]:
    """`n` mentions spread over about n/20 documents, each document restating some shared facts."""
    rng = random.Random(seed)
    facts = max(1, n // 15)
    out = []
    for _ in range(n):
        fact = rng.randrange(facts)
        frng = random.Random(fact)
        kind = (Kind.MONEY, Kind.COUNT, Kind.PERCENT, Kind.DATE)[fact % 4]
        context = tuple(sorted({*frng.sample(WORDS, 6), *rng.sample(WORDS, 4)}))
        doc = f"doc{rng.randrange(max(1, n // 20))}"
        start = rng.randrange(10_000)
        common = {
            "doc": doc,
            "kind": kind,
            "label": kind.value.upper(),
            "text": "x",
            "start": start,
            "end": start + 1,
            "sentence": "s",
            "context": context,
            "head": f"v{fact % 50}",
        }
        if kind is Kind.DATE:
            day = date(2020, 1, 1) + timedelta(days=frng.randrange(2000) + rng.choice([0, 0, 0, 1]))
            out.append(
                Mention(
                    **common,
                    value=day.isoformat(),
                    low=day.isoformat(),
                    high=day.isoformat(),
                    grain=Grain.DAY,
                )
            )
            continue
        value = float(
            frng.choice([1, 2, 2.5, 3, 5, 10, 12, 15, 20, 30, 40, 100]) * 10 ** frng.randrange(0, 9)
        )
        value *= rng.choice([1, 1, 1, 1.1])
        qualifier = rng.choice(QUALIFIERS)
        low, high = (
            (value, None) if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) else (value, value)
        )
        unit = "%" if kind is Kind.PERCENT else frng.choice(CURRENCIES if kind is Kind.MONEY else UNITS)
        out.append(
            Mention(**common, value=value, low=low, high=high, unit=unit, qualifier=qualifier, precision=0.0)
        )
    return out
