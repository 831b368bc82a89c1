"""Amounts whose currency sign a bad encoding lost ("an? 110 billion", "a ��110 billion"): which currency
they were in, so they meet the same amounts of other sources.

Why a module of its own: the finder reads such an amount as "¤", a unit of its own, since the text alone
cannot say which sign it was. But "$" is plain ASCII and is never lost; the sign was one a narrow encoding
cannot hold (€, £, ¥), and the article, or the story, names the currency it is about. So, before facts
are formed, a "¤" amount becomes the one currency other than the dollar that its article names in the
amounts it states (and in words: "billions of euros"), or, when its article names none, the one the story's
articles name most. An amount given in brackets right after another ("30bn euros (�25.7bn)") is the
writer's conversion into another currency, so it is left as "¤", and a conversion names no currency of
the story ("? 110 billion (Dh472bn)" is not about dirhams).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from factx.frame_measures import currency_family
from factx.lexicon import lexicon
from factx.model import Kind, Mention

LOST = "¤"
DOLLAR = "$"
MAX_BRACKET_GAP = 3  # characters between an amount and its conversion: " (", "(", " ( "


def name_lost_signs(mentions: Iterable[Mention]) -> list[Mention]:
    """`mentions`, with each "¤" amount that is not a conversion restated in the currency its article (or
    else its story) names; the others as they are."""
    mentions = list(mentions)
    if not any(m.kind is Kind.MONEY and m.unit == LOST for m in mentions):
        return mentions
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind in (Kind.MONEY, Kind.COUNT):
            by_doc[m.doc].append(m)
    converted: set[tuple[str, int]] = set()
    named: dict[str, Counter[str]] = {}
    for doc, found in by_doc.items():
        found.sort(key=lambda m: m.start)
        money = [m for m in found if m.kind is Kind.MONEY]
        converted |= {(doc, m.start) for before, m in pairwise(money) if _converts(before, m)}
        named[doc] = Counter(
            code for m in found if (m.doc, m.start) not in converted and (code := _currency(m)) is not None
        )
    story = sum(named.values(), Counter())
    out = []
    for m in mentions:
        if m.kind is Kind.MONEY and m.unit == LOST and (m.doc, m.start) not in converted:
            code = _only(named.get(m.doc, Counter())) or _most(story)
            if code is not None:
                m = replace(m, unit=code)
        out.append(m)
    return out


def _currency(m: Mention) -> str | None:
    """The currency a mention names, other than the dollar (whose sign is never lost) and "¤" itself."""
    code = m.unit if m.kind is Kind.MONEY else lexicon()["currency_words"].get((m.unit or "").lower())
    if code is None or code == LOST or currency_family(code) == DOLLAR:
        return None
    return code


def _converts(before: Mention, m: Mention) -> bool:
    """Whether `m` is given in brackets right after `before`: the writer's conversion of it."""
    gap = m.start - before.end
    if not 0 < gap <= MAX_BRACKET_GAP or before.sentence_start is None or m.sentence_start is None:
        return False
    if before.sentence_start != m.sentence_start:
        return False
    offset = m.sentence_start
    if len(m.sentence) != (m.sentence_end or 0) - offset:  # a window of a long sentence: cannot see
        return False
    return m.sentence[before.end - offset : m.start - offset].strip() == "("


def _only(counts: Counter[str]) -> str | None:
    return next(iter(counts)) if len(counts) == 1 else None


def _most(counts: Counter[str]) -> str | None:
    """The currency named more often than all others together, else None."""
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n > sum(counts.values()) - n else None
