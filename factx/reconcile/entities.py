"""Entity mentions → one row per real-world entity.

Forms are joined in this order, each step on the groups the previous one made:
1. case and accent variants ("coalition of the willing" / "Coalition of the Willing");
2. aliases from `patterns/aliases.json` ("U.S." / "United States");
3. acronyms with their expansion when both occur ("IMF" / "International Monetary Fund");
4. spelling variants of one name ("Zelensky" / "Zelenskyy"): same consonant skeleton and a high rapidfuzz
   ratio; for multi-word names every word must pair up, so "Hillary Clinton" and "Bill Clinton" stay apart;
5. partial names ("Carney", "Mr. Carney") join the one full name they end like, unless the model only ever
   called them a place; a partial name that fits two full names stays apart and is marked ambiguous.
The type is a vote over all mentions, multi-word forms counting more; the name is the most complete form.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz

from factx.errors import PatternError
from factx.model import Entity, Kind, Mention, Variant
from factx.normalize.names import acronym, fold, is_acronym, tokens

FULL_NAME_VOTE = 3
SPELLING_MIN_RATIO = 75
SPELLING_MIN_LENGTH = 5
SPELLING_MAX_LENGTH_GAP = 1  # "Zelensky"/"Zelenskyy"; "Ukraine"/"Ukrainian" is a place and its people
PERSON = "PERSON"
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")
_TRANSLIT = [("kh", "h"), ("ph", "f"), ("w", "v"), ("ck", "k"), ("tz", "ts"), ("j", "i"), ("y", "i")]


@cache
def _aliases() -> dict[str, str]:
    try:
        data = json.loads(resources.files("factx.patterns").joinpath("aliases.json").read_text("utf-8"))
        table = {}
        for canonical, others in data["aliases"].items():
            for name in [canonical, *others]:
                table[fold(name)] = fold(canonical)
        return table
    except (KeyError, AttributeError, ValueError) as exc:
        raise PatternError(f"patterns/aliases.json: {exc}") from exc


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A word's consonants after common transliteration swaps, doubled letters collapsed: the part of a
    name that spelling variants share ("Zelenskyy", "Zelensky", "Zelenskiy" → "zlnsk")."""
    w = fold(word)
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    w = re.sub(r"[aeiou\s'\-]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def spelling_variants(a: str, b: str) -> bool:
    """Whether two differently written names are spellings of one name."""
    if fold(a) == fold(b):
        return False
    wa, wb = tokens(a), tokens(b)
    if len(wa) != len(wb) or not wa:
        return False
    for x, y in zip(wa, wb, strict=True):
        if fold(x) == fold(y):
            continue
        if min(len(x), len(y)) < SPELLING_MIN_LENGTH or skeleton(x) != skeleton(y):
            return False
        if abs(len(x) - len(y)) > SPELLING_MAX_LENGTH_GAP or _gendered_pair(fold(x), fold(y)):
            return False
        if fuzz.ratio(fold(x), fold(y)) < SPELLING_MIN_RATIO:
            return False
    return True


def _gendered_pair(x: str, y: str) -> bool:
    """ "Petrov" / "Petrova", "Novak" / "Novakova": a feminine surname form names another person."""
    short, long = sorted((x, y), key=len)
    return long in (short + "a", short + "ova", short + "eva")


@dataclass(eq=False)
class _Group:
    forms: Counter = field(default_factory=Counter)
    docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: Counter = field(default_factory=Counter)
    spelled: bool = False
    ambiguous: bool = False

    def absorb(self, other: _Group) -> None:
        self.forms.update(other.forms)
        for form, docs in other.docs.items():
            self.docs[form].update(docs)
        self.labels.update(other.labels)
        self.spelled |= other.spelled
        self.ambiguous |= other.ambiguous

    @property
    def type(self) -> str:
        return min(self.labels.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    @property
    def name(self) -> str:
        def rank(form: str):
            capitals = sum(c.isupper() for c in form)
            return (-len(tokens(form)), is_acronym(form), -self.forms[form], -capitals, form)

        return min(self.forms, key=rank)


def _merge_by(groups: list[_Group], key) -> list[_Group]:
    merged: dict[str, _Group] = {}
    out: list[_Group] = []
    for g in groups:
        keys = {k for k in (key(f) for f in g.forms) if k}
        target = next((merged[k] for k in sorted(keys) if k in merged), None)
        if target is None:
            target = g
            out.append(g)
        else:
            target.absorb(g)
        for k in keys:
            merged.setdefault(k, target)
    return out


def _merge_acronyms(groups: list[_Group]) -> list[_Group]:
    by_acronym = {}
    for g in groups:
        for form in g.forms:
            if is_acronym(form):
                by_acronym.setdefault(form.replace(".", ""), g)
    out = []
    absorbed = set()
    for g in groups:
        if id(g) in absorbed:
            continue
        out.append(g)
        for form in list(g.forms):
            short = acronym(form)
            target = by_acronym.get(short) if short else None
            if target is not None and target is not g and id(target) not in absorbed:
                g.absorb(target)
                absorbed.add(id(target))
    return [g for g in out if id(g) not in absorbed]


def _merge_spellings(groups: list[_Group]) -> list[_Group]:
    buckets: dict[tuple, list[_Group]] = defaultdict(list)
    for g in groups:
        keys = {tuple(skeleton(w) for w in tokens(f)) for f in g.forms}
        for k in keys:
            buckets[k].append(g)
    parent = {id(g): g for g in groups}

    def find(g: _Group) -> _Group:
        while parent[id(g)] is not g:
            g = parent[id(g)]
        return g

    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                ra, rb = find(a), find(b)
                if ra is rb:
                    continue
                if any(spelling_variants(x, y) for x in ra.forms for y in rb.forms):
                    ra.absorb(rb)
                    ra.spelled = True
                    parent[id(rb)] = ra
    return [g for g in groups if find(g) is g]


def _same_word(a: str, b: str) -> bool:
    return fold(a) == fold(b) or spelling_variants(a, b)


def _is_partial(short: list[str], full: list[str]) -> bool:
    """Whether `short` is a shorter form of the name `full`: its words appear in order among the full name's
    words, ending with the same last word (a surname: "Carney", "Maria Machado" of "Maria Corina Machado")."""
    if len(short) >= len(full) or not _same_word(short[-1], full[-1]):
        return False
    rest = iter(full)
    return all(any(_same_word(w, f) for f in rest) for w in short)


def _merge_partials(groups: list[_Group]) -> list[_Group]:
    people = [g for g in groups if g.type == PERSON and max(len(tokens(f)) for f in g.forms) >= 2]
    is_person = {id(p) for p in people}
    by_surname: dict[str, list[_Group]] = defaultdict(list)  # a partial name ends like its full name, and
    for p in people:  # spelling variants share a skeleton: only these candidates need comparing
        for key in {skeleton(tokens(f)[-1]) for f in p.forms if tokens(f)}:
            by_surname[key].append(p)
    absorbed: set[int] = set()
    for g in groups:
        if id(g) in is_person or id(g) in absorbed:
            continue
        short = tokens(g.name)
        if not short or is_acronym(g.name):
            continue
        candidates = {id(p): p for p in by_surname.get(skeleton(short[-1]), [])}.values()
        fits = [p for p in candidates if p is not g and any(_is_partial(short, tokens(f)) for f in p.forms)]
        if len(fits) == 1 and (PERSON in g.labels or g.type not in PLACE_LABELS):
            fits[0].absorb(g)
            absorbed.add(id(g))
        elif len(fits) > 1:
            g.ambiguous = True
    return [g for g in groups if id(g) not in absorbed]


def _variants(g: _Group) -> tuple[Variant, ...]:
    forms = sorted(g.forms, key=lambda f: (-g.forms[f], f))
    return tuple(Variant(f, tuple(sorted(g.docs[f])), g.forms[f]) for f in forms)


def _forms(mentions: Iterable[Mention]) -> list[_Group]:
    by_form: dict[str, _Group] = {}
    for m in mentions:
        if m.kind is not Kind.ENTITY:
            continue
        g = by_form.setdefault(m.text, _Group())
        g.forms[m.text] += 1
        g.docs[m.text].add(m.doc)
        g.labels[m.label] += FULL_NAME_VOTE if len(tokens(m.text)) >= 2 else 1
    return [by_form[f] for f in sorted(by_form)]


def reconcile_entities(mentions: Iterable[Mention]) -> list[Entity]:
    """Group entity mentions into entities, most widely reported first.

    Args:
        mentions: mentions of any kind; only `entity` ones are used.
    """
    groups = _forms(mentions)
    groups = _merge_by(groups, fold)
    groups = _merge_by(groups, lambda f: _aliases().get(fold(f)))
    groups = _merge_acronyms(groups)
    groups = _merge_spellings(groups)
    groups = _merge_partials(groups)
    rows = []
    for g in groups:
        docs = tuple(sorted(set().union(*g.docs.values())))
        rows.append((g, docs))
    rows.sort(key=lambda r: (-len(r[1]), -sum(r[0].forms.values()), r[0].name))
    return [
        Entity(
            id=f"E{i}",
            name=g.name,
            type=g.type,
            docs=docs,
            mentions=sum(g.forms.values()),
            spelling_variants=g.spelled,
            variants=_variants(g),
            ambiguous=g.ambiguous,
        )
        for i, (g, docs) in enumerate(rows, start=1)
    ]
