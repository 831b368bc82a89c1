"""factx_count: counts of things ("more than 30 countries", "dozens of allied nations", "15 countries reps").

A count is a number phrase from `patterns/count.jsonl` followed by the counted noun: through "of" after
vague numbers, over adjectives and participles, up to the first plural noun. With a tagger the noun is found
by part of speech; on a blank pipeline by its plural form.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from factx.components.base import RuleComponent, taken, with_qualifier
from factx.lexicon import lexicon
from factx.normalize.numbers import normalize_count, singular

MAX_MODIFIERS = 3
_MODIFIER_POS = {"ADJ", "NOUN", "PROPN"}
_MODIFIER_TAGS = {"VBN", "VBG", "JJ", "JJR", "JJS"}


@Language.factory(
    "factx_count",
    assigns=["doc.spans"],
    default_config={
        "span_key": "factx_count",
        "exclude": ["factx_money", "factx_percent", "factx_dates", "factx_duration"],
    },
)
def make_count(nlp: Language, name: str, span_key: str, exclude: list[str]) -> CountComponent:
    return CountComponent(nlp, name, span_key, exclude)


class CountComponent(RuleComponent):
    """Keeps number phrases that count a noun, not money, percentages, dates, ages or durations."""

    pattern_file = "count"

    def __init__(self, nlp: Language, name: str, span_key: str, exclude: list[str]):
        super().__init__(nlp, name, span_key)
        self.exclude = exclude
        self._taken: set[int] = set()
        self._tagged = False

    def __call__(self, doc: Doc) -> Doc:
        self._taken = taken(doc, self.exclude)
        self._tagged = doc.has_annotation("TAG")
        return super().__call__(doc)

    def shape(self, span: Span) -> Span | None:
        doc = span.doc
        if _is_compound_or_code(span) or (span[0].lower_ == "one" and _next(doc, span.end, "of")):
            return None
        noun = counted_noun(span, tagged=self._tagged)
        if noun is None:
            return None
        return with_qualifier(doc[span.start : noun + 1])

    def keep(self, span: Span) -> bool:
        if self._taken.intersection(range(span.start, span.end)):
            return False
        return normalize_count(number_text(span)) is not None


def _next(doc: Doc, i: int, text: str) -> bool:
    return i < len(doc) and doc[i].lower_ == text


def _is_compound_or_code(span: Span) -> bool:
    """ "four-year", "30-year-old", "F-16", "COVID-19", "No. 10" are not counts."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_:
        return True
    if span.start >= 1 and doc[span.start - 1].text in ("-", "#", "No.", "no.", "No", "number", "Number"):
        return True
    return span.start >= 1 and not doc[span.start - 1].whitespace_ and doc[span.start - 1].is_alpha


def counted_noun(span: Span, *, tagged: bool) -> int | None:
    """Index of the noun counted by the number phrase `span`, or None when it counts no noun.

    `tagged` says whether the Doc has part-of-speech tags (checked once per Doc: it costs a pass over it).
    """
    doc = span.doc
    lex = lexicon()
    stop = set(lex["count_stop"])
    i = span.end
    if i < len(doc) and doc[i].lower_ == "of" and span[-1].lower_ in set(lex["vague_numbers"]) | {"dozen"}:
        i += 1
    first = i
    for j in range(i, min(i + MAX_MODIFIERS + 1, len(doc))):
        tok = doc[j]
        if not tok.is_alpha or tok.lower_ in stop:
            break
        if tagged:
            if tok.tag_ in ("NNS", "NNPS"):
                return _unless_time(doc, j)
            if not (tok.pos_ in _MODIFIER_POS or tok.tag_ in _MODIFIER_TAGS):
                break
        else:
            if tok.is_stop:
                break
            if singular(tok.lower_) != tok.lower_ or tok.lower_ in lex["irregular_plurals"]:
                return _unless_time(doc, j)
    if first < len(doc) and doc[first].is_alpha and doc[first].lower_ not in stop:
        tok = doc[first]
        singular_noun = tok.pos_ == "NOUN" if tagged else not tok.is_stop and not tok.is_title
        if singular_noun:
            return _unless_time(doc, first)
    return None


def _unless_time(doc: Doc, j: int) -> int | None:
    lemma = singular(doc[j].lower_)
    return None if lemma in lexicon()["time_units"] else j


def number_text(span: Span) -> str:
    """The qualifier-and-number part of a count span: its longest prefix that parses as a number."""
    for cut in range(span.end - 1, span.start, -1):
        text = span.doc[span.start : cut].text
        if normalize_count(text) is not None:
            return text
    return span.text
