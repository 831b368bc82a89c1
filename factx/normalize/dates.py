"""Date expressions → a value at its grain plus the interval of days it covers.

Absolute dates ("Dec. 27, 2025", "December 2025", "2018", "the 1990s") need no reference. Relative ones
("today", "last month", "Friday", "late last month", "New Year's Eve") are resolved against the article's
publication date and the clause's tense; without a publication date they come out unresolved
(`value=None`). The wall clock is never consulted.

The readings are tables of rules (`factx.date_basic`, `factx.date_grammar`); this module holds the value type,
the calendar arithmetic they share, open intervals ("before 2014") and the last resort, dateparser.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from factx.lexicon import lexicon
from factx.model import Grain, Qualifier, Tense
from factx.tolerances import (
    EARLY_DAYS,
    EARLY_MONTHS,
    LATE_DAYS,
    LATE_MONTHS,
    MID_DAYS,
    MID_MONTHS,
    NEAREST_WEEKDAY_SPAN,
)


@dataclass(frozen=True)
class DateValue:
    """A resolved date: `value` is ISO text at `grain` ("2026-01-05", "2025-12", "2026-W02", "2018",
    "199X"); `low`/`high` are the first and last day covered. All None when unresolved.

    An open interval ("before 2014", "after March", "by 2020") keeps the date it is stated against as its
    `value` and `grain`, leaves the open side None and says which side is open by its `qualifier`
    (`less_than`, `more_than`, `at_most`), as "more than $20 billion" does for money."""

    value: str | None
    grain: Grain | None
    low: date | None
    high: date | None
    qualifier: Qualifier | None = None


UNRESOLVED = DateValue(None, None, None, None)
_LEAD = re.compile(r"^(?:on|in|circa|from|during|of|at|as of|around)\s+")
_PART = {
    "early": "early",
    "the beginning of": "early",
    "the start of": "early",
    "beginning of": "early",
    "start of": "early",
    "mid": "mid",
    "the middle of": "mid",
    "middle of": "mid",
    "late": "late",
    "the end of": "late",
    "end of": "late",
}


def _day(d: date) -> DateValue:
    return DateValue(d.isoformat(), Grain.DAY, d, d)


def _month(year: int, month: int, part: str | None = None) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    lo, hi = 1, last
    if part:
        lo, hi = {"early": EARLY_DAYS, "mid": MID_DAYS, "late": LATE_DAYS}[part]
        hi = min(hi, last)
    return DateValue(f"{year:04d}-{month:02d}", Grain.MONTH, date(year, month, lo), date(year, month, hi))


def _year(year: int, part: str | None = None) -> DateValue:
    lo, hi = 1, 12
    if part:
        lo, hi = {"early": EARLY_MONTHS, "mid": MID_MONTHS, "late": LATE_MONTHS}[part]
    return DateValue(
        f"{year:04d}", Grain.YEAR, date(year, lo, 1), date(year, hi, calendar.monthrange(year, hi)[1])
    )


def _week(any_day: date) -> DateValue:
    monday = any_day - timedelta(days=any_day.weekday())
    iso = monday.isocalendar()
    return DateValue(f"{iso.year:04d}-W{iso.week:02d}", Grain.WEEK, monday, monday + timedelta(days=6))


def _quarter(year: int, q: int) -> DateValue:
    end = date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    return DateValue(f"{year:04d}-Q{q}", Grain.QUARTER, date(year, 3 * q - 2, 1), end)


def _decade(start: int) -> DateValue:
    return DateValue(f"{start // 10:03d}X", Grain.DECADE, date(start, 1, 1), date(start + 9, 12, 31))


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


@cache
def _names() -> tuple[dict[str, int], dict[str, int], str, str]:
    lex = lexicon()
    months, weekdays = lex["months"], lex["weekdays"]
    month_re = "|".join(sorted(months, key=len, reverse=True))
    weekday_re = "|".join(sorted(weekdays, key=len, reverse=True))
    return months, weekdays, rf"(?:{month_re})\.?", rf"(?:{weekday_re})\.?"


def _clean(text: str) -> str:
    return _LEAD.sub("", _tidy(text))


def _tidy(text: str) -> str:
    """Lower case, straight quotes, single spaces, abbreviations spelled out ("tues." → "tuesday", "yr" →
    "year"); leading prepositions kept."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:()")
    text = re.sub(r"\bthis (coming|past)\b", r"\1", text)
    return _abbreviations().sub(lambda m: _abbreviation_table()[m.group(1)], text)


