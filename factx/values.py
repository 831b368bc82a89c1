"""A claim's value as a person says it: "$140–150 million", "more than 15", "dozens", "21–31 Dec 2025".

Two tables drive it: `KIND_FORMATS` (how one number or date of a kind is written) and `QUALIFIER_WORDS` (the
words a qualifier adds). A new kind or qualifier is one entry in one of them; anything not in them is still
shown, with its raw value and qualifier name, never hidden.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any

from factx.records import plain
from factx.tolerances import APPROX_TOLERANCE, VAGUE_HIGH_FACTOR, VAGUE_LOW_FACTOR

QUALIFIER_WORDS = {
    "exact": "{}",
    "approx": "about {}",
    "nearly": "nearly {}",
    "more_than": "more than {}",
    "at_least": "at least {}",
    "less_than": "less than {}",
    "at_most": "at most {}",
    "range": "{}",
}
CURRENCY_SIGNS = {
    "USD": "US$",
    "CAD": "C$",
    "AUD": "A$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "¤": "¤",
    "$": "$",
}
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_CLOSE = 1e-6


def _number(x: float) -> str:
    """1,200 · 2.5 · 0.75: digits grouped, no trailing zeros, at most three decimals."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def _scaled(x: float, scale: tuple[float, str] | None) -> str:
    return f"{_number(x / scale[0])} {scale[1]}" if scale else _number(x)


def _scale_of(x: float) -> tuple[float, str] | None:
    return next((s for s in SCALES if abs(x) >= s[0]), None)


def _amount(low: float, high: float | None = None, sign: str = "") -> str:
    """ "2.5 billion", a range sharing its scale word "140–150 million", else both ends in full."""
    if high is None or math.isclose(low, high, rel_tol=_CLOSE):
        return f"{sign}{_scaled(low, _scale_of(low))}"
    lo_scale, hi_scale = _scale_of(low), _scale_of(high)
    if lo_scale == hi_scale:
        return f"{sign}{_number(low / lo_scale[0]) if lo_scale else _number(low)}–{_scaled(high, hi_scale)}"
    return f"{sign}{_scaled(low, lo_scale)}–{sign}{_scaled(high, hi_scale)}"


def _money(low: float, high: float | None, unit: str | None) -> str:
    sign = CURRENCY_SIGNS.get(unit or "$")
    return _amount(low, high, sign) if sign else f"{_amount(low, high)} {unit}"


def _count(low: float, high: float | None, unit: str | None) -> str:
    return _amount(low, high)


def _percent(low: float, high: float | None, unit: str | None) -> str:
    return f"{_amount(low, high)}%"


def _duration(low: float, high: float | None, unit: str | None) -> str:
    """ "4 years", "1 year", "3–5 years", "48 hours"."""
    if not unit:
        return _amount(low, high)
    one = (high is None or math.isclose(low, high, rel_tol=_CLOSE)) and low == 1
    return f"{_amount(low, high)} {unit if one else unit + 's'}"


NUMBER_FORMATS: dict[str, Callable[[float, float | None, str | None], str]] = {
    "money": _money,
    "count": _count,
    "percent": _percent,
    "duration": _duration,
}


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _span(low: date, high: date) -> str:
    """Days within one month: "21–31 Dec 2025"; months within one year: "Sep–Dec 2025"; else both ends."""
    if low == high:
        return f"{low:%a} {low.day} {low:%b %Y}"
    if (low.year, low.month) == (high.year, high.month):
        return f"{low.day}–{high.day} {low:%b %Y}"
    if low.year == high.year and low.day == 1 and (high.month == 12 or _day_after(high).day == 1):
        return f"{low:%b}–{high:%b %Y}" if low.month != high.month else f"{low:%b %Y}"
    return f"{low.day} {low:%b %Y} – {high.day} {high:%b %Y}"


def _day_after(d: date) -> date:
    return date.fromordinal(d.toordinal() + 1)


def _whole_year(value: str, low: date | None, high: date | None) -> str | None:
    return value if low and high and (low.month, low.day, high.month, high.day) == (1, 1, 12, 31) else None


def _whole_month(value: str, low: date | None, high: date | None) -> str | None:
    return f"{low:%b %Y}" if low and high and low.day == 1 and _day_after(high).day == 1 else None


def _week(value: str, low: date | None, high: date | None) -> str:
    return f"week of {low.day} {low:%b %Y}" if low else f"week {value}"


