"""How the claims of one fact relate, from the intervals their values allow.

* agree: every source states the same value with the same qualifier (and grain, for dates; and the same
  ends, for ranges);
* compatible: all intervals overlap, but wording or precision differ ("about 30" / "more than 30"); a range
  ("between 10 and 20") is compatible with any value inside it, an open date ("by the end of 2012") with
  any date it admits ("March 2012"), and two open dates that state the same date on the same side agree;
* conflict: two sources cannot both be right ("15" / "more than 15");
* single: one source.

An age grows with time: ages told in articles a year or more apart are compared as of one date
(`aged_intervals`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from factx.model import Claim, Qualifier, Status

INF = float("inf")
AGE_SAME_TIME_DAYS = 31  # ages told this close together are of one time: a birthday in between is rare
DAYS_A_YEAR = 365.25
_OPEN = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST)


@dataclass(frozen=True)
class Interval:
    """A numeric interval with open or closed ends; `low=-inf`/`high=inf` for an unbounded side."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        """Whether some value lies in both intervals."""
        if self.low > other.low or (self.low == other.low and self.low_open):
            lo, lo_open = self.low, self.low_open
        else:
            lo, lo_open = other.low, other.low_open
        if self.high < other.high or (self.high == other.high and self.high_open):
            hi, hi_open = self.high, self.high_open
        else:
            hi, hi_open = other.high, other.high_open
        return lo < hi or (lo == hi and not lo_open and not hi_open)


def _ordinal(value: str | float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, str):
        return float(date.fromisoformat(value).toordinal())
    return float(value)


def interval_of(claim: Claim) -> Interval | None:
    """The values a claim allows, with a rounded figure widened by half its precision ("$22 billion" →
    [21.5, 22.5) billion). Dates cover their days. None when the claim has no value."""
    if claim.grain is not None:
        lo, hi = _ordinal(claim.low), _ordinal(claim.high)
        if claim.qualifier in _OPEN and (lo is None) != (hi is None):  # "by 2020": up to its last day
            return Interval(-INF if lo is None else lo, INF if hi is None else hi)
        return None if lo is None or hi is None else Interval(lo, hi)
    if claim.value is None:
        return None
    v = float(claim.value)
    half = (claim.precision or 0.0) / 2
    q = claim.qualifier or Qualifier.EXACT
    lo = -INF if claim.low is None else float(claim.low)
    hi = INF if claim.high is None else float(claim.high)
    match q:
        case Qualifier.EXACT:
            if lo == hi == v:
                return Interval(v - half, v + half, False, half > 0)
            return Interval(lo, hi)
        case Qualifier.MORE_THAN:
            return Interval(v, INF, low_open=True)
        case Qualifier.LESS_THAN:
            return Interval(-INF, v, high_open=True)
        case Qualifier.NEARLY:
            return Interval(lo, v)
    return Interval(lo, hi)


def intersect(a: Interval, b: Interval) -> Interval | None:
    """The common part of two intervals, or None when they do not overlap."""
    if not a.overlaps(b):
        return None
    lo = max((a.low, a.low_open), (b.low, b.low_open), key=lambda e: (e[0], e[1]))
    hi = min((a.high, not a.high_open), (b.high, not b.high_open), key=lambda e: (e[0], e[1]))
    return Interval(lo[0], hi[0], lo[1], not hi[1])


def _stated(claim: Claim) -> tuple:
    """What two claims must share to agree: a range's midpoint says nothing of its ends ("10-20" and "5-25"
    share 15), so a range is compared by its ends too."""
    ends = (claim.low, claim.high) if claim.qualifier is Qualifier.RANGE else ()
    return (claim.value, claim.qualifier, claim.grain, *ends)


def fact_status(claims: Sequence[Claim], intervals: Sequence[Interval | None] | None = None) -> Status:
    """The status of a fact stated by `claims` (one per document); `intervals`, when given, stand in for
    the claims' own (an age told a year later: `aged_intervals`).

    Intervals on a line that overlap pairwise share a common point, so one running intersection decides
    conflict in linear time.
    """
    if len({c.doc for c in claims}) < 2:
        return Status.SINGLE
    if len({_stated(c) for c in claims}) == 1:
        return Status.AGREE
    common: Interval | None = Interval(-INF, INF)
    for k, claim in enumerate(claims):
        found = interval_of(claim) if intervals is None else intervals[k]
        if found is None:
            continue
        common = intersect(common, found)
        if common is None:
            return Status.CONFLICT
    return Status.COMPATIBLE


def aged_intervals(claims: Sequence[Claim], published: Mapping[str, date]) -> list[Interval | None] | None:
    """The ages `claims` state, each taken back to the earliest publication date among them: someone 38 in
    April 2007 may be 39 in an article of April 2008, so a figure published n years later allows n fewer
    (n whole or n rounded up: the birthday may fall either side). Articles within AGE_SAME_TIME_DAYS of the
    earliest, and undated ones, are taken as of its date. None when no claim moves."""
    dates = [published.get(c.doc) for c in claims]
    known = [d for d in dates if d is not None]
    if not known:
        return None
    first = min(known)
    found: list[Interval | None] = []
    moved = False
    for claim, day in zip(claims, dates, strict=True):
        stated = interval_of(claim)
        if stated is None or day is None or (day - first).days <= AGE_SAME_TIME_DAYS:
            found.append(stated)
            continue
        years = (day - first).days / DAYS_A_YEAR
        low, high = stated.low - math.ceil(years), stated.high - math.floor(years)
        found.append(Interval(low, high, stated.low_open, stated.high_open))
        moved = True
    return found if moved else None
