""" "since 1991" in an article with no publication date: a year (or a dated month/day) is absolute, so the
start is known even though "now" is not. It is an open date, known on its low side and open on its high
side (`at_least`), so sources that all say "since 1991" can agree. Expected values worked out by hand."""

from __future__ import annotations

from datetime import date

from factx.model import Grain, Kind, Mention, Qualifier, Status
from factx.normalize.dates import resolve_date
from factx.reconcile import reconcile_facts


def test_since_an_absolute_year_without_publication_date_is_open_on_the_high_side():
    found = resolve_date("since 1991", None)
    assert (found.value, found.grain, found.low, found.high, found.qualifier) == (
        "1991",
        Grain.YEAR,
        date(1991, 1, 1),
        None,
        Qualifier.AT_LEAST,
    )


def test_since_a_dated_month_without_publication_date_starts_on_its_first_day():
    found = resolve_date("since March 1991", None)
    assert (found.value, found.low, found.high, found.qualifier) == (
        "1991-03",
        date(1991, 3, 1),
        None,
        Qualifier.AT_LEAST,
    )


def test_since_a_relative_day_without_publication_date_stays_unresolved():
    assert resolve_date("since Tuesday", None).value is None


def test_since_with_a_publication_date_still_ends_on_it():
    found = resolve_date("since 1991", date(2008, 11, 18))
    assert (found.low, found.high, found.qualifier) == (date(1991, 1, 1), date(2008, 11, 18), None)


def _since(doc: str) -> Mention:
    found = resolve_date("since 1991", None)
    text = "since 1991"
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"The country has had no working government {text}.",
        value=found.value,
        low=found.low and found.low.isoformat(),
        high=None,
        qualifier=found.qualifier,
        grain=found.grain,
        context=("government", "have"),
    )


def test_three_undated_sources_saying_since_1991_agree():
    facts = reconcile_facts([_since("a"), _since("b"), _since("c")])
    assert [(f.status, len(f.claims)) for f in facts] == [(Status.AGREE, 3)]
