"""The words a regular expression cannot match without, and the characters it can start with: cheap tests
that skip a scan of a text, or a try at a place of it.

A pattern that needs "fortnight" finds nothing in a text without it, so its scan (a try at every position of
the text) can be left out. `needs` reads the parsed expression and returns groups of lower-case strings: every
match contains at least one string of each group, written in any case. `absent` says whether a text lacks
every string of some group. The rules are sound, never guessed: a part that may be left out (`?`, `*`, an
empty branch) or that is not a plain ASCII character adds no need.

`first_chars` gives a character class that every match starts with: put before one of many alternatives as
a lookahead, it turns that alternative away at a single look wherever it cannot start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # the parser's node names; what `re.compile` itself builds on
from re import _parser as sre_parse

Needs = tuple[frozenset[str], ...]

# Characters outside ASCII that an IGNORECASE pattern matches to an ASCII letter ("ſ" to "s", the Kelvin sign
# to "k"): `str.lower` does not turn them into that letter, so a text holding one is always scanned.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_ASCII = 128
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def needs(source: str, flags: int = 0) -> Needs:
    """Groups of strings (lower case) such that every match of `source` contains one string of each group;
    () when nothing is needed for sure."""
    try:
        parsed = sre_parse.parse(source, flags)
    except (re.error, AttributeError, TypeError):  # a parser of another Python version: no shortcut
        return ()
    return tuple(dict.fromkeys(_sequence(parsed)))


def absent(lowered: str, needs: Needs, cache: dict[str, bool]) -> bool:
    """Whether the text (`lowered`: the text in lower case, with none of `FOLDS_TO_ASCII`) lacks all the
    strings of one group of `needs`. `cache` keeps what was looked up in this text."""
    return any(not any(_has(lowered, word, cache) for word in group) for group in needs)


def _has(lowered: str, word: str, cache: dict[str, bool]) -> bool:
    if word not in cache:
        cache[word] = word in lowered
    return cache[word]


def _sequence(items: Iterable) -> list[frozenset[str]]:
    """All the needs of a sequence of nodes: its runs of literal characters, and what its groups need."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and av < _ASCII:
            run += chr(av).lower()
            continue
        if op in _ZERO_WIDTH:
            continue  # takes no character: the literals on either side stay next to each other
        if run:
            out.append(frozenset({run}))
            run = ""
        group = _node(op, av)
        if group:
            out.append(group)
    if run:
        out.append(frozenset({run}))
    return out


def _best(needs: list[frozenset[str]]) -> frozenset[str] | None:
    """The one group that says most: the one whose shortest string is longest (long strings are rarer)."""
    return max(needs, key=lambda g: (min(map(len, g)), -len(g)), default=None)


def _node(op, av) -> frozenset[str] | None:
    """One group that every match of the node meets, or None."""
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            group = _best(_sequence(branch))
            if group is None:
                return None
            out |= group
        return frozenset(out)
    if op is sre.SUBPATTERN:
        return _best(_sequence(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _best(_sequence(av))
    if op in _REPEATS and av[0] >= 1:
        return _best(_sequence(av[2]))
    return None


def first_chars(source: str, flags: int = 0) -> str | None:
    """A character class (`[...]`, to be read with the same `flags`) holding the first character of every
    match of `source`; None when there is none to give (a match may be empty, or starts with any character).
    """
    try:
        found = _first_of_sequence(sre_parse.parse(source, flags))
    except (re.error, AttributeError, TypeError):
        return None
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def _first_of_sequence(items: Iterable) -> tuple[set[str], bool] | None:
    """The class items that can start a match of a sequence of nodes, and whether it can match empty; None
    for any character."""
    out: set[str] = set()
    for op, av in items:
        found = _first_of_node(op, av)
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return out, False
    return out, True


def _first_of_node(op, av) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {f"\\U{av:08x}"}, False
    if op is sre.IN:
        out = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                out.add(f"\\U{value:08x}")
            elif kind is sre.RANGE:
                out.add(f"\\U{value[0]:08x}-\\U{value[1]:08x}")
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                out.add(_CATEGORIES[value])
            else:  # a negated class, or a category of another kind
                return None
        return out, False
    if op is sre.BRANCH:
        out, empty = set(), False
        for branch in av[1]:
            found = _first_of_sequence(branch)
            if found is None:
                return None
            out |= found[0]
            empty = empty or found[1]
        return out, empty
    if op is sre.SUBPATTERN:
        return _first_of_sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _first_of_sequence(av)
    if op in _REPEATS:
        found = _first_of_sequence(av[2])
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if op in _ZERO_WIDTH:
        return set(), True
    return None
