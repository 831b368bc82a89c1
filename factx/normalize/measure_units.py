"""Counts of a measure written in different units, made comparable: "48km" and "30 miles", "up to 193km/h"
and "up to 120 mph", "15,800-square-metre" and "170,000-square-foot", "512 GB" and "512 gigabyte".

Before facts are formed a count whose text ends in a unit of `patterns/measures.json` is restated in its
dimension's base unit (`in_base`), its interval widened by the step its figure is written to ("24km" is
23.5 to 24.5 km; "1.2 miles" 1.15 to 1.25) and, for a unit whose name leaves its size open ("ton"), by the
smallest and largest size it may mean. Clustering and status work on that, so "10-metre" stays a conflict
with "30-foot" (9.14 m). Each fact's claims are then shown in the unit most of its sources wrote
(`shown_in`): a fact whose claims all use one unit reads as before, and a mixed one reads in one unit with
every claim's own text beside it. The unit is read from the claim's own words, so "13 nautical miles" is
never a statute mile whatever label extraction gave it; money, people and units not listed stay as they are.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from factx.errors import PatternError
from factx.model import Claim, Kind, Mention
from factx.normalize.numbers import Quantity, normalize_count, tidy

_FILE = "measures.json"
SHOWN_DIGITS = 4
_DECIMALS = re.compile(r"\d\.(\d+)(?!.*\d)")


@dataclass(frozen=True)
class Unit:
    """A unit of measure: its label (a count's `unit`), its dimension's base unit and its size in that
    base unit as (smallest, usual, largest); the three are equal for a unit of one size."""

    label: str
    base: str
    smallest: float
    usual: float
    largest: float


@dataclass(frozen=True)
class Measured:
    """A count's text read as a figure and a unit ("about 24km" → about 24, km)."""

    quantity: Quantity
    unit: Unit
    step: float  # the step the figure is written to: 1 for "24", 0.1 for "1.2"


@dataclass(frozen=True)
class _Table:
    units: dict[str, Unit]  # label → unit
    spelt: dict[str, Unit]  # lowercase spelling → unit
    pattern: re.Pattern[str]
    bases: frozenset[str]


@cache
def _table() -> _Table:
    """The units of `patterns/measures.json`, checked once; a malformed entry raises `PatternError`."""
    try:
        data = json.loads(resources.files("factx.patterns").joinpath(_FILE).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PatternError(f"patterns/{_FILE}:{exc.lineno}: {exc.msg}") from exc
    units: dict[str, Unit] = {}
    spelt: dict[str, Unit] = {}
    bases = set()
    for dimension, entry in data.items():
        if dimension.startswith("_"):
            continue
        base = entry.get("base")
        if base not in entry.get("units", {}):
            raise PatternError(f"patterns/{_FILE}: '{dimension}' must list its base unit '{base}'")
        bases.add(base)
        for label, unit in entry["units"].items():
            factor = unit.get("factor")
            sizes = factor if isinstance(factor, list) else [factor] * 3
            if len(sizes) != 3 or not all(isinstance(x, int | float) and x > 0 for x in sizes):
                raise PatternError(f"patterns/{_FILE}: '{label}' needs a positive factor or three of them")
            if label in units:
                raise PatternError(f"patterns/{_FILE}: unit '{label}' is listed twice")
            units[label] = Unit(label, base, *map(float, sizes))
            for spelling in unit.get("spellings", []):
                spelt[spelling.lower()] = units[label]
    # the unit closes the text, glued to the figure ("48km") or after a space or hyphen; the longest
    # spelling first, so "nautical miles" is read before "miles"
    alternation = "|".join(re.escape(s) for s in sorted(spelt, key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\d\s])({alternation})\.?$")
    return _Table(units, spelt, pattern, frozenset(bases))


def _step(number: str, q: Quantity) -> float:
    """The rounding step of a written figure: its last decimal place ("1.2" → 0.1, "24" → 1), or the
    rounding `numbers` already read ("15,800" → 100); a figure in words is whole ("one mile")."""
    decimals = _DECIMALS.search(number)
    if decimals:
        written = 10.0 ** -len(decimals.group(1))
    else:  # words: "one mile" is a whole mile, "half a mile" exactly half
        written = 1.0 if float(q.value).is_integer() or any(c.isdigit() for c in number) else 0.0
    return max(written, q.precision or 0.0)


@lru_cache(maxsize=65536)
def read_measure(text: str) -> Measured | None:
    """A count's text as a figure in a unit of measure ("up to 120 miles per hour", "15,800-square-metre",
    "48km"); None when it does not end in a listed unit or what comes before is not a number."""
    table = _table()
    plain = " ".join(text.replace("-", " ").replace("″", " ″").split())
    found = table.pattern.search(plain.lower())
    if found is None:
        return None
    number = plain[: found.start()].strip()
    q = normalize_count(number) if number else None
    if q is None:
        return None
    return Measured(q, table.spelt[found.group(1)], _step(number, q))


def _scaled(x: float | str | None, by: float) -> float | None:
    return None if x is None else tidy(float(x) * by)


def in_base(m: Mention) -> Mention:
    """A count of a listed unit restated in its dimension's base unit (any other mention as it is).

    The mention's own `unit` must be a listed label too ("mile" for "13 nautical miles", "foot" for
    "12,000 square feet"): the text then says which unit it is. Money is never a count, so a "pound"
    here is the weight the money finder left."""
    if m.kind is not Kind.COUNT or m.unit not in _table().units or m.value is None:
        return m
    found = read_measure(m.text)
    if found is None:
        return m
    unit = found.unit
    _, colon, group = (m.measure or "").partition(":")  # a group ("person:pirate") stays as it is
    return replace(
        m,
        value=_scaled(m.value, unit.usual),
        low=_scaled(m.low, unit.smallest),
        high=_scaled(m.high, unit.largest),
        precision=_scaled(found.step, unit.usual),
        unit=unit.base,
        measure=unit.base + colon + group if m.measure else None,
    )


def display_unit(claims: Sequence[Claim], base: str) -> Unit:
    """The unit most claims were written in; on a tie the larger one (as durations do)."""
    written = Counter(
        found.unit.label
        for found in map(read_measure, (c.text for c in claims))
        if found is not None and found.unit.base == base
    )
    units = _table().units
    if not written:
        return units[base]
    return units[max(written, key=lambda label: (written[label], units[label].usual, label))]


def _shown(x: float | str | None) -> float | None:
    """A converted figure to SHOWN_DIGITS significant digits ("48km" → 29.83 miles)."""
    return None if x is None else tidy(float(f"{float(x):.{SHOWN_DIGITS}g}"))


def restate(claims: Sequence[Claim], unit: Unit) -> tuple[Claim, ...]:
    """`claims` (in the base unit) shown in `unit`: a claim written in a unit of its size as written, any
    other converted from the base unit at `unit`'s usual size."""
    out = []
    for claim in claims:
        found = read_measure(claim.text)
        if found is not None and found.unit.usual == unit.usual and found.unit.base == unit.base:
            q = found.quantity
            figures = (tidy(q.value), *(None if x is None else tidy(x) for x in (q.low, q.high)))
            out.append(replace(claim, value=figures[0], low=figures[1], high=figures[2], precision=found.step))
            continue
        value, low, high, precision = (
            _shown(None if x is None else float(x) / unit.usual)
            for x in (claim.value, claim.low, claim.high, claim.precision or 0)
        )
        out.append(replace(claim, value=value, low=low, high=high, precision=precision))
    return tuple(out)


def shown_in(claims: Sequence[Claim], unit: str) -> tuple[str, tuple[Claim, ...]]:
    """The unit a count fact is shown in and its claims restated in it: a fact of a measure (its block
    unit is a base unit) in the unit most of its sources wrote; any other count as it is."""
    if unit not in _table().bases:
        return unit, tuple(claims)
    shown = display_unit(claims, unit)
    return shown.label, restate(claims, shown)
