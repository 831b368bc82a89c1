"""factx_duration: lengths of time ("a four-year war", "48 hours", "for two decades", "up to 48 hours",
"three to five years", "more than a decade").

Not lengths: ages ("30-year-old", "30 years old"), offsets that place an event in time ("three years ago",
"two days later", "in 48 hours"), frequencies ("every two years") and anything the date component read
("the past two weeks"). The words that decide it are the lexicon's `duration_*` lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from factx.components.base import RuleComponent, taken, with_qualifier
from factx.lexicon import lexicon
from factx.normalize.durations import normalize_duration
from factx.normalize.numbers import singular

_ARTICLES = frozenset({"a", "an", "half"})
_HYPHENS = frozenset({"-", "–"})
_JOINERS = frozenset({"-", "–", "to", "and", "or"})


@Language.factory(
    "factx_duration",
    assigns=["doc.spans"],
    default_config={"span_key": "factx_duration", "exclude": ["factx_dates"]},
)
def make_duration(nlp: Language, name: str, span_key: str, exclude: list[str]) -> DurationComponent:
    return DurationComponent(nlp, name, span_key, exclude)


@dataclass(frozen=True)
class _Words:
    """The lexicon's duration lists, as the component reads them."""

    stop_after: tuple[tuple[str, ...], ...]  # "ago", "later", "old" (an age): not a length
    stop_before: frozenset[str]  # "in 48 hours", "every two years"
    cues: frozenset[str]  # "for a year": a length even with "a"
    idioms: frozenset[str]  # "one day" (someday)
    cue_qualifiers: frozenset[str]  # "over" means "more than" only after a cue ("for over a year")
    units: frozenset[str]  # unit names; an upper-case word that is none ("HR") is no unit


@cache
def _words() -> _Words:
    lex = lexicon()
    return _Words(
        tuple(sorted((tuple(p.split()) for p in lex["duration_stop_after"]), key=len, reverse=True)),
        frozenset(lex["duration_stop_before"]),
        frozenset(lex["duration_article_cues"]),
        frozenset(lex["duration_idioms"]),
        frozenset(lex["duration_cue_qualifiers"]),
        frozenset(lex["time_units"]),
    )


class DurationComponent(RuleComponent):
    """Keeps the matches of `patterns/duration.jsonl` that normalize to a length of time, outside the spans
    of the `exclude` components (dates)."""

    pattern_file = "duration"

    def __init__(self, nlp: Language, name: str, span_key: str, exclude: list[str]):
        super().__init__(nlp, name, span_key)
        self.exclude = exclude
        self._taken: set[int] = set()

    def __call__(self, doc: Doc) -> Doc:
        self._taken = taken(doc, self.exclude)
        return super().__call__(doc)

    def shape(self, span: Span) -> Span | None:
        doc = span.doc
        words = _words()
        unit = span[-1]
        if unit.is_upper and singular(unit.lower_.rstrip(".")) not in words.units:
            return None  # "203 HR" counts home runs
        if _followed_by(doc, span.end, words.stop_after) or _glued_before(span) or _range_tail(span):
            return None
        before = doc[span.start - 1].lower_ if span.start else ""
        if before in words.stop_before:
            return None
        grown = with_qualifier(span)
        if grown is not span and doc[grown.start : span.start].text.lower() in words.cue_qualifiers:
            cued = grown.start > 0 and doc[grown.start - 1].lower_ in words.cues
            grown = grown if cued else span  # "$160 million over eight years": spread over, not more than
        bare = grown is span and before not in words.cues
        if bare and span[-1].lower_ == "half":
            return grown  # "a year and a half": a length whatever comes before it
        if bare and (span[0].lower_ in _ARTICLES or span.text.lower() in words.idioms):
            return None  # "twice a year", "$5 million a year", "One day, he…": no length is stated
        return grown

    def keep(self, span: Span) -> bool:
        if self._taken.intersection(range(span.start, span.end)):
            return False
        return normalize_duration(span.text) is not None


def _followed_by(doc: Doc, i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a phrase of `phrases` comes right after token `i`, over a hyphen ("30-year-old")."""
    if i < len(doc) and doc[i].text in _HYPHENS:
        i += 1
    return any(tuple(t.lower_ for t in doc[i : i + len(phrase)]) == phrase for phrase in phrases)


def _range_tail(span: Span) -> bool:
    """The match is the end of a range the longer match reads whole, or rejects ("every 12 to 18 months")."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ in _JOINERS and doc[span.start - 2].like_num


def _glued_before(span: Span) -> bool:
    """The match is the tail of a longer token run ("COVID-19 days", "F-16 years", "twenty-" before "five
    years", which the longer match reads whole)."""
    doc = span.doc
    if span.start < 1:
        return False
    prev = doc[span.start - 1]
    return not prev.whitespace_ and (prev.text in _HYPHENS or prev.is_alpha or prev.like_num)
