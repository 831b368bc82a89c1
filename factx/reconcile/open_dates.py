"""Where an open date ("by the end of 2007", "until Tuesday", "after March 3") sits among a story's dates.

An open date admits a whole side of the calendar, so by its interval it is near every date on that side;
what it is stated against is one period, the date it names ("2007", "Tuesday"). Claims are aligned by that
period: "by the end of 2007" meets "December 2007" and "in 2007", not every date before 2008. Its status
is then read from the interval it admits (`status.interval_of`): "by the end of 2012" and "March 2012" can
both hold; "until Tuesday" and the Thursday after cannot.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from factx.model import Grain, Mention, Qualifier
from factx.normalize.dates import open_period

OPEN = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST})
_ONE_DAY = timedelta(days=1)
_MONTHS = {Grain.QUARTER: 3, Grain.HALF: 6, Grain.SEASON: 3}


def is_open(m: Mention) -> bool:
    """Whether `m` is a date with one side open: one end known, its qualifier saying which."""
    return m.qualifier in OPEN and (m.low is None) != (m.high is None)


def _named_day(m: Mention) -> date:
    """A day of the period the open date names: "before 2014" ends the day before 2014 begins, "after
    2010" starts the day after 2010 ends."""
    if m.high is not None:
        high = date.fromisoformat(str(m.high))
        return high + _ONE_DAY if m.qualifier is Qualifier.LESS_THAN else high
    low = date.fromisoformat(str(m.low))
    return low - _ONE_DAY if m.qualifier is Qualifier.MORE_THAN else low


def named_period(m: Mention) -> tuple[date, date]:
    """The first and last day of the period an open date is stated against: what its words name ("by the
    end of 2012": September to December), else the period of its grain around the day it names."""
    day, grain = _named_day(m), m.grain
    if (named := open_period(m.text, day)) is not None:
        return named
    y = day.year
    if grain is Grain.DAY or grain is None:
        return day, day
    if grain is Grain.WEEK:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if grain is Grain.MONTH:
        return day.replace(day=1), day.replace(day=calendar.monthrange(y, day.month)[1])
    if grain in _MONTHS:  # quarters, halves; a season as the three months around the day
        size = _MONTHS[grain]
        first = (day.month - 1) // size * size + 1 if grain is not Grain.SEASON else max(day.month - 1, 1)
        last = min(first + size - 1, 12)
        return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])
    if grain is Grain.DECADE:
        return date(y // 10 * 10, 1, 1), date(y // 10 * 10 + 9, 12, 31)
    if grain is Grain.CENTURY:
        return date(y // 100 * 100, 1, 1), date(y // 100 * 100 + 99, 12, 31)
    return date(y, 1, 1), date(y, 12, 31)
