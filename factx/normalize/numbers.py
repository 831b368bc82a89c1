"""Numbers as news writes them: "2.5", "1,200", "twenty-five", "a dozen", "dozens", "tens of thousands",
"2.5 million", "1.2bn"; their qualifiers ("more than", "nearly") and the interval they allow.

Pure functions; no spaCy, no clock.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factx.count_words import count_words
from factx.currencies import symbols
from factx.lexicon import lexicon
from factx.model import Qualifier
from factx.tolerances import (
    APPROX_TOLERANCE,
    NEARLY_TOLERANCE,
    ROUNDED_FROM,
    VAGUE_HIGH_FACTOR,
    VAGUE_LOW_FACTOR,
)


@dataclass(frozen=True)
class Number:
    """A parsed number. `precision` is the rounding step the text implies (0 = exact); `vague_high` is the
    exclusive upper end of a vague number ("dozens" → 100)."""

    value: float
    precision: float = 0.0
    vague_high: float | None = None


@dataclass(frozen=True)
class Quantity:
    """A normalized number with its qualifier and interval (None = open side)."""

    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    precision: float = 0.0


_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$")
_SPLIT = re.compile(r"[\s\-–]+")


@cache
def _qualifier_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    phrases = sorted(lexicon()["qualifiers"], key=len, reverse=True)
    suffixes = [p for p in phrases if p in lexicon()["qualifier_suffixes"]]
    prefixes = [p for p in phrases if p not in suffixes]
    alt = "|".join(re.escape(p) for p in prefixes)
    suf = "|".join(re.escape(p) for p in suffixes)
    # what may follow a qualifier: a space, a digit, "~", or a currency sign ("over$5", "nearly€3")
    signs = "".join(sorted({re.escape(c) for s in symbols() for c in s if not c.isalnum() and c != "."}))
    return (
        re.compile(rf"^(?:{alt})(?=[\s\d~{signs}]|$)\s*", re.IGNORECASE),
        re.compile(rf"\s*(?:\+|\b(?:{suf}))\s*$", re.IGNORECASE),
    )


ONE_SIDED = {Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST}


def split_qualifier(text: str) -> tuple[Qualifier, str]:
    """Split a leading ("more than …") or trailing ("… or more") qualifier off `text`.

    >>> split_qualifier("more than 30")
    (<Qualifier.MORE_THAN: 'more_than'>, '30')
    """
    table = lexicon()["qualifiers"]
    prefix, suffix = _qualifier_pattern()
    text = text.strip()
    m = prefix.match(text)
    if m:
        qualifier = Qualifier(table[m.group(0).strip().lower()])
        rest = text[m.end() :].strip()
        if qualifier in ONE_SIDED and rest[:4].lower() == "the ":
            rest = rest[4:].strip()  # "more than the $21 million"
        return qualifier, rest
    m = suffix.search(text)
    if m and m.start() > 0:
        word = m.group(0).strip().lower()
        return Qualifier(table.get(word, "at_least")), text[: m.start()].strip()
    return Qualifier.EXACT, text


def _parse_digits(token: str) -> tuple[float, float] | None:
    m = _DIGITS.match(token)
    if not m or not (m.group(1) or m.group(2)):
        return None
    whole = (m.group(1) or "0").replace(",", "")
    frac = m.group(2) or ""
    value = float(f"{whole}.{frac}") if frac else float(whole)
    if frac:
        precision = 10.0 ** -len(frac)
    else:
        stripped = whole.rstrip("0")
        zeros = len(whole) - len(stripped) if stripped else 0
        precision = 10.0**zeros if value >= ROUNDED_FROM and zeros else 0.0
    return value, precision


def _parse_words(words: list[str]) -> float | None:
    nums = lexicon()["number_words"]
    scales = lexicon()["scales"]
    total, current, seen = 0.0, 0.0, False
    if words[:2] == ["half", "a"] or words[:2] == ["half", "an"]:
        words = ["half", *words[2:]]
    words = _one_half(words)
    if len(words) > 2 and words[1] == "and" and _DIGITS.match(words[0]):  # "2 and a half"
        whole, rest = _parse_digits(words[0]), _parse_words(words[2:])
        return whole[0] + rest if whole and rest is not None and rest < 1 else None
    for word in words:
        if word == "and" and seen:
            continue
        if word == "dozen":
            current = (current or 1) * nums[word]
        elif word in nums:
            current += nums[word]
        elif word in scales and len(word) > 2:
            step = scales[word]
            if step == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * step
                current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _one_half(words: list[str]) -> list[str]:
    """ "a half" / "one half" is the fraction: "two and a half" is 2.5, not 2 + 1 + 0.5."""
    out: list[str] = []
    for word in words:
        if word == "half" and out and out[-1] in ("a", "an", "one"):
            out.pop()
        out.append(word)
    return out


def _scale_of(word: str) -> float | None:
    return lexicon()["scales"].get(word.lower().rstrip("."))


def parse_number(text: str) -> Number | None:
    """Parse a cardinal number phrase with an optional scale word.

    Digits ("1,200", "2.5"), words ("twenty-five", "a dozen"), digit + scale ("2.5 million", "1.2bn",
    "$2.5-billion" without its symbol), vague plurals ("dozens", "tens of thousands"). Returns None for
    anything else, including ordinals.
    """
    text = text.strip().lower()
    if not text:
        return None
    text = _glued_scale().sub(r" \1", text)
    vague = _parse_vague(text)
    if vague is not None:
        return vague
    words = [w for w in _SPLIT.split(text) if w]
    scale = 1.0
    while len(words) > 1 and _scale_of(words[-1]) is not None and _DIGITS.match(words[-2]):
        scale *= _scale_of(words.pop())
    if len(words) == 1 and _DIGITS.match(words[0]):
        parsed = _parse_digits(words[0])
        if parsed is None:
            return None
        value, precision = parsed
        if scale != 1.0 and precision == 0.0:
            precision = 1.0
        return Number(value * scale, precision * scale if scale != 1.0 else precision)
    value = _parse_words(words)
    if value is None:
        return None
    return Number(value * scale, 0.0)


def _parse_vague(text: str) -> Number | None:
    vague = lexicon()["vague_numbers"]
    parts = [w for w in re.split(r"\s+of\s+|\s+", text) if w]
    if not parts or not all(p in vague for p in parts):
        return None
    unit = math.prod(vague[p] for p in parts)
    return Number(unit * VAGUE_LOW_FACTOR, unit, unit * VAGUE_HIGH_FACTOR)


def tidy(x: float) -> float:
    """Round away binary noise (3.3000000000000003 → 3.3) and give integers as int."""
    x = float(f"{x:.12g}")
    return int(x) if x.is_integer() else x


def bounds(value: float, qualifier: Qualifier) -> tuple[float | None, float | None]:
    """The interval `[low, high]` a qualified value allows; None marks an open side."""
    match qualifier:
        case Qualifier.APPROX:
            return tidy(value * (1 - APPROX_TOLERANCE)), tidy(value * (1 + APPROX_TOLERANCE))
        case Qualifier.NEARLY:
            return tidy(value * (1 - NEARLY_TOLERANCE)), value
        case Qualifier.MORE_THAN | Qualifier.AT_LEAST:
            return value, None
        case Qualifier.LESS_THAN | Qualifier.AT_MOST:
            return None, value
    return value, value


def _range_parts(text: str) -> tuple[str, str] | None:
    between = re.match(r"^(?:between|from)\s+", text, flags=re.IGNORECASE)
    body = text[between.end() :] if between else text
    joiner = r"\band\b|\bto\b|[-–—]" if between else r"\bto\b|[-–—]"
    m = re.match(rf"^(.+?)\s*(?:{joiner})\s*(.+)$", body)
    return (m.group(1), m.group(2)) if m else None


def quantity(text: str, parse=parse_number) -> Quantity | None:
    """Normalize a qualified number or range ("more than 30", "about 90", "10-15", "between 2 and 3").

    A range becomes a `range` value at its midpoint with the range as its interval. `parse` turns one
    side into a `Number` (money passes its own parser).
    """
    qualifier, rest = split_qualifier(text)
    single = parse(rest)
    if single is not None:
        if single.vague_high is not None and qualifier is Qualifier.EXACT:
            return Quantity(single.value, single.value, single.vague_high, Qualifier.APPROX, single.precision)
        low, high = bounds(single.value, qualifier)
        return Quantity(single.value, low, high, qualifier, single.precision)
    parts = _range_parts(rest)
    if parts is None:
        return None
    lo, hi = parse(parts[0]), parse(parts[1])
    if hi is None:
        return None
    if lo is None:
        lo = parse(f"{parts[0]} {_trailing_scale(parts[1])}")
    elif lo.value < hi.value and _trailing_scale(parts[1]) and not _trailing_scale(parts[0]):
        scaled = parse(f"{parts[0]} {_trailing_scale(parts[1])}")
        lo = scaled if scaled and scaled.value <= hi.value else lo
    if lo is None or lo.value > hi.value:
        return None
    mid = (lo.value + hi.value) / 2
    return Quantity(mid, lo.value, hi.value, Qualifier.RANGE, max(lo.precision, hi.precision))


def _trailing_scale(text: str) -> str:
    m = re.search(rf"(?:(?<=\d)|\s)({_scale_words()})\.?$", text.lower())
    return m.group(1) if m else ""


@cache
def _scale_words() -> str:
    """The lexicon's scale words as one alternation, longest first ("bln" before "b")."""
    return "|".join(
        sorted((re.escape(w) for w in lexicon()["scales"] if w != "hundred"), key=len, reverse=True)
    )


