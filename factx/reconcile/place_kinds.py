"""Place names with and without their kind word, and bodies named either way round.

A street or square is named in full once ("Stadiou Street", "Syntagma Square") and then by its proper name
alone ("Stadiou", "Syntagma"): a name that is exactly one other name of the story without its trailing kind
word (`patterns/place_kinds.json`) joins it. A government body is written "Finance Ministry" or "Ministry of
Finance": both give one key. People are left alone: "Baker" the witness is not "Baker Street".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from factx.errors import PatternError
from factx.normalize.names import fold
from factx.reconcile.groups import Group


@cache
def _words() -> tuple[frozenset[str], re.Pattern[str]]:
    try:
        data = json.loads(resources.files("factx.patterns").joinpath("place_kinds.json").read_text("utf-8"))
        kinds = frozenset(fold(k) for k in data["kinds"])
        bodies = "|".join(re.escape(fold(b)) for b in data["bodies"])
        return kinds, re.compile(rf"^(?:the )?({bodies}) of (?:the )?(.+)$")
    except (KeyError, AttributeError, ValueError, TypeError) as exc:
        raise PatternError(f"patterns/place_kinds.json: {exc}") from exc


def body_key(form: str) -> str | None:
    """ "Ministry of Finance" and "Finance Ministry" → "finance ministry"; None for other names."""
    _, of_form = _words()
    found = of_form.match(fold(form))
    return f"{found.group(2)} {found.group(1)}" if found else None


def _without_kind(form: str) -> str | None:
    kinds, _ = _words()
    words = fold(form).split()
    if len(words) >= 2 and words[-1] in kinds:
        return " ".join(words[:-1])
    return None


def merge_place_kinds(groups: list[Group], is_person: Callable[[Group], bool]) -> list[Group]:
    """Join a bare name to the one place in the story that is that name and a kind word."""
    owners: dict[str, list[Group]] = {}
    for g in groups:
        for f in g.forms:
            bare = _without_kind(f)
            if bare and g not in owners.setdefault(bare, []):
                owners[bare].append(g)
    absorbed: set[int] = set()
    for g in groups:
        if is_person(g) or g.type == "PERSON" or id(g) in absorbed:
            continue
        targets = {id(t): t for f in g.forms for t in owners.get(fold(f), []) if t is not g}
        if len(targets) == 1:
            target = next(iter(targets.values()))
            if id(target) not in absorbed:
                target.absorb(g)
                absorbed.add(id(g))
    return [g for g in groups if id(g) not in absorbed]
