"""The HTML report: one self-contained page an editor opens from disk to check every claim in its context.

This module turns the consolidated table and the mentions into plain page data (no markup); the Jinja2
template `templates/report.html.j2` lays it out with autoescaping on, so article text is always text. The
page holds the story at a glance, the facts (disagreements first) with each source's sentence and a link to
that spot in the article, the entities with their variants, and the articles with every mention marked by
kind in colour and in words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TextIO
from urllib.parse import urlsplit

from factx import __version__
from factx.model import Claim, Document, Entity, Fact, Kind, Mention, Status, Table
from factx.normalize.names import fold
from factx.report import STATUS_MEANING, outlet_names
from factx.values import format_value

# Which marks win where two overlap in an article: a fact's claim, then a number or date, then an entity.
_CLAIM, _NUMBER, _ENTITY = 0, 1, 2
SAFE_SCHEMES = ("http", "https")  # other link targets (javascript:, data:) are shown as text, never linked


@dataclass(frozen=True)
class Mark:
    """One highlighted span of an article: `label` is the word shown beside it, `title` its value."""

    start: int
    end: int
    kind: str
    label: str
    title: str
    unresolved: bool = False


def write_html(table: Table, mentions: Sequence[Mention], out: TextIO) -> None:
    """Write the report page for `table`, highlighting `mentions` in the articles."""
    out.write(render_html(table, mentions))


def render_html(table: Table, mentions: Sequence[Mention]) -> str:
    """The report page for `table` as one string."""
    return _template().render(page_data(table, mentions))


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("factx", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("report.html.j2")


def page_data(table: Table, mentions: Sequence[Mention]) -> dict[str, Any]:
    """Everything the template shows, as plain values: documents, facts, entities, status counts."""
    docs = list(table.documents)
    index = {d.id: n for n, d in enumerate(docs)}
    outlets = outlet_names(docs)
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.doc in index:
            by_doc.setdefault(m.doc, []).append(m)
    claims_by_doc: dict[str, list[tuple[Fact, Claim]]] = {}
    for f in table.facts:
        for c in f.claims:
            claims_by_doc.setdefault(c.doc, []).append((f, c))
    entity_of = _entity_keys(table.entities)
    articles, anchors = [], {}
    for n, d in enumerate(docs):
        marks = _marks(d, by_doc.get(d.id, []), claims_by_doc.get(d.id, []), entity_of)
        for _, c in claims_by_doc.get(d.id, []):
            anchors[(d.id, c.start, c.end)] = _anchor_for(n, marks, c.start)
        articles.append(_article(n, d, outlets[d.id], marks, len(by_doc.get(d.id, []))))
    sentence_of = {(m.doc, m.start, m.end): m for m in mentions}
    names = {e.id: _names(e) for e in table.entities}
    facts = [_fact(f, index, outlets, anchors, sentence_of, names) for f in _ordered(table.facts)]
    used = {e for f in facts for e in f["entities"]}
    counts = Counter(f.status for f in table.facts)
    return {
        "version": __version__,
        "articles": articles,
        "facts": facts,
        "statuses": [
            {"name": s.value, "count": counts.get(s, 0), "meaning": STATUS_MEANING[s]} for s in Status
        ],
        "kinds": sorted({f.kind.value for f in table.facts}),
        "filter_entities": sorted(
            ({"id": e.id, "name": e.name, "type": e.type} for e in table.entities if e.id in used),
            key=lambda e: fold(e["name"]),
        ),
        "entities": [_entity(e, index, outlets) for e in table.entities],
        "mention_kinds": [k.value for k in Kind],
    }


def safe_url(url: str | None) -> str | None:
    """`url` when it is a web address that is safe to link to, else None (shown as text instead)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in SAFE_SCHEMES else None


def _ordered(facts: Iterable[Fact]) -> list[Fact]:
    order = list(Status)
    return sorted(facts, key=lambda f: order.index(f.status))


def _names(entity: Entity) -> set[str]:
    return {fold(entity.name), *(fold(v.text) for v in entity.variants)} - {""}


def _entity_keys(entities: Iterable[Entity]) -> dict[tuple[str, str], Entity]:
    keys: dict[tuple[str, str], Entity] = {}
    for e in entities:
        for v in e.variants:
            for doc in v.docs:
                keys.setdefault((doc, fold(v.text)), e)
    return keys


def _marks(
    doc: Document,
    mentions: Sequence[Mention],
    claims: Sequence[tuple[Fact, Claim]],
    entity_of: dict[tuple[str, str], Entity],
) -> list[Mark]:
    """The non-overlapping marks of one article, in text order: claims first, then numbers, then entities."""
    candidates: list[tuple[int, int, int, Mark]] = []
    size = len(doc.text)
    for f, c in claims:
        unresolved = f.kind is Kind.DATE and c.value is None
        title = f"{f.id} · {f.kind.value}: {format_value(c, f.kind.value, f.unit)}"
        candidates.append((_CLAIM, c.start, c.end, Mark(c.start, c.end, f.kind.value, f.kind.value, title)))
        if unresolved:
            candidates[-1] = (_CLAIM, c.start, c.end, _unresolved(candidates[-1][3]))
    for m in mentions:
        if m.kind is Kind.ENTITY:
            entity = entity_of.get((m.doc, fold(m.text)))
            name = f" · {entity.name} ({entity.id})" if entity else ""
            label = entity.type if entity and entity.type else m.label
            candidates.append((_ENTITY, m.start, m.end, Mark(m.start, m.end, "entity", label, label + name)))
            continue
        mark = Mark(
            m.start, m.end, m.kind.value, m.kind.value, f"{m.kind.value}: {format_value(m, m.kind, m.unit)}"
        )
        candidates.append(
            (_NUMBER, m.start, m.end, _unresolved(mark) if m.kind is Kind.DATE and m.value is None else mark)
        )
    taken = bytearray(size)
    chosen = []
    for _, start, end, mark in sorted(candidates, key=lambda t: (t[0], t[1] - t[2], t[1])):
        if not 0 <= start < end <= size or any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(mark)
    return sorted(chosen, key=lambda m: m.start)


