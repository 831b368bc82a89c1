"""resolve_date: (text, published, tense) → (value, grain, low, high).

Reference calendar: 2026-01-02 is a Friday, 2026-01-05 a Monday, 2026-01-06 a Tuesday, 2026-01-07 a
Wednesday; 2025-12-31 a Wednesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from factx.model import Tense
from factx.normalize.dates import resolve_date

FRI = date(2026, 1, 2)
MON = date(2026, 1, 5)
TUE = date(2026, 1, 6)
WED = date(2026, 1, 7)
MID_MARCH = date(2024, 3, 15)
P, F, PR, U = Tense.PAST, Tense.FUTURE, Tense.PRESENT, Tense.UNKNOWN

ABSOLUTE = [
    ("Jan. 5, 2026", "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("January 5, 2026", "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("Monday, Jan. 5, 2026", "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("Dec. 27, 2025", "2025-12-27", "day", "2025-12-27", "2025-12-27"),
    ("Sept. 11, 2001", "2001-09-11", "day", "2001-09-11", "2001-09-11"),
    ("5 January 2026", "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("the 5th of January, 2026", "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("July 4th, 1776", "1776-07-04", "day", "1776-07-04", "1776-07-04"),
    ("2026-01-05", "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("01/05/2026", "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("25/12/2025", "2025-12-25", "day", "2025-12-25", "2025-12-25"),
    ("December 2025", "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("February 2022", "2022-02", "month", "2022-02-01", "2022-02-28"),
    ("February 2024", "2024-02", "month", "2024-02-01", "2024-02-29"),
    ("Dec. 2025", "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("January of 2026", "2026-01", "month", "2026-01-01", "2026-01-31"),
    ("late December 2025", "2025-12", "month", "2025-12-21", "2025-12-31"),
    ("early March 2024", "2024-03", "month", "2024-03-01", "2024-03-10"),
    ("2018", "2018", "year", "2018-01-01", "2018-12-31"),
    ("in 2018", "2018", "year", "2018-01-01", "2018-12-31"),
    ("early 2025", "2025", "year", "2025-01-01", "2025-04-30"),
    ("mid-2024", "2024", "year", "2024-05-01", "2024-08-31"),
    ("late 2023", "2023", "year", "2023-09-01", "2023-12-31"),
    ("the 1990s", "199X", "decade", "1990-01-01", "1999-12-31"),
    ("the '80s", "198X", "decade", "1980-01-01", "1989-12-31"),
    ("New Year's Eve 2025", "2025-12-31", "day", "2025-12-31", "2025-12-31"),
    ("Christmas Day 2024", "2024-12-25", "day", "2024-12-25", "2024-12-25"),
]


@pytest.mark.parametrize(("text", "value", "grain", "low", "high"), ABSOLUTE)
@pytest.mark.parametrize("published", [None, MON])
def test_absolute_dates_need_no_reference(text, value, grain, low, high, published):
    found = resolve_date(text, published)
    assert (found.value, found.grain.value) == (value, grain)
    assert (found.low.isoformat(), found.high.isoformat()) == (low, high)


RELATIVE = [
    ("today", MON, U, "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("tonight", MON, U, "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("yesterday", MON, U, "2026-01-04", "day", "2026-01-04", "2026-01-04"),
    ("last night", MON, U, "2026-01-04", "day", "2026-01-04", "2026-01-04"),
    ("tomorrow", FRI, U, "2026-01-03", "day", "2026-01-03", "2026-01-03"),
    ("the day before yesterday", MON, U, "2026-01-03", "day", "2026-01-03", "2026-01-03"),
    ("three days ago", TUE, U, "2026-01-03", "day", "2026-01-03", "2026-01-03"),
    ("two weeks ago", WED, U, "2025-W52", "week", "2025-12-22", "2025-12-28"),
    ("a year ago", MON, U, "2025", "year", "2025-01-01", "2025-12-31"),
    ("last month", TUE, U, "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("Late last month", MON, U, "2025-12", "month", "2025-12-21", "2025-12-31"),
    ("the end of last month", MON, U, "2025-12", "month", "2025-12-21", "2025-12-31"),
    ("early next month", MON, U, "2026-02", "month", "2026-02-01", "2026-02-10"),
    ("the middle of this month", MID_MARCH, U, "2024-03", "month", "2024-03-11", "2024-03-20"),
    ("earlier this month", MID_MARCH, U, "2024-03", "month", "2024-03-01", "2024-03-15"),
    ("later this year", MID_MARCH, U, "2024", "year", "2024-03-15", "2024-12-31"),
    ("this month", MID_MARCH, U, "2024-03", "month", "2024-03-01", "2024-03-31"),
    ("next month", date(2025, 12, 10), U, "2026-01", "month", "2026-01-01", "2026-01-31"),
    ("next week", FRI, U, "2026-W02", "week", "2026-01-05", "2026-01-11"),
    ("last week", TUE, U, "2026-W01", "week", "2025-12-29", "2026-01-04"),
    ("this week", WED, U, "2026-W02", "week", "2026-01-05", "2026-01-11"),
    ("this weekend", WED, U, "2026-W02", "week", "2026-01-10", "2026-01-11"),
    ("last year", MON, U, "2025", "year", "2025-01-01", "2025-12-31"),
    ("next year", MON, U, "2027", "year", "2027-01-01", "2027-12-31"),
    # weekdays by tense
    ("Monday", TUE, P, "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("on Monday", TUE, P, "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("Tuesday", TUE, F, "2026-01-06", "day", "2026-01-06", "2026-01-06"),
    ("Friday", MON, P, "2026-01-02", "day", "2026-01-02", "2026-01-02"),
    ("Monday", FRI, F, "2026-01-05", "day", "2026-01-05", "2026-01-05"),
    ("Tuesday", FRI, F, "2026-01-06", "day", "2026-01-06", "2026-01-06"),
    ("Friday", FRI, P, "2026-01-02", "day", "2026-01-02", "2026-01-02"),
    ("Wednesday", TUE, PR, "2026-01-07", "day", "2026-01-07", "2026-01-07"),
    ("Thursday", MON, P, "2026-01-01", "day", "2026-01-01", "2026-01-01"),
    ("Tuesday evening", TUE, PR, "2026-01-06", "day", "2026-01-06", "2026-01-06"),
    ("Sunday morning", TUE, P, "2026-01-04", "day", "2026-01-04", "2026-01-04"),
    ("Sunday", MON, U, "2026-01-04", "day", "2026-01-04", "2026-01-04"),
    ("Wednesday", MON, U, "2026-01-07", "day", "2026-01-07", "2026-01-07"),
    ("last Friday", FRI, U, "2025-12-26", "day", "2025-12-26", "2025-12-26"),
    ("next Monday", MON, U, "2026-01-12", "day", "2026-01-12", "2026-01-12"),
    ("this Thursday", MON, U, "2026-01-08", "day", "2026-01-08", "2026-01-08"),
    # month without a year, by tense
    ("December", MON, P, "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("in December", MON, U, "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("March", MON, F, "2026-03", "month", "2026-03-01", "2026-03-31"),
    ("last December", date(2025, 12, 5), U, "2024-12", "month", "2024-12-01", "2024-12-31"),
    ("next January", date(2026, 1, 20), U, "2027-01", "month", "2027-01-01", "2027-01-31"),
    ("January 2", TUE, U, "2026-01-02", "day", "2026-01-02", "2026-01-02"),
    ("Dec. 30", MON, P, "2025-12-30", "day", "2025-12-30", "2025-12-30"),
    ("March 3", MON, F, "2026-03-03", "day", "2026-03-03", "2026-03-03"),
    # holidays
    ("New Year's Eve", FRI, P, "2025-12-31", "day", "2025-12-31", "2025-12-31"),
    ("New Year’s Day", FRI, P, "2026-01-01", "day", "2026-01-01", "2026-01-01"),
    ("Christmas", date(2025, 12, 10), F, "2025-12-25", "day", "2025-12-25", "2025-12-25"),
    ("Halloween", date(2025, 11, 3), P, "2025-10-31", "day", "2025-10-31", "2025-10-31"),
    ("Canada Day", date(2025, 6, 20), U, "2025-07-01", "day", "2025-07-01", "2025-07-01"),
]


@pytest.mark.parametrize(("text", "published", "tense", "value", "grain", "low", "high"), RELATIVE)
def test_relative_dates_resolve_against_publication(text, published, tense, value, grain, low, high):
    found = resolve_date(text, published, tense)
    assert (found.value, found.grain.value) == (value, grain)
    assert (found.low.isoformat(), found.high.isoformat()) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "today",
        "last month",
        "Late last month",
        "next week",
        "Saturday",
        "Monday",
        "New Year's Eve",
        "yesterday",
        "three days ago",
        "in December",
        "January 2",
        "the end of last month",
        "this weekend",
        "last Friday",
    ],
)
def test_relative_dates_without_publication_stay_unresolved(text):
    found = resolve_date(text, None)
    assert found is not None
    assert (found.value, found.low, found.high) == (None, None, None)


def test_weekday_of_unknown_tense_too_far_away_is_unresolved():
    # Friday seen from a Monday: 3 days back or 4 ahead; Thursday from a Monday is 4 back or 3 ahead.
    assert resolve_date("Friday", MON).value == "2026-01-02"
    assert resolve_date("Thursday", MON).value == "2026-01-08"


@pytest.mark.parametrize("text", ["blah", "the meeting", "four-year", "Carney", ""])
def test_not_a_date(text):
    assert resolve_date(text, MON) is None


def test_impossible_day_is_not_resolved():
    assert resolve_date("Feb. 30, 2026", None).value is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("99999999 days ago", MON),
        ("tomorrow", date(9999, 12, 31)),
        ("next year", date(9999, 6, 1)),
        ("last month", date(1, 1, 5)),
        ("next week", date(9999, 12, 30)),
        ("New Year's Eve", date(9999, 12, 31)),
    ],
)
def test_results_off_the_calendar_are_unresolved(text, published):
    assert resolve_date(text, published).value is None
