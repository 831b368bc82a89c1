"""Doc → Mentions. Reads the spans the factx components wrote; never changes the Doc."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from factx.components.count import number_text
from factx.model import Document, Kind, Mention
from factx.normalize.dates import resolve_date
from factx.normalize.money import normalize_money
from factx.normalize.names import fold
from factx.normalize.numbers import Quantity, normalize_count, normalize_percent, singular, tidy, unit_of
from factx.tense import clause_tense, governing_lemma

ALL_KINDS = frozenset(Kind)
SPAN_KEYS = {
    Kind.ENTITY: "factx_entities",
    Kind.MONEY: "factx_money",
    Kind.PERCENT: "factx_percent",
    Kind.COUNT: "factx_count",
    Kind.DATE: "factx_dates",
}
_CONTEXT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_SPACE = re.compile(r"\s+")


def processing_text(document: Document) -> str:
    """The text spaCy reads: furniture masked with spaces, curly apostrophes and odd spaces made plain.

    Every replacement keeps the length, so offsets into it are offsets into `document.text`.
    """
    chars = list(document.text)
    for start, end in document.furniture:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    text = "".join(chars)
    return text.translate(_PLAIN)


_PLAIN = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})


def _num(x: float | None) -> float | int | None:
    return None if x is None else tidy(x)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _sentence(document: Document, span: Span) -> str:
    sent = span.sent
    return _SPACE.sub(" ", document.text[sent.start_char : sent.end_char]).strip()


def _context(span: Span) -> tuple[str, ...]:
    """Content lemmas and entity keys of the sentence around `span`, without the span itself."""
    doc = span.doc
    sent = span.sent
    tagged = doc.has_annotation("POS")
    words = set()
    for tok in sent:
        if span.start <= tok.i < span.end or tok.is_stop or not tok.is_alpha or len(tok) < 3:
            continue
        if tagged and tok.pos_ not in _CONTEXT_POS:
            continue
        words.add((tok.lemma_ or tok.lower_).lower() if tagged else singular(tok.lower_))
    for ent in doc.spans.get(SPAN_KEYS[Kind.ENTITY], []):
        if sent.start <= ent.start < sent.end:
            words.add("@" + fold(ent.text))
    return tuple(sorted(words))


def _quantity_fields(q: Quantity) -> dict:
    return {
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "qualifier": q.qualifier,
        "precision": _num(q.precision),
    }


def _values(kind: Kind, span: Span, published: date | None) -> dict | None:
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
        noun = span[-1]
        lemma = noun.lemma_ if span.doc.has_annotation("LEMMA") and noun.lemma_ else singular(noun.text)
        return None if q is None else {**_quantity_fields(q), "unit": unit_of(singular(lemma))}
    found = resolve_date(span.text, published, clause_tense(span))
    if found is None:
        return None
    return {"value": found.value, "low": _iso(found.low), "high": _iso(found.high), "grain": found.grain}


def extract(doc: Doc, document: Document, *, kinds: Iterable[Kind] = ALL_KINDS) -> Iterator[Mention]:
    """Yield the mentions of `kinds` in `doc`, in text order within each kind.

    Args:
        doc: a Doc made by the factx pipeline from `processing_text(document)`.
        document: the article it came from (id, publication date, original text).
        kinds: the kinds of mention wanted.
    """
    for kind in Kind:
        if kind not in kinds:
            continue
        for span in doc.spans.get(SPAN_KEYS[kind], []):
            fields = _values(kind, span, document.published)
            if fields is None:
                continue
            label = fields.pop("label", kind.value.upper())
            yield Mention(
                doc=document.id,
                kind=kind,
                label=label,
                text=document.text[span.start_char : span.end_char],
                start=span.start_char,
                end=span.end_char,
                sentence=_sentence(document, span),
                context=_context(span),
                head=governing_lemma(span),
                **fields,
            )


def extract_all(
    documents: Iterable[Document],
    nlp: Language,
    *,
    kinds: Iterable[Kind] = ALL_KINDS,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[tuple[Document, list[Mention]]]:
    """Run the pipeline over `documents` and yield each with its mentions, in input order."""
    kinds = frozenset(kinds)
    pairs = ((processing_text(d), d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield document, list(extract(doc, document, kinds=kinds))
