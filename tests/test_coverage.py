"""benchmarks/coverage.py: the gold claims no extracted mention overlaps, on an invented one-article story."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.coverage import main

TEXT = "Published on March 3, 2025\n\nThe storm killed 14 people in Varno. The mayor sang.\n"


def _fact(name: str, claim: str) -> dict:
    return {"id": name, "kind": "count", "about": name, "claims": {"a": claim}, "status": ["single"]}


def test_lists_only_the_claims_nothing_was_extracted_for(tmp_path: Path, capsys):
    story = tmp_path / "data" / "s1"
    story.mkdir(parents=True)
    (story / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = {
        "documents": {"a": {"file": "a.txt", "published": "2025-03-03"}},
        "facts": [_fact("dead", "14 people"), _fact("song", "The mayor sang"), _fact("gone", "not there")],
    }
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "s1.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["--gold", str(tmp_path / "gold"), "--data", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out[:-1]] == ["s1 song [count] a", "s1 gone [count] a"]
    assert out[-1] == "gold claims with no extracted mention: 2 of 3"
