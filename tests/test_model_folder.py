"""A `--model` folder that is no loadable pipeline: a one-line error (exit 1), with or without cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.script import factx


@pytest.mark.parametrize(
    ("meta", "config", "reason"),
    [
        ("{broken", None, ("meta.json", "ValueError: Expected object or value")),
        (json.dumps({"lang": "en", "name": "x", "version": "1.0"}), "[nlp\n", ("ConfigValidationError",)),
    ],
)
@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_a_broken_model_folder_is_one_line(tmp_path: Path, meta, config, reason, cache):
    model = tmp_path / "model"
    model.mkdir()
    (model / "meta.json").write_text(meta, encoding="utf-8")
    if config is not None:
        (model / "config.cfg").write_text(config, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("It cost $5 million.", encoding="utf-8")
    done = factx("extract", str(article), "--model", str(model), *cache)
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: cannot load spaCy model '{model}' (")
    assert any(r in done.stderr.splitlines()[0] for r in reason)
    assert "Traceback" not in done.stderr
