"""Holidays by rule, not by year: the lexicon says how each one falls ("the fourth Thursday of November",
"two days before Easter") and this module computes the day for any year.

Lexicon forms (`holidays` in `patterns/lexicon.json`): `[month, day]` for a fixed day; `{"nth": [month,
weekday, n]}` for the n-th weekday of a month (Monday = 0; n = -1 for the last); `{"easter": offset}` for days
from Western Easter; `{"orthodox_easter": offset}` for days from Orthodox Easter; `{"after": [name, days]}`
for days after another holiday.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

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


def is_holiday(name: str) -> bool:
    """Whether `name` (lower case, straight apostrophes) is a holiday the lexicon knows."""
    return name in lexicon()["holidays"]


def holiday(name: str, year: int) -> date | None:
    """The day holiday `name` falls on in `year`; None for an unknown name."""
    rule = lexicon()["holidays"].get(name)
    if rule is None:
        return None
    if isinstance(rule, list):
        return date(year, rule[0], rule[1])
    if "nth" in rule:
        month, weekday, n = rule["nth"]
        return nth_weekday(year, month, weekday, n)
    if "easter" in rule:
        return easter(year) + timedelta(days=rule["easter"])
    if "orthodox_easter" in rule:
        return orthodox_easter(year) + timedelta(days=rule["orthodox_easter"])
    if "after" in rule:
        base, days = rule["after"]
        found = holiday(base, year)
        return found + timedelta(days=days) if found else None
    return None
