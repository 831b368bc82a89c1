"""factx_entities: the model's named entities, cleaned, plus names introduced by a naming cue.

Model entities lose titles, articles, possessives and stray punctuation ("Emmanuel Macron’s" → "Emmanuel
Macron"). A naming cue ("the so-called Coalition of the Willing", "known as the “coalition of the willing”")
marks the name after it even when the model misses it or it is written in lower case.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factx.lexicon import lexicon
from factx.normalize.names import trim_name

ENTITY_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "EVENT",
    "FAC",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
)
NAMED_LABEL = "ORG"
MAX_NAME_TOKENS = 8
MIN_QUOTED_WORDS = (
    3  # a lower-case quoted name needs this many words ("coalition of the willing", not "the boss")
)
_OPEN_QUOTES = {'"', "“", "‘", "'"}
_CLOSE_QUOTES = {'"', "”", "’", "'"}
_NAME_LINKS = {"of", "the", "and", "for", "on", "in", "de", "&"}


@Language.factory(
    "factx_entities",
    assigns=["doc.spans"],
    default_config={"span_key": "factx_entities", "labels": list(ENTITY_LABELS)},
)
def make_entities(nlp: Language, name: str, span_key: str, labels: list[str]) -> EntityComponent:
    return EntityComponent(name, span_key, labels)


class EntityComponent:
    """Writes cleaned entity spans to `doc.spans[span_key]`; `doc.ents` stays the model's."""

    def __init__(self, name: str, span_key: str, labels: list[str]):
        self.name = name
        self.span_key = span_key
        self.labels = set(labels)
        self._cues = [tuple(c.replace("-", " - ").split()) for c in lexicon()["naming_cues"]]

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Cleaned model entities and cue-introduced names; a cue name wins over an overlapping entity."""
        named = list(self._named(doc))
        model = [s for s in (self._clean(e) for e in doc.ents if e.label_ in self.labels) if s is not None]
        kept = filter_spans(named + model)
        return sorted(kept, key=lambda s: s.start)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        """Store the spans in `doc.spans[self.span_key]`."""
        doc.spans[self.span_key] = spans

    @staticmethod
    def _clean(ent: Span) -> Span | None:
        start, end = trim_name(ent.text)
        if start == end:
            return None
        span = ent.doc.char_span(
            ent.start_char + start, ent.start_char + end, label=ent.label_, alignment_mode="contract"
        )
        if span is None or not any(c.isupper() for c in span.text) or len(span.text) < 2:
            return None
        return span

    def _named(self, doc: Doc):
        lowers = [t.lower_ for t in doc]
        for i in range(len(doc)):
            for cue in self._cues:
                if tuple(lowers[i : i + len(cue)]) == cue:
                    span = _name_after(doc, i + len(cue))
                    if span is not None:
                        yield span


def _name_after(doc: Doc, i: int) -> Span | None:
    """The quoted phrase or capitalized run of words at token `i` (after an optional "the")."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i < len(doc) and doc[i].text in _OPEN_QUOTES:
        for j in range(i + 2, min(i + MAX_NAME_TOKENS + 2, len(doc))):
            if doc[j].text in _CLOSE_QUOTES or (
                doc[j].text in {",", "."} and doc[j + 1 : j + 2].text in _CLOSE_QUOTES
            ):
                words = doc[i + 1 : j]
                named = len(words) >= MIN_QUOTED_WORDS or any(t.is_title for t in words)
                if named and all(t.is_alpha or t.lower_ in _NAME_LINKS for t in words):
                    return Span(doc, words.start, words.end, label=NAMED_LABEL)
                return None
        return None
    j = i
    while (
        j < len(doc)
        and j - i < MAX_NAME_TOKENS
        and (doc[j].is_title or (j > i and doc[j].lower_ in _NAME_LINKS))
    ):
        j += 1
    while j > i and not doc[j - 1].is_title:
        j -= 1
    if j - i >= 2:
        return Span(doc, i, j, label=NAMED_LABEL)
    return None
