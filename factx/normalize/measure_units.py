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
from factx.model import Claim, Kind, Mention, Qualifier
from factx.normalize.numbers import Quantity, normalize_count, tidy
from factx.tolerances import CONVERSION_TOLERANCE

_FILE = "measures.json"
SHOWN_DIGITS = 4
CONVERSION_WORDS = 6  # a qualifier, a number and a unit of up to three words ("about 13 nautical miles")
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
    joiners: frozenset[str]
    before: dict[str, Unit]  # spellings read only before a conversion ("0.68 in or 17 mm")
    before_pattern: re.Pattern[str]
    misspelt: dict[str, str]  # a typo that is a unit of its own → the listed unit it stands for ("mils")
    misspelt_before: frozenset[str]  # the words after it that show it is that unit ("north", "from")


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
    joiners = data.get("conversion_joiners")
    if not isinstance(joiners, list) or not all(isinstance(j, str) for j in joiners):
        raise PatternError(f"patterns/{_FILE}: 'conversion_joiners' must be a list of words")
    for dimension, entry in data.get("dimensions", {}).items():
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
    before = data.get("before_conversion", {})
    if not isinstance(before, dict) or not all(label in units for label in before.values()):
        raise PatternError(f"patterns/{_FILE}: 'before_conversion' must map spellings to listed units")
    before_units = {**spelt, **{s.lower(): units[label] for s, label in before.items()}}
    misspelt, misspelt_before = data.get("misspelt", {}), data.get("misspelt_before", [])
    if not isinstance(misspelt, dict) or not all(label in units for label in misspelt.values()):
        raise PatternError(f"patterns/{_FILE}: 'misspelt' must map words to listed units")
    if not isinstance(misspelt_before, list) or not all(isinstance(w, str) for w in misspelt_before):
        raise PatternError(f"patterns/{_FILE}: 'misspelt_before' must be a list of words")
    return _Table(
        units,
        spelt,
        _closing(spelt),
        frozenset(bases),
        frozenset(j.lower() for j in joiners),
        before_units,
        _closing(before_units),
        {w.lower(): label for w, label in misspelt.items()},
        frozenset(w.lower() for w in misspelt_before),
    )


def misspelt_unit(word: str, following: str) -> str | None:
    """The listed unit a typo stands for where only that unit fits ("twenty-six mils north of Santa Rosa" →
    "mile"), else None: "mils" is a unit of its own, so the word alone cannot say (`measures.json`)."""
    table = _table()
    label = table.misspelt.get(word.lower())
    return label if label is not None and following.lower() in table.misspelt_before else None


def _closing(spellings: dict[str, Unit]) -> re.Pattern[str]:
    """A unit closing the text, glued to the figure ("48km") or after a space or hyphen; the longest
    spelling first, so "nautical miles" is read before "miles"."""
    alternation = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<![^\d\s])({alternation})\.?$")


def _step(number: str, value: float, precision: float | None) -> float:
    """The rounding step of a written figure: its last decimal place ("1.2" → 0.1, "24" → 1, "one" → 1), or
    the rounding `numbers` already read ("15,800" → 100)."""
    decimals = _DECIMALS.search(number)
    if decimals is None and not float(value).is_integer():  # ". 71" broken in copy, "half a mile"
        decimals = _DECIMALS.search(str(tidy(float(value))))
    written = 10.0 ** -len(decimals.group(1)) if decimals else 1.0
    return max(written, precision or 0.0)


@lru_cache(maxsize=65536)
def _read_unit(text: str, before_conversion: bool = False) -> tuple[Unit, str] | None:
    """The listed unit a text ends in and the words before it ("about 24km" → km, "about 24")."""
    table = _table()
    pattern, spelt = (
        (table.before_pattern, table.before) if before_conversion else (table.pattern, table.spelt)
    )
    plain = " ".join(text.replace("-", " ").replace("″", " ″").split())
    found = pattern.search(plain.lower())
    return None if found is None else (spelt[found.group(1)], plain[: found.start()].strip())


@lru_cache(maxsize=65536)
def read_measure(text: str, *, before_conversion: bool = False) -> Measured | None:
    """A count's text as a figure in a unit of measure ("up to 120 miles per hour", "15,800-square-metre",
    "48km"); None when it does not end in a listed unit or what comes before is not a number. With
    `before_conversion`, the short spellings a conversion confirms ("0.68 in") are read too."""
    found = _read_unit(text, before_conversion)
    if found is None or not found[1]:
        return None
    unit, number = found
    q = normalize_count(number)
    return None if q is None else Measured(q, unit, _step(number, q.value, q.precision))


def is_base(unit: str | None) -> bool:
    """Whether `unit` is the base unit of a dimension: the unit of a measure `in_base` restated."""
    return unit in _table().bases


def conversion_joiners() -> frozenset[str]:
    """The words between a measure and the writer's conversion of it ("(", "or")."""
    return _table().joiners


def converts(before: str, text: str) -> bool:
    """Whether the measure `text` restates the measure `before` ends with in another unit of its dimension,
    at about its size ("150 nautical miles" then "about 277km"): the writer's conversion, one statement."""
    found = read_measure(text)
    if found is None:
        return False
    words = before.split()
    for n in range(min(len(words), CONVERSION_WORDS), 0, -1):  # the longest number-and-unit at the end
        prior = read_measure(" ".join(words[-n:]), before_conversion=True)
        if prior is not None:
            break
    else:
        return False
    if prior.unit.base != found.unit.base or prior.unit.usual == found.unit.usual:
        return False
    a, b = prior.quantity.value * prior.unit.usual, found.quantity.value * found.unit.usual
    return abs(a - b) <= CONVERSION_TOLERANCE * max(a, b)


