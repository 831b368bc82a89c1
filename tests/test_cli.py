"""The factx command through typer's CliRunner: exit codes, stdout and stderr checked separately."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from factx.cli import app
from tests.conftest import ROOT, SEEDS

ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
CONTRACT_FIELDS = {
    "doc",
    "kind",
    "label",
    "text",
    "start",
    "end",
    "sentence",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "grain",
}


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin, env=ENV)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == "factx 0.1.0"


def _commands(group=None, path=("factx",)):
    """Every command of the app as its command line, found in the app itself (nothing typed in here)."""
    import typer

    group = group or typer.main.get_command(app)
    for name, command in sorted(group.commands.items()):
        if getattr(command, "commands", None):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name)


COMMANDS = list(_commands())


def test_the_command_list_comes_from_the_app():
    assert ("factx", "reconcile") in COMMANDS and ("factx", "cache", "clear") in COMMANDS
    assert ("factx", "show") in COMMANDS and ("factx", "stories") in COMMANDS and len(COMMANDS) == 7


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command):
    result = run(*command[1:], "-h")
    assert result.exit_code == 0
    assert f"Example: {' '.join(command)}" in result.stdout
    assert "…" not in result.stdout and "<list" not in result.stdout and "x>=" not in result.stdout
    assert f"`{' '.join(command)}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_version_and_help_do_not_import_spacy():
    code = (
        "import sys\nsys.argv=['factx','--version']\nfrom factx.cli import main\ntry:\n    main()\n"
        "except SystemExit:\n    pass\nprint('spacy' in sys.modules, 'dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "False False"


def test_python_dash_m_works():
    done = subprocess.run([sys.executable, "-m", "factx", "--version"], capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (0, "factx 0.1.0")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["extract", "seeds", "--kind", "money,weather"], "--kind"),
        (["extract", "seeds", "--format", "xml"], "--format"),
        (["extract", "seeds", "--published", "yesterday"], "--published"),
        (["reconcile", "seeds", "--status", "maybe"], "--status"),
        (["extract", "seeds", "--jobs", "0"], "--jobs"),
        (["extract"], "Missing argument 'PATH...'"),
    ],
)
def test_usage_errors_exit_2(args, needle):
    result = run(*args)
    assert result.exit_code == 2
    assert needle in result.stderr
    assert result.stdout == ""


def test_unknown_model_is_a_clear_error():
    result = run("extract", str(SEEDS), "--model", "no_such_model_xyz")
    assert result.exit_code == 1
    assert "Error: cannot load spaCy model 'no_such_model_xyz'" in result.stderr
    assert "make model" in result.stderr
    assert "Traceback" not in result.stderr


def test_blank_model_runs_rules_only():
    result = run("extract", str(SEEDS / "003_5b442b35adfd20d1.txt"), "--model", "blank", "-f", "jsonl")
    assert result.exit_code == 0
    kinds = {json.loads(line)["kind"] for line in result.stdout.splitlines()}
    assert {"money", "count", "date"} <= kinds
    assert all(json.loads(line)["label"] != "PERSON" for line in result.stdout.splitlines())


@pytest.mark.model
def test_extract_jsonl_follows_the_contract():
    result = run("extract", str(SEEDS), "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(set(r) >= CONTRACT_FIELDS for r in records)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert all(texts[r["doc"]][r["start"] : r["end"]] == r["text"] for r in records)
    money = [r for r in records if r["kind"] == "money" and r["doc"].startswith("003")]
    assert [(r["text"], r["value"], r["qualifier"]) for r in money][-1] == (
        "more than $20-billion",
        20000000000,
        "more_than",
    )


@pytest.mark.model
def test_extract_kinds_filter_and_other_formats(tmp_path):
    result = run("extract", str(SEEDS), "-k", "percent", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["kind"] for r in rows} == {"percent"}
    assert [r["text"] for r in rows] == ["about 90 per cent", "10 per cent"]
    as_json = json.loads(run("extract", str(SEEDS), "-k", "percent", "-f", "json").stdout)
    assert [r["value"] for r in as_json] == [90, 10]
    table = run("extract", str(SEEDS / "000_8e55b3fe07817374.txt"), "-k", "percent")
    assert "about 90 per cent" in table.stdout and "published unknown" in table.stdout


@pytest.mark.model
def test_missing_and_empty_inputs_are_reported_and_the_rest_processed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(
        "extract",
        str(tmp_path / "nope.txt"),
        str(empty),
        str(SEEDS / "004_570d5428131ed8d0.txt"),
        "-f",
        "jsonl",
        "-k",
        "money",
    )
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in result.stderr
    assert f"{empty}: empty file" in result.stderr
    assert "Traceback" not in result.stderr
    assert [json.loads(x)["text"] for x in result.stdout.splitlines()] == ["$2.5 billion"]


@pytest.mark.model
def test_stdin():
    text = "By Staff | March 3, 2024\nThe city paid $4.5 million on Friday."
    result = run("extract", "-", "-f", "jsonl", "-k", "money,date", stdin=text)
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["doc"], r["text"], r["value"]) for r in records] == [
        ("stdin", "$4.5 million", 4500000),
        ("stdin", "March 3, 2024", "2024-03-03"),
        ("stdin", "Friday", "2024-03-01"),
    ]


@pytest.mark.model
def test_published_option_resolves_relative_dates():
    path = str(SEEDS / "000_8e55b3fe07817374.txt")
    plain = run("extract", path, "-k", "date", "-f", "jsonl")
    dated = run(
        "extract", path, "-k", "date", "-f", "jsonl", "--published", "000_8e55b3fe07817374=2026-01-02"
    )
    value = {json.loads(x)["text"]: json.loads(x)["value"] for x in plain.stdout.splitlines()}
    after = {json.loads(x)["text"]: json.loads(x)["value"] for x in dated.stdout.splitlines()}
    assert value["Late last month"] is None and value["next week"] is None
    assert after["Late last month"] == "2025-12" and after["next week"] == "2026-W02"


@pytest.mark.model
def test_reconcile_json_is_deterministic_and_filters():
    first = run("reconcile", str(SEEDS), "-f", "json")
    second = run("reconcile", str(SEEDS), "-f", "json")
    assert first.exit_code == 0 and first.stdout == second.stdout
    table = json.loads(first.stdout)
    assert set(table) == {"documents", "entities", "facts"}
    conflicts = json.loads(run("reconcile", str(SEEDS), "-f", "json", "--status", "conflict").stdout)["facts"]
    assert [f["status"] for f in conflicts] == ["conflict"]
    assert sorted(c["text"] for c in conflicts[0]["claims"]) == [
        "15 countries",
        "15 countries",
        "more than 15 countries",
    ]
    wide = json.loads(run("reconcile", str(SEEDS), "-f", "json", "--min-sources", "5").stdout)["facts"]
    assert [(f["kind"], f["claims"][0]["value"]) for f in wide] == [("money", 2500000000)]
    macron = json.loads(run("reconcile", str(SEEDS), "-f", "json", "--entity", "Macron").stdout)
    assert [e["name"] for e in macron["entities"]] == ["Emmanuel Macron"]
    assert macron["facts"] and all(
        any("Macron" in c["sentence"] for c in f["claims"]) for f in macron["facts"]
    )


@pytest.mark.model
def test_reconcile_csv_md_and_output_file(tmp_path):
    out = tmp_path / "facts.csv"
    result = run("reconcile", str(SEEDS), "-f", "csv", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == [
        "fact_id",
        "kind",
        "about",
        "status",
        "doc",
        "text",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
        "grain",
        "sentence",
        "source",
        "url",
        "why",
        "disagrees",
    ]
    assert rows[0]["status"] == "conflict"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.csv"]
    md = run("reconcile", str(SEEDS), "-f", "md", "--status", "agree").stdout
    assert md.startswith("| fact_id | kind |") and "| agree |" in md and "| conflict |" not in md


@pytest.mark.model
def test_reconcile_table_shows_disagreements_first_and_entities_on_request():
    result = run("reconcile", str(SEEDS), "--entities")
    assert result.exit_code == 0
    out = result.stdout.split("\n", 1)[1]
    assert out.index(" CONFLICT ") < out.index(" COMPATIBLE ") < out.index(" AGREE ")
    assert " SINGLE " not in out
    assert "Volodymyr Zelensky" in out and "spelled differently: " in out
    assert "Volodymyr Zelensky" not in run("reconcile", str(SEEDS)).stdout.split("\n\n")[-1]


@pytest.mark.model
def test_entities_command():
    result = run("entities", str(SEEDS), "-f", "json")
    data = json.loads(result.stdout)
    assert set(data) == {"documents", "entities"}
    names = [e["name"] for e in data["entities"]]
    assert "Mark Carney" in names and "Carney" not in names


def test_no_model_installed_names_the_install_command(monkeypatch):
    import factx.resolve

    monkeypatch.delenv("FACTX_MODEL", raising=False)
    monkeypatch.setattr(factx.resolve, "is_package", lambda name: False)
    result = run("extract", str(SEEDS))
    assert result.exit_code == 1
    assert "Error: no spaCy English model is installed" in result.stderr
    assert "make model" in result.stderr and "--model blank" in result.stderr


def test_model_from_environment(monkeypatch):
    monkeypatch.setenv("FACTX_MODEL", "blank")
    result = run("extract", str(SEEDS / "002_e1c6450088f55f25.txt"), "-f", "jsonl", "-k", "entity")
    assert result.exit_code == 0
    # the blank pipeline has no NER: only names introduced by a naming cue
    assert [json.loads(x)["text"] for x in result.stdout.splitlines()] == ["coalition of the willing"]
