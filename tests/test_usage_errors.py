"""Usage errors through the installed `factx` console script: one `Error:` line, a hint, exit 2, no traceback.

These go through `factx.cli.main` as a user's shell does; CliRunner never does, which is how tracebacks for
every usage error once went unnoticed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS

FACTX = Path(sys.executable).with_name("factx")


def environment(**extra: str) -> dict[str, str]:
    """The test's environment (its own cache folder, see conftest) plus `extra`."""
    return {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", **extra}


def factx(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(FACTX), *args],
        capture_output=True,
        text=True,
        env=env or environment(),
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_the_console_script_is_installed():
    assert FACTX.is_file() and os.access(FACTX, os.X_OK)


@pytest.mark.parametrize(
    ("args", "error", "hint"),
    [
        (["reconcile"], "Error: Missing argument 'PATH...'.", "See 'factx reconcile -h'."),
        (
            ["reconcile", "seeds", "--staus", "conflict"],
            "Error: no such option: --staus",
            "did you mean --status? See 'factx reconcile -h'.",
        ),
        (
            ["reconcile", "seeds", "--format", "xml"],
            "'xml' is not one of 'table', 'json', 'jsonl', 'csv', 'md'",
            "See 'factx reconcile -h'.",
        ),
        (["recon", "seeds"], "Error: No such command 'recon'.", "did you mean 'reconcile'? See 'factx -h'."),
        ([], "Error: no command given", "try 'factx reconcile PATH...'"),
        (["cache"], "Error:", "See 'factx cache -h'."),
        (["extract", "seeds", "--kind", "money,weather"], "'money,weather': choose from entity,", "-h"),
        (["reconcile", "seeds", "--status", "maybe"], "'maybe': choose from conflict,", "-h"),
        (["extract", "seeds", "--jobs", "0"], "0 is not a number of 1 or more", "-h"),
        (["reconcile", "seeds", "--min-sources", "-1"], "-1 is not a number of 1 or more", "-h"),
        (["extract", "seeds", "--jobs", "many"], "Invalid value for '--jobs'", "-h"),
        (["extract", "seeds", "--published", "yesterday"], "is not DATE or DOC=DATE", "-h"),
        (["extract", "seeds", "--output"], "Error: Option '--output' requires an argument.", "-h"),
        (["extract", "seeds", "extra", "--bogus"], "Error: no such option: --bogus", "-h"),
    ],
)
def test_usage_errors_are_one_message_a_hint_and_exit_2(args, error, hint):
    done = factx(*args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "╭" not in done.stderr
    assert error in done.stderr
    assert done.stderr.rstrip().splitlines()[-1].startswith("Hint: ")
    assert hint in done.stderr.rstrip().splitlines()[-1]
    assert done.stdout == ""


def test_bare_factx_shows_the_commands_on_stderr():
    done = factx()
    assert done.returncode == 2
    assert "-h, --help" in done.stderr and done.stdout == ""
    for command in ("extract", "reconcile", "show", "entities", "cache"):
        assert f"\n  {command} " in done.stderr


@pytest.mark.parametrize(
    ("where", "error"),
    [
        ("missing/dir/facts.csv", "folder '{tmp}/missing/dir' does not exist; create it first"),
        (".", "'{tmp}' is a folder; give a file name"),
        ("afile.txt/facts.csv", "'{tmp}/afile.txt' is not a folder"),
        ("/proc/factx-facts.csv", "cannot write in folder '/proc'"),
    ],
)
def test_an_output_nobody_can_write_is_a_usage_error_before_any_work(tmp_path, where, error):
    (tmp_path / "afile.txt").write_text("x", encoding="utf-8")
    target = where if where.startswith("/") else str(tmp_path / where)
    if where == ".":
        target = str(tmp_path)
    done = factx("reconcile", str(SEEDS), "-m", "blank", "-o", target)
    assert done.returncode == 2, done.stderr
    assert error.format(tmp=tmp_path) in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile.txt"]


def test_a_bug_is_one_line_not_a_traceback(tmp_path):
    """A fault nobody expected (here: a broken rendering module) is named in one line; exit 70."""
    shadow = tmp_path / "sitecustomize.py"
    shadow.write_text(
        "import factx.render\n"
        "def broken(*args, **kwargs):\n    raise RuntimeError('render exploded')\n"
        "factx.render.render_mentions = broken\n",
        encoding="utf-8",
    )
    env = environment(PYTHONPATH=str(tmp_path))
    good = tmp_path / "a.txt"
    good.write_text("It cost $5 million.", encoding="utf-8")
    done = factx("extract", str(good), "-m", "blank", "--no-cache", env=env)
    assert done.returncode == 70
    assert "Error: factx failed unexpectedly: RuntimeError: render exploded" in done.stderr
    assert "FACTX_DEBUG=1" in done.stderr and "Traceback" not in done.stderr
    debug = factx("extract", str(good), "-m", "blank", "--no-cache", env={**env, "FACTX_DEBUG": "1"})
    assert "Traceback" in debug.stderr and "render exploded" in debug.stderr
