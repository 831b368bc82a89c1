"""What the factx rule components share: a Matcher built from a pattern file, and qualifier extension."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.attrs import FLAG19, LOWER, ORTH, SHAPE
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


_LEXEME_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "SHAPE": SHAPE}  # what a word alone decides
_FLAG_TESTS = ("IN", "REGEX")


class _WordTest:
    """Whether a word's attribute (its text, lower case or shape) is in a set or matches a pattern: one
    lexeme flag of the vocabulary, computed once per word instead of once per token."""

    def __init__(self, attr: int, test: str, value: Any, getter):
        self.key = (attr, test, repr(value))
        self.getter = getter
        self.words = frozenset(value) if test == "IN" else None
        self.regex = re.compile(value) if test == "REGEX" else None

    def __call__(self, word: str) -> bool:
        value = self.getter(word) if self.getter is not None else word
        return value in self.words if self.words is not None else bool(self.regex.search(value))


def _flag(vocab, attr: int, test: str, value: Any) -> int | None:
    """The lexeme flag for a test of a word's attribute, added to `vocab` on first use; None when the
    vocabulary has no free flag left."""
    word_test = _WordTest(attr, test, value, None if attr == ORTH else vocab.lex_attr_getters.get(attr))
    if attr != ORTH and word_test.getter is None:
        return None
    free = None
    for bit in range(FLAG19, 64):
        getter = vocab.lex_attr_getters.get(bit)
        if isinstance(getter, _WordTest) and getter.key == word_test.key:
            return bit
        if getter is None and free is None:
            free = bit
    return None if free is None else vocab.add_flag(word_test, flag_id=free)


def _flagged(vocab, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`pattern` with the set and regular-expression tests of its first token on a word's text, lower case
    or shape made lexeme flags. The Matcher tries the first token at every position of a Doc: a flag is a
    bit it reads, where a test is a Python call per token. What matches is the same."""
    first: dict[Any, Any] = {}
    for key, value in pattern[0].items():
        attr = _LEXEME_ATTRS.get(key.upper()) if isinstance(key, str) else None
        if attr is not None and isinstance(value, dict) and len(value) == 1:
            ((test, arg),) = value.items()
            bit = _flag(vocab, attr, test.upper(), arg) if test.upper() in _FLAG_TESTS else None
            if bit is not None:
                first[bit] = True
                continue
        first[key] = value
    return [first, *pattern[1:]]


class RuleComponent:
    """A spaCy component that matches one pattern file and writes the kept spans to `doc.spans[key]`.

    Subclasses decide which matches to keep (`keep`) and may reshape them (`shape`).
    """

    pattern_file: str = ""

    def __init__(self, nlp: Language, name: str, span_key: str):
        self.name = name
        self.span_key = span_key
        checked = Matcher(nlp.vocab, validate=True)  # the patterns as written, checked against the schema
        self.matcher = Matcher(nlp.vocab, validate=False)
        for entry in patterns(self.pattern_file):
            checked.add(entry.get("id") or entry["label"], [entry["pattern"]])
            self.matcher.add(entry.get("id") or entry["label"], [_flagged(nlp.vocab, entry["pattern"])])
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
