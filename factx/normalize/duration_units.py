"""Lengths of time written in different units, made comparable: "two weeks" and "14 days", "48 hours" and
"two days", "18 months" and "a year and a half" state the same length.

Before facts are formed every duration is restated in years (`in_years`: most lengths in the news are
years, whose figures so stay as written), with the interval its calendar units allow
(`tolerances.DURATION_DAYS`: a month is 28 to 31 days); clustering and status work on that. Each fact's
claims are then shown in the unit most of its sources wrote (`restate`), so a fact whose claims all say
"years" reads as before, and a mixed one reads in one unit with every claim's own text beside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from factx.model import Claim, Kind, Mention, Qualifier
from factx.normalize.durations import normalize_duration
from factx.normalize.numbers import tidy
from factx.tolerances import DURATION_DAYS

BASE_UNIT = "year"
SHOWN_DIGITS = 4


def _times(x: float | str | None, days: float, per: float = 1.0) -> float | None:
    """`x` units of `days` days each, in units of `per` days (through days, so "two weeks" and "14 days"
    come to the same float)."""
    return None if x is None else tidy(tidy(float(x) * days) / per)


def in_years(m: Mention) -> Mention:
    """A duration mention restated in years (any other mention as it is). An exact length keeps its mean
    length as its value and widens to the shortest and longest its calendar units allow."""
    if m.kind is not Kind.DURATION or m.unit not in DURATION_DAYS:
        return m
    shortest, mean, longest = DURATION_DAYS[m.unit]
    year = DURATION_DAYS[BASE_UNIT][1]
    exact = m.qualifier in (None, Qualifier.EXACT) and m.low == m.high == m.value
    return replace(
        m,
        value=_times(m.value, mean, year),
        low=_times(m.low, shortest if exact else mean, year),
        high=_times(m.high, longest if exact else mean, year),
        precision=_times(m.precision or 0, mean, year),
        unit=BASE_UNIT,
    )


def _written_unit(claim: Claim) -> str | None:
    found = normalize_duration(claim.text)
    return found.unit if found is not None and found.unit in DURATION_DAYS else None


def display_unit(claims: Sequence[Claim]) -> str:
    """The unit most claims were written in; on a tie the longer one."""
    units = Counter(u for u in map(_written_unit, claims) if u is not None)
    if not units:
        return BASE_UNIT
    return max(units, key=lambda u: (units[u], DURATION_DAYS[u][1]))


def _shown(x: float | None, as_written: bool) -> float | None:
    """A converted figure to SHOWN_DIGITS significant digits ("180 days" → 5.914 months)."""
    return x if x is None or as_written else tidy(float(f"{x:.{SHOWN_DIGITS}g}"))


def restate(claims: Sequence[Claim], unit: str) -> tuple[Claim, ...]:
    """`claims` (in years) shown in `unit`: each claim's own figures as written, converted at the mean
    length of its unit when it was written in another ("14 days" → 2 weeks)."""
    mean = DURATION_DAYS[unit][1]
    out = []
    for claim in claims:
        found = normalize_duration(claim.text)
        if found is None or found.unit not in DURATION_DAYS:  # not from the text: convert the years
            figures, days = (
                (claim.value, claim.low, claim.high, claim.precision or 0),
                DURATION_DAYS[BASE_UNIT][1],
            )
        else:
            figures, days = (
                (found.value, found.low, found.high, found.precision),
                DURATION_DAYS[found.unit][1],
            )
        same = days == mean  # as written: no round trip through days ("half an hour" stays 0.5)
        value, low, high, precision = (_shown(x if same else _times(x, days, mean), same) for x in figures)
        out.append(replace(claim, value=value, low=low, high=high, precision=precision))
    return tuple(out)
