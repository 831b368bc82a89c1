"""Mentions → the consolidated table: entities (`entities.py`) and facts (`facts.py`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factx.model import Document, Entity, Kind, Mention, Status, Table
from factx.normalize.names import fold
from factx.reconcile.duplicates import mark_duplicates
from factx.reconcile.entities import reconcile_entities
from factx.reconcile.facts import reconcile_facts

__all__ = ["build_table", "filter_table", "reconcile_entities", "reconcile_facts"]


def build_table(documents: Sequence[Document], mentions: Iterable[Mention], jobs: int = 1) -> Table:
    """Reconcile the mentions of `documents` into one table.

    A date on a document's byline or "published on" line dates the article; it is not a claim of the story.
    A document that repeats an earlier one (`duplicates.py`) is listed with `duplicate_of`; its claims are
    shown but not counted as another source. `jobs` processes may align a large input's claims
    (`workers.py`): the table is the same.
    """
    mentions = list(mentions)
    documents = mark_duplicates(documents)
    copies = {d.id: d.duplicate_of for d in documents if d.duplicate_of}
    datelines = {d.id: d.dateline for d in documents if d.dateline}

    def on_dateline(m: Mention) -> bool:
        span = datelines.get(m.doc)
        return span is not None and span[0] <= m.start < span[1]

    claims = [m for m in mentions if not on_dateline(m)]
    published = {d.id: d.published for d in documents if d.published}
    facts = reconcile_facts(claims, duplicates=copies, published=published, jobs=jobs)
    return Table(tuple(documents), tuple(reconcile_entities(mentions, documents)), tuple(facts))


def _names(entity: Entity) -> set[str]:
    return {fold(entity.name), *(fold(v.text) for v in entity.variants)}


def filter_table(
    table: Table,
    *,
    statuses: Iterable[Status] = tuple(Status),
    kinds: Iterable[Kind] = tuple(Kind),
    entity: str | None = None,
    min_sources: int = 1,
) -> Table:
    """Keep the facts with one of `statuses` and `kinds`, stated by at least `min_sources` documents and, with
    `entity`, in sentences that name it (by any of its variants); entities are narrowed to that one."""
    statuses, kinds = set(statuses), set(kinds)
    entities = table.entities
    facts = [f for f in table.facts if f.status in statuses and f.kind in kinds and f.sources >= min_sources]
    if entity:
        wanted = fold(entity)
        entities = tuple(e for e in entities if wanted in _names(e))
        names = set().union(*(_names(e) for e in entities)) if entities else {wanted}
        facts = [f for f in facts if any(n in fold(c.sentence) for c in f.claims for n in names)]
    return Table(table.documents, entities, tuple(facts))
