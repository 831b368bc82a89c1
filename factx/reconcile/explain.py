"""Words for a fact: `about`, a short phrase built from its claims' frames ("people killed · Athens"), and
`why`, one sentence saying what makes its status, with the claims that disagree with the rest marked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from factx.frames import event_name, is_event_class
from factx.model import Claim, Kind, Mention, Status
from factx.reconcile.status import Interval, interval_of

MAX_ANCHORS = 2
MAX_DOCS_SHOWN = 4
SEPARATOR = " · "


def _noun(mentions: Sequence[Mention]) -> str | None:
    """What a count counts, as the sources write it: "people" when most count people in general."""
    measures = Counter(m.measure for m in mentions if m.measure)
    if not measures:
        return None
    measure = measures.most_common(1)[0][0]
    if measure == "person":
        return "people"
    nouns = Counter(m.text.split()[-1].lower() for m in mentions if m.measure == measure)
    return nouns.most_common(1)[0][0]


def about_of(mentions: Sequence[Mention], fallback: str) -> str:
    """A phrase read in a second: the measure, the event and the anchors most claims name.

    Args:
        mentions: the fact's claims as mentions.
        fallback: the phrase to use when the claims have no event (thin frames).
    """
    events = Counter(m.event for m in mentions if m.event)
    if not events:
        return fallback
    best = max(events, key=lambda e: (events[e], is_event_class(e), e))
    event = event_name(best) or ""
    kind = mentions[0].kind
    if kind is Kind.COUNT:
        head = " ".join(w for w in (_noun(mentions), event) if w)
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
) -> tuple[list[int], bool]:
    """The largest set of claims that can all be right (their intervals share a point) and whether it is the
    only largest one: one sweep over the interval ends in order (an open end counts as just inside its
    value), so a fact with many claims costs n·log n."""
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
        return [], True
    ends.sort()
    live: set[int] = set()
    best: set[int] = set()
    peaks = 0
    rising = False
    for _, _, is_end, k in ends:
        if is_end:
            if rising and len(live) == len(best):
                peaks += 1
            rising = False
            live.discard(k)
            continue
        live.add(k)
        rising = True
        if len(live) > len(best):
            best, peaks = set(live), 0
    return sorted(best), peaks <= 1


def explain(
    claims: Sequence[Claim], status: Status, intervals: Sequence[Interval | None] | None = None
) -> tuple[str, tuple[Claim, ...]]:
    """`why` for a fact with `claims` and `status`, and the claims with `disagrees` set on those outside the
    largest group of claims that can all be right (all of them when two groups are equally large).

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
    members, unique = _largest_consistent(claims, intervals)
    inside = [claims[k] for k in members]
    kept = set(members)
    outside = [c for k, c in enumerate(claims) if k not in kept]
    if not inside or not outside:
        return "Some sources cannot all be right.", claims
    marked = {id(c) for c in (claims if not unique else outside)}
    flagged = tuple(replace(c, disagrees=True) if id(c) in marked else c for c in claims)
    ours = _groups_by_text(inside)[0]
    theirs = _groups_by_text(outside)[0]
    return f"{ours[0]} ({_docs(ours[1])}) cannot be '{theirs[0]}' ({_docs(theirs[1])}).", flagged
