"""Of the claims of one frame whose values differ, the nearest in value join first: a figure one outlet
gets wrong is most often a slip from the others' figure, not the figure of the older event an article
recalls. Claims are given directly (no model); expected facts worked out by hand."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts


def size(doc: str, text: str, value: float, start: int, context: tuple[str, ...]) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.COUNT,
        label="COUNT",
        text=text,
        start=start,
        end=start + len(text),
        sentence=text,
        value=value,
        low=value,
        high=value,
        qualifier=Q.EXACT,
        precision=0.0,
        unit="quake",
        measure="magnitude:earthquake",
        event="magnitude",
        context=context,
    )


def test_a_slipped_figure_joins_the_figure_it_slipped_from_not_an_older_event_s():
    facts = reconcile_facts(
        [
            size("a", "a 5.8 quake", 5.8, 0, ("quake", "struck", "valley")),
            size("b", "a 5.8 quake", 5.8, 0, ("quake", "struck", "valley")),
            # c recalls an older quake in words much like d's own.
            size("c", "a 5.8 quake", 5.8, 0, ("quake", "struck", "valley")),
            size("c", "a 4.1 quake", 4.1, 500, ("quake", "rare", "area", "old")),
            size("d", "a 5.6 quake", 5.6, 0, ("quake", "struck", "rare", "area")),
        ]
    )
    by_text = {(c.doc, c.text): f for f in facts for c in f.claims}
    main = by_text[("a", "a 5.8 quake")]
    assert by_text[("d", "a 5.6 quake")] is main
    assert main.status is Status.CONFLICT
    assert by_text[("c", "a 4.1 quake")] is not main
