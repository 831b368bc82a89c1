"""Doc → Mentions. Reads the spans the factx components wrote; never changes the Doc."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from factx.components.count import count_unit, number_text
from factx.frames import frame_of
from factx.ingest import processing_text
from factx.lexicon import lexicon
from factx.model import ALL_KINDS, Document, Kind, Mention
from factx.normalize.dates import resolve_date
from factx.normalize.durations import Duration, normalize_duration
from factx.normalize.money import normalize_money
from factx.normalize.names import fold
from factx.normalize.numbers import Quantity, normalize_count, normalize_percent, singular, tidy, unit_of
from factx.tense import clause_tense, governing_lemma
from factx.window import context_tokens, sentence_bounds, sentence_text

SPAN_KEYS = {
    Kind.ENTITY: "factx_entities",
    Kind.MONEY: "factx_money",
    Kind.PERCENT: "factx_percent",
    Kind.COUNT: "factx_count",
    Kind.DATE: "factx_dates",
    Kind.DURATION: "factx_duration",
}
_CONTEXT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_KIND_ORDER = {k: i for i, k in enumerate(Kind)}
# Which kinds of mention need which components: a run that asks for fewer kinds skips the rest. Counts need
# the money, percent, date and duration spans to know which numbers are not counts; durations need the date
# spans to know which lengths are part of a date ("the past two weeks").
_PIPE_KINDS = {
    "ner": frozenset({Kind.ENTITY}),
    "factx_entities": frozenset({Kind.ENTITY}),
    "factx_money": frozenset({Kind.MONEY, Kind.COUNT}),
    "factx_percent": frozenset({Kind.PERCENT, Kind.COUNT}),
    "factx_dates": frozenset({Kind.DATE, Kind.COUNT, Kind.DURATION}),
    "factx_duration": frozenset({Kind.DURATION, Kind.COUNT}),
    "factx_count": frozenset({Kind.COUNT}),
}
CHUNK_CHARS = 100_000
PIPE_GROUP = 256  # pieces per nlp.pipe call; a failure costs at most re-running one group one by one


def _num(x: float | None) -> float | int | None:
    return None if x is None else tidy(x)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


class _Sentences:
    """Sentence bounds of a Doc, found once: spaCy's `Span.sent` rescans the whole Doc on every call."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = [s.start for s in doc.sents]

    def of(self, span: Span) -> Span:
        k = bisect_right(self.starts, span.start) - 1
        end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.doc)
        return self.doc[self.starts[k] : end]


class _SentenceBounds:
    """Each sentence's character range in the document, without its outer whitespace; found once per
    sentence."""

    def __init__(self, document: Document, offset: int):
        self.text = document.text
        self.offset = offset
        self._found: dict[int, tuple[int, int]] = {}

    def of(self, sent: Span) -> tuple[int, int]:
        if sent.start not in self._found:
            start, end = self.offset + sent.start_char, self.offset + sent.end_char
            self._found[sent.start] = sentence_bounds(self.text, start, end)
        return self._found[sent.start]


@dataclass(frozen=True)
class _Annotations:
    """What the pipeline set on a Doc, checked once per Doc (each check is a pass over its tokens)."""

    tagged: bool
    parsed: bool
    lemmas: bool

    @classmethod
    def of(cls, doc: Doc) -> _Annotations:
        return cls(doc.has_annotation("POS"), doc.has_annotation("DEP"), doc.has_annotation("LEMMA"))


class _EntityKeys:
    """Entity keys ("@" + folded name) by sentence, with their token positions, sorted."""

    def __init__(self, doc: Doc, sentences: _Sentences):
        self._by_sentence: dict[int, tuple[list[int], list[str]]] = {}
        for ent in doc.spans.get(SPAN_KEYS[Kind.ENTITY], []):
            starts, keys = self._by_sentence.setdefault(sentences.of(ent).start, ([], []))
            starts.append(ent.start)
            keys.append("@" + fold(ent.text))
        for starts, keys in self._by_sentence.values():
            order = sorted(range(len(starts)), key=starts.__getitem__)
            starts[:], keys[:] = [starts[i] for i in order], [keys[i] for i in order]

    def within(self, sent: Span, window: Span) -> list[str]:
        """The keys of the entities of `sent` that start inside `window` (a part of `sent`)."""
        starts, keys = self._by_sentence.get(sent.start, ([], []))
        return keys[bisect_left(starts, window.start) : bisect_left(starts, window.end)]


