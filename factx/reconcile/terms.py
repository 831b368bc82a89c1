"""The length a deal's sum is told with: which deal the sum is of.

Why a module of its own: a story of several bidders tells each offer as a length and a sum ("the Orioles
(seven years, $140-150 million) and Nationals (eight years, $160 million)", "an eight-year, $160 million
offer", "$140 million over seven years"), and a source that names no bidder still says which offer it
means by the length ("the seven-year offers were in the $140 million to $160 million range"). Two sums
told with other lengths are two deals (`facts._relation`), unless they are the same sum: two sources may
disagree on the length of one deal.

The length is the nearest one in the sum's sentence with no other sum or length between them, nor the end
of a parenthesis or a clause (")", ";"), so "the Orioles (seven years, $140 million) and Nationals (eight
years, $160 million)" gives each sum its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factx.frame_words import words
from factx.model import Kind, Mention

_BREAKS = (")", ";")


def terms(mentions: Sequence[Mention]) -> dict[int, tuple]:
    """For each index of a sum of a deal (an event of `termed_events`, or none) in `mentions`, the length it
    is told with, as (unit, value); sums without one are left out."""
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.kind in (Kind.MONEY, Kind.DURATION) and m.sentence_start is not None:
            by_sentence[(m.doc, m.sentence_start)].append(i)
    deals = words().termed
    found = {}
    for members in by_sentence.values():
        lengths = [i for i in members if mentions[i].kind is Kind.DURATION and mentions[i].value is not None]
        if not lengths:
            continue
        members.sort(key=lambda i: mentions[i].start)
        for i in members:
            m = mentions[i]
            if m.kind is not Kind.MONEY or (m.event is not None and m.event not in deals):
                continue
            near = _nearest(m, [mentions[j] for j in members], [mentions[j] for j in lengths])
            if near is not None:
                found[i] = (near.unit, near.value)
    return found


def _nearest(m: Mention, told: list[Mention], lengths: list[Mention]) -> Mention | None:
    """The length nearest `m` with nothing between them that ends the phrase (see the module docstring)."""
    best, gap = None, None
    ss = m.sentence_start or 0
    for d in lengths:
        lo, hi = (d.end, m.start) if d.end <= m.start else (m.end, d.start)
        if hi < lo or any(lo <= o.start < hi for o in told if o is not d and o is not m):
            continue
        if any(b in m.sentence[lo - ss : hi - ss] for b in _BREAKS):
            continue
        if gap is None or hi - lo < gap:
            best, gap = d, hi - lo
    return best
