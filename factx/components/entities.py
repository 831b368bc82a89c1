"""factx_entities: the model's named entities, cleaned, plus names introduced by a naming cue.

Model entities lose titles, articles, possessives and stray punctuation ("Emmanuel Macron’s" → "Emmanuel
Macron"), job titles before a name ("Police Chief Charles Craft" → "Charles Craft", a PERSON) and a
sentence-opening adverb ("Naturally Scott Boras"); a personal name takes in the surname the model left out
("Maria Corina" + "Machado"), and a span of one letter ("X.") is no name. A short all-capital word that
only ever follows a number ("121 RBI", "10 GB", "1:00pm CST") is a unit, not a name. On headline lines,
where Title Case makes the model run names into verbs ("Lindsay Lohan Checks Into Rehab"), only names the
article's body also uses are kept; byline lines give no entities at all (see `factx.headlines`).

A naming cue ("the so-called Coalition of the Willing", "known as the “coalition of the willing”")
marks the name after it even when the model misses it or it is written in lower case.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factx.headlines import byline_lines, headline_lines
from factx.lexicon import lexicon
from factx.normalize.names import fold, is_person_title, is_surname_title, trim_name

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
PERSON = "PERSON"
UNIT_MAX_LETTERS = 4  # "RBI", "GB", "GMT": longer capital words after numbers are names ("2008 NASDAQ" aside)
TITLED_NAME_TOKENS = (2, 3)  # words left after a title that make a personal name in a non-PERSON span
_LEAD_POS = {"ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "VERB", "AUX", "INTJ"}
MAX_NAME_TOKENS = 8
MIN_NAME_LETTERS = 2  # "X." (an initial, or a letter closing a sentence) is no name; "EU", "Li" are
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
        # the cues by the id of their first word, as ids: a Doc's words are looked up once, not per cue
        self._cue_ids: dict[int, list[tuple[int, ...]]] = {}
        for cue in self._cues:
            self._cue_ids.setdefault(hash_string(cue[0]), []).append(tuple(map(hash_string, cue)))

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Cleaned model entities and cue-introduced names; a cue name wins over an overlapping entity."""
        named = list(self._named(doc))
        model = [s for s in (self._clean(e) for e in doc.ents if e.label_ in self.labels) if s is not None]
        model = _fit_to_lines(doc, _drop_units(model))
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
        if span is not None:
            span = _drop_titles(span)
        if span is not None:
            span = _drop_lead_word(span)
        if span is not None:
            span = _add_last_name(span)
        if span is None or not any(c.isupper() for c in span.text) or _letters(span.text) < MIN_NAME_LETTERS:
            return None
        return span

    def _named(self, doc: Doc):
        lowers = doc.to_array(LOWER).tolist()
        for i, word in enumerate(lowers):
            for cue in self._cue_ids.get(word, ()):
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


def _drop_titles(span: Span) -> Span | None:
    """Cut a span after the last job or rank word before a name ("Receptionist Madeline Kafoury"); a PERSON
    span that is only such words ("Sgt", "Sheriff") is no name. What follows a personal title is a person
    whatever the model said: a full name, or one capitalised word after a span-opening title such as
    "Professor" (`is_surname_title`; not "Police" in "Anchorage Police Department")."""
    words = [t.text for t in span]
    if span.label_ == PERSON and all(is_person_title(w) for w in words):
        return None
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if is_person_title(w)), default=0)
    if not cut:
        return span
    rest = span[cut:]
    if span.label_ == PERSON:
        return Span(span.doc, rest.start, rest.end, label=PERSON) if rest[0].is_title else span
    low, high = TITLED_NAME_TOKENS
    if low <= len(rest) <= high and all(t.is_title or _is_initial(t.text) for t in rest):
        return Span(span.doc, rest.start, rest.end, label=PERSON)
    if cut == 1 and len(rest) == 1 and rest[0].is_title and rest[0].is_alpha and is_surname_title(words[0]):
        return Span(span.doc, rest.start, rest.end, label=PERSON)  # "Professor Varoufakis" tagged ORG
    return span


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _add_last_name(span: Span) -> Span:
    """Take in the surname the model left out of a personal name ("Maria Corina" + "Machado"): one
    capitalised proper noun right after a PERSON span of two or more words, in the same sentence, that no
    other entity holds and that is no month or weekday ("Joe Biden Monday")."""
    doc = span.doc
    if span.label_ != PERSON or len(span) < 2 or span.end >= len(doc):
        return span
    nxt = doc[span.end]
    calendar = lexicon()["months"].keys() | lexicon()["weekdays"].keys()
    if (
        nxt.is_title
        and nxt.is_alpha
        and nxt.pos_ == "PROPN"
        and not nxt.ent_type_
        and not nxt.is_sent_start
        and nxt.lower_ not in calendar
        and not is_person_title(nxt.text)
    ):
        return Span(doc, span.start, span.end + 1, label=PERSON)
    return span


