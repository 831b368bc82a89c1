"""The word lists counts need beyond the shared lexicon (`patterns/counts.json`), loaded and checked once.

No spaCy here: the number normalizers read the unit list too."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factx.errors import PatternError

_FILE = "counts.json"


@dataclass(frozen=True)
class CountWords:
    """The lists of `patterns/counts.json`, as sets. Their use is told in `count_nouns.py` and `ages.py`."""

    partitive_determiners: frozenset[str]
    partitive_pronouns: frozenset[str]
    first_modifiers: frozenset[str]
    people_words_after: frozenset[str]
    people_events: frozenset[str]
    outcome_words: frozenset[str]
    measure_units: frozenset[str]
    measures_before: frozenset[str]
    measure_verbs: frozenset[str]
    spread_units: frozenset[str]
    people_agent_verbs: frozenset[str]
    rate_denominators: frozenset[str]
    not_compound_units: frozenset[str]
    compound_unit_prefixes: frozenset[str]
    age_words_before: frozenset[str]
    age_verbs_before: frozenset[str]
    age_after: frozenset[str]


@cache
def count_words() -> CountWords:
    """The count word lists; a missing or malformed list raises `PatternError` naming the file and key."""
    try:
        data = json.loads(resources.files("factx.patterns").joinpath(_FILE).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PatternError(f"patterns/{_FILE}:{exc.lineno}: {exc.msg}") from exc
    found = {}
    for name in CountWords.__dataclass_fields__:
        value = data.get(name)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise PatternError(f"patterns/{_FILE}: '{name}' must be a list of words")
        found[name] = frozenset(w.lower() for w in value)
    return CountWords(**found)
