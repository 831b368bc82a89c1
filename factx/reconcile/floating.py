"""Dates that cannot be resolved still say something: "Saturday" in one article and "Friday" in another
cannot name the same day, and "November 18" / "November 19" differ whatever the year.

Articles without a publication date leave such dates unresolved (value null: factx never guesses the year
or the week from today). Reconciliation still compares them, on a floating scale of their own: a weekday is
its place in the week, a day of a month its place in the year, a month a range of those, and a part of a year
whose place is the same in any year ("the fourth quarter", "by year's end") the months it covers.

A floating date may also join a fact of resolved dates of its frame whose days it matches on its own scale
(`on_scales`): "the end of July" with "the end of July" resolved to 2013-07-21..31, "Thursday" with
2013-03-14. It then says only what its scale can tell: it is compatible with them, never confirms the year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from factx.lexicon import lexicon
from factx.model import Qualifier, Status, Tense
from factx.normalize.dates import open_period, resolve_date

WEEKDAY = "~weekday"
MONTHDAY = "~monthday"
_DAYS_IN_SLOT = 32  # a month's place on the floating scale: month × 32 + day
# Words that narrow a day without moving it ("Thursday afternoon", "early Saturday").
_PART_OF_DAY = frozenset(
    {"on", "the", "early", "late", "morning", "afternoon", "evening", "night", "overnight", "midday", "noon"}
)
# Words that move a date relative to a publication date: without one, nothing can be said.
_RELATIVE = frozenset({"last", "next", "this", "coming", "past", "ago", "yesterday", "today", "tomorrow"})
_MONTH_PART = {"early": (1, 10), "beginning": (1, 10), "mid": (11, 20), "late": (21, 31), "end": (21, 31)}


@lru_cache(maxsize=4096)
def floating(text: str) -> tuple[str, float, float] | None:
    """The scale and the range an unresolved date expression covers on it, or None.

    >>> floating("Saturday afternoon")
    ('~weekday', 5.0, 5.0)
    >>> floating("November 19")[0]
    '~monthday'
    """
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if not words or _RELATIVE & set(words):
        return None
    weekdays, months = lexicon()["weekdays"], lexicon()["months"]
    rest = [w for w in words if w not in _PART_OF_DAY and w not in ("of", "in")]
    if len(rest) == 1 and rest[0] in weekdays:
        day = float(weekdays[rest[0]])
        return WEEKDAY, day, day
    named = [w for w in rest if w in months]
    numbers = [int(w) for w in rest if w.isdigit()]
    if not named and not numbers:
        return _part_of_year(text)
    if len(named) != 1 or any(n > 31 for n in numbers) or len(numbers) > 1:
        return None
    base = months[named[0]] * _DAYS_IN_SLOT
    if numbers:
        return MONTHDAY, float(base + numbers[0]), float(base + numbers[0])
    part = next((_MONTH_PART[w] for w in words if w in _MONTH_PART), (1, 31))
    return MONTHDAY, float(base + part[0]), float(base + part[1])


# Two years a part of a year is read in: one that names no year ("the fourth quarter") falls on the same
# days of both; one read from the reference ("the end of the month") does not, and says nothing unresolved.
_REFERENCES = (date(2001, 3, 15), date(2001, 9, 15))
_ONE_DAY = timedelta(days=1)


def _part_of_year(text: str) -> tuple[str, float, float] | None:
    """A part of a year that names no year, as the months it covers on the floating day-of-year scale:
    "the fourth quarter" (October to December), "the second half of the year", "by year's end" (the end
    of the year an open date is stated against, as `open_dates.named_period` reads it). None when the
    words depend on the day they are read from or cover the whole year."""
    found = {_period_in_year(text, day) for day in _REFERENCES}
    if len(found) != 1 or (span := found.pop()) is None:
        return None
    low, high = span
    if low.year != high.year or (low.month, low.day, high.month, high.day) == (1, 1, 12, 31):
        return None
    return MONTHDAY, _slot(low), _slot(high)


def _period_in_year(text: str, day: date) -> tuple[date, date] | None:
    """The first and last day `text` names read from `day`; for an open date ("by year's end") the period
    its words name, not all it admits."""
    found = resolve_date(text, day, Tense.UNKNOWN)
    if found is None or (found.low is None and found.high is None):
        return None
    if found.low is not None and found.high is not None:
        return None if found.qualifier is not None else (found.low, found.high)
    if found.high is not None:
        named = found.high + _ONE_DAY if found.qualifier is Qualifier.LESS_THAN else found.high
    else:
        named = found.low - _ONE_DAY if found.qualifier is Qualifier.MORE_THAN else found.low
    return open_period(text, named)


MAX_MONTHDAY_SPAN_DAYS = 31  # a resolved date wider than a month says nothing of a day of the month


def _slot(day: date) -> float:
    return float(day.month * _DAYS_IN_SLOT + day.day)


def on_scales(spans: list[tuple[date, date]]) -> list[tuple[str, float, float]]:
    """Where a fact of resolved dates (each `low`..`high`, all sharing a day) sits on each floating scale:
    its weekday when all state one day; the days of the year all share when each is a day or a month of
    one year. Wider dates (a year, a week) say nothing on a scale. A floating range that meets the range
    given here meets every claim of the fact (intervals that meet pairwise share a point)."""
    found = []
    if len(set(spans)) == 1 and spans[0][0] == spans[0][1]:
        weekday = float(spans[0][0].weekday())
        found.append((WEEKDAY, weekday, weekday))
    if all(low.year == high.year and (high - low).days < MAX_MONTHDAY_SPAN_DAYS for low, high in spans):
        first, last = max(_slot(low) for low, _ in spans), min(_slot(high) for _, high in spans)
        if first <= last:
            found.append((MONTHDAY, first, last))
    return found


def slot_of(scale: str, lo: float) -> int:
    """The bucket a floating range falls in: its weekday, or its month (a floating range is in one)."""
    return int(lo) if scale == WEEKDAY else int(lo) // _DAYS_IN_SLOT


def floating_status(ranges: list[tuple[float, float]], docs: int) -> Status:
    """The status of one fact's floating claims (one range per source): agree when all are the same range,
    compatible when all share a point, conflict otherwise."""
    if docs < 2:
        return Status.SINGLE
    if len(set(ranges)) == 1:
        return Status.AGREE
    if max(lo for lo, _ in ranges) <= min(hi for _, hi in ranges):
        return Status.COMPATIBLE
    return Status.CONFLICT
