"""The fact scorer of `make eval`: a gold claim is found at a claim or at one of its document's other
statements of the same value (`also`)."""

from __future__ import annotations

from benchmarks.eval import score_story

TEXTS = {
    "a": "Thieves took $3 million on Friday. The $3 million haul was the second this year.",
    "b": "Jewels worth $3 million were stolen.",
}
GOLD = {
    "documents": {"a": {"file": "a.txt"}, "b": {"file": "b.txt"}},
    # a's gold claim is its second statement, "The $3 million haul"
    "facts": [
        {
            "id": "haul",
            "about": "the haul",
            "claims": {"a": "The $3 million haul", "b": "$3 million"},
            "status": ["agree"],
        }
    ],
}


def _claim(doc: str, start: int, also=()) -> dict:
    return {"doc": doc, "start": start, "end": start + len("$3 million"), "also": [list(s) for s in also]}


def _table(also) -> dict:
    second = TEXTS["a"].index("$3 million", 20)
    a = _claim("a", TEXTS["a"].index("$3 million"), [(second, second + 10)] if also else [])
    return {"facts": [{"id": "F1", "status": "agree", "claims": [a, _claim("b", TEXTS["b"].index("$3"))]}]}


def test_a_gold_claim_at_a_second_statement_is_found_through_also():
    assert score_story(GOLD, _table(also=True), TEXTS, "s").facts_right == 1


def test_without_also_the_second_statement_is_not_found():
    score = score_story(GOLD, _table(also=False), TEXTS, "s")
    assert score.facts_right == 0 and "no claim from ['a']" in score.failures[0]
