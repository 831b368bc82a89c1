"""The installed `factx` console script, run as a user runs it: a subprocess, stdout and stderr apart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}


def factx_script() -> str:
    """The console script beside this interpreter (the project's venv), else the one on PATH."""
    beside = Path(sys.executable).with_name("factx")
    found = str(beside) if beside.exists() else shutil.which("factx")
    assert found, "the factx console script is not installed (run `make install`)"
    return found


def factx(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    """Run `factx ARGS…` to completion; stdout as bytes (byte-for-byte comparisons), stderr as text."""
    env = {**os.environ, **ENV, **kwargs.pop("env", {})}
    kwargs.setdefault("stdout", subprocess.PIPE)
    done = subprocess.run([factx_script(), *args], stderr=subprocess.PIPE, timeout=timeout, env=env, **kwargs)
    done.stderr = done.stderr.decode("utf-8", "backslashreplace")
    return done


def start_factx(*args: str, **kwargs) -> subprocess.Popen:
    """Start `factx ARGS…` in its own session (so a test can signal its whole process group)."""
    env = {**os.environ, **ENV, **kwargs.pop("env", {})}
    return subprocess.Popen(
        [factx_script(), *args],
        stdout=kwargs.pop("stdout", subprocess.PIPE),
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        **kwargs,
    )
