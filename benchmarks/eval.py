"""Score factx's facts on real multi-source stories against hand-checked gold (`make eval`).

Each `benchmarks/gold/<story>.json` (the format of the seeds gold: documents, facts with one claim text per
document and the statuses allowed, `separate` pairs) is scored on the texts at `<data>/<story>/`, by running
`factx reconcile` on that folder. A gold fact is right when all its claims are in one fact of the output,
no claim of another gold fact is in that fact, and its status is one of those allowed. A disagreement (a gold
fact that allows `conflict`) is surfaced when it is right. Stories whose texts are missing are skipped.
On the same output it scores the entity pairs of `gold/entities/<story>.json` (`benchmarks.entity_eval`) and
counts entities whose text is a whole line of their article (a headline or byline taken for a name).

With `--extracted DIR` the mentions of each story are extracted once into `DIR/<story>.*.jsonl` (kept
for the next run: delete DIR after changing extraction or frames) and reconciled with `factx reconcile
--mentions`, so changes to reconciliation are scored in seconds. `--why` says, for each wrong gold fact whose
claims were all extracted, why it is wrong (split across facts, joined with other gold facts' claims, or
status wrong) with the claim frames involved, and counts the causes.

Usage: python -m benchmarks.eval [--gold benchmarks/gold] [--data ../shared/data/ecbplus-dev] [-v]
           [--extracted DIR] [--why]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
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


def run_extracted(folder: Path, keep: Path) -> tuple[dict, dict]:
    """Extract `folder` once into `keep` (or reuse what is there), then reconcile those mentions: the table
    and the mention records by (document id, start), which carry the claim frames."""
    keep.mkdir(parents=True, exist_ok=True)
    mentions, documents = keep / f"{folder.name}.mentions.jsonl", keep / f"{folder.name}.documents.jsonl"
    if not (mentions.is_file() and documents.is_file()):
        command = [sys.executable, "-m", "factx", "extract", str(folder), "--format", "jsonl", "--no-cache"]
        command += ["--output", str(mentions), "--documents", str(documents), "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            mentions.unlink(missing_ok=True)
            raise RuntimeError(f"factx extract failed on {folder}: {done.stderr.strip()[-500:]}")
    command = [sys.executable, "-m", "factx", "reconcile", "--mentions", str(mentions)]
    command += ["--documents", str(documents), "--format", "json", "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"factx reconcile failed on {folder}: {done.stderr.strip()[-500:]}")
    records = {}
    for line in mentions.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[(record["doc"], record["start"])] = record
    return json.loads(done.stdout), records


def _doc_of(gold_docs: dict, doc_id: str) -> str | None:
    for key, meta in gold_docs.items():
        if doc_id in (key, meta["file"], meta["file"].rsplit(".", 1)[0]):
            return key
    return None


def _fact_of(table: dict, gold_docs: dict, texts: dict[str, str], doc: str, text: str) -> str | None:
    """The id of the output fact holding a claim of `doc` that overlaps an occurrence of `text`."""
    found = _claim_of(table, gold_docs, texts, doc, text)
    return found[0] if found else None


def _claim_of(
    table: dict, gold_docs: dict, texts: dict[str, str], doc: str, text: str
) -> tuple[str, dict] | None:
    """The output fact and claim of `doc` that overlaps an occurrence of `text`: at the claim or at one of
    the document's other statements of it (`also`)."""
    body = texts.get(doc, "")
    spans, i = [], body.find(text)
    while i >= 0:
        spans.append((i, i + len(text)))
        i = body.find(text, i + 1)
    for fact in table["facts"]:
        for claim in fact["claims"]:
            if _doc_of(gold_docs, claim["doc"]) != doc:
                continue
            places = [(claim["start"], claim["end"]), *map(tuple, claim.get("also", ()))]
            if any(s < end and start < e for s, e in spans for start, end in places):
                return fact["id"], claim
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


_FRAME_SLOTS = ("unit", "measure", "event", "anchors", "time", "earlier")


def _frame(records: dict, claim: dict) -> dict:
    record = records.get((claim["doc"], claim["start"]), {})
    return {k: record.get(k) for k in _FRAME_SLOTS}


def _frame_text(records: dict, fact: dict, claim: dict) -> str:
    f = _frame(records, claim)
    anchors = ", ".join(f["anchors"] or [])
    return (
        f"{fact['id']} [{fact['status']}] {claim['doc']} {' '.join(claim['text'].split())!r}: "
        f"unit={f['unit']} measure={f['measure']} event={f['event']} anchors=[{anchors}] time={f['time']}"
        + (" earlier" if f["earlier"] else "")
    )


