"""Holidays by rule, not by year: the lexicon says how each one falls ("the fourth Thursday of November",
"two days before Easter") and this module computes the day for any year.

Stretches of days (`holiday_spans`: "ramadan", "lent") are a first-day rule and a last-day rule.

Lexicon forms (`holidays` in `patterns/lexicon.json`): `[month, day]` for a fixed day; `{"nth": [month,
weekday, n]}` for the n-th weekday of a month (Monday = 0; n = -1 for the last); `{"easter": offset}` for days
from Western Easter; `{"orthodox_easter": offset}` for days from Orthodox Easter; `{"after": [name, days]}`
for days after another holiday; `{"calendar": [calendar, table, days]}` for a day of the Chinese, Hebrew,
Islamic or Hindu calendar, read from the tables of the `holidays` package (`table` names its method there,
"eid_al_fitr_dates"), plus `days`.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache

from factx.lexicon import lexicon


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved onto the Gregorian calendar by the days
    the two calendars differ in that century (13 from 1900 to 2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    gap = year // 100 - year // 400 - 2
    return date(year, month, day + 1) + timedelta(days=gap)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th `weekday` (Monday = 0) of a month, counting from 1, or from the end when n is negative; None
    when the month has no such day (a fifth Monday)."""
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == weekday
    ]
    index = n - 1 if n > 0 else n
    return date(year, month, days[index]) if -len(days) <= index < len(days) else None


@cache
def _calendars() -> dict:
    from holidays.calendars import _ChineseLunisolar, _HebrewLunisolar, _HinduLunisolar, _IslamicLunar

    return {
        "chinese": _ChineseLunisolar(),
        "hebrew": _HebrewLunisolar(),
        "islamic": _IslamicLunar(),
        "hindu": _HinduLunisolar(),
    }


def calendar_day(name: str, table: str, year: int) -> date | None:
    """The day a lunar or lunisolar calendar's feast falls on in Gregorian `year`; None outside the tables.
    The tables answer with a day, a (day, estimated) pair, or several of either (a feast can fall twice in
    one Gregorian year); the first in `year` is taken."""
    found = getattr(_calendars()[name], table)(year)
    items = [found] if isinstance(found, (date, tuple)) else list(found)
    days = [item[0] if isinstance(item, tuple) else item for item in items]
    return min((day for day in days if isinstance(day, date) and day.year == year), default=None)


def is_holiday(name: str) -> bool:
    """Whether `name` (lower case, straight apostrophes) is a holiday the lexicon knows."""
    return name in lexicon()["holidays"]


def holiday(name: str, year: int) -> date | None:
    """The day holiday `name` falls on in `year`; None for an unknown name."""
    rule = lexicon()["holidays"].get(name)
    return None if rule is None else rule_day(rule, year)


def is_season_of_feasts(name: str) -> bool:
    """Whether `name` is a stretch of days the lexicon knows (`holiday_spans`: "ramadan", "lent")."""
    return name in lexicon()["holiday_spans"]


def holiday_span(name: str, year: int) -> tuple[date, date] | None:
    """The first and last day of the stretch `name` that begins in `year`; None when unknown. Its end is
    the first day of the end rule on or after its start (Ramadan can end in the next Gregorian year)."""
    rules = lexicon()["holiday_spans"].get(name)
    start = rule_day(rules[0], year) if rules else None
    if start is None:
        return None
    ends = [rule_day(rules[1], y) for y in (year, year + 1)]
    end = min((e for e in ends if e is not None and e >= start), default=None)
    return (start, end) if end else None


def rule_day(rule: list | dict, year: int) -> date | None:
    """The day one lexicon holiday rule gives in `year`."""
    if isinstance(rule, list):
        return date(year, rule[0], rule[1])
    if "nth" in rule:
        month, weekday, n = rule["nth"]
        return nth_weekday(year, month, weekday, n)
    if "easter" in rule:
        return easter(year) + timedelta(days=rule["easter"])
    if "calendar" in rule:
        name, table, days = rule["calendar"]
        found = calendar_day(name, table, year)
        return found + timedelta(days=days) if found else None
    if "orthodox_easter" in rule:
        return orthodox_easter(year) + timedelta(days=rule["orthodox_easter"])
    if "after" in rule:
        base, days = rule["after"]
        found = holiday(base, year)
        return found + timedelta(days=days) if found else None
    return None
