"""A change and the level it reaches, written like a range: "the 13-inch has dropped $100 to $1,199".

Why a module of its own: the money finder reads "$100 to $1,199" as a range, which it is after "from" or
"between" or on its own ("priced $1,099 to $1,499"). Right after a verb of change ("dropped", "cut",
"raised"), without "from", the first sum is by how much and the second the new level: two amounts, each a
fact of its own (the cut, the price). A range whose ends share one scale word ("raised $5 to $10 million")
stays a range: "$5" alone is not what it says.
"""

from __future__ import annotations

from spacy.tokens import Span

from factx.frame_words import lemma_of, words
from factx.normalize.money import normalize_money

_TO = "to"
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
