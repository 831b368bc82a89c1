"""The date grammar beyond the basic forms: a table of rules, each a regular expression over the cleaned
expression and a function that turns its match into a `DateValue`.

It covers numeric forms ("10/31/74", "31.10.1974", "2014/10"), day and month ranges ("from the 13th to 15
July", "between March and May", "1957-58"), compositions ("the third Tuesday of September 2014", "friday after
next", "3 fridays from now", "two weeks after Easter"), open intervals ("since 2010", "the last two weeks"),
seasons, quarters, halves and centuries. Its engine (`read`) also reads the basic forms' tables
(`factx.date_basic`); `factx.normalize.dates.resolve_date` consults the absolute basic forms, then this
grammar, then the relative basic forms. Relative rules come out unresolved without a publication date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from factx.holidays import nth_weekday
from factx.lexicon import lexicon
from factx.model import Grain, Qualifier, Tense
from factx.normalize import dates as d

Handler = Callable[[re.Match[str], date | None, Tense], "d.DateValue | None"]
TWO_DIGIT_PIVOT = 30  # "74" → 1974, "14" → 2014
MAX_YEAR_SPAN = 30  # "1957-58" is a span of years; "1500-2000" (people) is not
_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_DECADE_PART = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_LAST_PART = {"quarter": 4, "half": 2}
_SHIFT = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "the": 0}
# and the words `date_forms` also reads before a period ("the current month", "the following week")
SHIFT_WORDS = {**_SHIFT, "current": 0, "following": 1, "": 0}


def year_of_two_digits(yy: str) -> int:
    """A year written with two digits, read within 1930-2029."""
    n = int(yy)
    return n if len(yy) == 4 else (2000 + n if n < TWO_DIGIT_PIVOT else 1900 + n)


def _number(word: str) -> int | None:
    if word in ("a", "an"):
        return 1
    if word.isdigit():
        return int(word)
    found = lexicon()["number_words"].get(word)
    return int(found) if found is not None else None


def _span(low: date, high: date, value: str, grain: Grain) -> d.DateValue:
    return d.DateValue(value, grain, low, high)


def _interval(a: d.DateValue, b: d.DateValue) -> d.DateValue | None:
    if a.value is None or b.value is None:
        return d.UNRESOLVED
    if a.low > b.high:
        return None
    return d.DateValue(f"{a.value}/{b.value}", a.grain, a.low, b.high)


def _resolve(text: str, published: date | None, tense: Tense) -> d.DateValue | None:
    return d.resolve_date(text, published, tense)


# --- numeric forms


def _numeric(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    a, b, year = int(m["a"]), int(m["b"]), year_of_two_digits(m["y"])
    month, day = (b, a) if a > 12 else (a, b)
    return d._safe_day(year, month, day)


def _dotted(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    a, b = int(m["a"]), int(m["b"])
    day, month = (b, a) if b > 12 else (a, b)
    return d._safe_day(year_of_two_digits(m["y"]), month, day)


def _ymd(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._safe_day(int(m["y"]), int(m["mo"]), int(m["d"]))


def _year_month(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    month = int(m["mo"])
    return d._month(int(m["y"]), month) if 1 <= month <= 12 else None


def _day_mon_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._safe_day(year_of_two_digits(m["y"]), d._month_num(m["mon"]), int(m["d"]))


def _month_slash_day(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    month, day = int(m["mo"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if published is None:
        return d.UNRESOLVED
    return d._safe_day(d._closest_year(month, day, published, tense), month, day) or d.UNRESOLVED


# --- ranges


def _day_range(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    month = d._month_num(m["mon"])
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not 1 <= d1 < d2 <= 31:
        return None
    if m["y"]:
        year = int(m["y"])
    elif published is None:
        return d.UNRESOLVED
    else:
        year = d._closest_year(month, d1, published, tense)
    a, b = d._safe_day(year, month, d1), d._safe_day(year, month, d2)
    return _interval(a, b) if a and b else None


def _month_range(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    m1, m2 = d._month_num(m["m1"]), d._month_num(m["m2"])
    if m["y"]:
        year = int(m["y"])
    elif published is None:
        return d.UNRESOLVED
    else:
        year = d._closest_year(m1, None, published, tense)
    if m1 >= m2:
        return None
    return _interval(d._month(year, m1), d._month(year, m2))


def _year_range(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
    if not 0 < y2 - y1 <= MAX_YEAR_SPAN:
        return None
    return _interval(d._year(y1), d._year(y2))


def _since(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    start = _resolve(m["rest"], published, Tense.PAST)
    if start is None:
        return None
    if published is None and start.value is not None and start.qualifier is None:
        # "since 1991" with no publication date: the start is known, the end (now) is not, so it is open
        # on its high side, as "after 2010" is; a relative start ("since Tuesday") stays unresolved
        return d.DateValue(start.value, start.grain, start.low, None, Qualifier.AT_LEAST)
    if start.value is None or published is None or start.low > published:
        return d.UNRESOLVED
    return d.DateValue(f"{start.value}/{published.isoformat()}", start.grain, start.low, published)


def _same_day(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return _resolve(m["rest"], published, tense)


def _last_n(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = _number(m["n"])
    if n is None or published is None:
        return d.UNRESOLVED if n is not None else None
    unit = m["unit"]
    if m["dir"] in ("last", "past", "previous"):
        low, high = _shift(published, unit, -n), published
    else:
        low, high = published + timedelta(days=1), _shift(published, unit, n)
    return d.DateValue(f"{low.isoformat()}/{high.isoformat()}", Grain.DAY, low, high)


def _shift(day: date, unit: str, n: int) -> date:
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    year, month = d._shift_month(day.year, day.month, n * (12 if unit == "year" else 1))
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _week_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    found = _resolve(m["rest"], published, tense)
    if found is None or found.value is None:
        return found
    return d._week(found.low) if found.grain is Grain.DAY else None


# --- compositions


def _month_of(text: str, published: date | None, tense: Tense) -> d.DateValue | None:
    if text == "the month":
        text = "this month"
    if text in ("this month", "next month", "last month"):
        return None if published is None else d._period("month", _SHIFT[text.split()[0]], published, None)
    found = _resolve(text, published, tense)
    return found if found is None or found.value is None or found.grain is Grain.MONTH else None


def _nth_weekday_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    month = _month_of(m["rest"], published, tense)
    if month is None or month.value is None:
        return month if month is None else d.UNRESOLVED
    n = lexicon()["ordinals"][m["ord"]]
    weekday = d._names()[1][m["wd"]]
    found = nth_weekday(month.low.year, month.low.month, weekday, n)
    return d._day(found) if found else None


def _first_last_day_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    period = _month_of(m["rest"], published, tense)
    if period is None:
        period = _resolve(m["rest"], published, tense)
        if period is not None and period.grain is not Grain.YEAR:
            return None
    if period is None or period.value is None:
        return period
    return d._day(period.low if m["ord"] == "first" else period.high)


def _weekday_of_week(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    week = d._week(published + timedelta(weeks=_SHIFT[m["which"]]))
    return d._day(week.low + timedelta(days=d._names()[1][m["wd"]]))


def _weekday_after_next(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    nxt = d._weekday(d._names()[1][m["wd"]], published, tense, "next")
    return d._day(nxt + timedelta(weeks=1))


def _dom_of_month(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    year, month = d._shift_month(published.year, published.month, SHIFT_WORDS[m["which"]])
    return d._safe_day(year, month, int(m["d"]))


def _n_weekdays(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = _number(m["n"])
    if n is None:
        return None
    if published is None:
        return d.UNRESOLVED
    weekday = d._names()[1][m["wd"]]
    if m["dir"] == "ago":
        first = d._weekday(weekday, published, tense, "last")
        return d._day(first - timedelta(weeks=n - 1))
    first = d._weekday(weekday, published, tense, "next")
    return d._day(first + timedelta(weeks=n - 1))


def _n_units_from_now(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = _number(m["n"])
    if n is None:
        return None
    if published is None:
        return d.UNRESOLVED
    return d._period(m["unit"], n, published, None, exact=True)


def _offset_from(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = 1 if m["n"] == "the" else _number(m["n"])
    base = _resolve(m["rest"], published, tense)
    if n is None or base is None or base.grain is not Grain.DAY:
        return None if base is None or n is None or base.value is not None else d.UNRESOLVED
    days = n * {"day": 1, "week": 7}[m["unit"]]
    return d._day(base.low + timedelta(days=days if m["dir"] == "after" else -days))


# --- seasons, quarters, halves, decades, centuries


def _season_value(year: int, code: str) -> d.DateValue:
    start = date(year, _SEASON_MONTHS[code], 1)
    end_year, end_month = d._shift_month(year, _SEASON_MONTHS[code], 2)
    end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return _span(start, end, f"{year:04d}-{code}", Grain.SEASON)


def _season_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return _season_value(int(m["y"]), lexicon()["seasons"][m["season"]])


def _season_relative(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    code = lexicon()["seasons"][m["season"]]
    which = m["which"]
    if which == "this":  # the one under way ("this winter" in February began in December), else this year's
        under_way = [_season_value(y, code) for y in (published.year - 1, published.year)]
        return next((c for c in under_way if c.low <= published <= c.high), under_way[1])
    candidates = [_season_value(y, code) for y in range(published.year - 2, published.year + 2)]
    if which in ("last", "past", "previous"):
        return max((c for c in candidates if c.high < published), key=lambda c: c.high)
    return min((c for c in candidates if c.low > published), key=lambda c: c.low)


def _year_in(text: str | None, published: date | None) -> int | None:
    """The year named by "2014", "this year", "last year", "next year", "the year"; None when unknown."""
    if text is None or text in ("the year", "this year"):
        return None if published is None else published.year
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    m = re.fullmatch(r"(last|next) year", text)
    return None if m is None or published is None else published.year + _SHIFT[m[1]]


def _quarter_code(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._quarter(int(m["y"]), int(m["q"]))


def _quarter_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if m["ord"] in ("last", "final") and not m["rest"]:
        return None  # "last quarter" is the one before this
    q = _QUARTER_WORDS.get(m["ord"], _LAST_PART["quarter"])
    if m["rest"]:
        year = _year_in(m["rest"], published)
        if year is None:
            return d.UNRESOLVED if published is None else None
        return d._quarter(year, q)
    if published is None:
        return d.UNRESOLVED
    current = (published.month - 1) // 3 + 1
    year = published.year
    if tense is Tense.PAST and q > current:
        year -= 1
    elif tense is Tense.FUTURE and q < current:
        year += 1
    return d._quarter(year, q)


def _quarter_relative(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return d.UNRESOLVED
    return d._period("quarter", _SHIFT[m["which"]], published, None)


def _half_value(year: int, h: int) -> d.DateValue:
    start, end = (date(year, 1, 1), date(year, 6, 30)) if h == 1 else (date(year, 7, 1), date(year, 12, 31))
    return _span(start, end, f"{year:04d}-H{h}", Grain.HALF)


def _half_code(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return _half_value(int(m["y"]), int(m["h"]))


def _half_of(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    year = _year_in(m["rest"], published)
    if year is None:
        return d.UNRESOLVED if published is None else None
    return _half_value(year, _QUARTER_WORDS.get(m["ord"], _LAST_PART["half"]))


def _decade_part(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    start = int(m["dec"]) * 10
    lo, hi = _DECADE_PART[m["part"]]
    return _span(date(start + lo, 1, 1), date(start + hi, 12, 31), f"{start // 10:03d}X", Grain.DECADE)


def _decade_short(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    tens = int(m["t"]) if m["t"] else lexicon()["decade_words"][m["word"]]
    return d._decade(1900 + 10 * tens)


def _fortnights(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = _number(m["n"])
    if n is None:
        return None
    if published is None:
        return d.UNRESOLVED
    return d._day(published + timedelta(days=14 * n * (-1 if m["dir"] == "ago" else 1)))


def _ordinal_day(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    day = lexicon()["day_ordinals"][m["ord"]]
    month = d._month_num(m["mon"])
    if m["y"]:
        return d._safe_day(int(m["y"]), month, day)
    if published is None:
        return d.UNRESOLVED
    return d._safe_day(d._closest_year(month, day, published, tense), month, day) or d.UNRESOLVED


def _between(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    a = _resolve(m["a"], published, tense)
    if a is None:
        return None
    if a.value is None:
        return d.UNRESOLVED if _resolve(m["b"], None, tense) is not None else None
    b = _resolve(m["b"], a.low, Tense.FUTURE)  # the end is read after the start ("June 1 and June 5")
    if b is None or b.value is None:
        return None
    return _interval(a, b) if a.grain == b.grain else None


def _century(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    n = int(m["n"]) if m["n"] else lexicon()["century_ordinals"][m["word"]]
    if not 1 <= n <= 30:
        return None
    first = (n - 1) * 100
    return _span(date(max(first, 1), 1, 1), date(first + 99, 12, 31), f"{n - 1:02d}XX", Grain.CENTURY)


def _part_of_period(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if m["rest"].endswith("month"):
        if published is None:
            return d.UNRESOLVED
        which = m["rest"].split()[0]
        return d._period("month", _SHIFT[which], published, d._PART[m["part"]].replace("the ", ""))
    year = _year_in(m["rest"], published)
    if year is None:
        return d.UNRESOLVED if published is None else None
    return d._year(year, d._PART[m["part"]])


# --- the table


@cache
def _words() -> dict[str, str]:
    lex = lexicon()
    months = "|".join(sorted(lex["months"], key=len, reverse=True))
    weekdays = "|".join(sorted(lex["weekdays"], key=len, reverse=True))
    seasons = "|".join(lex["seasons"])
    ordinals = "|".join(sorted((re.escape(w) for w in lex["ordinals"]), key=len, reverse=True))
    centuries = "|".join(sorted(lex["century_ordinals"], key=len, reverse=True))
    numbers = "|".join(sorted(lex["number_words"], key=len, reverse=True))
    return {
        "MON": rf"(?:{months})\.?",
        "WD": rf"(?:{weekdays})",
        "SEASON": rf"(?:{seasons})",
        "ORD": rf"(?:{ordinals})",
        "CORD": rf"(?:{centuries})",
        "DECW": "|".join(lex["decade_words"]),
        "DORD": "|".join(sorted(lex["day_ordinals"], key=len, reverse=True)),
        "N": rf"(?:\d{{1,3}}|{numbers}|a|an)",
        "Y": r"(?:1[5-9]\d\d|20\d\d|21\d\d)",
        "TH": r"(?:st|nd|rd|th)?",
        "NW": numbers,
        "PART": "|".join(sorted((re.escape(p) for p in d._PART), key=len, reverse=True)),
    }


RULES: tuple[tuple[str, Handler], ...] = (
    (r"(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})", _numeric),
    (r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4}|\d{2})", _dotted),
    (r"(?P<y>\d{4})(?P<sep>[-/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})", _ymd),
    (r"(?P<y>{Y})/(?P<mo>\d{1,2})|(?P<mo2>\d{1,2})/(?P<y2>{Y})", None),  # replaced below
    (r"(?P<d>\d{1,2})-(?P<mon>{MON})-(?P<y>\d{4}|\d{2})", _day_mon_year),
    (r"(?P<d>\d{1,2})(?P<mon>{MON}) (?P<y>{Y})", _day_mon_year),
    (r"(?P<mo>\d{1,2})/(?P<d>\d{1,2})", _month_slash_day),
    (
        r"(?:between |from )?(?:the )?(?P<d1>\d{1,2}){TH} ?(?:to|-|–|and|until|through) ?(?:the )?"
        r"(?P<d2>\d{1,2}){TH}"
        r" (?:of )?(?P<mon>{MON})(?:,? (?P<y>{Y}))?",
        _day_range,
    ),
    (
        r"(?:between |from )?(?P<mon>{MON}) (?P<d1>\d{1,2}){TH} ?(?:to|-|–|and|until|through) ?"
        r"(?P<d2>\d{1,2}){TH}"
        r"(?:,? (?P<y>{Y}))?",
        _day_range,
    ),
    (
        r"(?:between |from )?(?P<m1>{MON}) (?:and|to|until|through|-) (?P<m2>{MON})(?:,? (?P<y>{Y}))?",
        _month_range,
    ),
    (r"(?:between |from )?(?P<y1>{Y}) ?(?:-|–|to|until|through) ?(?P<y2>\d{4}|\d\d)", _year_range),
    (r"between (?P<y1>{Y}) and (?P<y2>\d{4})", _year_range),
    (r"since (?P<rest>.+)", _since),
    (r"(?P<rest>yesterday|today|tomorrow) (?:morning|afternoon|evening|night)", _same_day),
    (r"(?:the )?(?P<dir>last|past|previous|next|coming) (?P<n>{N}) (?P<unit>day|week|month|year)s", _last_n),
    (r"the week of (?P<rest>.+)", _week_of),
    (r"(?:the )?(?P<ord>{ORD}) (?P<wd>{WD}) (?:of|in) (?P<rest>.+)", _nth_weekday_of),
    (r"(?:the )?(?P<ord>first|last|final) day of (?P<rest>.+)", _first_last_day_of),
    (r"(?P<wd>{WD}) of (?P<which>last|next|this) week", _weekday_of_week),
    (r"(?P<wd>{WD}) after next", _weekday_after_next),
    (r"(?:the )?(?P<d>\d{1,2}){TH} of (?P<which>last|next|this) month", _dom_of_month),
    (r"(?P<n>{N}) (?P<wd>{WD})s (?P<dir>from now|ago)", _n_weekdays),
    (
        r"(?P<n>{N}) (?P<unit>day|week|month|year)s? (?:from now|from today|hence|later than now)",
        _n_units_from_now,
    ),
    (r"in (?P<n>{N}) (?P<unit>day|week|month|year)s?(?: time)?", _n_units_from_now),
    (r"(?P<n>{N}|the) (?P<unit>day|week)s? (?P<dir>before|after) (?P<rest>.+)", _offset_from),
    (r"(?:the )?(?P<season>{SEASON}),? (?:of )?(?P<y>{Y})", _season_year),
    (r"(?P<which>this|last|past|previous|next|coming) (?P<season>{SEASON})", _season_relative),
    (r"q(?P<q>[1-4]),? (?P<y>{Y})", _quarter_code),
    (r"(?P<q>[1-4])q,? (?P<y>{Y})", _quarter_code),
    (
        r"(?:the )?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final) quarter"
        r"(?: of (?P<rest>.+))?",
        _quarter_of,
    ),
    (r"(?P<which>last|this|next|previous|coming) quarter", _quarter_relative),
    (r"h(?P<h>[12]),? (?P<y>{Y})", _half_code),
    (r"(?:the )?(?P<ord>first|second|1st|2nd|last|final) half of (?P<rest>.+)", _half_of),
    (r"(?:the )?(?P<part>early|mid|late)[- ]?(?P<dec>(?:1[5-9]|20)\d)0'?s", _decade_part),
    (r"(?:the )?(?:(?P<n>\d{1,2}){TH}|(?P<word>{CORD})) century", _century),
    (r"the (?:'?(?P<t>[1-9])0'?s|(?P<word>{DECW}))", _decade_short),
    (r"(?P<n>{N}) fortnights? (?P<dir>ago|from now|hence)", _fortnights),
    (r"(?:the )?(?P<ord>{DORD}) (?:of )?(?P<mon>{MON})(?:,? (?P<y>{Y}))?", _ordinal_day),
    (r"(?P<mon>{MON}) (?:the )?(?P<ord>{DORD})(?:,? (?P<y>{Y}))?", _ordinal_day),
    (r"(?:between|from) (?P<a>.+?) (?:and|to|until|till|through|-) (?P<b>.+)", _between),
    (
        r"(?:the )?(?P<part>beginning of|start of|middle of|end of|early|mid|late)[- ]"
        r"(?P<rest>the year|this year|last year|next year|the month)",
        _part_of_period,
    ),
)


def _year_month_either(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    year, month = (m["y"], m["mo"]) if m["y"] else (m["y2"], m["mo2"])
    return d._month(int(year), int(month)) if 1 <= int(month) <= 12 else None


Rules = tuple[tuple[str, Handler | None], ...]


@cache
def _compiled(rules: Rules) -> tuple[tuple[re.Pattern[str], Handler], ...]:
    words = _words()
    out = []
    for source, handler in rules:
        for key, value in words.items():
            source = source.replace("{" + key + "}", value)
        out.append((re.compile(source, re.IGNORECASE), handler or _year_month_either))
    return tuple(out)


def read(
    rules: Rules, text: str, published: date | None, tense: Tense, *, off_calendar_is_a_date: bool = False
) -> d.DateValue | None:
    """Read cleaned `text` (lower case, single spaces) by the first rule of `rules` that matches all of it
    and gives a reading; None when none does. `{MON}`, `{WD}` … in a rule are the lexicon's word lists
    (`_words`). A rule whose reading falls off the calendar ("next year" of 9999, "99999999 days ago")
    reads nothing, or, with `off_calendar_is_a_date`, an unresolved date."""
    for pattern, handler in _compiled(rules):
        m = pattern.fullmatch(text)
        if m is None:
            continue
        try:
            found = handler(m, published, tense)
        except KeyError:
            found = None
        except (ValueError, OverflowError):
            if off_calendar_is_a_date:
                return d.UNRESOLVED
            found = None
        if found is not None:
            return found
    return None


def resolve(text: str, published: date | None, tense: Tense) -> d.DateValue | None:
    """Read cleaned `text` by the grammar's rules (`RULES`), then by the added forms (`factx.date_forms`)."""
    found = read(RULES, text, published, tense)
    if found is not None:
        return found
    from factx import date_forms

    return date_forms.resolve(text, published, tense)
