"""Money amounts: "more than $20-billion" → 2e10 CAD-or-$ more_than. Pure, no spaCy, no clock."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factx import currencies, money_finder
from factx.lexicon import lexicon
from factx.model import Qualifier
from factx.normalize.numbers import bounds, parse_number, quantity, split_qualifier, tidy


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
    symbols = _alternation(currencies.symbols())
    codes = _alternation(currencies.codes())
    adjectives = _alternation(lex["dollar_adjectives"], "i").replace(r"\ ", r"\s+")
    words = _alternation(currencies.names(), "i").replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?P<adj>(?:{adjectives}|\b[A-Z][a-z]+)\s+)??(?P<word>\b{words}(?:\b|(?=\d)))"
        rf"|(?P<code>(?<![A-Za-z]){codes}(?![A-Za-z]))"
        rf"|(?P<symbol>(?<![A-Za-z]){symbols}|(?<=[\s\d]){symbols}|(?<=\d[kKmMbB]){symbols})"
    )


def _currency(match: re.Match[str]) -> str:
    lex = lexicon()
    if match.group("word"):
        found = currencies.names()[" ".join(match.group("word").lower().split())]
        adjective = " ".join((match.group("adj") or "").lower().split())
        return lex["dollar_adjectives"].get(adjective, found) if found == "$" else found
    if match.group("code"):
        code = match.group("code")
        return "CNY" if code == "RMB" else code
    return currencies.symbols()[match.group("symbol")]


@cache
def _subunit_pattern() -> re.Pattern[str]:
    """An amount of hundredth parts at the end of the text ("43 cents", "and 43c", "70p", "ten pennies")."""
    subunits = currencies.subunits()
    spelled = _alternation(s for s in subunits if len(s) > 1).replace(r"\ ", r"\s+")
    glued = _alternation(s for s in subunits if len(s) == 1)
    return re.compile(
        rf"(?:^|,?\s+(?:and\s+)?)(?P<n>\d+|[a-z]+(?:[\s-][a-z]+)?)\s?(?P<unit>{spelled}\b|{glued}(?!\w))$",
        re.IGNORECASE,
    )


def _tidy_text(text: str) -> str:
    """ "US $160 million" → "US$160 million"; "$15MM" → "$15 million"; "a dollar" → "1 dollar"."""
    text = re.sub(r"\bU\.?S\.?\s+\$", "US$", text)
    text = re.sub(r"(?<=\d)\s?MM\b", " million", text)
    for slang, meaning in lexicon()["money_slang"].items():
        text = re.sub(rf"(?i)(?<=\d)\s+{re.escape(slang)}\b", f" {meaning}", text)
    return _lone_article().sub(r"\g<1>1 ", text)


@cache
def _lone_article() -> re.Pattern[str]:
    """ "a" or "an" as one unit of a currency: "a dollar", "an American dollar" (not "a million")."""
    adjectives = _alternation(lexicon()["dollar_adjectives"]).replace(r"\ ", r"\s+")
    words = _alternation(currencies.names()).replace(r"\ ", r"\s+")
    return re.compile(rf"(?i)(?<!half)(^|\s)an?\s+(?=(?:{adjectives}\s+)?(?:{words})\b)")


@cache
def _lost_sign() -> re.Pattern[str]:
    """A lost currency sign (`currencies.lost_signs`) before an amount of a million or more: the letter glued,
    "?" or a run of U+FFFD glued or spaced (two spaces where `mend_decimals` moved one). `money_finder`
    decides where "?" is no question mark; here it is read at the start of a word, as the finder hands it
    over."""
    signs = currencies.lost_signs()
    letters = _alternation(s for s in signs if s.isalpha())
    marks = _alternation(s for s in signs if not s.isalpha())
    return re.compile(
        rf"(?<![\w.,'-])(?:(?-i:{letters})|{marks}+\s{{0,2}})(?={money_finder.lost_sign_amount()})",
        re.IGNORECASE,
    )


def restore_signs(text: str) -> str:
    """ "e80 million" → "€80 million", "p74million" → "£74million", "? 110 billion" → "¤110 billion"."""
    return _lost_sign().sub(lambda m: currencies.lost_signs()[m.group()[0]], text)


_BARE_PART = re.compile(
    r"(?P<main>.+?)(?:,?\s+(?P<and>and\s+)?)(?P<n>\d\d|[a-z]+(?:[\s-][a-z]+)?)$", re.IGNORECASE
)


def _with_bare_part(qualifier: Qualifier, rest: str) -> Money | None:
    """Hundredth parts written as a bare number after a whole amount: "$20 43", "20 Rupees 43", "US$3 and
    fourteen", "twenty dollars and 43". Not after a qualifier ("between $10 and 20" is a range) and not
    "$10 and 20" (a symbol, "and", then digits is two amounts more often than one)."""
    m = _BARE_PART.fullmatch(rest)
    if qualifier is not Qualifier.EXACT or m is None:
        return None
    part = parse_number(m.group("n"))
    main = normalize_money(m.group("main").strip())
    if part is None or main is None or not 0 < part.value < 100 or part.value != int(part.value):
        return None
    written_in_words = _currency_pattern().search(m.group("main")).group("word") is not None
    if m.group("and") and m.group("n").isdigit() and not written_in_words:
        return None
    if main.qualifier is not Qualifier.EXACT or main.low != main.high or main.value != int(main.value):
        return None
    if main.value >= 1000 and main.precision >= 1000:
        return None  # "$20 million 43" is not a sum in cents
    value = tidy(main.value + part.value / 100)
    return Money(value, value, value, main.currency, Qualifier.EXACT, 0.0)


def _with_subunits(text: str) -> Money | None:
    """Amounts with hundredth parts: "10 cents", "$20 and 43c", "20 dollars 43 cents", "3 GBP 1 pence"."""
    qualifier, rest = split_qualifier(text)
    m = _subunit_pattern().search(rest)
    if m is None:
        return _with_bare_part(qualifier, rest)
    part = parse_number(m.group("n"))
    if part is None or (part.value >= 100 and (m.start() > 0 or len(m.group("unit")) == 1)):
        return None  # "$3 and 150 cents" is not how amounts are written; "720p" is a screen, not pence
    unit = " ".join(m.group("unit").lower().split())
    main_text = rest[: m.start()].strip()
    if main_text:
        main = normalize_money(main_text)
        if main is None or main.qualifier is not Qualifier.EXACT or main.low != main.high:
            return None
        value, currency = main.value + part.value / 100, main.currency
    else:
        value, currency = part.value / 100, currencies.subunits()[unit]
    value = tidy(value)
    low, high = bounds(value, qualifier)
    return Money(value, low, high, currency, qualifier, 0.0)


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
    text = restore_signs(_tidy_text(text))
    with_parts = _with_subunits(text)
    if with_parts is not None:
        return with_parts
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
