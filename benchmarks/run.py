"""`make bench`: factx against bare spaCy, --jobs scaling, reconcile growth, memory, cold start, cache, and
growth on one very long sentence.

    python -m benchmarks.run [--articles N] [--jobs-articles N] [--repeat R] [--claims 10000,100000,1000000]
    python -m benchmarks.run --only jobs,long_sentences   # re-measure some steps, keep the other results
    python -m benchmarks.run --quick      # tiny sizes: checks the benchmark itself runs

Everything is measured in this one run on this machine; throughput figures are medians of R runs and are
reported as ratios against bare spaCy (the same model with the same components, `nlp.pipe` only). Results go
to benchmarks/results.json and a Markdown table on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.engines import engines, stories

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"


def _median_time(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _child(code: str) -> dict:
    """Run `code` in a fresh interpreter; it prints one JSON object. Adds the child's peak RSS in MB."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child would report its parent's peak.
    wrapped = code + "\nimport json\n"
    wrapped += "HWM = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
    wrapped += "RESULT['peak_rss_mb'] = int(HWM) // 1024\n"
    wrapped += "print(json.dumps(RESULT))\n"
    out = subprocess.run(
        [sys.executable, "-c", wrapped], capture_output=True, text=True, check=True, cwd=HERE.parent
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def throughput(articles: int, repeat: int) -> dict:
    """Bare spaCy vs factx extract, in-process, same model and components."""
    from benchmarks.corpus import corpus
    from factx.extract import extract_all
    from factx.ingest import processing_text
    from factx.nlp import FACTX_PIPES, build_pipeline

    docs = corpus(articles, seed=1)
    texts = [processing_text(d) for d in docs]
    words = sum(len(t.split()) for t in texts)
    nlp = build_pipeline()
    model_pipes = [p for p in nlp.pipe_names if p not in FACTX_PIPES and p != "factx_paragraphs"]

    def bare() -> None:
        with nlp.select_pipes(enable=model_pipes):
            for _ in nlp.pipe(texts):
                pass

    def factx() -> None:
        for _ in extract_all(docs, nlp):
            pass

    factx()  # warm up: dateparser's first call, lru caches
    t_bare, t_factx = _median_time(bare, repeat), _median_time(factx, repeat)
    return {
        "articles": articles,
        "words": words,
        "model": nlp.meta.get("name"),
        "model_pipes": model_pipes,
        "bare_docs_s": articles / t_bare,
        "bare_words_s": words / t_bare,
        "factx_docs_s": articles / t_factx,
        "factx_words_s": words / t_factx,
        "ratio": t_bare / t_factx,
    }


def jobs(articles: int, repeat: int) -> dict:
    """`--jobs 1` vs `--jobs 2` on the extract stage, each in a fresh process (peak RSS per run).

    Each run hashes its output (the JSON Lines `factx extract` would print, document by document); the
    speed-up only counts when both hashes are the same.
    """
    results = {}
    for n in (1, 2):
        code = f"""
import hashlib, json, statistics, time
from benchmarks.corpus import corpus
from factx.extract import extract_all
from factx.nlp import build_pipeline
from factx.records import mention_record
docs = corpus({articles}, seed=2)
nlp = build_pipeline()
runs = []
for _ in range({repeat}):
    digest = hashlib.sha256()
    t = time.perf_counter()
    for document, mentions, failure in extract_all(docs, nlp, n_process={n}):
        digest.update(document.id.encode() + b"\\0" + str(failure).encode() + b"\\0")
        for m in mentions:
            digest.update(json.dumps(mention_record(m), ensure_ascii=False).encode() + b"\\n")
    runs.append(time.perf_counter() - t)
RESULT = {{"seconds": statistics.median(runs), "output_sha256": digest.hexdigest()}}
"""
        results[n] = _child(code)
    if results[1]["output_sha256"] != results[2]["output_sha256"]:
        raise SystemExit("--jobs 2 output differs from --jobs 1: the speed-up would be meaningless")
    return {
        "articles": articles,
        "identical_output": True,
        "output_sha256": results[1]["output_sha256"],
        "jobs1_s": results[1]["seconds"],
        "jobs2_s": results[2]["seconds"],
        "speedup": results[1]["seconds"] / results[2]["seconds"],
        "jobs1_peak_rss_mb": results[1]["peak_rss_mb"],
        "jobs2_peak_rss_mb": results[2]["peak_rss_mb"],
    }


def reconcile_growth(sizes: list[int], repeat: int) -> list[dict]:
    """Fact reconciliation over synthetic claims, each size in a fresh process (time and peak RSS), in one
    process and with `jobs` = the CPUs (`factx reconcile --jobs N`); exits if the two give other facts."""
    rows = []
    for n in sizes:
        runs = 1 if n >= 1_000_000 else repeat
        code = f"""
import hashlib, pickle, statistics, time
from benchmarks.claims import synthetic_claims
from factx.pipeline import max_jobs
from factx.reconcile import reconcile_facts
claims = synthetic_claims({n})
RESULT = {{"jobs": max_jobs()}}
digests = set()
for jobs, name in ((1, "seconds"), (max_jobs(), "seconds_jobs")):
    runs = []
    for _ in range({runs}):
        t = time.perf_counter()
        facts = reconcile_facts(claims, jobs=jobs)
        runs.append(time.perf_counter() - t)
    RESULT[name] = statistics.median(runs)
    RESULT["facts"] = len(facts)
    digests.add(hashlib.sha256(pickle.dumps(facts)).hexdigest())
    del facts
RESULT["identical_output"] = len(digests) == 1
"""
        result = _child(code)
        if not result["identical_output"]:
            sys.exit(f"reconcile of {n:,} claims: --jobs {result['jobs']} gave other facts than one process")
        rows.append({"claims": n, "runs": runs, **result, "us_per_claim": result["seconds"] / n * 1e6})
    return rows


def cold_start(repeat: int) -> dict:
    """`factx --version` and `factx --help` as a user runs them (new interpreter each time)."""
    out = {}
    for args in (["--version"], ["--help"]):
        out[" ".join(args)] = _median_time(
            lambda a=args: subprocess.run(
                [sys.executable, "-m", "factx", *a], capture_output=True, check=True
            ),
            repeat,
        )
    out["python -c pass"] = _median_time(
        lambda: subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=True), repeat
    )
    return out