@cache
def _abbreviation_table() -> dict[str, str]:
    lex = lexicon()
    names = {n: w for w, n in lex["weekdays"].items()}
    table = {a.rstrip("."): names[n] for a, n in lex["weekday_abbreviations"].items()}
    return {**table, **lex["period_abbreviations"]}


@cache
def _abbreviations() -> re.Pattern[str]:
    words = "|".join(sorted(_abbreviation_table(), key=len, reverse=True))
    return re.compile(rf"\b({words})\b\.?")


def _month_num(token: str) -> int:
    return _names()[0][token.rstrip(".")]


def _closest_year(month: int, day: int | None, published: date, tense: Tense) -> int:
    def at(year: int) -> date:
        return date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))

    years = [published.year - 1, published.year, published.year + 1]
    if day is None:
        key = published.year * 12 + published.month
        cands = [(y, (y * 12 + month) - key) for y in years]
    else:
        cands = [(y, (at(y) - published).days) for y in years]
    if tense is Tense.PAST:
        cands = [c for c in cands if c[1] <= 0] or cands
    elif tense is Tense.FUTURE:
        cands = [c for c in cands if c[1] >= 0] or cands
    return min(cands, key=lambda c: (abs(c[1]), c[1]))[0]


def _weekday(target: int, published: date, tense: Tense, modifier: str | None) -> date | None:
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if modifier in ("last", "past", "previous"):
        return published - timedelta(days=back or 7)
    if modifier in ("next", "coming"):
        return published + timedelta(days=ahead or 7)
    if modifier == "this":
        return published - timedelta(days=published.weekday()) + timedelta(days=target)
    if tense is Tense.PAST:
        return published - timedelta(days=back)
    if tense in (Tense.FUTURE, Tense.PRESENT):
        return published + timedelta(days=ahead)
    nearest = min(back, ahead)
    if nearest > NEAREST_WEEKDAY_SPAN:
        return None
    return published - timedelta(days=back) if back <= ahead else published + timedelta(days=ahead)


def _safe_day(year: int, month: int, day: int) -> DateValue | None:
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def closest_day(days: list[date | None], published: date, tense: Tense) -> date | None:
    """The day of `days` nearest to publication, on the side the tense points to when there is one."""
    cands = [(d, (d - published).days) for d in days if d is not None]
    if tense is Tense.PAST:
        cands = [c for c in cands if c[1] <= 0] or cands
    elif tense is Tense.FUTURE:
        cands = [c for c in cands if c[1] >= 0] or cands
    return min(cands, key=lambda c: (abs(c[1]), c[1]))[0] if cands else None