def _decade(value: str, low: date | None, high: date | None) -> str:
    return f"{value[:3]}0s"


# How a date stated at a grain is written when it covers the whole of it ("Dec 2025"); None falls back to
# its first and last day ("21–31 Dec 2025").
GRAIN_FORMATS: dict[str, Callable[[str, date | None, date | None], str | None]] = {
    "year": _whole_year,
    "month": _whole_month,
    "week": _week,
    "decade": _decade,
}


# An open date interval ("before 2014"): the word for its open side and the date it is stated against.
OPEN_DATE_WORDS = {"less_than": "before", "more_than": "after", "at_most": "until"}


def _stated(value: str, grain: str) -> str:
    """The date an open interval is stated against, as it is written when closed ("Mar 2015")."""
    if grain in ("day", "month") and (first := _day(value if grain == "day" else f"{value}-01")):
        return _span(first, first) if grain == "day" else f"{first:%b %Y}"
    return _decade(value, None, None) if grain == "decade" else value


def _date(claim: Any) -> str:
    if claim.value is None:
        return "unresolved"
    value, grain = str(claim.value), plain(claim.grain)
    open_word = OPEN_DATE_WORDS.get(plain(claim.qualifier) or "")
    if open_word and (claim.low is None or claim.high is None):
        return f"{open_word} {_stated(value, grain)}"
    low, high = _day(claim.low) if claim.low else None, _day(claim.high) if claim.high else None
    if grain in GRAIN_FORMATS and (text := GRAIN_FORMATS[grain](value, low, high)) is not None:
        return text
    if low and high:
        return _span(low, high)
    return value


def _is_vague(claim: Any) -> bool:
    low, high = claim.low, claim.high
    if not isinstance(low, int | float) or not isinstance(high, int | float) or low <= 0:
        return False
    return math.isclose(high / low, VAGUE_HIGH_FACTOR / VAGUE_LOW_FACTOR, rel_tol=_CLOSE)


def _is_about(claim: Any) -> bool:
    value, low, high = claim.value, claim.low, claim.high
    if not all(isinstance(x, int | float) for x in (value, low, high)):
        return False
    return math.isclose(high - value, value - low, rel_tol=1e-3) and math.isclose(
        high - value, abs(value) * APPROX_TOLERANCE, rel_tol=0.05
    )


def vague_words(low: float) -> str | None:
    """The vague plural that reads as `low` at its least: 24 → "dozens", 20000 → "tens of thousands"."""
    from factx.lexicon import lexicon

    unit = low / VAGUE_LOW_FACTOR
    words = lexicon()["vague_numbers"]
    for word, size in words.items():
        if math.isclose(size, unit):
            return word
    for first, a in words.items():
        for second, b in words.items():
            if math.isclose(a * b, unit):
                return f"{first} of {second}"
    return None


def format_value(claim: Any, kind: str, unit: str | None) -> str:
    """The claim's value in words and figures, as honest as the text: ranges as ranges, vague as vague.

    Args:
        claim: a `Claim` or `Mention` (value, low, high, qualifier, grain).
        kind: the fact's kind ("money", "count", "percent", "date", …).
        unit: the fact's unit (currency code or symbol, counted noun, "%").
    """
    if kind == "date":
        return _date(claim)
    number = NUMBER_FORMATS.get(kind)
    if number is None or not isinstance(claim.value, int | float):
        return _fallback(claim)
    qualifier = plain(claim.qualifier) or "exact"
    low, high = claim.low, claim.high
    if qualifier == "approx" and _is_vague(claim) and (words := vague_words(low)):
        return words if kind == "count" else f"{words} ({number(low, high, unit)})"
    is_range = qualifier == "range" or (
        isinstance(low, int | float)
        and isinstance(high, int | float)
        and low != high
        and qualifier in ("exact", "approx")
        and not (qualifier == "approx" and _is_about(claim))
    )
    if is_range:
        return number(low, high, unit)
    words = QUALIFIER_WORDS.get(qualifier)
    text = number(claim.value, None, unit)
    return words.format(text) if words else f"{text} ({qualifier})"


def _fallback(claim: Any) -> str:
    qualifier = plain(claim.qualifier)
    text = "unresolved" if claim.value is None else str(claim.value)
    return f"{text} ({qualifier})" if qualifier and qualifier != "exact" else text