def _unresolved(mark: Mark) -> Mark:
    return Mark(mark.start, mark.end, mark.kind, "date, unresolved", mark.title + " (unresolved)", True)


def _anchor_for(doc_index: int, marks: Sequence[Mark], start: int) -> str | None:
    for m in marks:
        if m.start <= start < m.end:
            return f"m{doc_index}-{m.start}"
    return None


def _article(n: int, d: Document, outlet: str, marks: Sequence[Mark], mention_count: int) -> dict[str, Any]:
    segments, at = [], 0
    for m in marks:
        segments.extend(_plain(d, at, m.start))
        segments.append(
            {"text": d.text[m.start : m.end], "mark": m, "anchor": f"m{n}-{m.start}", "furniture": False}
        )
        at = m.end
    segments.extend(_plain(d, at, len(d.text)))
    return {
        "anchor": f"doc{n}",
        "id": d.id,
        "outlet": outlet,
        "source": d.source,
        "published": d.published.isoformat() if d.published else None,
        "published_from": d.published_from,
        "url": d.url,
        "link": safe_url(d.url),
        "path": d.path,
        "segments": segments,
        "mentions": mention_count,
        "unresolved": sum(1 for m in marks if m.unresolved),
    }


def _plain(d: Document, start: int, end: int) -> list[dict[str, Any]]:
    """Unmarked text from `start` to `end`, with the page furniture factx skipped (teasers, widgets) apart."""
    segments, at = [], start
    for f_start, f_end in sorted(d.furniture):
        f_start, f_end = max(f_start, start), min(f_end, end)
        if f_start >= f_end:
            continue
        if f_start > at:
            segments.append({"text": d.text[at:f_start], "mark": None, "furniture": False})
        segments.append({"text": d.text[f_start:f_end], "mark": None, "furniture": True})
        at = f_end
    if at < end:
        segments.append({"text": d.text[at:end], "mark": None, "furniture": False})
    return segments


def _fact(
    f: Fact,
    index: dict[str, int],
    outlets: dict[str, str],
    anchors: dict[tuple[str, int, int], str | None],
    mention_at: dict[tuple[str, int, int], Mention],
    names: dict[str, set[str]],
) -> dict[str, Any]:
    claims = []
    for c in f.claims:
        before, hit, after = _split_sentence(c, mention_at.get((c.doc, c.start, c.end)))
        claims.append(
            {
                "outlet": outlets.get(c.doc, c.doc),
                "doc": c.doc,
                "doc_anchor": f"doc{index[c.doc]}" if c.doc in index else None,
                "anchor": anchors.get((c.doc, c.start, c.end)),
                "value": format_value(c, f.kind.value, f.unit),
                "qualifier": c.qualifier.value if c.qualifier else None,
                "disagrees": c.disagrees,
                "before": before,
                "hit": hit,
                "after": after,
            }
        )
    folded = [fold(c.sentence) for c in f.claims]
    entities = sorted(e for e, ns in names.items() if any(n in s for s in folded for n in ns))
    return {
        "id": f.id,
        "number": int(f.id[1:]) if f.id[1:].isdigit() else 0,
        "kind": f.kind.value,
        "about": f.about,
        "why": f.why,
        "unit": f.unit,
        "status": f.status.value,
        "status_order": list(Status).index(f.status),
        "sources": f.sources,
        "claims": claims,
        "entities": entities,
    }


def _split_sentence(c: Claim, mention: Mention | None) -> tuple[str, str, str]:
    """The claim's sentence cut around the claim's own words (at its offset when known, else where found)."""
    sentence = c.sentence or ""
    at = -1
    if mention is not None and mention.sentence_start is not None:
        offset = c.start - mention.sentence_start
        if sentence[offset : offset + len(c.text)] == c.text:
            at = offset
    if at < 0:
        at = sentence.find(c.text)
    if at < 0:
        return sentence + " ", c.text, ""
    return sentence[:at], c.text, sentence[at + len(c.text) :]


def _entity(e: Entity, index: dict[str, int], outlets: dict[str, str]) -> dict[str, Any]:
    def docs(ids: Iterable[str]) -> list[dict[str, str]]:
        return [{"outlet": outlets.get(d, d), "anchor": f"doc{index[d]}"} for d in ids if d in index]

    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "mentions": e.mentions,
        "spelling_variants": e.spelling_variants,
        "ambiguous": e.ambiguous,
        "docs": docs(e.docs),
        "variants": [
            {"text": v.text, "count": v.count, "outlets": ", ".join(x["outlet"] for x in docs(v.docs))}
            for v in e.variants
        ],
    }