def cache_runs(articles: int) -> dict:
    """`factx extract` over some articles, then `factx reconcile` over them twice with one cache file: what
    reconciling adds to extracting (target: at most 20%), and the first reconcile run against the second."""
    from benchmarks.corpus import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "articles", articles, seed=3)
        cache = Path(tmp) / "cache.sqlite3"
        extract = [sys.executable, "-m", "factx", "extract", str(folder), "-f", "jsonl", "--no-cache"]
        cmd = [sys.executable, "-m", "factx", "reconcile", str(folder), "-f", "json", "--cache", str(cache)]
        times = []
        for args in (extract, cmd, cmd):
            start = time.perf_counter()
            subprocess.run(args, capture_output=True, check=True, env={**os.environ, "COLUMNS": "120"})
            times.append(time.perf_counter() - start)
    extract_s, first_s, second_s = times
    return {
        "articles": articles,
        "extract_s": extract_s,
        "first_s": first_s,
        "second_s": second_s,
        "speedup": first_s / second_s,
        "reconcile_over_extract": first_s / extract_s,
    }


def _long_sentence(chars: int) -> str:
    """One sentence of about `chars` characters full of amounts: "…: $1 million, $2 million, …"."""
    parts, size, n = ["Officials said the costs were"], 0, 0
    while size < chars:
        n += 1
        parts.append(f" ${n} million,")
        size += len(parts[-1])
    return "".join(parts).rstrip(",") + "."


