"""Load factx's data files: the word lists (`patterns/lexicon.json`) and rule patterns (`patterns/*.jsonl`).

Rule patterns use spaCy's pattern schema (one `{"label", "id", "pattern"}` object per line, as
`SpanRuler.to_disk` writes). A token attribute may name a word list instead of spelling it out:
`{"LOWER": {"IN": "@scales"}}` takes the keys of `scales` from the lexicon; `"@months."` takes them with and
without a trailing dot ("jan", "jan."). Both are validated on load and
errors name the file and line.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from factx.errors import PatternError

_PACKAGE = "factx.patterns"
_LIST_TYPES: dict[str, type] = {
    "currency_symbols": dict,
    "currency_codes": list,
    "currency_words": dict,
    "dollar_adjectives": dict,
    "scales": dict,
    "number_words": dict,
    "vague_numbers": dict,
    "qualifiers": dict,
    "months": dict,
    "weekdays": dict,
    "holidays": dict,
    "future_cues": list,
    "past_cues": list,
    "time_units": list,
    "unit_synonyms": dict,
    "irregular_plurals": dict,
    "titles": list,
    "naming_cues": list,
    "date_trim": list,
    "date_open_leads": dict,
    "qualifier_suffixes": list,
    "clock_after": list,
    "game_period_cues": list,
    "money_slang": dict,
    "lost_currency_signs": dict,
    "lost_sign_after": list,
    "dotted_scales": list,
    "weekday_abbreviations": dict,
    "period_abbreviations": dict,
    "seasons": dict,
    "ordinals": dict,
    "day_ordinals": dict,
    "century_ordinals": dict,
    "decade_words": dict,
    "year_count_nouns": list,
    "currency_words_extra": dict,
    "currency_subunits": dict,
    "currency_code_stop": list,
    "currency_word_stop": list,
    "crypto_currencies": dict,
    "weight_cues": list,
    "count_stop": list,
    "duration_units": dict,
    "duration_stop_after": list,
    "duration_stop_before": list,
    "duration_article_cues": list,
    "duration_idioms": list,
    "duration_cue_qualifiers": list,
}


def _read(name: str) -> str:
    return resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")


@cache
def lexicon() -> dict[str, Any]:
    """Return the word lists, checked against their expected shapes."""
    try:
        data = json.loads(_read("lexicon.json"))
    except json.JSONDecodeError as exc:
        raise PatternError(f"patterns/lexicon.json:{exc.lineno}: {exc.msg}") from exc
    for key, kind in _LIST_TYPES.items():
        if not isinstance(data.get(key), kind):
            raise PatternError(f"patterns/lexicon.json: '{key}' must be a {kind.__name__}")
    return data


def words(name: str) -> list[str]:
    """Return one word list's entries (a dict's keys), in file order."""
    entries = lexicon().get(name)
    if entries is None:
        raise PatternError(f"patterns/lexicon.json: no word list '{name}'")
    return list(entries)


def _expand(value: Any, where: str) -> Any:
    if isinstance(value, str) and value.startswith("@"):
        dotted = value.endswith(".")
        try:
            entries = words(value[1:].rstrip("."))
        except PatternError as exc:
            raise PatternError(f"{where}: {exc}") from None
        return entries + [f"{w}." for w in entries] if dotted else entries
    if isinstance(value, dict):
        return {k: _expand(v, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, where) for v in value]
    return value


@cache
def patterns(name: str) -> tuple[dict[str, Any], ...]:
    """Return the rule patterns of `patterns/<name>.jsonl` with word-list references expanded."""
    out = []
    for lineno, line in enumerate(_read(f"{name}.jsonl").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"patterns/{name}.jsonl:{lineno}"
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{where}: {exc.msg}") from exc
        if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
            raise PatternError(f"{where}: each line needs a 'label' string")
        pattern = entry.get("pattern")
        if not (isinstance(pattern, list) and pattern and all(isinstance(t, dict) for t in pattern)):
            raise PatternError(f"{where}: 'pattern' must be a non-empty list of token objects")
        for variant in _without_optional_start(_expand(pattern, where)):
            out.append({**entry, "pattern": variant})
    return tuple(out)


def _without_optional_start(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Rewrite a pattern whose first tokens are optional into the variants that start with a required token.

    The Matcher tries every token as a start for a pattern that may begin anywhere; the variants match the
    same spans and make the Matcher several times faster on long texts.
    """
    if not pattern or pattern[0].get("OP") != "?":
        return [pattern]
    first = {k: v for k, v in pattern[0].items() if k != "OP"}
    rest = pattern[1:]
    return [[first, *rest], *_without_optional_start(rest)] if rest else [[first]]
