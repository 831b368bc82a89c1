"""Organisations and places: the other names a story gives one body, derived from the names themselves.

- a leading country or agency alias written another way ("U.S." / "US" / "United States" Geological Survey)
  gives one key, through the alias table (`patterns/aliases.json`);
- a leading acronym stands for the words it abbreviates ("LA Times" / "Los Angeles Times");
- a short form that is the last words of one longer name in the story, whose other words start with a place,
  is that name ("Red Sox" / "Boston Red Sox", then "Sox"; "Yankees" / "New York Yankees"); a short form that
  ends two such names ("Police": "Troy Police", "Palmer Police") joins neither;
- a short form that keeps the first and last words of one longer name in the story is that name
  ("Carlton Hotel" / "Carlton Intercontinental Hotel"); one that fits two ("Marfin Bank": "Marfin Egnatia
  Bank", "Marfin Investment Bank") joins neither;
- a product or body named in the plural is the one named in the singular ("MacBook Pros" / "MacBook Pro").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from factx.normalize.names import acronym, fold, is_acronym, tokens
from factx.normalize.places import is_place
from factx.reconcile.groups import Group, merge_by

PERSON = "PERSON"
PLACE_LABELS = ("GPE", "LOC")
HEAD_LABELS = ("GPE", "LOC", "NORP")  # "Indian Navy" beside "U.S. Navy" makes "Navy" ambiguous
MAX_ALIAS_WORDS = 4  # "United States of America"
_SPACED_INITIALS = re.compile(r"\b(\w) (?=\w\b)")


def initials_joined(key: str) -> str:
    """A folded name with spaced initials joined ("u s geological survey" → "us geological survey")."""
    while True:
        joined = _SPACED_INITIALS.sub(r"\1", key)
        if joined == key:
            return key
        key = joined


def alias_key(form: str, aliases: dict[str, str]) -> str:
    """The folded name with a leading alias replaced by its canonical name ("US Navy" → "united states
    navy"); the whole name when it is an alias itself."""
    words = initials_joined(fold(form)).split()
    for n in range(min(MAX_ALIAS_WORDS, len(words)), 0, -1):
        canonical = aliases.get(" ".join(words[:n]))
        if canonical is not None:
            return " ".join([canonical, *words[n:]])
    return " ".join(words)


def leading_acronym_keys(form: str) -> set[str]:
    """Keys that a name and the same name with its first words abbreviated share: "LA Times" and "Los
    Angeles Times" both give "LA|times"."""
    words = [w for w in re.split(r"[\s\-]+", form) if w]  # all words: "LA" is no connector here
    keys = set()
    if len(words) >= 2 and is_acronym(words[0]):
        keys.add(words[0].replace(".", "") + "|" + fold(" ".join(words[1:])))
    for k in range(2, len(words)):
        short = acronym(" ".join(words[:k]))
        if short:
            keys.add(short + "|" + fold(" ".join(words[k:])))
    return keys


def _places(groups: list[Group]) -> set[str]:
    return {fold(f) for g in groups if g.type in HEAD_LABELS for f in g.forms}


def _starts_with_place(words: list[str], story_places: set[str]) -> bool:
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        if fold(head) in story_places or is_place(head):
            return True
    return False


def merge_short_forms(groups: list[Group], is_person: Callable[[Group], bool]) -> list[Group]:
    """Join a short name to the one longer name in the story that ends with it after a place name."""
    story_places = _places(groups)
    by_last: dict[str, list[tuple[list[str], Group, str]]] = defaultdict(list)
    for g in groups:
        if is_person(g) or g.type in PLACE_LABELS:
            continue
        for f in g.forms:
            words = tokens(f)
            if len(words) >= 2:
                by_last[fold(words[-1])].append((words, g, f))
    parent: dict[int, Group] = {}

    def find(g: Group) -> Group:
        while id(g) in parent:
            g = parent[id(g)]
        return g

    order = sorted(groups, key=lambda g: (-len(tokens(g.name)), g.name))
    for g in order:
        if is_person(g) or g.type in PLACE_LABELS or is_acronym(g.name):
            continue
        fits: dict[int, Group] = {}
        for f in g.forms:
            short = [fold(w) for w in tokens(f)]
            if not short:
                continue
            for words, h, text in by_last.get(short[-1], []):
                head = words[: len(words) - len(short)]
                if (
                    len(words) > len(short)
                    and [fold(w) for w in words[len(head) :]] == short
                    and text.casefold().endswith(" " + f.casefold())  # not "Hayward-Rodgers Creek"
                    and _starts_with_place(head, story_places)
                ):
                    target = find(h)
                    if target is not find(g):
                        fits[id(target)] = target
        if len(fits) == 1:
            target = next(iter(fits.values()))
            me = find(g)
            target.absorb(me)
            parent[id(me)] = target
    return [g for g in groups if id(g) not in parent]


_COORDINATED = re.compile(r" (?:and|&) ", re.IGNORECASE)
PLURAL_LABELS = ("ORG", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART")  # not NORP, people or places


def _skip(g: Group, is_person: Callable[[Group], bool]) -> bool:
    return is_person(g) or g.type in PLACE_LABELS or g.type == PERSON


def merge_inner_short_forms(groups: list[Group], is_person: Callable[[Group], bool]) -> list[Group]:
    """Join a name of two or more words to the one longer name of the story that starts and ends with the
    same words and holds its words in order ("Carlton Hotel" / "Carlton Intercontinental Hotel")."""
    by_ends: dict[tuple[str, str], list[tuple[list[str], Group]]] = defaultdict(list)
    for g in groups:
        if _skip(g, is_person):
            continue
        for f in g.forms:
            words = [fold(w) for w in tokens(f)]
            if len(words) >= 3 and not _COORDINATED.search(f):  # not "MacBook Pro and Air"
                by_ends[(words[0], words[-1])].append((words, g))
    if not by_ends:
        return groups
    parent: dict[int, Group] = {}

    def find(g: Group) -> Group:
        while id(g) in parent:
            g = parent[id(g)]
        return g

    for g in sorted(groups, key=lambda g: (len(tokens(g.name)), g.name)):
        if _skip(g, is_person) or is_acronym(g.name):
            continue
        fits: dict[int, Group] = {}
        for f in g.forms:
            short = [fold(w) for w in tokens(f)]
            if len(short) < 2:
                continue
            for words, h in by_ends.get((short[0], short[-1]), []):
                rest = iter(words)
                if len(words) > len(short) and all(w in rest for w in short) and find(h) is not find(g):
                    fits[id(find(h))] = find(h)
        if len(fits) == 1:
            target = next(iter(fits.values()))
            me = find(g)
            target.absorb(me)
            parent[id(me)] = target
    return [g for g in groups if id(g) not in parent]


def merge_plurals(groups: list[Group], is_person: Callable[[Group], bool]) -> list[Group]:
    """Join a multi-word product or body name written in the plural to the same name in the singular."""

    def key(form: str) -> str | None:
        words = form.split()
        if len(words) < 2 or not words[-1][:1].isupper():
            return None
        last = words[-1]
        singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
        return fold(" ".join([*words[:-1], singular]))

    kept = [g for g in groups if not _skip(g, is_person) and g.type in PLURAL_LABELS]
    merged = merge_by(kept, key)
    gone = {id(g) for g in kept} - {id(g) for g in merged}
    return [g for g in groups if id(g) not in gone]
