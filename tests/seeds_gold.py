"""The checks of ../shared/tools/score_seeds.py, as functions over factx's output records.

Kept in the project so the gold test runs where ../shared does not exist. Each `check_*` returns the list of
failures for one section of `tests/data/seeds_gold.json`.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = json.loads((HERE / "data" / "seeds_gold.json").read_text(encoding="utf-8"))
QUALIFIERS = {
    "exact": {"exact"},
    "more_than": {"more_than"},
    "at_least": {"at_least"},
    "nearly": {"nearly"},
    "approx": {"approx"},
    "less_than": {"less_than"},
    "at_most": {"at_most"},
}
UNIT_SYNONYMS = {"country": {"country", "countries", "nation", "nations"}, "person": {"person", "people"}}


def doc_key(path_or_id: str) -> str | None:
    base = Path(str(path_or_id)).name
    for key, meta in GOLD["documents"].items():
        if base in (meta["file"], meta["file"].rsplit(".", 1)[0]):
            return key
    return None


def texts(seeds: Path) -> dict[str, str]:
    return {k: (seeds / v["file"]).read_text(encoding="utf-8") for k, v in GOLD["documents"].items()}


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _close(x, y) -> bool:
    try:
        return math.isclose(float(x), float(y), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def check_documents(table: dict) -> list[str]:
    seen = {doc_key(d.get("path") or d["id"]): d for d in table["documents"]}
    fails = []
    for key, meta in GOLD["documents"].items():
        d = seen.get(key)
        if d is None or d.get("published") != meta["published"]:
            fails.append(
                f"document {key}: published {d and d.get('published')!r}, want {meta['published']!r}"
            )
    return fails


def _by_doc(mentions: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for m in mentions:
        out.setdefault(doc_key(m["doc"]), []).append(m)
    return out


def check_mentions(mentions: list[dict], seeds: Path) -> list[str]:
    fails, text_of, by_doc = [], texts(seeds), _by_doc(mentions)
    for g in GOLD["mentions"]:
        text = text_of[g["doc"]]
        start = text.index(g["context"]) + g["context"].index(g["text"])
        span = (start, start + len(g["text"]))
        cands = [
            m
            for m in by_doc.get(g["doc"], [])
            if m["kind"] == g["kind"] and _overlaps(span, (m["start"], m["end"]))
        ]
        label = f"mention {g['doc']} {g['kind']} {g['text']!r}"
        if not cands:
            fails.append(f"{label}: not extracted")
        elif g["kind"] == "date":
            got = [(m["value"], m["grain"]) for m in cands]
            ok = all(v is None for v, _ in got) if g["value"] is None else (g["value"], g["grain"]) in got
            if not ok:
                fails.append(f"{label}: got {got}, want {(g['value'], g.get('grain'))}")
        else:

            def fits(m, g=g):
                ok = _close(m["value"], g["amount"]) and m["qualifier"] in QUALIFIERS[g["qualifier"]]
                if "unit" in g:
                    ok = ok and str(m["unit"]).lower() in UNIT_SYNONYMS.get(g["unit"], {g["unit"]})
                return ok

            if not any(fits(m) for m in cands):
                got = [(m["value"], m["qualifier"], m["unit"]) for m in cands]
                fails.append(f"{label}: got {got}, want {(g['amount'], g['qualifier'], g.get('unit'))}")
    return fails


def check_not_mentions(mentions: list[dict], seeds: Path) -> list[str]:
    fails, text_of, by_doc = [], texts(seeds), _by_doc(mentions)
    for g in GOLD["not_mentions"]:
        start = text_of[g["doc"]].index(g["text"])
        span = (start, start + len(g["text"]))
        if any(
            m["kind"] == g["kind"] and _overlaps(span, (m["start"], m["end"]))
            for m in by_doc.get(g["doc"], [])
        ):
            fails.append(f"{g['text']!r} came out as {g['kind']}: {g['why']}")
    return fails


def _surface(e: dict) -> set[str]:
    return {n.lower() for n in {e["name"], *(v["text"] for v in e["variants"])} if n}


def check_entities(table: dict) -> list[str]:
    fails, ents = [], table["entities"]
    for g in GOLD["entities"]:
        want = {s.lower() for s in g["must_include"]}
        rows = [e for e in ents if want & _surface(e)]
        if len(rows) != 1:
            fails.append(f"entity {g['name']}: {len(rows)} rows carry {sorted(want)}")
            continue
        e = rows[0]
        docs = sorted(k for k in (doc_key(d) for d in e["docs"]) if k)
        ok = want <= _surface(e) and docs == g["docs"] and (g["type"] is None or e["type"] == g["type"])
        if g.get("spelling_variants"):
            ok = ok and e["spelling_variants"]
        if not ok:
            fails.append(f"entity {g['name']}: got {e['name']!r} {e['type']} {docs} {sorted(_surface(e))}")
    for name in GOLD["absent_entities"]["names"]:
        if any(name.lower() in _surface(e) for e in ents):
            fails.append(f"page furniture leaked into entities: {name!r}")
    return fails


def _fact_of(facts: list[dict], text_of: dict[str, str], doc: str, text: str):
    t = text_of[doc]
    spans, i = [], t.find(text)
    while i >= 0:
        spans.append((i, i + len(text)))
        i = t.find(text, i + 1)
    for f in facts:
        for c in f["claims"]:
            if doc_key(c["doc"]) == doc and any(_overlaps(s, (c["start"], c["end"])) for s in spans):
                return f
    return None


def check_facts(table: dict, seeds: Path) -> list[str]:
    fails, text_of, facts = [], texts(seeds), table["facts"]
    for g in GOLD["facts"]:
        found = {d: _fact_of(facts, text_of, d, t) for d, t in g["claims"].items()}
        ids = {id(f) for f in found.values() if f is not None}
        missing = [d for d, f in found.items() if f is None]
        if missing:
            fails.append(f"fact {g['id']}: no claim from docs {missing}")
        elif len(ids) != 1:
            fails.append(f"fact {g['id']}: claims split over {len(ids)} facts")
        elif next(iter(found.values()))["status"] not in g["status"]:
            fails.append(
                f"fact {g['id']}: status {next(iter(found.values()))['status']!r}, want {g['status']}"
            )
    for g in GOLD["separate"]:
        a = _fact_of(facts, text_of, g["a"]["doc"], g["a"]["text"])
        b = _fact_of(facts, text_of, g["b"]["doc"], g["b"]["text"])
        if a is None or b is None or a is b:
            fails.append(f"separate {g['a']['text']!r} / {g['b']['text']!r}: {g['why']}")
    return fails
