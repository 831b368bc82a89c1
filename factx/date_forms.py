"""More date forms, each a finder pattern and a grammar rule: shapes a reference corpus of date expressions
showed factx missing. "the last 2 weeks" without "the", "4th qtr 2018", "2018Q4", "the end of the month",
"EOY", "the beginning of next week", "labor day weekend", "the last weekend of October", "the first week of
October 2014", "Tuesday the 19th", "Fri, Jul 18", "wednesday next week", "on the 15th", "the 20th of the
previous month", "31/Oct/1974", "2014-10", "in 14 A.D.", "within 2 weeks", "next Thanksgiving".

`factx.date_finder` scans text with `PATTERNS` joined into one alternation (one pass over the text whatever
the number of forms) and `factx.date_grammar` reads a found expression with `RULES` after its own table.
Relative forms resolve against the publication date and come out unresolved without one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

from factx import date_grammar as g
from factx.holidays import holiday, holiday_span, is_holiday, is_season_of_feasts
from factx.lexicon import lexicon
from factx.model import Grain, Tense
from factx.normalize import dates as d

_WEEK_PART = {"beginning": (0, 2), "start": (0, 2), "middle": (2, 4), "end": (4, 6)}
_ABBREVIATED_PART = {"eom": "end of the month", "bom": "beginning of the month", "eoy": "end of the year"}
_ABBREVIATED_PART["boy"] = "beginning of the year"
FEW = 3  # "the next few days": Duckling's and common reading
WEEKDAY_MATCH_YEARS = 1  # "Fri, Jul 18": look this many years either side for a July 18 that is a Friday
WEEKEND_PAST_UNTIL = 2  # published Monday to Wednesday, "the weekend" with no tense is the one just past


def _unresolved_or(published: date | None) -> d.DateValue | None:
    return d.UNRESOLVED if published is None else None


# --- periods counted from publication


def _last_few(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    fake = {"n": str(FEW), "unit": m["unit"], "dir": m["dir"]}
    return g._last_n(fake, published, tense)  # type: ignore[arg-type]


def _within(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = g._number(m["n"])
    if n is None:
        return None
    if published is None:
        return d.UNRESOLVED
    high = g._shift(published, m["unit"], n)
    return d.DateValue(f"{published.isoformat()}/{high.isoformat()}", Grain.DAY, published, high)


def _rest_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    period = d._period(m["unit"], 0, published, None)
    return d.DateValue(period.value, period.grain, published, period.high)


def _past_period(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """The previous month and this past weekend are the ones before publication's; the past year is the
    year up to publication ("prices rose 5% over the past year"), like "the past 12 months"."""
    if published is None:
        return d.UNRESOLVED
    if m["which"] == "past" and m["unit"] != "weekend":
        return g._last_n({"n": "1", "unit": m["unit"], "dir": "past"}, published, tense)  # type: ignore[arg-type]
    return d._period(m["unit"], -1, published, None)


def _nth_day_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the third day of October", "the last day in October 2015", "the last day of the year"."""
    year = g._year_in(m["rest"], published) if m["rest"] in ("the year", "this year") else None
    month = d._year(year) if year else _month_named(m["rest"], published, tense)
    if month is None or month.value is None:
        return month
    n = lexicon()["day_ordinals"].get(m["ord"]) or lexicon()["ordinals"].get(m["ord"])
    if n is None:
        return None
    day = month.high if n == -1 else month.low + timedelta(days=n - 1)
    return d._day(day) if n == -1 or day <= month.high else None


