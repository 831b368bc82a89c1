"""Shared fixtures: pipelines are built once per session (loading spaCy is slow)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def blank_nlp():
    """The factx components on a blank English pipeline: rules only, no model needed."""
    from factx.nlp import build_pipeline

    return build_pipeline("blank")


@pytest.fixture(scope="session")
def model_nlp():
    """The full pipeline with the statistical model (installed by `make install`)."""
    from factx.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def seeds_result():
    """factx run over seeds/ once: (mention records, table record)."""
    from factx.pipeline import extract_paths, reconcile_result
    from factx.render import mention_record, table_record

    result = extract_paths([str(SEEDS)])
    return [mention_record(m) for m in result.mentions], table_record(reconcile_result(result))


@pytest.fixture(autouse=True)
def xdg_cache(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own user cache folder: no test reads another's cache or the real one."""
    folder = tmp_path_factory.mktemp("xdg-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def pytest_collection_modifyitems(config, items):
    """The Datasette screenshot is a docs chore, not a check: deselected (not skipped) unless asked for."""
    if os.environ.get("FACTX_SCREENSHOTS"):
        return
    chores = [item for item in items if item.get_closest_marker("screenshots")]
    if chores:
        config.hook.pytest_deselected(items=chores)
        items[:] = [item for item in items if not item.get_closest_marker("screenshots")]
