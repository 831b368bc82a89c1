"""What the factx rule components share: a Matcher built from a pattern file, and qualifier extension."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factx.lexicon import lexicon, patterns
from factx.normalize.numbers import ONE_SIDED

MAX_QUALIFIER_TOKENS = 4


@cache
def _qualifier_phrases() -> tuple[frozenset[str], frozenset[str]]:
    phrases = set(lexicon()["qualifiers"])
    suffixes = set(lexicon()["qualifier_suffixes"])
    return frozenset(phrases - suffixes), frozenset(suffixes)


@cache
def _bounds() -> frozenset[str]:
    """Qualifier phrases that bound a number from one side ("more than", "up to"): they may stand before
    "the" and a number; "about the $5 million" is a topic, not an estimate."""
    return frozenset(p for p, q in lexicon()["qualifiers"].items() if q in ONE_SIDED)


def with_qualifier(span: Span) -> Span:
    """Grow `span` over a qualifier right before it ("more than", "nearly") or after it ("or more")."""
    doc = span.doc
    prefixes, suffixes = _qualifier_phrases()
    start, end = span.start, span.end
    # a bound may name what it compares with: "more than the $21 million (another player got)"
    the = 1 if start > 0 and doc[start - 1].lower_ == "the" else 0
    for n in range(MAX_QUALIFIER_TOKENS, 0, -1):
        if start - n < 0:
            continue
        phrase = doc[start - n : start].text.lower()  # as written: "approx." may be two tokens
        if phrase in prefixes:
            start -= n
            break
        if the and start - n - 1 >= 0 and doc[start - n - 1 : start - 1].text.lower() in _bounds():
            start -= n + 1
            break
    for n in (2, 1):
        if end + n <= len(doc) and " ".join(t.lower_ for t in doc[end : end + n]) in suffixes:
            end += n
            break
    return doc[start:end] if (start, end) != (span.start, span.end) else span


class RuleComponent:
    """A spaCy component that matches one pattern file and writes the kept spans to `doc.spans[key]`.

    Subclasses decide which matches to keep (`keep`) and may reshape them (`shape`).
    """

    pattern_file: str = ""

    def __init__(self, nlp: Language, name: str, span_key: str):
        self.name = name
        self.span_key = span_key
        self.matcher = Matcher(nlp.vocab, validate=True)
        for entry in patterns(self.pattern_file):
            self.matcher.add(entry.get("id") or entry["label"], [entry["pattern"]])
        self.label = patterns(self.pattern_file)[0]["label"]

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Return the non-overlapping matches this component keeps, longest first on overlap."""
        found = (Span(doc, start, end, label=self.label) for _, start, end in self.matcher(doc))
        shaped = (self.shape(span) for span in found)
        return filter_spans([s for s in shaped if s is not None and self.keep(s)])

    def shape(self, span: Span) -> Span | None:
        """Adjust a raw match (default: add its qualifier)."""
        return with_qualifier(span)

    def keep(self, span: Span) -> bool:
        """Whether a shaped match is a real mention (default: all)."""
        return True

    def set_annotations(self, doc: Doc, spans: Iterable[Span]) -> None:
        """Store the spans in `doc.spans[self.span_key]`."""
        doc.spans[self.span_key] = list(spans)


def taken(doc: Doc, keys: Iterable[str]) -> set[int]:
    """Token indices already covered by the spans under `keys`."""
    covered: set[int] = set()
    for key in keys:
        for span in doc.spans.get(key, []):
            covered.update(range(span.start, span.end))
    return covered
