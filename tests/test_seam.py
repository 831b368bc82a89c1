"""The seam: `factx extract --documents` then `factx reconcile --mentions` gives what `factx reconcile` gives
on the articles, so extraction and reconciliation can run in different places."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factx.model import Document
from factx.records import article_from_record, article_record, mention_from_record, mention_record
from factx.seam import read_extracted
from tests.script import factx
from tests.stories import write_feed

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_an_article_record_round_trips_every_field():
    from datetime import date

    document = Document(
        id="a",
        text="Body «text» with a \u2028 line separator.",
        path="/x/a.txt",
        published=date(2024, 2, 29),
        published_from="byline",
        source="The Paper",
        url="https://example.org/a",
        furniture=((3, 7), (9, 12)),
        dateline=(0, 4),
    )
    assert article_from_record(json.loads(json.dumps(article_record(document)))) == document


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["json", "table", "csv"])
def test_reconciling_extract_output_equals_reconciling_the_articles(tmp_path, fmt):
    mentions, documents = tmp_path / "m.jsonl", tmp_path / "d.jsonl"
    done = factx("extract", str(SEEDS), "-f", "jsonl", "-o", str(mentions), "--documents", str(documents))
    assert done.returncode == 0, done.stderr
    direct = factx("reconcile", str(SEEDS), "-f", fmt)
    seam = factx("reconcile", "--mentions", str(mentions), "--documents", str(documents), "-f", fmt)
    assert seam.returncode == 0, seam.stderr
    assert direct.stdout and seam.stdout == direct.stdout


@pytest.mark.model
def test_every_mention_survives_the_round_trip_through_jsonl():
    from factx.pipeline import extract_paths

    mentions = extract_paths([str(SEEDS)]).mentions
    assert len(mentions) > 100
    for m in mentions:
        assert mention_from_record(json.loads(json.dumps(mention_record(m)))) == m


@pytest.mark.model
def test_without_the_documents_file_the_facts_are_still_there(tmp_path):
    write_feed(tmp_path / "feed")
    mentions = tmp_path / "m.jsonl"
    factx("extract", str(tmp_path / "feed"), "-f", "jsonl", "-o", str(mentions))
    direct = json.loads(factx("reconcile", str(tmp_path / "feed"), "-f", "json").stdout)
    seam = json.loads(factx("reconcile", "--mentions", str(mentions), "-f", "json").stdout)
    assert seam["facts"] == direct["facts"]
    assert [d["id"] for d in seam["documents"]] == [d["id"] for d in direct["documents"]]


def test_a_bad_record_is_named_and_the_others_are_used(tmp_path):
    good = {
        "doc": "a",
        "kind": "money",
        "label": "MONEY",
        "text": "$5 million",
        "start": 10,
        "end": 20,
        "sentence": "The city paid $5 million.",
        "value": 5e6,
        "low": 5e6,
        "high": 5e6,
        "unit": "USD",
        "qualifier": "exact",
    }
    path = tmp_path / "m.jsonl"
    lines = [json.dumps(good), "{broken", json.dumps({"doc": "b", "kind": "weather"}), json.dumps([1])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = []
    result = read_extracted(path, on_error=errors.append)
    assert [m.text for m in result.mentions] == ["$5 million"]
    assert [e.name for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    done = factx("reconcile", "--mentions", str(path), "-f", "json")
    assert done.returncode == 1
    assert f"{path}:2" in done.stderr and f"{path}:3" in done.stderr and "Traceback" not in done.stderr
    assert json.loads(done.stdout)["facts"][0]["claims"][0]["text"] == "$5 million"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["reconcile"], "Missing argument 'PATH...'"),
        (["reconcile", "seeds", "--mentions", "m.jsonl"], "give article paths or --mentions, not both"),
        (["reconcile", "seeds", "--documents", "d.jsonl"], "--documents: only with --mentions"),
        (["reconcile", "--mentions", "/no/such/m.jsonl"], "/no/such/m.jsonl"),
    ],
)
def test_the_seam_options_are_checked(args, said):
    done = factx(*args)
    assert said in done.stderr and "Traceback" not in done.stderr
    assert done.returncode == (1 if "/no/such" in said else 2)