def _month_the_day(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return g._resolve(f"{m['mon']} {m['d']}{', ' + m['y'] if m['y'] else ''}", published, tense)


def _season_current(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return g._season_relative({"which": "this", "season": m["season"]}, published, tense)  # type: ignore[arg-type]


def _current(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    if m["unit"] == "quarter":
        return g._quarter_relative({"which": "this"}, published, tense)  # type: ignore[arg-type]
    return d._period(m["unit"], 0, published, None)


# --- quarters


def _quarter_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    q = g._QUARTER_WORDS.get(m["ord"])
    return d._quarter(int(m["y"]), q) if q else None


def _year_quarter(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._quarter(g.year_of_two_digits(m["y"]), int(m["q"]))


# --- parts of a period


def _part_abbreviated(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return g._resolve(_ABBREVIATED_PART[m["abbr"]], published, tense)


def _part_bare(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return g._resolve(f"the {m['part']} of the {m['unit']}", published, tense)


def _part_of_week(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    week = d._week(published + timedelta(weeks=g.SHIFT_WORDS[m["which"]]))
    first, last = _WEEK_PART[m["part"]]
    low, high = week.low + timedelta(days=first), week.low + timedelta(days=last)
    return d.DateValue(week.value, Grain.WEEK, low, high)


# --- weeks and weekends inside a month


def _month_named(text: str, published: date | None, tense: Tense) -> d.DateValue | None:
    found = g._month_of(text, published, tense)
    if found is None or found.value is None:
        return found
    return found if found.grain is Grain.MONTH else None


def _nth_week_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """The n-th Monday-to-Sunday week lying wholly inside the month ("the first week of October 2014")."""
    month = _month_named(m["rest"], published, tense)
    if month is None or month.value is None:
        return month
    days = calendar.monthrange(month.low.year, month.low.month)[1]
    mondays = [
        day
        for day in (month.low + timedelta(days=i) for i in range(days))
        if day.weekday() == 0 and (day + timedelta(days=6)).month == day.month
    ]
    n = lexicon()["ordinals"][m["ord"]]
    index = n - 1 if n > 0 else n
    return d._week(mondays[index]) if -len(mondays) <= index < len(mondays) else None


def _nth_last_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the 2nd last week of October 2018", "the third last week of 2018", "the fifth last day of May":
    counted back from the end of a month or year (weeks wholly inside it)."""
    period = g._resolve(m["rest"], published, tense)
    if period is None or period.value is None:
        return period
    if period.grain not in (Grain.MONTH, Grain.YEAR):
        return None
    n = lexicon()["ordinals"].get(m["ord"]) or lexicon()["day_ordinals"].get(m["ord"])
    if not n or n < 1:
        return None
    if m["unit"] == "day":
        day = period.high - timedelta(days=n - 1)
        return d._day(day) if day >= period.low else None
    last_monday = period.high - timedelta(days=6)
    last_monday -= timedelta(days=last_monday.weekday())
    monday = last_monday - timedelta(weeks=n - 1)
    return d._week(monday) if monday >= period.low else None


def _weekend(saturday: date) -> d.DateValue:
    return d.DateValue(d._week(saturday).value, Grain.WEEK, saturday, saturday + timedelta(days=1))


def _last_weekend_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    month = _month_named(m["rest"], published, tense)
    if month is None or month.value is None:
        return month
    saturday = month.high - timedelta(days=(month.high.weekday() - 5) % 7)
    return _weekend(saturday)


def _holiday_day(name: str, published: date | None, tense: Tense) -> d.DateValue | None:
    from factx.date_basic import _holiday

    m = re.fullmatch(r"(?P<name>.+?)(?:,?\s+(?P<y>\d{4}))?", name)
    return _holiday(m, published, tense) if m and is_holiday(m["name"]) else None


def _holiday_weekend(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """The weekend a holiday (or a day: "the July 4th weekend") makes long: Saturday to a Monday holiday, a
    Thursday or Friday holiday to Sunday."""
    found = _holiday_day(m["name"], published, tense)
    if found is None and re.search(r"\d", m["name"]):
        found = g._resolve(m["name"], published, tense)
        found = found if found is None or found.value is None or found.grain is Grain.DAY else None
    if found is None or found.value is None:
        return found
    day = found.low
    if day.weekday() == 0:
        return d.DateValue(d._week(day - timedelta(days=2)).value, Grain.WEEK, day - timedelta(days=2), day)
    if day.weekday() in (3, 4):
        return d.DateValue(d._week(day).value, Grain.WEEK, day, day + timedelta(days=6 - day.weekday()))
    return _weekend(day - timedelta(days=day.weekday()) + timedelta(days=5))


# --- holidays with a modifier


def _holiday_which(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "last Thanksgiving" is the one before publication, "next Thanksgiving" the one after, "this
    Thanksgiving" the one in the publication year."""
    name = m["name"]
    if not is_holiday(name):
        return None
    if published is None:
        return d.UNRESOLVED
    which = m["which"]
    if which == "this":
        found = holiday(name, published.year)
    else:
        days = [holiday(name, y) for y in range(published.year - 1, published.year + 2)]
        if which in ("last", "past", "previous"):
            found = max((x for x in days if x is not None and x < published), default=None)
        else:
            found = min((x for x in days if x is not None and x > published), default=None)
    return d._day(found) if found else None


def _holiday_of_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if not is_holiday(m["name"]):
        return None
    year = g._year_in(m["rest"], published)
    if year is None:
        return _unresolved_or(published)
    found = holiday(m["name"], year)
    return d._day(found) if found else None


# --- days of a month


def _dom_word_of_month(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the first of next month"."""
    day = lexicon()["day_ordinals"].get(m["ord"])
    return None if day is None else g._dom_of_month({"d": str(day), "which": m["which"]}, published, tense)  # type: ignore[arg-type]


def _quarter_of_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    year = g._year_in(m["rest"], published)
    return _unresolved_or(published) if year is None else d._quarter(year, int(m["q"]))


def _day_alone(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "on the 15th": the 15th of the publication month or a neighbour, nearest on the tense's side."""
    day = int(m["d"]) if m["d"] else lexicon()["day_ordinals"].get(m["ord"])
    if day is None or not 1 <= day <= 31:
        return None
    if published is None:
        return d.UNRESOLVED
    candidates = []
    for shift in (-1, 0, 1):
        year, month = d._shift_month(published.year, published.month, shift)
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(date(year, month, day))
    found = d.closest_day(candidates, published, tense)
    return d._day(found) if found else None


def _weekday_dom(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "Tuesday the 19th": the nearest month whose 19th is a Tuesday."""
    if published is None:
        return d.UNRESOLVED
    weekday, day = d._names()[1][m["wd"]], int(m["d"])
    candidates = []
    for shift in range(-12, 13):
        year, month = d._shift_month(published.year, published.month, shift)
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day).weekday() == weekday:
            candidates.append(date(year, month, day))
    found = d.closest_day(candidates, published, tense)
    return d._day(found) if found else None


def _weekday_month_day(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "Fri, Jul 18" with no year: the year near publication in which July 18 is a Friday."""
    if published is None:
        return d.UNRESOLVED
    weekday, month, day = d._names()[1][m["wd"]], d._month_num(m["mon"]), int(m["d"])
    span = range(published.year - WEEKDAY_MATCH_YEARS, published.year + WEEKDAY_MATCH_YEARS + 1)
    candidates = [date(y, month, day) for y in span if day <= calendar.monthrange(y, month)[1]]
    matching = [c for c in candidates if c.weekday() == weekday]
    found = d.closest_day(matching, published, tense) if matching else None
    return d._day(found) if found else None


def _month_day_range(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    m1, m2 = d._month_num(m["m1"]), d._month_num(m["m2"])
    d1, d2 = int(m["d1"]), int(m["d2"])
    if m["y"]:
        year = int(m["y"])
    elif published is None:
        return d.UNRESOLVED
    else:
        year = d._closest_year(m1, d1, published, tense)
    a = d._safe_day(year, m1, d1)
    b = d._safe_day(year + (1 if (m2, d2) < (m1, d1) else 0), m2, d2)
    return g._interval(a, b) if a and b else None


# --- weekdays of a named week


def _weekday_week(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    week = d._week(published + timedelta(weeks=g.SHIFT_WORDS[m["which"]]))
    return d._day(week.low + timedelta(days=d._names()[1][m["wd"]]))


def _n_weekdays_back(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = g._number(m["n"])
    if n is None:
        return None
    if published is None:
        return d.UNRESOLVED
    first = d._weekday(d._names()[1][m["wd"]], published, tense, "last")
    return d._day(first - timedelta(weeks=n - 1))


def _month_after_next(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    month = d._month_num(m["mon"])
    year = published.year + (1 if month <= published.month else 0)
    return d._month(year + 1, month)


# --- numeric and era forms


def _year_month_dash(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "2014-10" is October 2014 only when it cannot be a span of years ("2009-10" is 2009 to 2010)."""
    year, month = int(m["y"]), int(m["mo"])
    return d._month(year, month) if month < year % 100 or year % 100 == 0 else None


def _day_mon_year_slash(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._safe_day(g.year_of_two_digits(m["y"]), d._month_num(m["mon"]), int(m["d"]))


def _decades_ago(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = g._number(m["n"])
    if n is None:
        return None
    return d.UNRESOLVED if published is None else d._year(published.year - 10 * n)


def _holiday_in_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return _holiday_day(f"{m['name']} {m['y']}", published, tense)


def _feast_span(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "Ramadan 2018", "during Lent": a stretch of days, in the named year or else the one under way at
    publication or nearest to it on the tense's side."""
    name = m["name"]
    if not is_season_of_feasts(name):
        return None
    if m["y"]:
        found = holiday_span(name, int(m["y"]))
    elif published is None:
        return d.UNRESOLVED
    else:
        years = range(published.year - 1, published.year + 2)
        spans = [s for s in (holiday_span(name, y) for y in years) if s]
        found = next((s for s in spans if s[0] <= published <= s[1]), None)
        if found is None:
            start = d.closest_day([s[0] for s in spans], published, tense)
            found = next((s for s in spans if s[0] == start), None)
    if found is None:
        return None
    low, high = found
    return d.DateValue(f"{low.isoformat()}/{high.isoformat()}", Grain.DAY, low, high)


def _named_day_shifted(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "Thanksgiving in 9 months", "March in a year", "Diwali six years hence": the holiday or month in the
    year that lies that far from publication."""
    name, n = m["name"], g._number(m["n"])
    months = d._names()[0]
    if n is None or not (is_holiday(name) or name.rstrip(".") in months):
        return None
    if published is None:
        return d.UNRESOLVED
    target = g._shift(published, m["unit"], -n if m.groupdict().get("dir") == "ago" else n)
    if name.rstrip(".") in months:
        return d._month(target.year, d._month_num(name))
    found = holiday(name, target.year)
    return d._day(found) if found else None


def _upcoming(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the upcoming week" is the next one; "the upcoming two weeks" the next two."""
    if published is None:
        return d.UNRESOLVED
    if m["n"]:
        return g._last_n({"n": m["n"], "unit": m["unit"], "dir": "next"}, published, tense)  # type: ignore[arg-type]
    return d._period(m["unit"], 1, published, None)


def _two_away(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the week after next", "the year before last"."""
    if published is None:
        return d.UNRESOLVED
    return d._period(m["unit"], 2 if m["dir"] == "after next" else -2, published, None)


def _couple(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "in a couple of weeks", "a few days ago": two, or three."""
    if published is None:
        return d.UNRESOLVED
    n = {"couple": 2, "few": FEW}[m["q"]]
    return d._period(m["unit"], -n if m["dir"] == "ago" else n, published, None, exact=True)


def _offset_from_day(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "two weeks from tomorrow", "a week from Monday": counted from a day."""
    n = g._number(m["n"])
    base = g._resolve(m["rest"], published, tense)
    if n is None or base is None:
        return None
    if base.value is None:
        return d.UNRESOLVED
    if base.grain is not Grain.DAY:
        return None
    return d._day(base.low + timedelta(days=n * {"day": 1, "week": 7}[m["unit"]]))


def _year_span_slash(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "2012/13": a season or fiscal year spanning two years, when the second is the year after."""
    y1 = int(m["y"])
    if int(m["yy"]) != (y1 + 1) % 100:
        return None
    return g._interval(d._year(y1), d._year(y1 + 1))


def _the_weekend(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "over the weekend": the one just past in a past clause, the next in a future one, else the nearest
    (the one under way when published on a Saturday or Sunday)."""
    if published is None:
        return d.UNRESOLVED
    saturday = published - timedelta(days=published.weekday()) + timedelta(days=5)
    if published.weekday() >= 5:
        return _weekend(saturday)
    past, future = saturday - timedelta(weeks=1), saturday
    if tense is Tense.PAST:
        return _weekend(past)
    if tense is Tense.FUTURE:
        return _weekend(future)
    return _weekend(past if published.weekday() <= WEEKEND_PAST_UNTIL else future)


def _vague_stretch(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "in recent weeks" and "in the coming weeks": read as the last or next few (three)."""
    direction = "past" if m["dir"] == "recent" else "next"
    return g._last_n({"n": str(FEW), "unit": m["unit"], "dir": direction}, published, tense)  # type: ignore[arg-type]


def _past_decade(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the past decade": the ten years up to publication."""
    return g._last_n({"n": "10", "unit": "year", "dir": "past"}, published, tense)  # type: ignore[arg-type]


def _hours_span(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "over the past 24 hours", "in the next 48 hours": the days those hours reach."""
    n = g._number(m["n"])
    if n is None or n <= 0:
        return None
    if published is None:
        return d.UNRESOLVED
    days = -(-n // 24)
    if m["dir"] in ("last", "past", "previous"):
        low, high = published - timedelta(days=days), published
    else:
        low, high = published, published + timedelta(days=days)
    return d.DateValue(f"{low.isoformat()}/{high.isoformat()}", Grain.DAY, low, high)


def _hyphen_quarter(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "fourth-quarter profit": the fourth quarter, as "the fourth quarter" is read."""
    return g._resolve(f"the {m['ord']} quarter", published, tense)


def _next_decade(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "over the next decade": the ten years from publication."""
    return g._last_n({"n": "10", "unit": "year", "dir": "next"}, published, tense)  # type: ignore[arg-type]


def _centuries_ago(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "a century ago", "half a century ago": the year that far back."""
    if published is None:
        return d.UNRESOLVED
    return d._year(published.year - (50 if m["half"] else 100))


def _part_of_century(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the late 19th century": its last third (1867-1899), "the mid-20th century" its middle third."""
    n = int(m["n"])
    if not 1 <= n <= 30:
        return None
    first = (n - 1) * 100
    lo, hi = {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}[m["part"]]
    value = f"{n - 1:02d}XX"
    return g._span(date(max(first + lo, 1), 1, 1), date(first + hi, 12, 31), value, Grain.CENTURY)


def _months_of_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the first six months of the year", "the last three months of 2012"."""
    n = g._number(m["n"])
    year = g._year_in(m["rest"], published)
    if n is None or not 1 <= n <= 12:
        return None
    if year is None:
        return _unresolved_or(published)
    first, last = (1, n) if m["end"] == "first" else (13 - n, 12)
    low, high = date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    return d.DateValue(f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", Grain.MONTH, low, high)


def _months_to(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    """ "the year to March", "the three months to December": months ending with the named one."""
    n = 12 if m["unit"] == "year" else 3 if m["unit"] == "quarter" else g._number(m["n"] or "")
    if n is None or not 1 <= n <= 36:
        return None
    end = g._resolve(m["rest"], published, tense)
    if end is None or end.value is None or end.grain is not Grain.MONTH:
        return end if end is None or end.value is None else None
    year, month = d._shift_month(end.low.year, end.low.month, 1 - n)
    low = date(year, month, 1)
    return d.DateValue(f"{low.isoformat()[:7]}/{end.value}", Grain.MONTH, low, end.high)


def _within_next(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    fake = {"n": "1", "unit": m["unit"]}
    return _within(fake, published, tense)  # type: ignore[arg-type]


def _era_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    year = int(m["y"])
    return g._span(date(year, 1, 1), date(year, 12, 31), f"{year:04d}", Grain.YEAR) if year >= 1 else None


_UNIT = r"(?P<unit>day|week|month|year)"
_WHICH_RE = r"(?P<which>this|last|next|past|previous|coming|current|following)"

RULES: tuple[tuple[str, g.Handler], ...] = (
    (r"(?:the )?(?P<dir>last|past|previous|next|coming) few " + _UNIT + "s", _last_few),
    (r"within (?:the next )?(?P<n>{N}) " + _UNIT + "s?", _within),
    (r"(?:the )?rest of (?:the |this )?(?P<unit>week|month|year)", _rest_of),
    (r"(?:the )?current (?P<unit>week|month|year|quarter)", _current),
    (r"(?:the )?current (?P<season>{SEASON})", _season_current),
    (r"(?:the )?(?P<which>past|previous) (?P<unit>week|weekend|month|year)", _past_period),
    (r"(?:the )?(?P<ord>{DORD}|last|final) day (?:of|in) (?P<rest>.+)", _nth_day_of),
    (r"(?P<mon>{MON}) the (?P<d>\d{1,2}){TH}(?:,? (?P<y>{Y}))?", _month_the_day),
    (
        r"(?:the )?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th) quarter,? (?:of )?(?P<y>{Y})",
        _quarter_year,
    ),
    (r"(?P<y>{Y}|\d\d) ?-?q(?P<q>[1-4])", _year_quarter),
    (r"(?:the )?(?P<abbr>eom|bom|eoy|boy)", _part_abbreviated),
    (r"(?:the )?(?P<part>beginning|start|middle|end) of (?:the )?(?P<unit>month|year)", _part_bare),
    (r"(?:the )?(?P<unit>month|year)['’]s (?P<part>beginning|start|middle|end)", _part_bare),
    (r"(?:the )?(?P<part>beginning|start|middle|end) of (?:the )?" + _WHICH_RE + " week", _part_of_week),
    (r"(?:the )?(?P<part>beginning|start|middle|end) of the week(?P<which>)", _part_of_week),
    (r"(?:the )?(?P<ord>{ORD}) week (?:of|in) (?P<rest>.+)", _nth_week_of),
    (r"(?:the )?(?P<ord>{ORD}|{DORD}) last (?P<unit>week|day) (?:of|in) (?P<rest>.+)", _nth_last_of),
    (r"(?:the )?last weekend (?:of|in) (?P<rest>.+)", _last_weekend_of),
    (r"(?:the )?(?P<name>.+?) weekend", _holiday_weekend),
    (r"(?P<which>last|next|this|past|coming|previous) (?P<name>.+)", _holiday_which),
    (r"(?:the )?(?P<name>.+?),? of (?P<rest>this year|last year|next year|{Y})", _holiday_of_year),
    (r"(?:the )?(?P<d>\d{1,2}){TH} (?:day )?of (?:the )?" + _WHICH_RE + " month", g._dom_of_month),
    (r"(?:the )?(?P<d>\d{1,2}) of " + _WHICH_RE + " month", g._dom_of_month),
    (r"(?:the )?(?P<ord>{DORD}) of (?:the )?" + _WHICH_RE + " month", _dom_word_of_month),
    (r"q(?P<q>[1-4]),? (?:of )?(?P<rest>this year|last year|next year)", _quarter_of_year),
    (r"the (?:(?P<d>\d{1,2})(?:st|nd|rd|th)|(?P<ord>{DORD}))", _day_alone),
    (r"(?P<d>\d{1,2})(?:st|nd|rd|th)", _day_alone),
    (r"(?P<wd>{WD}),? (?:the )?(?P<d>\d{1,2})(?:st|nd|rd|th)", _weekday_dom),
    (r"(?P<wd>{WD}),? (?P<mon>{MON}) ?(?P<d>\d{1,2}){TH}", _weekday_month_day),
    (r"(?P<mon>{MON}) (?P<d>\d{1,2}){TH},? (?P<wd>{WD})", _weekday_month_day),
    (
        r"(?:from )?(?P<m1>{MON}) (?P<d1>\d{1,2}){TH} ?(?:-|–|to|until|through) ?(?P<m2>{MON}) "
        r"(?P<d2>\d{1,2}){TH}(?:,? (?P<y>{Y}))?",
        _month_day_range,
    ),
    (r"(?P<wd>{WD}),? (?:of )?" + _WHICH_RE + " week", _weekday_week),
    (r"(?P<wd>{WD}) from (?P<which>last|next|this) week", _weekday_week),
    (r"(?P<which>last|next|this) week's (?P<wd>{WD})", _weekday_week),
    (r"(?P<n>{N}) (?P<wd>{WD})s back", _n_weekdays_back),
    (r"(?P<mon>{MON}) after next", _month_after_next),
    (r"(?P<y>{Y})-(?P<mo>0[1-9]|1[0-2])", _year_month_dash),
    (r"(?P<d>\d{1,2})/(?P<mon>{MON})/(?P<y>\d{4}|\d{2})", _day_mon_year_slash),
    (r"(?P<y>\d{1,4}) (?:a\.?d\.?|c\.?e\.?)", _era_year),
    (r"(?:the )?upcoming (?:(?P<n>{N}) )?" + _UNIT + "s?", _upcoming),
    (r"(?:the )?" + _UNIT + " (?P<dir>after next|before last)", _two_away),
    (r"in a (?P<q>couple|few) (?:of )?" + _UNIT + "s(?:'? time)?(?P<dir>)", _couple),
    (r"a (?P<q>couple|few) (?:of )?" + _UNIT + "s (?P<dir>ago|from now|hence)", _couple),
    (r"(?P<n>{N}) (?P<unit>day|week)s? from (?P<rest>.+)", _offset_from_day),
    (r"(?P<y>{Y})/(?P<yy>\d\d)", _year_span_slash),
    (r"(?:over |at |during )?the weekend", _the_weekend),
    (r"(?:in )?(?:the )?(?P<dir>recent|coming) " + _UNIT + "s", _vague_stretch),
    (r"(?:over )?(?:the )?(?:next|coming) decade", _next_decade),
    (r"(?P<half>half )?a century ago", _centuries_ago),
    (r"(?:the )?(?P<part>early|mid|late)[- ](?P<n>\d{1,2})(?:st|nd|rd|th) century", _part_of_century),
    (
        r"(?:the )?(?P<end>first|last) (?P<n>{N}) months of "
        r"(?P<rest>the year|this year|last year|next year|{Y})",
        _months_of_year,
    ),
    (r"(?:the )?(?:(?P<n>{N}) months|(?P<unit>year|quarter)) to (?P<rest>.+)", _months_to),
    (r"within the (?:next|coming) (?P<unit>day|week|month|year)", _within_next),
    (r"(?:the )?(?:past|last) decade", _past_decade),
    (r"(?:over )?(?:the )?(?P<dir>last|past|previous|next|coming) (?P<n>\d{1,3}|{N}) hours", _hours_span),
    (r"(?P<ord>first|second|third|fourth)-quarter", _hyphen_quarter),
    (r"(?P<m1>{MON}) ?[-–] ?(?P<m2>{MON})(?:,? (?P<y>{Y}))?", g._month_range),
    (r"(?P<d>\d{1,2}){TH} (?P<mon>{MON}),? '?(?P<y>\d\d)", _day_mon_year_slash),
    (r"(?P<n>{N}) decades? ago", _decades_ago),
    (r"(?P<name>.+?) in (?P<y>{Y})", _holiday_in_year),
    (r"(?P<name>.+?) (?:in (?P<n>{N}) " + _UNIT + "s?)", _named_day_shifted),
    (r"(?P<name>.+?) (?P<n>{N}) " + _UNIT + "s? (?P<dir>ago|from now|hence)", _named_day_shifted),
    (r"(?:the )?(?P<name>.+?)(?:,? (?:of |in )?(?P<y>{Y}))?", _feast_span),
)

# Finder patterns, in the `factx.date_finder` vocabulary ({MON}, {WD}, {HOL}, {N}, {Y}, {ORD}, {DORD}, {TH}).
PATTERNS = (
    r"(?:last|past|previous|next|coming)\s+(?:{N}|few)\s+(?:day|week|month|year)s",
    r"(?:the\s+)?{DORD}\s+day\s+(?:of|in)\s+{MON}(?:,?\s+{Y})?|(?:the\s+)?last\s+day\s+in\s+{MON}(?:,?\s+{Y})?",
    r"{MON}\s+the\s+\d{1,2}{TH}(?:,?\s+{Y})?",
    r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|qtr),?\s+(?:of\s+)?{Y}",
    r"(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+(?:the\s+)?(?:month|year|{Y})",
    r"(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+(?:the\s+)?"
    r"(?:this|last|next|past|previous|coming|current|following)\s+week",
    r"(?:the\s+)?{ORD}\s+week\s+(?:of|in)\s+{MON}(?:,?\s+{Y})?",
    r"(?:the\s+)?(?:{ORD}|{DORD})\s+last\s+(?:week|day)\s+(?:of|in)\s+(?:{MON}(?:,?\s+{Y})?|{Y})",
    r"(?:the\s+)?{HOL}\s+(?:weekend|week-end|of\s+(?:this\s+year|last\s+year|next\s+year|{Y})|in\s+{Y}"
    r"|in\s+{N}\s+(?:year|month)s?|{N}\s+(?:year|month)s?\s+(?:ago|from\s+now|hence))",
    r"{MONANY}\s+(?:in\s+{N}\s+years?|{N}\s+years?\s+(?:ago|from\s+now|hence))",
    r"(?:last|next|this|past|coming|previous)\s+{HOL}",
    r"(?:the\s+)?\d{1,2}{TH}\s+(?:day\s+)?of\s+(?:the\s+)?(?:this|last|next|previous|current|following)\s+month",
    r"(?:the\s+)?{DORD}\s+of\s+(?:the\s+)?(?:this|last|next|previous|current|following)\s+month",
    r"(?:the\s+)?(?:{DORD}|last)\s+day\s+of\s+(?:the|this)\s+year",
    r"on\s+the\s+\d{1,2}(?:st|nd|rd|th)|on\s+\d{1,2}(?:st|nd|rd|th)",
    r"on\s+the\s+{DORD}(?=\s*(?:[.,;:)]|$))",
    r"{WD},?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)",
    r"(?:{WD}|{WDC}),?\s+{MON}\s?\d{1,2}{TH}(?:,?\s+{Y})?|{MON}\s+\d{1,2}{TH},?\s+(?:{WD}|{WDC})",
    r"(?:from\s+)?{MON}\s+\d{1,2}{TH}\s*(?:-|–|to|until|through|thru)\s*{MON}\s+\d{1,2}{TH}(?:,?\s+{Y})?",
    r"{WD},?\s+(?:of\s+)?(?:this|last|next|current|following)\s+week",
    r"{WD}\s+from\s+(?:last|next|this)\s+week|(?:last|next|this)\s+week['’]s\s+{WD}",
    r"{Y}-(?:0[1-9]|1[0-2])",
    r"\d{1,2}/{MON}/(?:\d{4}|\d{2})",
    r"{N}\s+(?:day|week)s?\s+from\s+(?:tomorrow|yesterday|today|{WD}|{MON}\s+\d{1,2}{TH})",
    r"{MON}\s*[-–]\s*{MON}(?:,?\s+{Y})?",
    r"(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+the\s+week",
    r"\d{1,2}{TH}\s+{MON},?\s+['’]?\d\d(?=\s*(?:[.,;:)]|$))",
    r"(?:the\s+)?{HOLSPANT}(?:,?\s+(?:of\s+|in\s+)?{Y})?"
    r"|(?:the\s+)?{HOLSPAN},?\s+(?:of\s+)?{Y}(?=\s*(?:[.,;:)]|$))",
)

# Forms with a rare word in them, tried only on a text that has one of the words (lower case): most
# texts skip them, so they cost nothing there.
GATED_PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("within",), r"within\s+(?:the\s+next\s+)?{N}\s+(?:day|week|month|year)s?"),
    (("rest of",), r"(?:the\s+)?rest\s+of\s+(?:the\s+|this\s+)?(?:week|month|year)"),
    (("current",), r"(?:the\s+)?current\s+(?:week|month|year|quarter|qtr|{SEASON})"),
    (("qtr",), r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+qtr"),
    (("qtr",), r"(?:last|next|this|previous|coming)\s+qtr"),
    (("q1", "q2", "q3", "q4"), r"(?:{Y}|\d\d)\s?-?[Qq][1-4]"),
    (("q1", "q2", "q3", "q4"), r"Q[1-4],?\s+(?:of\s+)?(?:this|last|next)\s+year"),
    (("eom", "bom", "eoy", "boy"), r"(?:the\s+)?(?-i:EOM|BOM|EOY|BOY)"),
    (
        ("weekend", "week-end", "wkend"),
        r"(?:the\s+)?last\s+(?:weekend|week-end|wkend)\s+(?:of|in)\s+{MON}(?:,?\s+{Y})?",
    ),
    (("week-end", "wkend"), r"this\s+(?:week-end|wkend)"),
    (("thru",), r"{MON}\s+\d{1,2}{TH}\s*thru\s*\d{1,2}{TH}(?:,?\s+{Y})?"),
    (("back",), r"{N}\s+{WD}s\s+back"),
    (("after next",), r"{MON}\s+after\s+next"),
    (("a.d.", " ad", " ce", "c.e."), r"\d{1,4}\s+(?-i:A\.D\.|AD|a\.d\.|CE|C\.E\.)"),
    (("upcoming",), r"(?:the\s+)?upcoming\s+(?:{N}\s+)?(?:day|week|month|year)s?"),
    (("after next", "before last"), r"(?:the\s+)?(?:week|month|year)\s+(?:after\s+next|before\s+last)"),
    (("couple", "few"), r"in\s+a\s+(?:couple|few)\s+(?:of\s+)?(?:day|week|month|year)s(?:['’]?\s+time)?"),
    (
        ("couple", "few"),
        r"a\s+(?:couple|few)\s+(?:of\s+)?(?:day|week|month|year)s\s+(?:ago|from\s+now|hence)",
    ),
    (("weekend",), r"(?:over|at|during)\s+the\s+weekend"),
    (("weekend",), r"(?:the\s+)?{MON}\s+\d{1,2}{TH}\s+weekend"),
    (("recent", "coming"), r"in\s+(?:the\s+)?(?:recent|coming)\s+(?:day|week|month|year)s"),
    (("decade",), r"(?:the\s+)?(?:past|last)\s+decade"),
    (("hours",), r"(?:the\s+)?(?:last|past|previous|next|coming)\s+(?:\d{1,3}|{N})\s+hours"),
    (("-quarter",), r"(?:first|second|third|fourth)-quarter"),
    (("decade",), r"{N}\s+decades?\s+ago"),
    (("decade",), r"(?:over\s+)?(?:the\s+)?(?:next|coming)\s+decade"),
    (("century",), r"(?:half\s+)?a\s+century\s+ago"),
    (("century",), r"(?:the\s+)?(?:early|mid|late)[-\s]\d{1,2}(?:st|nd|rd|th)\s+century"),
    (
        ("months of",),
        r"(?:the\s+)?(?:first|last)\s+{N}\s+months\s+of\s+"
        r"(?:the\s+year|this\s+year|last\s+year|next\s+year|{Y})",
    ),
    ((" to ",), r"(?:the\s+)?(?:{N}\s+months|year|quarter)\s+to\s+{MONANY}(?:,?\s+{Y})?"),
    (("within the",), r"within\s+the\s+(?:next|coming)\s+(?:day|week|month|year)"),
    (
        ("year's", "year’s", "month's", "month’s"),
        r"(?:the\s+)?(?:month|year)['’]s\s+(?:beginning|start|middle|end)",
    ),
)


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], g.Handler], ...]:
    words = g._words()
    out = []
    for source, handler in RULES:
        for key, value in words.items():
            source = source.replace("{" + key + "}", value)
        out.append((re.compile(source, re.IGNORECASE), handler))
    return tuple(out)


def resolve(text: str, published: date | None, tense: Tense) -> d.DateValue | None:
    """Read cleaned `text` by the first of `RULES` that matches all of it and gives a reading; None when
    none does. `factx.date_grammar` asks after its own table."""
    for pattern, handler in _compiled():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        try:
            found = handler(m, published, tense)
        except (KeyError, ValueError, OverflowError):
            found = None
        if found is not None:
            return found
    return None
