"""The consolidated table as an SQLite database, for Datasette, sqlite-utils and plain SQL.

Six tables joined by keys: `documents`, `mentions` (each extracted span, linked to its entity), `entities`,
`entity_variants`, `facts` and `claims` (each source's statement of a fact, linked to its document and the
mention it came from). Indexes cover what people filter by (status, kind, document, entity); `claims_fts` and
`mentions_fts` search sentences and `documents_fts` whole articles, in the layout sqlite-utils and Datasette
recognise (an external-content FTS5 table named `<table>_fts`).

The database is built in memory and handed back as bytes, so the caller writes it like any other output:
to a temporary file renamed onto the target (`factx.output`). A re-run replaces the file whole; two runs are
never mixed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from factx.model import Entity, Kind, Mention, Table
from factx.normalize.names import fold
from factx.records import plain

SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    path TEXT,
    published TEXT,
    published_from TEXT,
    source TEXT,
    url TEXT,
    text TEXT NOT NULL
);
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT,
    mentions INTEGER NOT NULL,
    docs INTEGER NOT NULL,
    spelling_variants INTEGER NOT NULL,
    ambiguous INTEGER NOT NULL
);
CREATE TABLE entity_variants (
    id INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    count INTEGER NOT NULL,
    docs TEXT NOT NULL
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,
    label TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence TEXT,
    value,
    low,
    high,
    unit TEXT,
    qualifier TEXT,
    grain TEXT,
    entity_id TEXT REFERENCES entities(id)
);
CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    about TEXT,
    why TEXT,
    unit TEXT,
    status TEXT NOT NULL,
    sources INTEGER NOT NULL
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    fact_id TEXT NOT NULL REFERENCES facts(id),
    doc TEXT NOT NULL REFERENCES documents(id),
    outlet TEXT NOT NULL,
    mention_id INTEGER REFERENCES mentions(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence TEXT,
    value,
    low,
    high,
    unit TEXT,
    qualifier TEXT,
    grain TEXT,
    repeats INTEGER NOT NULL,
    disagrees INTEGER NOT NULL
);
CREATE INDEX idx_facts_status ON facts(status);
CREATE INDEX idx_facts_kind ON facts(kind);
CREATE INDEX idx_claims_fact_id ON claims(fact_id);
CREATE INDEX idx_claims_doc ON claims(doc);
CREATE INDEX idx_claims_mention_id ON claims(mention_id);
CREATE INDEX idx_mentions_doc ON mentions(doc);
CREATE INDEX idx_mentions_kind ON mentions(kind);
CREATE INDEX idx_mentions_entity_id ON mentions(entity_id);
CREATE INDEX idx_entity_variants_entity_id ON entity_variants(entity_id);
CREATE VIRTUAL TABLE claims_fts USING fts5(sentence, text, content="claims", content_rowid="id");
CREATE VIRTUAL TABLE mentions_fts USING fts5(sentence, text, content="mentions", content_rowid="id");
CREATE VIRTUAL TABLE documents_fts USING fts5(text, content="documents");
"""
FTS_FILL = """
INSERT INTO claims_fts(rowid, sentence, text) SELECT id, sentence, text FROM claims;
INSERT INTO mentions_fts(rowid, sentence, text) SELECT id, sentence, text FROM mentions;
INSERT INTO documents_fts(rowid, text) SELECT rowid, text FROM documents;
"""


def sqlite_bytes(table: Table, mentions: Sequence[Mention] = ()) -> bytes:
    """The whole database for `table` and the `mentions` it was built from, as the bytes of an SQLite file."""
    db = sqlite3.connect(":memory:")
    try:
        fill(db, table, mentions)
        return db.serialize()
    finally:
        db.close()


def fill(db: sqlite3.Connection, table: Table, mentions: Sequence[Mention] = ()) -> None:
    """Create the schema in the empty database `db` and insert every row, in one transaction."""
    db.execute("PRAGMA foreign_keys = ON")
    with db:
        db.executescript(SCHEMA)
        db.executemany(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    d.id,
                    d.path,
                    d.published.isoformat() if d.published else None,
                    d.published_from,
                    d.source,
                    d.url,
                    d.text,
                )
                for d in table.documents
            ],
        )
        _entities(db, table.entities)
        ids = _mentions(db, table, mentions)
        _facts(db, table, ids)
        db.executescript(FTS_FILL)


def _entities(db: sqlite3.Connection, entities: Iterable[Entity]) -> None:
    for e in entities:
        db.execute(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)",
            (e.id, e.name, e.type, e.mentions, len(e.docs), int(e.spelling_variants), int(e.ambiguous)),
        )
        db.executemany(
            "INSERT INTO entity_variants (entity_id, text, count, docs) VALUES (?, ?, ?, ?)",
            [(e.id, v.text, v.count, json.dumps(list(v.docs), ensure_ascii=False)) for v in e.variants],
        )


def entity_keys(entities: Iterable[Entity]) -> dict[tuple[str, str], str]:
    """(document id, folded surface form) → entity id, for linking entity mentions to their entity."""
    keys: dict[tuple[str, str], str] = {}
    for e in entities:
        for v in e.variants:
            for doc in v.docs:
                keys.setdefault((doc, fold(v.text)), e.id)
    return keys


def _mentions(db: sqlite3.Connection, table: Table, mentions: Sequence[Mention]) -> dict[tuple, int]:
    """Insert the mentions of the table's documents; returns (doc, start, end, kind) → mention id."""
    known = {d.id for d in table.documents}
    keys = entity_keys(table.entities)
    ids: dict[tuple, int] = {}
    rows = []
    for n, m in enumerate((m for m in mentions if m.doc in known), start=1):
        entity = keys.get((m.doc, fold(m.text))) if m.kind is Kind.ENTITY else None
        ids.setdefault((m.doc, m.start, m.end, m.kind.value), n)
        rows.append(
            (
                n,
                m.doc,
                m.kind.value,
                m.label,
                m.text,
                m.start,
                m.end,
                m.sentence,
                m.value,
                m.low,
                m.high,
                m.unit,
                plain(m.qualifier),
                plain(m.grain),
                entity,
            )
        )
    db.executemany("INSERT INTO mentions VALUES (" + ", ".join("?" * 15) + ")", rows)
    return ids


def _facts(db: sqlite3.Connection, table: Table, mention_ids: dict[tuple, int]) -> None:
    db.executemany(
        "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(f.id, f.kind.value, f.about, f.why, f.unit, f.status.value, f.sources) for f in table.facts],
    )
    outlets = {d.id: (d.source or "").strip() or d.id for d in table.documents}
    rows = []
    for f in table.facts:
        for c in f.claims:
            mention = mention_ids.get((c.doc, c.start, c.end, f.kind.value))
            rows.append(
                (
                    f.id,
                    c.doc,
                    outlets.get(c.doc, c.doc),
                    mention,
                    c.text,
                    c.start,
                    c.end,
                    c.sentence,
                    c.value,
                    c.low,
                    c.high,
                    f.unit,
                    plain(c.qualifier),
                    plain(c.grain),
                    c.repeats,
                    int(c.disagrees),
                )
            )
    db.executemany(
        'INSERT INTO claims (fact_id, doc, outlet, mention_id, text, start, "end", sentence, value, low,'
        " high, unit, qualifier, grain, repeats, disagrees) VALUES (" + ", ".join("?" * 16) + ")",
        rows,
    )
