"""One enormous sentence full of amounts, through the installed script: every mention is found, its
`sentence` is a bounded window around it, and `sentence_start`/`sentence_end` give the whole sentence.
(How time grows with the length is measured in `make bench`, not here.)"""

from __future__ import annotations

import json

from factx.window import SENTENCE_CHARS, WINDOW_CHARS
from tests.script import factx


def test_a_long_sentence_gives_bounded_windows_with_the_whole_sentence_offsets(tmp_path):
    amounts = [f"${n} million" for n in range(1, 2500)]
    text = "By Staff\n\nOfficials said the costs were " + ", ".join(amounts) + ". Then it was over.\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    done = factx("extract", str(path), "-m", "blank", "-k", "money", "-f", "jsonl", "--no-cache")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["text"] for r in records] == amounts
    first = text.index("Officials")
    whole = (first, text.index(". Then") + 1)
    for r in records:
        assert (r["sentence_start"], r["sentence_end"]) == whole
        assert text[r["start"] : r["end"]] == r["text"]
        assert len(r["sentence"]) <= 2 * WINDOW_CHARS + len(r["text"]) + 2
        assert r["text"] in r["sentence"]
    assert records[0]["sentence"].startswith("Officials said the costs were $1 million, $2 million")
    assert records[0]["sentence"].endswith("…")
    assert records[-1]["sentence"].startswith("…") and records[-1]["sentence"].endswith("$2499 million.")
    middle = records[1200]["sentence"]
    assert middle.startswith("…$") and middle.endswith("…")
    assert len(done.stdout) < len(records) * (2 * WINDOW_CHARS + 600)  # grows with mentions, not their square


def test_a_sentence_of_usual_length_is_whole_with_its_offsets(tmp_path):
    text = "By Staff\n\nThe city paid $4.5 million   for 12 buses.  It also paid $2 million.\n"
    path = tmp_path / "city.txt"
    path.write_text(text, encoding="utf-8")
    done = factx("extract", str(path), "-m", "blank", "-k", "money", "-f", "jsonl", "--no-cache")
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["sentence"], r["sentence_start"], r["sentence_end"]) for r in records] == [
        ("The city paid $4.5 million for 12 buses.", 10, 52),
        ("It also paid $2 million.", 54, 78),
    ]
    assert text[10:52] == "The city paid $4.5 million   for 12 buses."
    assert len(text[10:52]) < SENTENCE_CHARS
