"""Sums written like a range that are two sums.

Why a module of its own: the money finder reads "$100 to $1,199" as a range, which it is after "from" or
"between" or on its own. Two readings make it two sums, each a fact of its own:

* a change and the level it reaches: right after a verb of change ("has dropped $100 to $1,199", "cut by
  $2 to $15"), without "from", the first sum is by how much and the second the new level (a range whose
  ends share one scale word, "raised $5 to $10 million", stays a range: "$5" alone is not what it says);
* the prices of a product line's models: "the 13-inch MacBook Air costs $1,099 to $1,499", "the 15-inch
  models are priced between $1,799 and $2,199" give the cheapest model's price (the line's starting
  price, what other outlets quote) and the dearest one's, each end written in full. Only where the
  document names the line the sum is of (`frame_products`).
"""

from __future__ import annotations

from spacy.tokens import Span

from factx.frame_products import product_of
from factx.frame_words import lemma_of, words
from factx.model import Qualifier
from factx.normalize.money import normalize_money

_TO = "to"
_AND = "and"
_BY = "by"
_RANGE_STARTS = frozenset({"from", "between"})


def split_change(span: Span) -> list[Span]:
    """`span` as [the change, the new level] when it is "<sum> to <sum>" right after a verb of change (or
    "<verb> by"), else [span]."""
    doc = span.doc
    cut = next((tok.i for tok in span[1:-1] if tok.lower_ == _TO), None)
    if cut is None or span[0].lower_ in _RANGE_STARTS or span.start == 0:
        return [span]
    verb = doc[span.start - 1]
    if verb.lower_ == _BY and span.start > 1:
        verb = doc[span.start - 2]
    if lemma_of(verb) not in words().change_verbs or verb.pos_ not in ("VERB", "AUX"):
        return [span]
    change = Span(doc, span.start, cut, label=span.label)
    level = Span(doc, cut + 1, span.end, label=span.label)
    whole, first = normalize_money(span.text), normalize_money(change.text)
    if whole is None or first is None or normalize_money(level.text) is None or whole.low != first.value:
        return [span]  # the ends share a scale ("$5 to $10 million"): a range
    return [change, level]


def split_models(span: Span) -> list[Span]:
    """`span` as [the cheapest model's price, the dearest one's] when it is a range of two sums written in
    full ("$1,099 to $1,499", "between $1,799 and $2,199") of a product line its document names, else
    [span]."""
    doc = span.doc
    first = 1 if span[0].lower_ in _RANGE_STARTS else 0
    cut = next((tok.i for tok in span[first + 1 : -1] if tok.lower_ in (_TO, _AND)), None)
    if cut is None:
        return [span]
    whole = normalize_money(span.text)
    if whole is None or whole.qualifier is not Qualifier.RANGE:
        return [span]
    low = Span(doc, span.start + first, cut, label=span.label)
    high = Span(doc, cut + 1, span.end, label=span.label)
    ends = normalize_money(low.text), normalize_money(high.text)
    if any(end is None or end.qualifier is not Qualifier.EXACT for end in ends):
        return [span]
    if (ends[0].value, ends[1].value) != (whole.low, whole.high) or product_of(span) is None:
        return [span]
    return [low, high]
