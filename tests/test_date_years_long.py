"""A window of years ("in the past two years", resolved to two years of days up to the publication date) is
the time a thing went on, never the day one thing happened: it stays out of the fact of a day, however
alike the sentences. Days worked out by hand: 2031-03-05 is the day both outlets name."""

from __future__ import annotations

from factx.model import Grain, Kind, Mention, Status
from factx.reconcile import reconcile_facts

_CONTEXT = ("rival", "buy", "startup", "server", "chip")


def _date(doc: str, text: str, low: str, high: str) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text=text,
        start=0,
        end=len(text),
        sentence=f"The rival bought the server startup {text}.",
        value=low if low == high else f"{low}/{high}",
        low=low,
        high=high,
        grain=Grain.DAY,
        event=None,
        context=_CONTEXT,
    )


def test_the_past_two_years_stays_out_of_a_days_fact():
    facts = reconcile_facts(
        [
            _date("a", "today", "2031-03-05", "2031-03-05"),
            _date("b", "Wednesday", "2031-03-05", "2031-03-05"),
            _date("c", "the past two years", "2029-03-05", "2031-03-05"),
        ]
    )
    found = sorted((f.status, sorted(c.doc for c in f.claims)) for f in facts)
    assert found == [(Status.AGREE, ["a", "b"]), (Status.SINGLE, ["c"])]