def _drop_lead_word(span: Span) -> Span:
    """Drop a sentence-opening word that is not part of a name ("Naturally Scott Boras")."""
    first = span[0]
    lead = _LEAD_POS if len(span) >= 3 else _LEAD_POS - {"AUX"}  # "Will Smith" opening a sentence
    if span.label_ == PERSON and len(span) >= 2 and first.is_sent_start and first.pos_ in lead:
        return Span(span.doc, span.start + 1, span.end, label=span.label_)
    return span


def _is_unit_like(span: Span) -> bool:
    text = span.text
    return len(span) == 1 and text.isalpha() and text.isupper() and len(text) <= UNIT_MAX_LETTERS


def _drop_units(spans: list[Span]) -> list[Span]:
    """Leave out short capital words that follow a number every time the article uses them."""
    after_number: dict[str, bool] = {}
    for span in spans:
        if _is_unit_like(span):
            prev = span.doc[span.start - 1] if span.start > 0 else None
            follows = prev is not None and any(c.isdigit() for c in prev.text)
            after_number[span.text] = after_number.get(span.text, True) and follows
    return [s for s in spans if not after_number.get(s.text, False)]


def _inside(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(start < span.end_char and span.start_char < end for start, end in ranges)


def _fit_to_lines(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop spans on byline lines; on headline lines keep only runs of words that the body names too."""
    text = doc.text
    heads, bylines = headline_lines(text), byline_lines(text)
    if not heads and not bylines:
        return spans
    body = [s for s in spans if not _inside(s, heads) and not _inside(s, bylines)]
    labels: dict[str, dict[str, int]] = {}
    for s in body:
        counts = labels.setdefault(fold(s.text), {})
        counts[s.label_] = counts.get(s.label_, 0) + 1
    found = []
    for start, end in heads:
        found.extend(_known_runs(doc.char_span(start, end, alignment_mode="expand"), labels, text))
    return sorted(body + found, key=lambda s: s.start)


def _known_runs(line: Span, labels: dict[str, dict[str, int]], text: str):
    """The longest runs of words on a headline line that are names in the body, left to right. `text` is
    the Doc's text: a run's words are read from it, not from a Span made for each try."""
    if not labels:
        return
    doc, i = line.doc, line.start
    tokens = list(line)
    starts = [t.idx for t in tokens]
    ends = [t.idx + len(t) for t in tokens]
    punct = [t.is_punct for t in tokens]
    while i < line.end:
        k = i - line.start
        if tokens[k].text[:1].isupper() or tokens[k].text[:1].isdigit():
            for j in range(min(line.end, i + MAX_NAME_TOKENS), i, -1):
                if punct[j - 1 - line.start] and j - 1 > i:
                    continue
                counts = labels.get(fold(text[starts[k] : ends[j - 1 - line.start]]))
                if counts:
                    label = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
                    yield Span(doc, i, j, label=label)
                    i = j - 1
                    break
        i += 1
