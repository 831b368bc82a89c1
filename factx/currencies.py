"""Currency names, symbols and ISO 4217 codes: Babel's CLDR data for English, with factx's own additions
from the lexicon (generic words like "dollars" → "$", slang like "bucks", sub-units like "cents").

The lexicon wins where both speak: a bare "dollar" stays "$" (which dollar is not said), while CLDR supplies
"Swiss francs" → CHF or "Kuwaiti dinars" → KWD.
"""

from __future__ import annotations

from functools import cache

from factx.lexicon import lexicon

_LOCALE = "en"


@cache
def _babel() -> tuple[dict[str, str], dict[str, str]]:
    """(name → code, symbol → code) from CLDR, for currencies in use today (historic ones carry a date range
    in their English name)."""
    from babel import Locale
    from babel.numbers import get_currency_name

    locale = Locale(_LOCALE)
    stop = set(lexicon()["currency_code_stop"])
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for code, name in locale.currencies.items():
        if "(" in name or code in stop or code.startswith("X"):
            continue
        names[name.lower()] = code
        names[get_currency_name(code, count=2, locale=_LOCALE).lower()] = code
        symbol = locale.currency_symbols.get(code)
        if symbol and symbol != code:
            symbols[symbol] = code
    return names, symbols


@cache
def codes() -> frozenset[str]:
    """ISO 4217 codes that may stand next to an amount ("CHF 3.04", "42MYR")."""
    from babel import Locale

    stop = set(lexicon()["currency_code_stop"])
    found = {
        code
        for code, name in Locale(_LOCALE).currencies.items()
        if "(" not in name and code not in stop and not code.startswith("X")
    }
    return frozenset(found | set(lexicon()["currency_codes"]))


@cache
def names() -> dict[str, str]:
    """Lower-case currency names → code (or "$" for a dollar of no stated country)."""
    babel_names, _ = _babel()
    lex = lexicon()
    return {**babel_names, **lex["currency_words_extra"], **lex["currency_words"]}


@cache
def symbols() -> dict[str, str]:
    """Currency symbols → code (or "$")."""
    _, babel_symbols = _babel()
    return {**babel_symbols, **lexicon()["currency_symbols"]}


@cache
def subunits() -> dict[str, str]:
    """Hundredth-part words and signs → the currency they are a part of ("cents" → "$", "pence" → GBP)."""
    return dict(lexicon()["currency_subunits"])
