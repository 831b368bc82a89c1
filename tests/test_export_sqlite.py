"""The SQLite export: schema, keys, indexes and full-text search, read with sqlite3 and with sqlite-utils;
written through the installed script, replacing the file whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from factx.export_sqlite import sqlite_bytes
from tests.script import factx
from tests.test_report_html import story  # noqa: F401  (the hand-built two-article table)

TABLES = {"documents", "mentions", "entities", "entity_variants", "facts", "claims"}


@pytest.fixture
def db_path(story, tmp_path: Path) -> Path:  # noqa: F811
    path = tmp_path / "story.db"
    path.write_bytes(sqlite_bytes(*story))
    return path


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def test_the_tables_and_their_rows(db_path):
    db = _connect(db_path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names >= TABLES | {"claims_fts", "mentions_fts", "documents_fts"}
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    # 2 documents; 7 mentions; 1 entity with 1 variant; 2 facts with 3 claims (see the `story` fixture)
    assert counts == {
        "documents": 2,
        "mentions": 7,
        "entities": 1,
        "entity_variants": 1,
        "facts": 2,
        "claims": 3,
    }
    assert db.execute("SELECT id, status, kind, unit, why FROM facts ORDER BY id").fetchall() == [
        ("F1", "single", "money", "USD", ""),
        ("F2", "conflict", "count", "person", "12 (a) cannot be 9 (b)"),
    ]
    assert db.execute(
        "SELECT doc, outlet, text, value FROM claims WHERE fact_id = 'F2' ORDER BY doc"
    ).fetchall() == [
        ("a", 'Daily "Post" <b>', "12 people", 12),
        ("b", "b", "Nine people", 9),
    ]


def test_keys_link_claims_to_mentions_and_mentions_to_entities(db_path):
    db = _connect(db_path)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    joined = db.execute(
        "SELECT c.text, m.kind, m.start FROM claims c JOIN mentions m ON m.id = c.mention_id ORDER BY m.start"
    ).fetchall()
    assert joined == [("Nine people", "count", 0), ("12 people", "count", 15), ("$4 million", "money", 77)]
    linked = db.execute(
        "SELECT m.doc, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id ORDER BY m.doc"
    ).fetchall()
    assert linked == [("a", "Harbour Mill"), ("b", "Harbour Mill")]  # "said 12" is no variant: no entity
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO claims (fact_id, doc, outlet, text, start, \"end\", repeats, disagrees) "
                   "VALUES ('F9', 'a', 'a', 'x', 0, 1, 1, 0)")  # fmt: skip


def test_foreign_keys_and_indexes_are_declared(db_path):
    db = _connect(db_path)
    refs = {(t, r[2], r[3]) for t in TABLES for r in db.execute(f"PRAGMA foreign_key_list({t})")}
    assert refs == {
        ("entity_variants", "entities", "entity_id"),
        ("mentions", "documents", "doc"),
        ("mentions", "entities", "entity_id"),
        ("claims", "facts", "fact_id"),
        ("claims", "documents", "doc"),
        ("claims", "mentions", "mention_id"),
    }
    indexed = {
        (t, db.execute(f"PRAGMA index_info({name})").fetchone()[2])
        for t in TABLES
        for _, name, *_ in db.execute(f"PRAGMA index_list({t})")
        if not name.startswith("sqlite_autoindex")
    }
    assert {("facts", "status"), ("facts", "kind"), ("claims", "doc"), ("mentions", "entity_id")} <= indexed
    plan = " ".join(
        r[3] for r in db.execute("EXPLAIN QUERY PLAN SELECT id FROM facts WHERE status = 'conflict'")
    )
    assert "idx_facts_status" in plan


def test_full_text_search_finds_sentences_and_articles(db_path):
    db = _connect(db_path)
    hits = db.execute(
        "SELECT c.fact_id, c.doc FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid "
        "WHERE claims_fts MATCH 'mayor' "
    ).fetchall()
    assert hits == [("F2", "a")]
    assert db.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'repairs'").fetchall() == [(1,)]
    docs = db.execute(
        "SELECT d.id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
        "WHERE documents_fts MATCH 'owner'"
    ).fetchall()
    assert docs == [("b",)]
    assert db.execute("SELECT count(*) FROM mentions_fts WHERE mentions_fts MATCH 'harbour'").fetchone() == (
        6,
    )


def test_sqlite_utils_reads_it(db_path):
    sqlite_utils = pytest.importorskip(
        "sqlite_utils", reason="sqlite-utils is a dev dependency (make install)"
    )
    db = sqlite_utils.Database(db_path)
    assert set(db.table_names()) >= TABLES
    assert db["claims"].detect_fts() == "claims_fts"
    assert db["documents"].detect_fts() == "documents_fts"
    assert {(fk.column, fk.other_table) for fk in db["claims"].foreign_keys} == {
        ("fact_id", "facts"),
        ("doc", "documents"),
        ("mention_id", "mentions"),
    }
    assert [r["text"] for r in db["claims"].search("nine")] == ["Nine people"]
    assert db["facts"].pks == ["id"]
    assert {tuple(i.columns) for i in db["facts"].indexes} >= {("status",), ("kind",)}


# ---- through the installed script -------------------------------------------------------------------------

ARTICLES = {
    "one.txt": "Published on March 3, 2025\n\nThe council paid $4.5 million for 12 buses on Friday.\n",
    "two.txt": "Published on March 4, 2025\n\nThe council paid about $4.5 million for 14 buses last week.\n",
}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_script_writes_a_database_and_a_rerun_replaces_it_whole(articles, tmp_path):
    out = tmp_path / "story.db"
    out.write_text("not a database, and longer than nothing\n" * 100, encoding="utf-8")
    done = factx("reconcile", str(articles), "-m", "blank", "-f", "sqlite", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    db = _connect(out)
    assert [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id")] == ["one", "two"]
    assert db.execute("SELECT count(*) FROM claims WHERE text LIKE '%buses'").fetchone() == (2,)
    db.close()
    done = factx("reconcile", str(articles / "two.txt"), "-m", "blank", "-f", "sqlite", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    db = _connect(out)
    assert [r[0] for r in db.execute("SELECT id FROM documents")] == ["two"]
    assert db.execute("SELECT DISTINCT doc FROM mentions").fetchall() == [("two",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "story.db"]  # no temporary file left


def test_sqlite_without_output_is_a_usage_error(articles):
    done = factx("reconcile", str(articles), "-m", "blank", "-f", "sqlite", "-q")
    assert done.returncode == 2
    assert done.stdout == b""
    assert "--output" in done.stderr and "story.db" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [["extract"], ["entities"], ["show", "F1"]])
def test_every_command_refuses_sqlite_to_standard_output(articles, command):
    from typer.testing import CliRunner

    from factx.cli import app

    result = CliRunner().invoke(app, [*command, str(articles), "-m", "blank", "-f", "sqlite"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--output" in result.stderr


def test_extract_writes_documents_and_mentions_only(articles, tmp_path):
    out = tmp_path / "mentions.db"
    done = factx("extract", str(articles), "-m", "blank", "-k", "money", "-f", "sqlite", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    db = _connect(out)
    assert db.execute("SELECT doc, text FROM mentions ORDER BY doc").fetchall() == [
        ("one", "$4.5 million"),
        ("two", "about $4.5 million"),
    ]
    assert db.execute("SELECT count(*) FROM facts").fetchone() == (0,)
