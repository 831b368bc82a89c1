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
    in their English name).

    Besides CLDR's singular and plural names ("Swiss franc", "Swiss francs") every name is also known glued
    ("egyptianpound") and after its country's name ("Malaysia ringgit"), and a currency word that names one
    currency only stands alone ("tugriks" → MNT). A word that several countries use ("dinar") stands for
    itself, unless the lexicon gives it a default, as it does "dollar" → "$".
    """
    from babel import Locale
    from babel.numbers import get_currency_name

    locale = Locale(_LOCALE)
    lex = lexicon()
    stop = set(lex["currency_code_stop"])
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    plurals: dict[str, str] = {}
    for code, name in locale.currencies.items():
        if "(" in name or code in stop or code.startswith("X"):
            continue
        country = locale.territories.get(code[:2])
        for form in (name.lower(), get_currency_name(code, count=2, locale=_LOCALE).lower()):
            names[form] = code
            names[form.replace(" ", "")] = code
            if country:
                names[f"{country.lower()} {form.split()[-1]}"] = code
        word = name.lower().split()[-1]
        words.setdefault(word, set()).add(code)
        plurals[word] = get_currency_name(code, count=2, locale=_LOCALE).lower().split()[-1]
        symbol = locale.currency_symbols.get(code)
        if symbol and symbol != code:
            symbols[symbol] = code
    alone = set(lex["currency_word_stop"])
    for word, found in words.items():
        if word not in alone:
            unit = next(iter(found)) if len(found) == 1 else word
            names.setdefault(word, unit)
            names.setdefault(plurals[word], unit)
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
    return frozenset(found | set(lexicon()["currency_codes"]) | set(lexicon()["crypto_currencies"]))


@cache
def names() -> dict[str, str]:
    """Lower-case currency names → code (or "$" for a dollar of no stated country)."""
    babel_names, _ = _babel()
    lex = lexicon()
    return {**babel_names, **_crypto_names(), **lex["currency_words_extra"], **lex["currency_words"]}


def _crypto_names() -> dict[str, str]:
    """Crypto-currency names, and each ticker quoted against the dollar ("btcusd", "eth usd") or, when it is
    no English word, alone in lower case ("xrp"): the ticker is the unit, as a code is for a currency."""
    everyday = {"bat", "dash", "neo", "omg", "eos", "iot", "iota", "etc"}
    found: dict[str, str] = {}
    for ticker, words in lexicon()["crypto_currencies"].items():
        low = ticker.lower()
        found.update({word: ticker for word in words})
        found.update({f"{low}usd": ticker, f"{low} usd": ticker})
        found.update({f"{words[0]} us dollars": ticker} if words else {})
        if low not in everyday:
            found[low] = ticker
    return found


@cache
def symbols() -> dict[str, str]:
    """Currency symbols → code (or "$")."""
    _, babel_symbols = _babel()
    return {**babel_symbols, **lexicon()["currency_symbols"]}


@cache
def subunits() -> dict[str, str]:
    """Hundredth-part words and signs → the currency they are a part of ("cents" → "$", "pence" → GBP)."""
    return dict(lexicon()["currency_subunits"])


BIG_SCALE = 1_000_000  # a lost sign is read only before millions or more: "e80 million", not "E85" or "p53"


@cache
def lost_signs() -> dict[str, str]:
    """What a lossy encoding leaves in place of a currency sign → the sign: a transliteration's letter ("e"
    for "€", "p" for "£"), and "?" or U+FFFD for a sign that cannot be known any more, read as "¤" (the
    generic currency sign), a unit of its own until reconciliation reads which currency its article or story
    names (`reconcile/lost_signs.py`)."""
    return dict(lexicon()["lost_currency_signs"])


@cache
def big_scales() -> tuple[str, ...]:
    """Scale words of a million or more ("million", "m", "bn", "crore"), longest first."""
    found = (word for word, value in lexicon()["scales"].items() if value >= BIG_SCALE)
    return tuple(sorted(found, key=len, reverse=True))
