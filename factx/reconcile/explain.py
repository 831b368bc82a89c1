"""Words for a fact: `about`, a short phrase built from its claims' frames ("people killed · Athens"), and
`why`, one sentence saying what makes its status, with the claims that disagree with the rest marked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from factx.frame_words import event_name, is_event_class, label_for_measure
from factx.model import Claim, Kind, Mention, Status
from factx.reconcile.status import Interval, interval_of

MAX_ANCHORS = 2
PEOPLE_NOUN = "people"
PERSON = "person"  # the measure class of people (`frames.measure_of`)
MAX_DOCS_SHOWN = 4
SEPARATOR = " · "


def _noun(mentions: Sequence[Mention]) -> str | None:
    """What a count counts, as the sources write it: "people" when most count people in general."""
    measures = Counter(m.measure for m in mentions if m.measure)
    if not measures:
        return None
    measure = measures.most_common(1)[0][0]
    if measure == PERSON:
        return PEOPLE_NOUN
    nouns = Counter(m.text.split()[-1].lower() for m in mentions if m.measure == measure)
    return nouns.most_common(1)[0][0]


def _event_label(mentions: Sequence[Mention], noun: str | None) -> str | None:
    """The event a fact's label names: the one most of its sources give (at least two of them, or half),
    and one that fits what is counted ("killed" names people, not miles; a thing is "seized", not "arrested").
    None when no event is common enough: "members fired", from one source's verb, misleads more than it
    says."""
    by_doc: dict[str, set[str]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, set())
        if m.event:
            by_doc[m.doc].add(m.event)
    events = Counter(e for found in by_doc.values() for e in found)
    if not events:
        return None
    best = max(events, key=lambda e: (events[e], is_event_class(e), e))
    if events[best] < 2 and 2 * events[best] < len(by_doc):
        return None
    if mentions[0].kind is Kind.COUNT and noun is not None:
        measures = Counter(m.measure.partition(":")[0] for m in mentions if m.measure)
        return label_for_measure(best, people=measures.most_common(1)[0][0] == PERSON)
    return event_name(best)


def about_of(mentions: Sequence[Mention], fallback: str) -> str:
    """A phrase read in a second: the measure, the event and the anchors most claims name.

    Args:
        mentions: the fact's claims as mentions.
        fallback: the phrase to use when the claims have no event (thin frames).
    """
    if not any(m.event for m in mentions):
        return fallback
    kind = mentions[0].kind
    noun = _noun(mentions) if kind is Kind.COUNT else None
    event = _event_label(mentions, noun)
    if event is None and kind is not Kind.COUNT:
        return fallback
    event = event or ""
    if kind is Kind.COUNT:
        head = " ".join(w for w in (noun, event) if w)
    elif kind is Kind.DATE:
        head = f"date: {event}"
    elif kind is Kind.PERCENT:
        head = f"% {event}"
    else:
        head = event
    docs = len({m.doc for m in mentions})
    anchors = Counter(a for m in mentions for a in dict.fromkeys(m.anchors))
    need = 2 if docs > 1 else 1
    named = [a for a, n in sorted(anchors.items(), key=lambda x: (-x[1], x[0])) if n >= need][:MAX_ANCHORS]
    return head + (SEPARATOR + ", ".join(named) if named else "")


def _docs(claims: Sequence[Claim]) -> str:
    docs = sorted({c.doc for c in claims})
    shown = ", ".join(docs[:MAX_DOCS_SHOWN])
    return shown + (f" and {len(docs) - MAX_DOCS_SHOWN} more" if len(docs) > MAX_DOCS_SHOWN else "")


def _groups_by_text(claims: Sequence[Claim]) -> list[tuple[str, list[Claim]]]:
    by_text: dict[str, list[Claim]] = {}
    for c in claims:
        by_text.setdefault(" ".join(c.text.split()), []).append(c)
    return sorted(by_text.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def _largest_consistent(
    claims: Sequence[Claim], intervals: Sequence[Interval | None] | None = None
) -> list[list[int]]:
    """Every largest set of claims that can all be right (their intervals share a point), as claim indexes:
    one sweep over the interval ends in order (an open end counts as just inside its value), so a fact
    with many claims costs n·log n. More than one set means two readings have as many sources each."""
    if intervals is None:
        intervals = [interval_of(c) for c in claims]
    ends = []
    for k, found in enumerate(intervals):
        if found is None:
            continue
        # At one value: open ends (just below it), closed starts, closed ends, open starts (just above it).
        ends.append((found.low, 3 if found.low_open else 1, 0, k))
        ends.append((found.high, 0 if found.high_open else 2, 1, k))
    if not ends:
        return []
    ends.sort()
    live: set[int] = set()
    best: list[set[int]] = []
    size = 0
    rising = False
    for _, _, is_end, k in ends:
        if is_end:
            if rising and len(live) >= size and live:
                if len(live) > size:
                    best, size = [], len(live)
                best.append(set(live))
            rising = False
            live.discard(k)
            continue
        live.add(k)
        rising = True
    return [sorted(group) for group in best]


def explain(
    claims: Sequence[Claim], status: Status, intervals: Sequence[Interval | None] | None = None
) -> tuple[str, tuple[Claim, ...]]:
    """`why` for a fact with `claims` and `status`, and the claims with `disagrees` set on those outside the
    largest group of claims that can all be right (outside every largest group when two are as large: `why`
    then says it is a tie).

    `intervals` stand in for the claims' own values where these are not comparable (unresolved dates on
    the floating scale of `floating.py`)."""
    claims = tuple(claims)
    if status is Status.SINGLE:
        return f"Only {_docs(claims)} states it.", claims
    if status is Status.AGREE:
        return f"All {len({c.doc for c in claims})} sources state {' '.join(claims[0].text.split())}.", claims
    if status is Status.COMPATIBLE:
        groups = _groups_by_text(claims)
        parts = "; ".join(f"{text} ({_docs(cs)})" for text, cs in groups)
        return f"The figures can all hold but are stated differently: {parts}.", claims
    groups = _largest_consistent(claims, intervals)
    if not groups:
        return "Some sources cannot all be right.", claims
    if len(groups) > 1:
        return _tie(claims, groups)
    kept = set(groups[0])
    inside = [claims[k] for k in groups[0]]
    outside = [c for k, c in enumerate(claims) if k not in kept]
    if not outside:
        return "Some sources cannot all be right.", claims
    flagged = tuple(replace(c, disagrees=True) if k not in kept else c for k, c in enumerate(claims))
    ours = _groups_by_text(inside)[0]
    theirs = _groups_by_text(outside)[0]
    return f"{ours[0]} ({_docs(ours[1])}) cannot be '{theirs[0]}' ({_docs(theirs[1])}).", flagged


def _tie(claims: tuple[Claim, ...], groups: list[list[int]]) -> tuple[str, tuple[Claim, ...]]:
    """Two readings (or more) with as many sources each: `why` says so, and only the claims that are in
    none of them are marked; who is right is not for factx to say."""
    # the two readings differ by the claims each has and the other has not: those are the ones to name
    a = _groups_by_text([claims[k] for k in groups[0] if k not in set(groups[1])])[0]
    b = _groups_by_text([claims[k] for k in groups[1] if k not in set(groups[0])])[0]
    kept = {k for group in groups for k in group}
    flagged = tuple(replace(c, disagrees=True) if k not in kept else c for k, c in enumerate(claims))
    n = len(groups[0])
    sources = "source" if n == 1 else "sources"
    return (
        f"{a[0]} ({_docs(a[1])}) cannot be '{b[0]}' ({_docs(b[1])}), and as many sources state each "
        f"({n} {sources}): no reading is marked as the one that disagrees.",
        flagged,
    )
