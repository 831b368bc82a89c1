"""A part of a year that names no year ("the fourth quarter", "by year's end") in articles with no
publication date still compares on the floating day-of-year scale: the fourth quarter (October to
December) and the end of the year (September to December, as an open date names it) can both hold; the
first and the fourth quarter cannot. Words read from the day they are said ("the end of the month") say
nothing unresolved. Ranges worked out by hand (a month is month × 32 + day on the scale)."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.reconcile import reconcile_facts
from factx.reconcile.floating import MONTHDAY, floating


def _undated(doc: str, text: str) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"The merger is expected to close {text}.",
        value=None,
        event="close",
        context=("merger", "close", "expect"),
    )


def test_the_fourth_quarter_is_october_to_december_of_any_year():
    assert floating("the fourth quarter") == (MONTHDAY, 10 * 32 + 1.0, 12 * 32 + 31.0)


def test_by_years_end_names_the_end_of_the_year():
    assert floating("by year's end") == (MONTHDAY, 9 * 32 + 1.0, 12 * 32 + 31.0)


def test_words_read_from_the_day_they_are_said_do_not_float():
    assert floating("the end of the month") is None
    assert floating("the year") is None


def test_the_fourth_quarter_and_years_end_are_compatible():
    facts = reconcile_facts([_undated("a", "in the fourth quarter"), _undated("b", "by year's end")])
    assert [(f.status, sorted(c.doc for c in f.claims)) for f in facts] == [(Status.COMPATIBLE, ["a", "b"])]


def test_the_third_and_the_fourth_quarter_conflict():
    facts = reconcile_facts([_undated("a", "in the third quarter"), _undated("b", "in the fourth quarter")])
    assert [(f.status, sorted(c.doc for c in f.claims)) for f in facts] == [(Status.CONFLICT, ["a", "b"])]