def _scaled(x: float | str | None, by: float) -> float | None:
    """`x` times `by`, unrounded: `restate` divides back and rounds once ("8.7 acres" stays 8.7)."""
    return None if x is None else float(x) * by


def in_base(m: Mention) -> Mention:
    """A count of a listed unit restated in its dimension's base unit (any other mention as it is).

    The mention's own `unit` must be a listed label or spelling too ("mile" for "13 nautical miles", "foot"
    for "12,000 square feet", "ft"): the text then says which unit it is. Money is never a count, so a "pound"
    here is the weight the money finder left."""
    table = _table()
    listed = m.unit in table.units or (m.unit or "").lower() in table.spelt  # "foot" or "ft", "lbs", "nmi"
    if m.kind is not Kind.COUNT or not listed or m.value is None:
        return m
    found = _read_unit(m.text) or _misspelt(m)
    if found is None:
        return m
    unit, number = found
    # an exact figure is as wide as its last digit; "about 24km" already allows its ±10 %
    exact = m.qualifier in (None, Qualifier.EXACT) and m.low == m.high == m.value
    step = _step(number, float(m.value), m.precision) if exact else m.precision or 0
    _, colon, group = (m.measure or "").partition(":")  # a group ("person:pirate") stays as it is
    return replace(
        m,
        value=_scaled(m.value, unit.usual),
        low=_scaled(m.low, unit.smallest),
        high=_scaled(m.high, unit.largest),
        precision=_scaled(step, unit.usual),
        unit=unit.base,
        measure=unit.base + colon + group if m.measure else None,
    )


def _misspelt(m: Mention) -> tuple[Unit, str] | None:
    """A count whose last word is a typo extraction read as a listed unit (`misspelt_unit`): that unit and
    the words before it."""
    found = _typo(m.text)
    return found if found is not None and found[0].label == m.unit else None


def _typo(text: str) -> tuple[Unit, str] | None:
    number, _, last = text.rpartition(" ")
    table = _table()
    label = table.misspelt.get(last.lower())
    return (table.units[label], number.strip()) if number and label is not None else None


def _written(text: str) -> tuple[Unit, str] | None:
    """The unit a claim of a measure fact was written in, a typo read as a unit included: the claim is in
    the fact because extraction read it so."""
    return _read_unit(text) or _typo(text)


def display_unit(claims: Sequence[Claim], base: str) -> Unit:
    """The unit most claims were written in; on a tie the larger one (as durations do)."""
    written = Counter(
        found[0].label
        for found in map(_written, (c.text for c in claims))
        if found is not None and found[0].base == base
    )
    units = _table().units
    if not written:
        return units[base]
    return units[max(written, key=lambda label: (written[label], units[label].usual, label))]


def _shown(x: float) -> float:
    """A converted figure to SHOWN_DIGITS significant digits ("48km" → 29.83 miles)."""
    return tidy(float(f"{x:.{SHOWN_DIGITS}g}"))


def restate(claims: Sequence[Claim], unit: Unit) -> tuple[Claim, ...]:
    """`claims` (in the base unit) shown in `unit`: a claim written in a unit of its size as written
    (`in_base` undone), any other converted from the base unit at `unit`'s usual size."""
    out = []
    for claim in claims:
        found = _written(claim.text)
        figures = (claim.value, claim.low, claim.high, claim.precision or 0)
        if found is not None and found[0].base == unit.base and found[0].usual == unit.usual:
            written = found[0]
            sizes = (written.usual, written.smallest, written.largest, written.usual)
            value, low, high, precision = (
                None if x is None else tidy(float(x) / size) for x, size in zip(figures, sizes, strict=True)
            )
        else:
            value, low, high, precision = (
                None if x is None else _shown(float(x) / unit.usual) for x in figures
            )
        out.append(replace(claim, value=value, low=low, high=high, precision=precision))
    return tuple(out)


def qualified_bare(claims: Sequence[Claim], base: str) -> tuple[Claim, ...]:
    """`claims` (in the base unit) with those written in a bare unit re-read in the qualified unit most of
    them were written in, whose name ends in it: among "13 nautical miles" of most sources, one source's
    "some 13 miles" is the writer dropping "nautical", not a statute mile (a mile at sea is nautical).
    Only where the qualified unit outnumbers the bare one: one "13 nautical miles" and one "13 miles" say
    nothing of which the other meant. Any other fact's claims as they are."""
    if base not in _table().bases:
        return tuple(claims)
    shown = display_unit(claims, base)
    written = [found[0] if (found := _written(claim.text)) is not None else None for claim in claims]
    out = []
    for claim, bare in zip(claims, written, strict=True):
        if (
            bare is not None
            and bare.base == base
            and shown.label.endswith(f" {bare.label}")
            and written.count(shown) > written.count(bare)
        ):
            by = shown.usual / bare.usual
            claim = replace(
                claim,
                value=_scaled(claim.value, by),
                low=_scaled(claim.low, by),
                high=_scaled(claim.high, by),
                precision=_scaled(claim.precision, by),
            )
        out.append(claim)
    return tuple(out)


def shown_in(claims: Sequence[Claim], unit: str) -> tuple[str, tuple[Claim, ...]]:
    """The unit a count fact is shown in and its claims restated in it: a fact of a measure (its block
    unit is a base unit) in the unit most of its sources wrote; any other count as it is."""
    if unit not in _table().bases:
        return unit, tuple(claims)
    shown = display_unit(claims, unit)
    return shown.label, restate(claims, shown)
