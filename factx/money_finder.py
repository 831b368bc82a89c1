"""Find money amounts in raw text by rule: symbols, ISO codes and currency names before or after the amount,
glued or spaced ("USD3.14", "20€", "CHF 3.04", "100 Swiss francs"), sub-units ("10 cents", "70p"), mixed
amounts ("$20 and 43c") and ranges ("$10-$20 million", "7-9 lakh rupees").

Every word list comes from `factx.currencies` (CLDR plus the lexicon) and the lexicon's scales and number
words; the money component keeps the ranges `normalize_money` can read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factx import currencies
from factx.lexicon import lexicon

_BEFORE = r"(?<![\w.,])"
_AFTER = r"(?![\w]|[.,]\d)"


def _alt(words, spaced: bool = False) -> str:
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if spaced else "|".join(escaped)


@cache
def _names_before_amounts() -> frozenset[str]:
    """Currency names that may come before the amount ("ringgit 42", "Swiss francs 3.5 million"): all but
    the lexicon's everyday words, which stand before numbers in plain English too ("won 3 games")."""
    everyday = set(lexicon()["currency_words"])
    return frozenset(name for name in currencies.names() if name not in everyday)


@cache
def _parts() -> dict[str, str]:
    lex = lexicon()
    numbers = [w for w in lex["number_words"] if w not in ("a", "an")]
    subunits = currencies.subunits()
    glued = [s for s in subunits if len(s) == 1]
    adjectives = _alt(lex["dollar_adjectives"], True)
    spelled = [s for s in subunits if len(s) > 1]
    short = [w for w in lex["scales"] if len(w) <= 3]
    long = [w for w in lex["scales"] if len(w) > 3]
    return {
        "SYM": rf"(?:U\.?S\.?\s?\$|{_alt(currencies.symbols())})",
        "CODE": rf"(?-i:{_alt(currencies.codes())})",
        "NAME": rf"(?:(?:{adjectives}|(?-i:[A-Z][a-z]+))\s+)?(?:{_alt(currencies.names(), True)})",
        "SLANG": f"(?:{_alt(lex['money_slang'])})",
        "NUM": r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)",
        "WNUM": rf"(?:half\s+an?|an?|(?:{_alt(numbers)})(?:[\s-]+(?:{_alt(numbers)}))*)",
        "SCALE": rf"(?:\s*-?\s*(?:{_alt(long)}|{_alt(short)}|(?-i:MM))(?![a-z]))",
        "SPELLED": rf"(?:\s*(?:{_alt(spelled, True)})\b)",
        "GLUED": rf"(?:{_alt(glued)})(?!\w)",
    }


PATTERNS = (
    r"{SYM}\s?{NUM}{SCALE}*",
    r"{NUM}{SCALE}*\s?{SYM}",
    r"{CODE}\s?{NUM}{SCALE}*",
    r"{NUM}{SCALE}*\s?{CODE}",
    r"(?:{NUM}|{WNUM}){SCALE}*(?:\s+|-){NAME}",
    r"{NUM}\s+{SLANG}",
    r"(?:{NUM}|{WNUM})\s?{SPELLED}|{NUM}{GLUED}",
    r"(?:{SYM}\s?{NUM}|{NUM}\s?{CODE}|{CODE}\s?{NUM}|(?:{NUM}|{WNUM})\s+{NAME}),?\s+(?:and\s+)?(?:(?:{NUM}|{WNUM})\s?{SPELLED}|{NUM}{GLUED})",
    r"(?:between\s+)?(?:{SYM}\s?)?{NUM}{SCALE}*\s*(?:-|–|to|and)\s*{SYM}\s?{NUM}{SCALE}*",
    r"(?:between\s+)?{NUM}{SCALE}*\s*(?:-|–|to|and)\s*{NUM}{SCALE}*\s+{NAME}",
    r"(?:between|from)\s+(?:{NUM}|{WNUM}){SCALE}*\s+{NAME}\s+(?:-|–|to|and)\s+(?:{NUM}|{WNUM}){SCALE}*\s+{NAME}",
    r"(?:{SYM}\s?\d+|\d+\s?{CODE}|(?:\d+|{WNUM})\s+{NAME}),?\s+(?:and\s+)?(?:\d{1,2}|{WNUM})(?=\s*(?:[.;:!?)]|,\s|$)|\s+(?:for|to|in|on|at|from|per|each|a|an|the)\b)",
    r"(?:{SYM}|{CODE})\s?{NUM}\s*(?:-|–|to)\s*{NUM}{SCALE}+",
    r"(?:between\s+)?{CODE}\s?{NUM}{SCALE}*\s*(?:-|–|to|and)\s*{CODE}\s?{NUM}{SCALE}*",
    r"(?:{CODE}\s?)?{NUM}{SCALE}*\s*(?:-|–|to)\s*{NUM}{SCALE}*\s?{CODE}",
)


@cache
def _compiled() -> tuple[re.Pattern[str], ...]:
    parts = _parts()
    out = []
    for source in PATTERNS:
        for key, value in parts.items():
            source = source.replace("{" + key + "}", value)
        out.append(re.compile(_BEFORE + f"(?:{source})" + _AFTER, re.IGNORECASE))
    return tuple(out)


def find(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges in `text` that may be money amounts (overlapping; longest wins later)."""
    for pattern in _compiled():
        for m in pattern.finditer(text):
            yield m.start(), m.end()
    yield from _name_first(text)


_WORD_THEN_NUMBER = re.compile(r"(?<=[^\W\d_])\s?(?=\d)")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")


@cache
def _amount() -> re.Pattern[str]:
    parts = _parts()
    return re.compile(f"{parts['NUM']}(?:{parts['SCALE']})*" + _AFTER, re.IGNORECASE)


def _name_first(text: str) -> Iterator[tuple[int, int]]:
    """Amounts after their currency's name ("ringgit 42", "Swiss francs 3.5 million").

    A regex alternation of some thousand names tried at every position of an article costs more than the NLP
    does, so this walks back from each number that follows a word instead: up to four words are looked up as
    one name.
    """
    names = _names_before_amounts()
    everyday = set(lexicon()["currency_words"])
    for gap in _WORD_THEN_NUMBER.finditer(text):
        amount = _amount().match(text, gap.end())
        if amount is None:
            continue
        words: list[str] = []
        end = gap.start()
        longest = None
        for _ in range(4):
            word = _WORD_BEFORE.search(text, max(0, end - 40), end)
            if word is None:
                break
            words.insert(0, word.group(1))
            end = word.start()
            name = " ".join(words).lower()
            glued = gap.start() == gap.end() and len(words) == 1  # "euro110 billion", as AP writes it
            if (name in names or (glued and name in everyday)) and (end == 0 or not text[end - 1].isalnum()):
                longest = end
        if longest is not None:
            yield longest, amount.end()
