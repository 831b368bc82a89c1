"""Doc → Mentions. Reads the spans the factx components wrote; never changes the Doc."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from factx.frame_bounds import reread
from factx.frames import frame_of
from factx.ingest import processing_text
from factx.kinds import KINDS, SPAN_KEYS, SPEC, Annotations, kinds_needing
from factx.model import ALL_KINDS, Document, Kind, Mention
from factx.normalize.names import fold
from factx.normalize.numbers import singular
from factx.tense import governing_lemma
from factx.window import context_tokens, sentence_bounds, sentence_text

_CONTEXT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_KIND_ORDER = {k: i for i, k in enumerate(Kind)}
_BOUNDED = frozenset({Kind.COUNT, Kind.MONEY, Kind.DURATION})  # kinds whose clause may bound them
# Which kinds of mention need which components (`factx.kinds`): a run asking for fewer kinds skips the rest.
_PIPE_KINDS = {name: kinds_needing(name) for spec in KINDS for name in (spec.component, *spec.reads)}
CHUNK_CHARS = 100_000
PIPE_GROUP = 256  # pieces per nlp.pipe call; a failure costs at most re-running one group one by one


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


class _ContextWords:
    """The content words of each sentence (lemmas with a tagger, else singular lower case) with their token
    positions, found once per sentence: a sentence's mentions share them."""

    def __init__(self, tagged: bool):
        self.tagged = tagged
        self._found: dict[int, tuple[list[int], list[str]]] = {}

    def of(self, sent: Span) -> tuple[list[int], list[str]]:
        if sent.start not in self._found:
            positions, words = [], []
            for tok in sent:
                if tok.is_stop or not tok.is_alpha or len(tok) < 3:
                    continue
                if self.tagged and tok.pos_ not in _CONTEXT_POS:
                    continue
                positions.append(tok.i)
                words.append((tok.lemma_ or tok.lower_).lower() if self.tagged else singular(tok.lower_))
            self._found[sent.start] = (positions, words)
        return self._found[sent.start]


def _context(span: Span, sent: Span, content: _ContextWords, entity_keys: _EntityKeys) -> tuple[str, ...]:
    """Content lemmas and entity keys of the sentence `sent` around `span` (a window of it when it is very
    long: `window.context_tokens`), without the span itself."""
    window = context_tokens(span, sent)
    words = set(entity_keys.within(sent, window))
    positions, lemmas = content.of(sent)
    for k in range(bisect_left(positions, window.start), bisect_left(positions, window.end)):
        if not span.start <= positions[k] < span.end:
            words.add(lemmas[k])
    return tuple(sorted(words))


def _finite(fields: dict | None) -> dict | None:
    """`fields`, or None when a number in them is infinite or NaN ("$1e308 million"): no story states one,
    and strict JSON cannot hold it."""
    if fields is None:
        return None
    numbers = (fields.get(k) for k in ("value", "low", "high", "precision"))
    return None if any(isinstance(x, float) and not math.isfinite(x) for x in numbers) else fields


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
    ann = Annotations(doc.has_annotation("POS"), doc.has_annotation("DEP"), doc.has_annotation("LEMMA"))
    sentences = _Sentences(doc)
    bounds = _SentenceBounds(document, offset)
    entity_keys = _EntityKeys(doc, sentences)
    content = _ContextWords(ann.tagged)
    entity_spans = sorted(doc.spans.get(SPAN_KEYS[Kind.ENTITY], []), key=lambda e: e.start)
    for kind in Kind:
        if kind not in kinds:
            continue
        for span in doc.spans.get(SPAN_KEYS[kind], []):
            sent = sentences.of(span)
            fields = _finite(SPEC[kind].value_of(span, sent, document.published, ann))
            if fields is None:
                continue
            label = fields.pop("label", kind.value.upper())
            if ann.parsed and kind in _BOUNDED:
                fields = reread(span, fields)  # "no offer was more than seven years": at most 7
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
                context=_context(span, sent, content, entity_keys),
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
