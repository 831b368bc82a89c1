"""The basic date forms as two tables of rules, read by the same engine as `factx.date_grammar`.

`ABSOLUTE` needs no reference: "Dec. 27, 2025", "27 December 2025", "2025-12-27", "12/27/2025", "December
2025", "late 2018", "the 1990s", and holidays with or without a year ("Easter 2015", "Christmas").
`RELATIVE` reads against the publication date and the clause's tense: "today", "last night", "Friday", "next
march", "late last month", "three weeks ago", "Dec. 27"; without a publication date its rules read nothing,
and `resolve_date` marks the expression unresolved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factx.holidays import holiday, is_holiday
from factx.lexicon import lexicon
from factx.model import Tense
from factx.normalize import dates as d

_SIMPLE = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
_BACK = ("last", "past", "previous")
_AHEAD = ("next", "coming")
_MOVE = {**dict.fromkeys(_BACK, -1), **dict.fromkeys(_AHEAD, 1), "this": 0}
_LEANS = {**dict.fromkeys(_BACK, Tense.PAST), **dict.fromkeys(_AHEAD, Tense.FUTURE)}


def _part(m: re.Match[str]) -> str | None:
    return d._PART.get(m["part"] or "")


# --- absolute


def _month_day_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._safe_day(int(m["y"]), d._month_num(m["mon"]), int(m["d"]))


def _iso_day(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._safe_day(int(m["y"]), int(m["mo"]), int(m["d"]))


def _slashed(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    first, second = int(m["a"]), int(m["b"])
    month, day = (second, first) if first > 12 else (first, second)  # US order unless it cannot be
    return d._safe_day(int(m["y"]), month, day)


def _month_year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._month(int(m["y"]), d._month_num(m["mon"]), _part(m))


def _year(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._year(int(m["y"]), _part(m))


def _decade(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return d._decade(int(m["dec"]) * 10) if m["dec"] else d._decade(1900 + int(m["t"]) * 10)


def _holiday(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    name = m["name"]
    if not is_holiday(name):
        return None
    if m["y"]:
        found = holiday(name, int(m["y"]))
        return d._day(found) if found else None
    if published is None:
        return d.UNRESOLVED
    years = range(published.year - 1, published.year + 2)
    found = d.closest_day([holiday(name, y) for y in years], published, tense)
    return d._day(found) if found else d.UNRESOLVED


# --- relative


def _simple(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    return None if published is None else d._day(published + timedelta(days=_SIMPLE[m[0]]))


def _weekday(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return None
    found = d._weekday(d._names()[1][m["wd"].rstrip(".")], published, tense, m["mod"])
    return d._day(found) if found else d.UNRESOLVED


def _month(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return None
    month = d._month_num(m["mon"])
    year = d._closest_year(month, None, published, _LEANS.get(m["mod"] or "", tense))
    if (year, month) == (published.year, published.month):  # "last October" in October: a year back
        year += 1 if m["mod"] in _AHEAD else -1 if m["mod"] in _BACK else 0
    return d._month(year, month, _part(m))


def _period(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return None
    return d._period(m["unit"], _MOVE[m["mod"]], published, m["part"])


def _ago(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return None
    n = 1.0 if m["n"] in ("a", "an") else float(lexicon()["number_words"].get(m["n"]) or m["n"])
    if not n.is_integer():
        return None  # "(two and a) half years ago": no whole number of periods
    return d._period(m["unit"], -int(n), published, None, exact=True)


def _day_of_month(m: re.Match[str], published: date | None, tense: Tense) -> d.DateValue | None:
    if published is None:
        return None
    month = d._month_num(m["mon"] or m["mon2"])
    day = int(m["d"] or m["d2"])
    if not 1 <= day <= 31:
        return None
    return d._safe_day(d._closest_year(month, day, published, tense), month, day) or d.UNRESOLVED


_WD = r"(?:(?P<wdname>{WD})\.?,? )?"  # a weekday before a full date ("Wednesday, Oct. 15, 2014") is dropped
_DAY = r"(?P<d>\d{1,2}){TH}"
_MOD = r"(?:(?P<mod>last|next|this|past|previous|coming) )"

ABSOLUTE = (
    (_WD + r"(?P<mon>{MON}) " + _DAY + r",? (?P<y>\d{4})", _month_day_year),
    (_WD + r"(?:the )?" + _DAY + r" (?:of )?(?P<mon>{MON}),? (?P<y>\d{4})", _month_day_year),
    (r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})", _iso_day),
    (r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})", _slashed),
    (r"(?:(?P<part>{PART})[ -])?(?P<mon>{MON}),? (?:of )?(?P<y>\d{4})", _month_year),
    (r"(?:(?P<part>{PART})[ -])?(?:the year )?(?P<y>(?:1[5-9]|20|21)\d\d)", _year),
    (r"(?:the )?(?P<dec>(?:1[5-9]|20)\d)0'?s|(?:the )?'(?P<t>\d)0s", _decade),
    (r"(?P<name>.+?)(?:,? (?P<y>\d{4}))?", _holiday),
)

RELATIVE = (
    ("|".join(sorted(_SIMPLE, key=len, reverse=True)), _simple),
    (_MOD + r"?(?P<wd>{WD})\.?(?: (?:morning|afternoon|evening|night|overnight))?", _weekday),
    (r"(?:(?P<part>{PART})[ -])?" + _MOD + r"?(?P<mon>{MON})", _month),
    (r"(?:(?P<part>{PART}|earlier|later) )?" + _MOD + r"(?P<unit>week|weekend|month|year)", _period),
    (r"(?P<n>\d+|{NW}|a|an) (?P<unit>day|weekend|week|month|quarter|year)s? ago", _ago),
    (r"(?P<mon>{MON}) " + _DAY + r"|(?P<d2>\d{1,2}){TH} (?:of )?(?P<mon2>{MON})", _day_of_month),
)