def long_sentences(sizes: list[int]) -> list[dict]:
    """`factx extract` on one sentence of growing length full of amounts: seconds and output bytes per KB
    should stay flat (linear growth), not grow with the length (quadratic)."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for chars in sizes:
            path = Path(tmp) / f"long{chars}.txt"
            path.write_text(_long_sentence(chars), encoding="utf-8")
            cmd = [sys.executable, "-m", "factx", "extract", str(path), "--no-cache", "-f", "jsonl"]
            start = time.perf_counter()
            out = subprocess.run(cmd, capture_output=True, check=True).stdout
            seconds = time.perf_counter() - start
            rows.append(
                {
                    "chars": chars,
                    "seconds": seconds,
                    "mentions": out.count(b"\n"),
                    "output_bytes": len(out),
                    "s_per_kb": seconds / (chars / 1000),
                    "output_bytes_per_char": len(out) / chars,
                }
            )
    return rows


def _table(r: dict) -> str:
    t, j, c, k = r["throughput"], r["jobs"], r["cold_start"], r["cache"]
    lines = [
        f"Machine: {r['machine']}; {r['date']}.",
        "",
        "| measurement | result | target |",
        "|---|---|---|",
        f"| bare spaCy ({t['model']}: {', '.join(t['model_pipes'])}) | {t['bare_docs_s']:.1f} docs/s, "
        f"{t['bare_words_s']:,.0f} words/s | |",
        f"| factx extract, same model | {t['factx_docs_s']:.1f} docs/s, "
        f"{t['factx_words_s']:,.0f} words/s | |",
        f"| factx / bare spaCy ({t['articles']} articles) | **{t['ratio']:.2f}** | ≥ 0.85 |",
        f"| `--jobs 2` / `--jobs 1` ({j['articles']} articles) | **{j['speedup']:.2f}×** "
        f"({j['jobs1_s']:.0f} s → {j['jobs2_s']:.0f} s) | ≥ 1.6× |",
        f"| peak RSS, extract `--jobs 1` / `--jobs 2` (parent) | {j['jobs1_peak_rss_mb']} MB / "
        f"{j['jobs2_peak_rss_mb']} MB | |",
    ]
    for row in r["reconcile"]:
        target = "< 60 s" if row["claims"] >= 1_000_000 else ""
        lines.append(
            f"| reconcile {row['claims']:,} claims: `--jobs 1` / `--jobs {row['jobs']}` | "
            f"{row['seconds']:.1f} s / **{row['seconds_jobs']:.1f} s** ({row['us_per_claim']:.0f} µs/claim "
            f"in one process, peak RSS {row['peak_rss_mb']} MB), same facts | {target} |"
        )
    lines += [
        f"| `factx --version` / `--help` cold start | {c['--version'] * 1000:.0f} ms / "
        f"{c['--help'] * 1000:.0f} ms (bare `python -c pass`: {c['python -c pass'] * 1000:.0f} ms) "
        "| no spaCy import |",
        f"| `factx reconcile`, {k['articles']} articles: first run / cached run | {k['first_s']:.1f} s / "
        f"{k['second_s']:.2f} s (**{k['speedup']:.0f}×**) | |",
    ]
    if "extract_s" in k:
        lines.append(
            "| `factx reconcile` (first run, empty cache) / `factx extract` (no cache), "
            f"{k['articles']} articles | "
            f"**{k['reconcile_over_extract']:.2f}** ({k['first_s']:.1f} s / {k['extract_s']:.1f} s) "
            "| ≤ 1.20 |"
        )
    rows = r.get("long_sentences") or []
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        growth = last["chars"] / first["chars"]
        lines.append(
            f"| one sentence full of amounts, {first['chars'] // 1000} KB → {last['chars'] // 1000} KB "
            f"({growth:.0f}× longer) | time {last['seconds'] / first['seconds']:.1f}×, output "
            f"{last['output_bytes'] / first['output_bytes']:.1f}× ({first['seconds']:.0f} s → "
            f"{last['seconds']:.0f} s, incl. start-up) | linear (≤ {growth:.0f}×) |"
        )
    e = r.get("engines")
    if e:
        one, two = e["dask1"], e["dask2"]
        lines += [
            f"| Dask local cluster start-up, 1 / 2 workers (with the model loaded) | "
            f"{one['ready_with_model_s']:.1f} s / {two['ready_with_model_s']:.1f} s | |",
            f"| Dask, {e['articles']} articles: 1 / 2 workers (local, 1 process: {e['local_docs_s']:.1f}) | "
            f"{one['docs_s']:.1f} / {two['docs_s']:.1f} docs/s (**{e['speedup_2_vs_1']:.2f}×**), "
            "same output | |",
            f"| memory per Dask worker | {two['worker_rss_mb']} MB | |",
        ]
    s = r.get("stories")
    if s:
        lines.append(
            f"| story split, {s['articles']} ECB+ articles mixed (pairwise) | **F1 {s['f1']:.2f}** "
            f"(P {s['precision']:.2f}, R {s['recall']:.2f}) in {s['seconds']:.1f} s | ≥ 0.9 |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200, help="articles for the throughput comparison")
    parser.add_argument("--jobs-articles", type=int, default=2000, help="articles for --jobs 1 vs 2")
    parser.add_argument("--engine-articles", type=int, default=400, help="articles for the Dask engine")
    parser.add_argument("--cache-articles", type=int, default=300, help="articles for the cache runs")
    parser.add_argument("--claims", default="10000,100000,1000000", help="claim counts for reconcile")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument(
        "--sentence-chars", default="25000,50000,100000", help="lengths of the one-sentence inputs"
    )
    parser.add_argument(
        "--only",
        default="",
        help="run only these steps (comma-separated), keeping the other results from the output file",
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes, to check the benchmark runs")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.jobs_articles, args.cache_articles, args.claims, args.repeat = 8, 16, 8, "2000", 1
        args.engine_articles = 16
        args.sentence_chars = "2000,4000"
    sizes = [int(n) for n in args.claims.split(",")]

    steps = [
        ("throughput", lambda: throughput(args.articles, args.repeat)),
        ("jobs", lambda: jobs(args.jobs_articles, 1)),
        ("reconcile", lambda: reconcile_growth(sizes, args.repeat)),
        ("cold_start", lambda: cold_start(max(args.repeat, 5))),
        ("cache", lambda: cache_runs(args.cache_articles)),
        ("long_sentences", lambda: long_sentences([int(n) for n in args.sentence_chars.split(",")])),
        ("engines", lambda: engines(args.engine_articles)),
        ("stories", stories),
    ]
    only = {name for name in args.only.split(",") if name}
    if only - {name for name, _ in steps}:
        parser.error(f"--only: unknown step(s) {', '.join(sorted(only))}")
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    results = json.loads(args.output.read_text(encoding="utf-8")) if only and args.output.exists() else {}
    results |= {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, "
        f"Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"),
        "load_average_at_start": os.getloadavg(),  # other work on the machine skews the --jobs figure
    }
    for name, step in steps:
        if only and name not in only:
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        results[name] = step()
    results["bench_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(_table(results))
    print(f"\n(written to {args.output})", file=sys.stderr)


if __name__ == "__main__":
    main()
