"""Lengths of time: "four-year" → 4 year, "more than a decade" → 10 year more_than, "48 hours" → 48 hour,
"three to five years" → 4 year range [3, 5]. Pure, no spaCy, no clock.

The value stays in the unit the text states (hour, day, week, month, year); a unit that is a multiple of
another is read as it ("two decades" → 20 year, "a fortnight" → 2 week), so claims in one unit compare
directly. The units and their factors are the lexicon's `duration_units`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factx.lexicon import lexicon
from factx.model import Qualifier
from factx.normalize.numbers import quantity, tidy


@dataclass(frozen=True)
class Duration:
    """A normalized length of time in `unit`; `low`/`high` are the interval it allows (None = open side)."""

    value: float
    low: float | None
    high: float | None
    unit: str
    qualifier: Qualifier
    precision: float = 0.0


@cache
def _unit_at_end() -> re.Pattern[str]:
    words = sorted((re.escape(w) for w in lexicon()["duration_units"]), key=len, reverse=True)
    return re.compile(rf"(?:^|[\s\-–]+)({'|'.join(words)})\.?$", re.IGNORECASE)


_AND_A_HALF = re.compile(r"[\s\-–]+([a-z]+\.?)\s+and\s+(?:a|an|one)\s+half$", re.IGNORECASE)
_ARTICLE_AND_A_HALF = re.compile(r"\ban? and a half\b", re.IGNORECASE)
_OR = re.compile(r"(?<=\w)\s+or\s+(?=\w)", re.IGNORECASE)  # "six or seven years": a range
# "at 1100 hours": a time of day on the 24-hour clock, not a length (a length that long has a comma: "1,100")
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_LONE_ARTICLE = re.compile(r"(^|\s)an?$", re.IGNORECASE)  # "a decade", "more than a year": one unit
_HALF_ARTICLE = re.compile(r"\bhalf\s+an?$", re.IGNORECASE)  # "half a year": the number parser reads it


def _scaled(x: float | None, factor: float) -> float | None:
    return None if x is None else tidy(x * factor)


@lru_cache(maxsize=65536)
def normalize_duration(text: str) -> Duration | None:
    """Normalize a length of time, or return None when `text` is not one.

    Handles digits and number words before a unit word, joined by a space or a hyphen ("48 hours",
    "four-year", "twenty-five-year"), "a"/"an"/"half a" as a number ("a decade", "half an hour"), ranges
    ("three to five years", "10-15 years", "between two and three months", "six or seven years") and
    qualifiers ("more than", "up to", "nearly"). Ordinals ("the third year"), vague plurals ("years",
    "dozens of days") and clock times ("1100 hours") are not lengths.
    """
    text = _AND_A_HALF.sub(r" and a half \g<1>", " ".join(text.split()))  # "a year and a half"
    text = _ARTICLE_AND_A_HALF.sub("one and a half", text)
    m = _unit_at_end().search(text)
    if m is None:
        return None
    unit, factor = lexicon()["duration_units"][m.group(1).lower()]
    number_text = _OR.sub(" to ", text[: m.start()].strip())
    if unit == "hour" and _CLOCK.match(number_text.split()[-1] if number_text else ""):
        return None
    if not _HALF_ARTICLE.search(number_text):
        number_text = _LONE_ARTICLE.sub(r"\g<1>1", number_text)
    vague = lexicon()["vague_numbers"]
    if not number_text or any(w in vague for w in re.split(r"[\s\-–]+", number_text.lower())):
        return None
    q = quantity(number_text)
    if q is None or q.value <= 0:
        return None
    return Duration(
        tidy(q.value * factor),
        _scaled(q.low, factor),
        _scaled(q.high, factor),
        unit,
        q.qualifier,
        tidy(q.precision * factor),
    )
