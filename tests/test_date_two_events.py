"""Two date facts, each of one event told by several sources, stay two when their days differ: a purchase
dated January and February by two outlets (a disagreement) is not the press event two others date January,
though a fifth sentence names both the buyer and the event. Dates worked out by hand: each claim's month
is written in it."""

from __future__ import annotations

from factx.model import Grain, Kind, Mention, Status
from factx.reconcile import reconcile_facts

_MONTHS = {"01": ("2031-01-01", "2031-01-31"), "02": ("2031-02-01", "2031-02-28")}


def _month(doc: str, month: str, event: str | None, context: tuple[str, ...]) -> Mention:
    low, high = _MONTHS[month]
    return Mention(
        doc=doc,
        kind=Kind.DATE,
        label="DATE",
        text="last month",
        start=0,
        end=10,
        sentence="It happened last month.",
        value=f"2031-{month}",
        low=low,
        high=high,
        grain=Grain.MONTH,
        event=event,
        context=context,
    )


def test_a_purchase_and_a_press_event_of_other_months_stay_two_facts():
    facts = reconcile_facts(
        [
            _month("a", "01", "price", ("rival", "bought", "network", "unit")),
            _month("b", "02", "price", ("rival", "bought", "network", "assets")),
            _month("c", "01", "hold", ("press", "event", "server", "chips")),
            _month("d", "01", "hold", ("press", "event", "server", "partner")),
            _month("e", "01", None, ("press", "event", "server", "chips", "partner", "rival", "bought")),
        ]
    )
    found = sorted((f.status, sorted(c.doc for c in f.claims)) for f in facts)
    assert found == [(Status.AGREE, ["c", "d", "e"]), (Status.CONFLICT, ["a", "b"])]
