"""The entity scorer of `make eval`: pair counts, and the check that no entity is a headline or byline."""

from __future__ import annotations

from benchmarks.entity_eval import headline_entities, prf, score_story


def _entity(eid: str, kind: str, *texts: str, doc: str = "a") -> dict:
    return {"id": eid, "type": kind, "variants": [{"text": t, "docs": [doc], "count": 1} for t in texts]}


def test_headline_and_byline_lines_taken_for_entities_are_counted(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Orla Vane Quits The Board\nBy Jim Pell\nOrla Vane quit on Monday, Jim Pell wrote.\n")
    table = {
        "documents": [{"id": "a", "path": str(article)}],
        "entities": [
            _entity("E1", "PERSON", "Orla Vane Quits The Board"),  # the headline
            _entity("E2", "PERSON", "Jim Pell"),  # the byline's name
            _entity("E3", "PERSON", "Orla Vane"),  # a name in the body: fine
            _entity("E4", "ORG", "Orla Vane Quits The Board", doc="b"),  # another article's: not this line
        ],
    }
    found = headline_entities(table)
    assert len(found) == 2 and "'Orla Vane Quits The Board' (PERSON, a)" in found


def test_pairs_merged_right_wrongly_and_missed():
    table = {
        "entities": [_entity("E1", "ORG", "Red Sox", "Boston Red Sox", "Boston"), _entity("E2", "ORG", "Sox")]
    }
    gold = {"same": [["Red Sox", "The Boston Red Sox"], ["Sox", "Red Sox"]], "apart": [["Boston", "Red Sox"]]}
    counts = score_story(gold, table)
    assert counts == {"tp": 1, "fp": 1, "fn": 1}
    assert prf(counts) == (0.5, 0.5, 0.5)
