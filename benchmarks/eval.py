"""Score factx's facts on real multi-source stories against hand-checked gold (`make eval`).

Each `benchmarks/gold/<story>.json` (the format of the seeds gold: documents, facts with one claim text per
document and the statuses allowed, `separate` pairs) is scored on the texts at `<data>/<story>/`, by running
`factx reconcile` on that folder. A gold fact is right when all its claims are in one fact of the output,
no claim of another gold fact is in that fact, and its status is one of those allowed. A disagreement (a gold
fact that allows `conflict`) is surfaced when it is right. Stories whose texts are missing are skipped.
On the same output it scores the entity pairs of `gold/entities/<story>.json` (`benchmarks.entity_eval`) and
counts entities whose text is a whole line of their article (a headline or byline taken for a name).

Usage: python -m benchmarks.eval [--gold benchmarks/gold] [--data ../shared/data/ecbplus-dev] [-v]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import entity_eval

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "gold"
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "ecbplus-dev"


@dataclass
class Score:
    """Counts for one story or for all of them."""

    facts: int = 0
    facts_right: int = 0
    disagreements: int = 0
    disagreements_right: int = 0
    separate: int = 0
    separate_right: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "facts",
            "facts_right",
            "disagreements",
            "disagreements_right",
            "separate",
            "separate_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures += other.failures


def run_factx(folder: Path) -> dict:
    """`factx reconcile FOLDER --format json`, through the installed console module, without the cache (a
    cached run would not see changes to the code)."""
    command = [sys.executable, "-m", "factx", "reconcile", str(folder), "--format", "json", "--no-cache"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"factx failed on {folder}: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def _doc_of(gold_docs: dict, doc_id: str) -> str | None:
    for key, meta in gold_docs.items():
        if doc_id in (key, meta["file"], meta["file"].rsplit(".", 1)[0]):
            return key
    return None


def _fact_of(table: dict, gold_docs: dict, texts: dict[str, str], doc: str, text: str) -> str | None:
    """The id of the output fact holding a claim of `doc` that overlaps an occurrence of `text`."""
    body = texts.get(doc, "")
    spans, i = [], body.find(text)
    while i >= 0:
        spans.append((i, i + len(text)))
        i = body.find(text, i + 1)
    for fact in table["facts"]:
        for claim in fact["claims"]:
            if _doc_of(gold_docs, claim["doc"]) != doc:
                continue
            if any(s < claim["end"] and claim["start"] < e for s, e in spans):
                return fact["id"]
    return None


def score_story(gold: dict, table: dict, texts: dict[str, str], story: str) -> Score:
    """Score one story's output `table` against its `gold`."""
    score = Score()
    docs = gold["documents"]
    status = {f["id"]: f["status"] for f in table["facts"]}
    placed = {
        g["id"]: {d: _fact_of(table, docs, texts, d, t) for d, t in g["claims"].items()}
        for g in gold["facts"]
    }
    owners: dict[str, set[str]] = {}
    for gid, found in placed.items():
        for fid in found.values():
            if fid:
                owners.setdefault(fid, set()).add(gid)
    for g in gold["facts"]:
        found = placed[g["id"]]
        ids = set(found.values())
        label = f"{story} {g['id']} ({g['about']})"
        problem = None
        if None in ids:
            problem = f"no claim from {sorted(d for d, f in found.items() if f is None)}"
        elif len(ids) != 1:
            problem = f"split over {len(ids)} facts"
        else:
            fid = ids.pop()
            others = owners[fid] - {g["id"]}
            if others:
                problem = f"merged with {sorted(others)}"
            elif status[fid] not in g["status"]:
                problem = f"status {status[fid]!r}, want {g['status']}"
        right = problem is None
        score.facts += 1
        score.facts_right += right
        if "conflict" in g["status"]:
            score.disagreements += 1
            score.disagreements_right += right
        if problem:
            score.failures.append(f"{label}: {problem}")
    for pair in gold.get("separate", []):
        a = _fact_of(table, docs, texts, pair["a"]["doc"], pair["a"]["text"])
        b = _fact_of(table, docs, texts, pair["b"]["doc"], pair["b"]["text"])
        score.separate += 1
        if a is not None and a == b:
            score.failures.append(f"{story} separate {pair['a']['text']!r} / {pair['b']['text']!r}: merged")
        else:
            score.separate_right += 1
    return score


def _percent(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "0/0"


def _prf(counts: dict[str, int]) -> str:
    """Entity pairwise scores of summed counts, as one line."""
    p, r, f = entity_eval.prf(counts)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return f"precision {p:.2f}, recall {r:.2f}, F1 {f:.2f} (merged right {tp}, wrongly {fp}, missed {fn})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every fact that is not right")
    args = parser.parse_args(argv)
    total = Score()
    scored = 0
    entity_total = {"tp": 0, "fp": 0, "fn": 0}
    entity_stories = 0
    headline_total = 0
    for path in sorted(args.gold.glob("*.json")):
        story = path.stem
        folder = args.data / story
        if not folder.is_dir():
            print(f"{story}: skipped (no texts at {folder})")
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        texts = {}
        for key, meta in gold["documents"].items():
            file = folder / meta["file"]
            texts[key] = file.read_text(encoding="utf-8") if file.is_file() else ""
        table = run_factx(folder)
        score = score_story(gold, table, texts, story)
        scored += 1
        print(
            f"{story}: facts right {_percent(score.facts_right, score.facts)}, disagreements surfaced "
            f"{_percent(score.disagreements_right, score.disagreements)}, separate kept apart "
            f"{_percent(score.separate_right, score.separate)}"
        )
        if args.verbose:
            for line in score.failures:
                print(f"  FAIL {line}")
        total.add(score)
        headlines = entity_eval.headline_entities(table)
        headline_total += len(headlines)
        entity_gold = entity_eval.GOLD / f"{story}.json"
        if entity_gold.is_file():
            counts = entity_eval.score_story(json.loads(entity_gold.read_text(encoding="utf-8")), table)
            for key in entity_total:
                entity_total[key] += counts[key]
            entity_stories += 1
            print(f"{story}: entity pairs {_prf(counts)}")
        print(f"{story}: entities that are a whole headline or byline line: {len(headlines)}")
        if args.verbose:
            for line in headlines:
                print(f"  HEADLINE {line}")
    if not scored:
        print("no story scored: no gold with texts present")
        return 0
    print(
        f"all {scored} stories: facts right {_percent(total.facts_right, total.facts)}, "
        "disagreements surfaced "
        f"{_percent(total.disagreements_right, total.disagreements)}, separate kept apart "
        f"{_percent(total.separate_right, total.separate)}"
    )
    if entity_stories:
        print(f"all {entity_stories} stories with entity gold: entity pairs {_prf(entity_total)}")
    print(f"all {scored} stories: entities that are a whole headline or byline line: {headline_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