def _context(span: Span, sent: Span, tagged: bool, entity_keys: _EntityKeys) -> tuple[str, ...]:
    """Content lemmas and entity keys of the sentence `sent` around `span` (a window of it when it is very
    long: `window.context_tokens`), without the span itself."""
    window = context_tokens(span, sent)
    words = set(entity_keys.within(sent, window))
    for tok in window:
        if span.start <= tok.i < span.end or tok.is_stop or not tok.is_alpha or len(tok) < 3:
            continue
        if tagged and tok.pos_ not in _CONTEXT_POS:
            continue
        words.add((tok.lemma_ or tok.lower_).lower() if tagged else singular(tok.lower_))
    return tuple(sorted(words))


def _quantity_fields(q: Quantity | Duration) -> dict:
    return {
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "qualifier": q.qualifier,
        "precision": _num(q.precision),
    }


def _values(kind: Kind, span: Span, sent: Span, published: date | None, ann: _Annotations) -> dict | None:
    """The normalized fields of one span, or None when it does not normalize."""
    if kind is Kind.ENTITY:
        return {"label": span.label_}
    if kind is Kind.MONEY:
        money = normalize_money(span.text)
        if money is None:
            return None
        return {
            "value": _num(money.value),
            "low": _num(money.low),
            "high": _num(money.high),
            "qualifier": money.qualifier,
            "unit": money.currency,
            "precision": _num(money.precision),
        }
    if kind is Kind.PERCENT:
        q = normalize_percent(span.text)
        return None if q is None else {**_quantity_fields(q), "unit": "%"}
    if kind is Kind.COUNT:
        q = normalize_count(number_text(span))
        given = count_unit(span)  # "killing one" counts people; "a 10-metre dhow" metres
        if given is not None:
            return None if q is None else {**_quantity_fields(q), "unit": unit_of(given)}
        noun = span[-1]
        lemma = singular(noun.lemma_ if ann.lemmas and noun.lemma_ else singular(noun.text))
        if len(span) > 1 and f"{span[-2].lower_} {lemma}" in lexicon()["unit_synonyms"]:
            lemma = f"{span[-2].lower_} {lemma}"  # a two-word unit with a synonym ("home runs" / "homers")
        return None if q is None else {**_quantity_fields(q), "unit": unit_of(lemma)}
    if kind is Kind.DURATION:
        d = normalize_duration(span.text)
        return None if d is None else {**_quantity_fields(d), "unit": d.unit}
    return _date_values(span, sent, published, ann)


def _finite(fields: dict | None) -> dict | None:
    """`fields`, or None when a number in them is infinite or NaN ("$1e308 million"): no story states one,
    and strict JSON cannot hold it."""
    if fields is None:
        return None
    numbers = (fields.get(k) for k in ("value", "low", "high", "precision"))
    return None if any(isinstance(x, float) and not math.isfinite(x) for x in numbers) else fields


def _date_values(span: Span, sent: Span, published: date | None, ann: _Annotations) -> dict | None:
    found = resolve_date(span.text, published, clause_tense(span, sent, parsed=ann.parsed))
    if found is None:
        return None
    return {"value": found.value, "low": _iso(found.low), "high": _iso(found.high), "grain": found.grain}


