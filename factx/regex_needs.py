"""The words a regular expression cannot match without: a cheap test that skips a scan of a text.

A pattern that needs "fortnight" finds nothing in a text without it, so its scan (a try at every position of
the text) can be left out. `needs` reads the parsed expression and returns groups of lower-case strings: every
match contains at least one string of each group, written in any case. `absent` says whether a text lacks
every string of some group. The rules are sound, never guessed: a part that may be left out (`?`, `*`, an
empty branch) or that is not a plain ASCII character adds no need.
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
