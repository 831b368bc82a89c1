"""One word for a day told by articles dated a day apart: three outlets report a ferry line's merger "today";
two are dated 6 May 2031, the third 7 May (its date line is in another time zone), so its "today" resolves
a day later. As written the days differ: one fact, a conflict, though its sentence shares one word with the
others. The same day written otherwise ("Wednesday") a day apart, or "today" two days apart, stays apart.
Days worked out by hand from each claim's publication date."""

from __future__ import annotations

from factx.model import Grain, Kind, Mention, Status
from factx.reconcile import reconcile_facts

_AGREED = ("ferry", "line", "merger", "announce", "harbour", "board")
_LATE = ("merger", "move", "visibility", "differentiation", "business", "niche", "analyst")


def _day(doc: str, text: str, day: str, context: tuple[str, ...]) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"{text.capitalize()}, it moved.",
        value=day,
        low=day,
        high=day,
        grain=Grain.DAY,
        context=context,
    )


def _fact_of(facts, doc: str):
    (fact,) = [f for f in facts if any(c.doc == doc for c in f.claims)]
    return fact


def test_today_from_an_article_dated_a_day_later_is_the_same_date_told_as_a_conflict():
    facts = reconcile_facts(
        [
            _day("a", "today", "2031-05-06", _AGREED),
            _day("b", "today", "2031-05-06", _AGREED),
            _day("c", "today", "2031-05-07", _LATE),
        ]
    )
    fact = _fact_of(facts, "c")
    assert {c.doc for c in fact.claims} == {"a", "b", "c"}
    assert fact.status is Status.CONFLICT


def test_another_word_or_two_days_apart_stays_apart():
    weekday = reconcile_facts(
        [
            _day("a", "Tuesday", "2031-05-06", _AGREED),
            _day("b", "Tuesday", "2031-05-06", _AGREED),
            _day("c", "Wednesday", "2031-05-07", _LATE),
        ]
    )
    assert {c.doc for c in _fact_of(weekday, "c").claims} == {"c"}
    later = reconcile_facts(
        [
            _day("a", "today", "2031-05-06", _AGREED),
            _day("b", "today", "2031-05-06", _AGREED),
            _day("c", "today", "2031-05-08", _LATE),
        ]
    )
    assert {c.doc for c in _fact_of(later, "c").claims} == {"c"}
