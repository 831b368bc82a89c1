"""Money amounts: "more than $20-billion" → 2e10 CAD-or-$ more_than. Pure, no spaCy, no clock."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factx.lexicon import lexicon
from factx.model import Qualifier
from factx.normalize.numbers import quantity


@dataclass(frozen=True)
class Money:
    """A normalized amount. `currency` is an ISO 4217 code where the text says which, else the symbol."""

    value: float
    low: float | None
    high: float | None
    currency: str
    qualifier: Qualifier
    precision: float = 0.0


def _alternation(items, flags: str = "") -> str:
    escaped = "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))
    return f"(?{flags}:{escaped})" if flags else f"(?:{escaped})"


@cache
def _currency_pattern() -> re.Pattern[str]:
    lex = lexicon()
    symbols = _alternation(lex["currency_symbols"])
    codes = _alternation(lex["currency_codes"])
    adjectives = _alternation(lex["dollar_adjectives"], "i")
    words = _alternation(lex["currency_words"], "i")
    return re.compile(
        rf"(?P<adj>{adjectives}\s+)?(?P<word>\b{words}\b)"
        rf"|(?P<code>\b{codes}\b)"
        rf"|(?P<symbol>(?<![A-Za-z]){symbols}|(?<=[\s\d]){symbols})"
    )


def _currency(match: re.Match[str]) -> str:
    lex = lexicon()
    if match.group("word"):
        found = lex["currency_words"][match.group("word").lower()]
        adjective = (match.group("adj") or "").strip().lower()
        return lex["dollar_adjectives"].get(adjective, found) if found == "$" else found
    if match.group("code"):
        code = match.group("code")
        return "CNY" if code == "RMB" else code
    return lex["currency_symbols"][match.group("symbol")]


@lru_cache(maxsize=65536)
def normalize_money(text: str) -> Money | None:
    """Normalize a money expression, or return None when it is not one.

    Handles symbols (`$`, `US$`, `C$`, `€`, `£`, `¥`), ISO codes, currency words ("5 million euros",
    "Canadian dollars"), scale words and abbreviations, hyphenated forms ("$2.5-billion"), ranges
    ("$1 million to $2 million", "$1-2 million") and qualifiers ("more than", "nearly", "up to").
    A percentage is never money.
    """
    if "%" in text or re.search(r"\bper\s*cent\b|\bpercent\b", text, re.IGNORECASE):
        return None
    currencies = []
    for m in _currency_pattern().finditer(text):
        currencies.append(_currency(m))
    if not currencies:
        return None
    number_text = _currency_pattern().sub(" ", text)
    number_text = re.sub(r"\s+", " ", number_text).strip(" -–")
    number_text = re.sub(r"(?<=\d)\s+-\s*(?=[a-z])", " ", number_text)
    q = quantity(number_text)
    if q is None:
        return None
    specific = [c for c in currencies if c != "$"]
    currency = specific[0] if specific else currencies[0]
    return Money(q.value, q.low, q.high, currency, q.qualifier, q.precision)