@cache
def _glued_scale() -> re.Pattern[str]:
    """A scale written onto its digits ("1.2bn", "3.5mil", "5lakh")."""
    return re.compile(rf"(?<=\d)({_scale_words()})\b")


def singular(noun: str) -> str:
    """The singular of a (usually plural) English noun, lower-cased: "countries" → "country"."""
    word = noun.lower()
    irregular = lexicon()["irregular_plurals"]
    if word in irregular:
        return irregular[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def unit_of(noun_lemma: str) -> str:
    """The reconciliation unit for a counted noun: its lemma, with synonyms folded ("nation" → "country")."""
    word = noun_lemma.lower()
    return lexicon()["unit_synonyms"].get(word, word)


_PERCENT_SIGN = re.compile(
    r"\s*(?:%|\bper\s*cent\b|\bpercent(?:age points?)?\b|\bpct\b\.?|\bpc\b)", re.IGNORECASE
)


@lru_cache(maxsize=65536)
def normalize_percent(text: str) -> Quantity | None:
    """Normalize a percentage ("about 90 per cent", "12.5%", "10-15%"); None when it is not one."""
    if not _PERCENT_SIGN.search(text):
        return None
    return quantity(_PERCENT_SIGN.sub("", text))


@lru_cache(maxsize=65536)
def normalize_count(text: str) -> Quantity | None:
    """Normalize the number part of a count ("more than 30", "dozens", "tens of thousands")."""
    return quantity(text)


_BROKEN_DECIMAL = re.compile(r"(?<![0-9.,])([0-9]{1,3})([.,]) ([0-9]{1,3})(?![0-9])")


@cache
def _decimal_cues() -> tuple[re.Pattern[str], frozenset[str]]:
    """What marks "2. 6" as one number: a scale, unit or percent sign after it; a currency before it."""
    units = "|".join(sorted((re.escape(u) for u in count_words().measure_units), key=len, reverse=True))
    after = re.compile(rf"(?:\s?-?\s?(?:{_scale_words()}|{units})(?![a-z])|\s?%|\s?per\s?cent|[″\"])", re.I)
    lex = lexicon()
    before = {*lex["currency_symbols"], *lex["currency_codes"], *lex["currency_words"]}
    return after, frozenset(w.lower() for w in before)


def mend_decimals(text: str) -> str:
    """Rejoin numbers that copy-pasting broke after the point or comma ("$2. 6 million" → "$ 2.6 million",
    "$1, 199" → "$ 1,199").

    A decimal only where a currency comes right before or a scale, unit or percent sign right after, so a
    sentence ending in a number ("in 2. 6 people") is left alone; thousands only after a currency ("in 1,
    200 ways" stays). The space moves in front of the number: the text
    keeps its length, so offsets into it stay offsets into the original.
    """
    if ". " not in text and ", " not in text:
        return text
    after, before = _decimal_cues()

    def mend(m: re.Match[str]) -> str:
        word = re.search(r"([^\s\d(]*)$", text[max(0, m.start() - 8) : m.start()])
        glued = word.group(1).lower() if word else ""
        currency = glued in before or (glued and glued[-1] in "$€£¥₹")
        if m.group(2) == ",":  # "$1, 199": thousands, only after a currency and with three digits
            mended = currency and len(m.group(3)) == 3
        else:
            mended = currency or after.match(text, m.end()) is not None
        return f" {m.group(1)}{m.group(2)}{m.group(3)}" if mended else m.group(0)

    return _BROKEN_DECIMAL.sub(mend, text)