def extract(
    doc: Doc, document: Document, *, kinds: Iterable[Kind] = ALL_KINDS, offset: int = 0
) -> Iterator[Mention]:
    """Yield the mentions of `kinds` in `doc`, in text order within each kind.

    Args:
        doc: a Doc made by the factx pipeline from `processing_text(document)`, or from the piece of it
            that starts at `offset`.
        document: the article it came from (id, publication date, original text).
        kinds: the kinds of mention wanted.
        offset: where `doc`'s text starts in the document's text.
    """
    ann = _Annotations.of(doc)
    sentences = _Sentences(doc)
    bounds = _SentenceBounds(document, offset)
    entity_keys = _EntityKeys(doc, sentences)
    entity_spans = sorted(doc.spans.get(SPAN_KEYS[Kind.ENTITY], []), key=lambda e: e.start)
    for kind in Kind:
        if kind not in kinds:
            continue
        for span in doc.spans.get(SPAN_KEYS[kind], []):
            sent = sentences.of(span)
            fields = _finite(_values(kind, span, sent, document.published, ann))
            if fields is None:
                continue
            label = fields.pop("label", kind.value.upper())
            start, end = offset + span.start_char, offset + span.end_char
            sent_start, sent_end = bounds.of(sent)
            frame = (
                None
                if kind is Kind.ENTITY
                else frame_of(
                    span,
                    unit=fields.get("unit") if kind is Kind.COUNT else None,
                    entities=entity_spans,
                    parsed=ann.parsed,
                    dated=kind is Kind.DATE,
                )
            )
            yield Mention(
                doc=document.id,
                kind=kind,
                label=label,
                text=document.text[start:end],
                start=start,
                end=end,
                sentence=sentence_text(document.text, start, end, sent_start, sent_end),
                context=_context(span, sent, ann.tagged, entity_keys),
                head=governing_lemma(span, parsed=ann.parsed),
                sentence_start=sent_start,
                sentence_end=sent_end,
                measure=frame and frame.measure,
                event=frame and frame.event,
                anchors=frame.anchors if frame else (),
                time=frame and frame.time,
                earlier=bool(frame and frame.earlier),
                **fields,
            )


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Cut `text` into pieces of at most `size` characters, at a paragraph break where there is one, else at a
    line break, a sentence end or a space; yields `(offset, piece)`. Keeps spaCy under its `max_length`."""
    start, n = 0, len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > len(window) // 2:
                    end = start + cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


def _isolated(
    nlp: Language, items: Iterable[tuple[str, object]], n_process: int, batch_size: int, group: int
) -> Iterator[tuple[Doc | None, object, str | None]]:
    """`nlp.pipe` over `(text, context)` items, in groups; when a group fails, its unfinished items are redone
    one at a time so only the item that fails is lost. Yields `(doc or None, context, failure or None)`."""
    pending = iter(items)
    while batch := list(islice(pending, group)):
        done = 0
        try:
            for doc, context in nlp.pipe(batch, as_tuples=True, n_process=n_process, batch_size=batch_size):
                yield doc, context, None
                done += 1
        except Exception:  # a component failed somewhere in the group: find where, keep the rest
            for text, context in batch[done:]:
                try:
                    doc = nlp(text)
                except Exception as exc:
                    yield None, context, f"{type(exc).__name__}: {exc}"
                else:
                    yield doc, context, None


def extract_all(
    documents: Iterable[Document],
    nlp: Language,
    *,
    kinds: Iterable[Kind] = ALL_KINDS,
    n_process: int = 1,
    batch_size: int = 16,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[tuple[Document, list[Mention], str | None]]:
    """Run the pipeline over `documents` and yield each (the object given) with its mentions, in input order.

    Long documents go through spaCy in pieces of at most `chunk_chars` characters; offsets stay offsets into
    the whole document. The third item is None, or why the document could not be processed (the pipeline
    failed on it); the other documents still go through.
    """
    kinds = frozenset(kinds)
    unneeded = [name for name in nlp.pipe_names if name in _PIPE_KINDS and not _PIPE_KINDS[name] & kinds]

    # Each piece travels with its document's position, never the document itself: worker processes send
    # back copies of what they are given, so the documents are looked up again here by position.
    waiting: dict[int, Document] = {}

    def pieces() -> Iterator[tuple[str, tuple[int, int, bool]]]:
        for index, document in enumerate(documents):
            waiting[index] = document
            parts = list(chunks(processing_text(document), chunk_chars)) or [(0, "")]
            for n, (offset, piece) in enumerate(parts):
                yield piece, (index, offset, n == len(parts) - 1)

    found: list[Mention] = []
    failure: str | None = None
    group = max(PIPE_GROUP, batch_size * n_process * 8)
    with nlp.select_pipes(disable=unneeded):
        for doc, (index, offset, last), failed in _isolated(nlp, pieces(), n_process, batch_size, group):
            document = waiting[index]
            failure = failure or failed
            if failure is None:
                found.extend(extract(doc, document, kinds=kinds, offset=offset))
            if last:
                found.sort(key=lambda m: (_KIND_ORDER[m.kind], m.start, m.end))
                del waiting[index]
                yield document, ([] if failure else found), failure
                found, failure = [], None
