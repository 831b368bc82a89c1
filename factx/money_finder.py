"""Find money amounts in raw text by rule: symbols, ISO codes and currency names before or after the amount,
glued or spaced ("USD3.14", "20€", "CHF 3.04", "100 Swiss francs"), sub-units ("10 cents", "70p"), mixed
amounts ("$20 and 43c"), ranges ("$10-$20 million", "7-9 lakh rupees") and amounts whose sign a bad encoding
lost ("e80 million", "a ��110 billion", "an? 110 billion").

Every word list comes from `factx.currencies` (CLDR plus the lexicon) and the lexicon's scales and number
words; the money component keeps the ranges `normalize_money` can read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from factx import currencies
from factx.lexicon import lexicon

NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # "1,500", "2.5", "110"
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
        "NUM": NUMBER,
        "WNUM": rf"(?:half\s+an?|an?|(?:{_alt(numbers)})(?:[\s-]+(?:{_alt(numbers)}))*)",
        "SCALE": rf"(?:\s*-?\s*(?:{_alt(long)}|{_alt(short)}|(?-i:MM))(?![a-z]))",
        "SPELLED": rf"(?:\s*(?:{_alt(spelled, True)})\b)",
        "GLUED": rf"(?:{_alt(glued)})(?!\w)",
        "DOTTED": rf"(?:\s*(?:{_alt(lex['dotted_scales'])})\.)",
    }


PATTERNS = (
    r"{SYM}\s?{NUM}{SCALE}*",
    r"{NUM}{SCALE}*\s?{SYM}",
    r"{CODE}\s?{NUM}{SCALE}*",
    r"{NUM}{SCALE}*\s?{CODE}",
    r"(?:{NUM}|{WNUM}){SCALE}*(?:\s+|-){NAME}",
    r"{NUM}{DOTTED}\s+{NAME}",
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
    yield from _after_lost_signs(text)


# One space after a mark, or two where `mend_decimals` moved a broken decimal's space in front ("? 22. 4bn").
_MARK_SPACE = r"\s{0,2}"


def lost_sign_amount() -> str:
    """An amount of a million or more as a lost sign may stand before it ("80 million", "74million",
    "110-billion", "1.2bn"): only there is a letter or a mark read as a currency sign."""
    return rf"{NUMBER}\s*-?\s*(?:{_alt(currencies.big_scales())})(?![a-z])"


def _after_lost_signs(text: str) -> Iterator[tuple[int, int]]:
    """Amounts after a lost currency sign (`currencies.lost_signs`). A text that shows it writes a lost sign
    as "?" where no question mark can stand ("an? 110 billion") writes it so elsewhere too: there "?" after
    any word is read the same way ("to lend? 22.4 billion"); in other texts that is a question."""
    certain, after_word = _lost_sign()
    question = False
    for m in certain.finditer(text):
        question = question or m.group("question") is not None
        yield m.start(), m.end()
    if question:
        for m in after_word.finditer(text):
            yield m.start(), m.end()


@cache
def _lost_sign() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(amounts after a sign that is surely lost, amounts after "?" glued to any word).

    Surely lost: a letter glued to the digits ("e80 million", "p74million"; not after a word, a point or a
    hyphen: "E85", "p53", "type-e80"); U+FFFD anywhere but after a number ("a ����110 billion"); "?" only
    where a question mark cannot stand: glued to the digits after a space or bracket ("paid ?110bn") or after
    a word no question ends with ("an? 110 billion"), so "Why? 900 million people watched" stays a question.
    """
    letters, marks, punctuation = [], [], []
    for lost in currencies.lost_signs():
        if lost.isalpha():
            letters.append(lost)
        elif unicodedata.category(lost).startswith("P"):
            punctuation.append(lost)
        else:
            marks.append(lost)
    signs = [r"(?!)"]
    if letters:
        signs.append(rf"(?<![\w.,'-])(?-i:{_alt(letters)})(?=\d)")
    if marks:
        # a run of marks is tried from its first mark only: from every one, a long run costs its square
        signs.append(rf"(?<![\d.,])(?<!{_alt(marks)})(?:{_alt(marks)})+{_MARK_SPACE}")
    lost = _alt(punctuation) if punctuation else r"(?!)"
    after = "|".join(rf"(?<=\b{re.escape(w)})" for w in lexicon()["lost_sign_after"]) or r"(?!)"
    signs.append(rf"(?P<question>(?<![^\s(\[])(?:{lost})(?=\d)|(?:{after})(?:{lost}){_MARK_SPACE})")
    amount = lost_sign_amount() + _AFTER
    return (
        re.compile(rf"(?:{'|'.join(signs)}){amount}", re.IGNORECASE),
        re.compile(rf"(?<=[^\W\d_])(?:{lost}){_MARK_SPACE}{amount}", re.IGNORECASE),
    )


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