def _split_cause(a: dict, b: dict) -> str:
    """The first frame slot in which two claims put in different facts differ."""
    if (
        a["measure"] != b["measure"]
        and (a["measure"] or "").partition(":")[0] != (b["measure"] or "").partition(":")[0]
    ):
        return "measure/unit differs"
    if a["event"] != b["event"]:
        if a["event"] is None or b["event"] is None:
            return "event missing on one"
        return "events differ"
    if a["measure"] != b["measure"]:
        return "group differs"
    if a["time"] and b["time"] and a["time"] != b["time"]:
        return "time differs"
    if not a["event"]:
        return "no event on either (thin)"
    return "same frame, still split"


def diagnose(
    gold: dict, table: dict, texts: dict[str, str], records: dict, story: str
) -> list[tuple[str, str]]:
    """(cause, explanation) for each wrong gold fact whose claims were all extracted."""
    docs = gold["documents"]
    facts = {f["id"]: f for f in table["facts"]}
    placed = {
        g["id"]: {d: _claim_of(table, docs, texts, d, t) for d, t in g["claims"].items()}
        for g in gold["facts"]
    }
    owner: dict[tuple[str, int], str] = {}
    for gid, found in placed.items():
        for hit in found.values():
            if hit:
                owner[(hit[1]["doc"], hit[1]["start"])] = gid
    out = []
    for g in gold["facts"]:
        found = placed[g["id"]]
        if any(hit is None for hit in found.values()):
            continue
        ids = sorted({hit[0] for hit in found.values()})
        label = f"{story} {g['id']} ({g['about']}), want {g['status']}"
        if len(ids) > 1:
            by_fact = {fid: [hit[1] for hit in found.values() if hit[0] == fid] for fid in ids}
            frames = {fid: _frame(records, cs[0]) for fid, cs in by_fact.items()}
            first = frames[ids[0]]
            cause = Counter(_split_cause(first, frames[fid]) for fid in ids[1:]).most_common(1)[0][0]
            lines = [_frame_text(records, facts[fid], c) for fid, cs in by_fact.items() for c in cs]
            out.append((f"split: {cause}", "\n      ".join([label, *lines])))
            continue
        fact = facts[ids[0]]
        foreign = [c for c in fact["claims"] if owner.get((c["doc"], c["start"]), g["id"]) != g["id"]]
        if foreign:
            lines = [_frame_text(records, fact, c) for c in fact["claims"]]
            marks = [
                f"{line}  <- {owner.get((c['doc'], c['start']), '(no gold fact)')}"
                for line, c in zip(lines, fact["claims"], strict=True)
            ]
            out.append(("joined with other gold facts", "\n      ".join([label, *marks])))
            continue
        if fact["status"] not in g["status"]:
            lines = [
                f"{c['doc']} {' '.join(c['text'].split())!r} value={c['value']} q={c['qualifier']}"
                + (" DISAGREES" if c.get("disagrees") else "")
                + (" earlier" if c.get("earlier") else "")
                + (f" copy of {c['duplicate_of']}" if c.get("duplicate_of") else "")
                for c in fact["claims"]
            ]
            head = f"{label}: got {fact['status']!r} ({fact.get('why')})"
            out.append(
                (f"status {fact['status']} want {'/'.join(g['status'])}", "\n      ".join([head, *lines]))
            )
    return out


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
    parser.add_argument("--extracted", type=Path, help="extract once into this folder and reconcile from it")
    parser.add_argument(
        "--why", action="store_true", help="say why each wrong fact with all claims found is wrong"
    )
    args = parser.parse_args(argv)
    keep = args.extracted
    if args.why and keep is None:
        keep = Path(tempfile.mkdtemp(prefix="factx-eval-"))
    causes: list[tuple[str, str]] = []
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
        if keep is not None:
            table, records = run_extracted(folder, keep)
        else:
            table, records = run_factx(folder), {}
        score = score_story(gold, table, texts, story)
        if args.why:
            causes += diagnose(gold, table, texts, records, story)
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
    if args.why:
        counts = Counter(cause for cause, _ in causes)
        print(f"wrong facts whose claims were all extracted: {len(causes)}")
        for cause, n in counts.most_common():
            print(f"== {cause}: {n}")
            for c, text in causes:
                if c == cause:
                    print(f"    {text}")
    if entity_stories:
        print(f"all {entity_stories} stories with entity gold: entity pairs {_prf(entity_total)}")
    print(f"all {scored} stories: entities that are a whole headline or byline line: {headline_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