def _period(unit: str, by: int, published: date, part: str | None, exact: bool = False) -> DateValue:
    if unit == "day":
        return _day(published + timedelta(days=by))
    if unit in ("week", "weekend"):
        value = _week(published + timedelta(weeks=by))
        if unit == "weekend":
            saturday = value.low + timedelta(days=5)
            return DateValue(value.value, Grain.WEEK, saturday, saturday + timedelta(days=1))
        if part == "earlier" and by == 0:
            return DateValue(value.value, Grain.WEEK, value.low, published)
        if part == "later" and by == 0:
            return DateValue(value.value, Grain.WEEK, published, value.high)
        return value
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + by
        return _quarter(index // 4, index % 4 + 1)
    if unit == "month":
        year, month = _shift_month(published.year, published.month, by)
        if part in ("earlier", "later") and by == 0:
            full = _month(year, month)
            lo, hi = (full.low, published) if part == "earlier" else (published, full.high)
            return DateValue(full.value, Grain.MONTH, lo, hi)
        return _month(year, month, _PART.get(part or ""))
    year_value = _year(published.year + by, _PART.get(part or ""))
    if part in ("earlier", "later") and by == 0:
        lo, hi = (year_value.low, published) if part == "earlier" else (published, year_value.high)
        return DateValue(year_value.value, Grain.YEAR, lo, hi)
    return year_value


@lru_cache(maxsize=65536)
def resolve_date(text: str, published: date | None, tense: Tense = Tense.UNKNOWN) -> DateValue | None:
    """Resolve a date expression; None when `text` is not a date at all.

    Args:
        text: the expression as written ("Jan. 5, 2026", "last month", "on Friday").
        published: the article's publication date, the reference for relative expressions.
        tense: the tense of the clause; decides past or future for weekdays and bare months.

    Returns:
        A `DateValue`; its `value` is None when the expression is relative and `published` is None.
    """
    from factx import date_basic, date_grammar

    tidy = _tidy(text)
    opened = _open_interval(tidy, published, tense)
    if opened is not None:
        return opened
    cleaned = _clean(text)
    if not cleaned:
        return None
    found = date_grammar.read(date_basic.ABSOLUTE, cleaned, published, tense, off_calendar_is_a_date=True)
    found = found or date_grammar.resolve(tidy, published, tense)
    found = found or (date_grammar.resolve(cleaned, published, tense) if cleaned != tidy else None)
    if found is not None:
        return found
    if cleaned.startswith("since "):
        return None
    found = date_grammar.read(date_basic.RELATIVE, cleaned, published, tense, off_calendar_is_a_date=True)
    if published is None:
        found = found or _fallback(cleaned, None)
        return found or (UNRESOLVED if _looks_relative(cleaned) else None)
    return found or _fallback(cleaned, published)


@cache
def _open_leads() -> re.Pattern[str]:
    leads = sorted(lexicon()["date_open_leads"], key=len, reverse=True)
    return re.compile(rf"({'|'.join(re.escape(w) for w in leads)})\s+(.+)")


def _open_interval(text: str, published: date | None, tense: Tense) -> DateValue | None:
    """ "before 2014" → up to 2013-12-31, "after 2010" → from 2011-01-01, "until March" / "by 2020" → up to
    the last day of March / 2020; the other side open. None when `text` has no such lead word or what
    follows it is no date."""
    m = _open_leads().fullmatch(text)
    if m is None:
        return None
    qualifier = Qualifier(lexicon()["date_open_leads"][m.group(1)])
    found = resolve_date(m.group(2), published, tense)
    if found is None or found.value is None or found.qualifier is not None:
        return found if found is None or found.value is None else None
    if qualifier is Qualifier.LESS_THAN:
        return DateValue(found.value, found.grain, None, found.low - timedelta(days=1), qualifier)
    if qualifier is Qualifier.MORE_THAN:
        return DateValue(found.value, found.grain, found.high + timedelta(days=1), None, qualifier)
    return DateValue(found.value, found.grain, None, found.high, qualifier)


@lru_cache(maxsize=4096)
def open_period(text: str, day: date) -> tuple[date, date] | None:
    """The period the words after an open date's lead name, read with `day` (a day of that period: the end
    "by" and "until" give, the day before "after" starts) as the reference: "by the end of the year" names
    the end of the year, not the whole year; "by the mid-1980s" the mid-1980s. None when `text` has no lead
    or its words name no period around `day` ("by next week" read from its own last day is another week)."""
    m = _open_leads().fullmatch(_tidy(text))
    if m is None:
        return None
    found = resolve_date(m.group(2), day, Tense.UNKNOWN)
    if found is None or found.low is None or found.high is None or found.qualifier is not None:
        return None
    return (found.low, found.high) if found.low <= day <= found.high else None


def _looks_relative(text: str) -> bool:
    _, _, month_re, weekday_re = _names()
    words = "today|tonight|yesterday|tomorrow|last|next|this|ago|coming|earlier|later"
    relative = rf"\b(?:{words}|{weekday_re}|{month_re})\b"
    return re.search(relative, text) is not None


def _fallback(text: str, published: date | None) -> DateValue | None:
    """Ask dateparser, with English only and the publication date as its base, about text with a digit and a
    month name ("30 January 2026 at 10am"); with no publication date, only text that names a year."""
    _, _, month_re, _ = _names()
    if not re.search(r"\d", text) or not re.search(rf"\b{month_re}\b", text):
        return None
    if published is None and not re.search(r"\b\d{4}\b", text):
        return None
    return _dateparser(text, published)


@lru_cache(maxsize=16384)
def _dateparser(text: str, published: date | None) -> DateValue | None:
    from dateparser.date import DateDataParser

    base = datetime.combine(published or date(2000, 1, 1), datetime.min.time())
    parser = DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return _year(found.year)
    if period == "month":
        return _month(found.year, found.month)
    if period == "week":
        return _week(found)
    return _day(found)
