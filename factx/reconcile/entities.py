"""Entity mentions → one row per real-world entity.

Before grouping, the articles are read again for names of the story the model missed (surnames, acronyms,
team short names: `factx.reconcile.entities_rescan`). Forms are then joined in this order, each step on the
groups the previous one made:
1. case and accent variants ("coalition of the willing" / "Coalition of the Willing"), an acronym with an
   edition ("WWDC12" / "WWDC 2012" / "WWDC"), and the names of one city in GeoNames ("Salonika" /
   "Thessaloniki");
2. aliases from `patterns/aliases.json`, also as a leading part ("U.S." / "United States", "US Geological
   Survey" / "United States Geological Survey");
3. acronyms with their expansion when both occur ("IMF" / "International Monetary Fund", "THR" / "The
   Hollywood Reporter", "WWDC" / "Worldwide Developers Conference"), and a name with its first words
   abbreviated ("LA Times" / "Los Angeles Times");
4. spelling variants of one name ("Zelensky" / "Zelenskyy"): same consonant skeleton and a high rapidfuzz
   ratio; for multi-word names every word must pair up, so "Hillary Clinton" and "Bill Clinton" stay apart;
5. full names of one person ("John W. Henry" / "John Henry"), then partial names ("Carney", "Mr. Carney")
   joined to the one person they end like (`factx.reconcile.people`), after personal names typed ORG were
   retyped by the story's evidence ("Madeline Kafoury" beside "Charlie Kafoury");
6. an organisation's short form joined to its full name ("Red Sox" / "Boston Red Sox"; "Carlton Hotel" /
   "Carlton Intercontinental Hotel"), a plural to its singular ("MacBook Pros" / "MacBook Pro",
   `factx.reconcile.orgs`), and a place's name without its kind word ("Stadiou" / "Stadiou Street",
   `factx.reconcile.place_kinds`), after "Ministry of Finance" / "Finance Ministry" made one key in step 2.
The type is a vote over all mentions, full names outvoting bare ones (`factx.reconcile.groups`); a person
whose every form is a known place name (another name of a big city too: "Zaporizhzhia") is a place. The
name is the most complete form.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz

from factx.errors import PatternError
from factx.model import Document, Entity, Kind, Mention, Variant
from factx.normalize.names import acronym, fold, is_acronym, person_name, stands_for, tokens
from factx.normalize.places import city_id, is_city_name
from factx.reconcile.entities_rescan import rescan, titled_names
from factx.reconcile.groups import Group, merge_by
from factx.reconcile.orgs import (
    alias_key,
    leading_acronym_keys,
    merge_inner_short_forms,
    merge_plurals,
    merge_short_forms,
)
from factx.reconcile.people import merge_full_names, merge_partials, retype_people
from factx.reconcile.place_kinds import body_key, merge_place_kinds

SPELLING_MIN_RATIO = 75
SPELLING_MIN_LENGTH = 5
SPELLING_MAX_LENGTH_GAP = 1  # "Zelensky"/"Zelenskyy"; "Ukraine"/"Ukrainian" is a place and its people
PERSON = "PERSON"
PLACE = "GPE"
RETYPE_LABELS = ("PERSON",)  # cities named Toyota or Nokia make retyping organisations unsafe
COMPACT_MIN_LETTERS = 6
_TRANSLIT = [
    ("kh", "h"),
    ("ph", "f"),
    ("w", "v"),
    ("b", "v"),  # "Alishbandi" / "Alishvandi"
    ("ck", "k"),
    ("tz", "ts"),
    ("j", "i"),
    ("y", "i"),
    ("c", "k"),  # "Karolos" / "Carolos"; after "ck" so that "Jackson" keeps one k
]
_EDITION = re.compile(r"^([A-Z]{2,8})(?: ?(?:19|20)\d\d|\d\d|-(?:TV|FM|AM|DT))?$")
_GREEK_GI = re.compile(r"^[gy](?=i)")  # Greek initial gamma-iota: "Giannis" / "Yiannis" / "Iannis"


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


@cache
def _anchor_aliases() -> dict[str, str]:
    """The aliases with each nationality word (`demonyms.json`) read as its country's canonical name: an
    anchor "Greek" names the place "Greece" does. Not for merging entities, where a nationality and its
    country stay two."""
    table = dict(_aliases())
    try:
        data = json.loads(resources.files("factx.patterns").joinpath("demonyms.json").read_text("utf-8"))
        for country, words in data["demonyms"].items():
            for word in words:
                table.setdefault(fold(word), table.get(fold(country), fold(country)))
    except (KeyError, AttributeError, ValueError) as exc:
        raise PatternError(f"patterns/demonyms.json: {exc}") from exc
    return table


def canonical_name(name: str) -> str:
    """A name folded, with a leading alias or nationality word replaced by its canonical name (`aliases.json`,
    `demonyms.json`): "Salonika" and "Thessaloniki" give one key, "Greek" and "Greece" too, for whatever
    compares names outside entity merging (claim anchors)."""
    return alias_key(name, _anchor_aliases())


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A word's consonants after common transliteration swaps, doubled letters collapsed: the part of a
    name that spelling variants share ("Zelenskyy", "Zelensky", "Zelenskiy" → "zlnsk")."""
    w = _GREEK_GI.sub("", fold(word))
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


def _city_key(form: str) -> str | None:
    """One key for the names of one city ("Thessaloniki" / "Salonika"); personal names have none."""
    if person_name(form) is not None:
        return None
    found = city_id(form)
    return f"city:{found}" if found is not None else None


def _edition_key(form: str) -> str | None:
    """An acronym, with or without an edition or a broadcast band after it: one entity in one story
    ("WWDC12", "WWDC 2012", "WWDC"; "WDIV-TV", "WDIV")."""
    m = _EDITION.match(form)
    return fold(m.group(1)) if m else None


def _merge_acronyms(groups: list[Group]) -> list[Group]:
    """Join an acronym to the one name of the story it abbreviates: by the names' plain initials ("IMF"),
    else by `stands_for` ("THR", "WWDC"). Of several names with those initials the most mentioned wins (they
    are mostly one name written two ways); a looser fit to two names joins neither."""
    by_acronym: dict[str, Group] = {}
    for g in groups:
        for form in g.forms:
            if is_acronym(form):
                by_acronym.setdefault(form.replace(".", ""), g)
    if not by_acronym:
        return groups
    exact: dict[str, dict[int, Group]] = defaultdict(dict)
    loose: dict[str, dict[int, Group]] = defaultdict(dict)
    for g in groups:
        for form in g.forms:
            short = acronym(form)
            if short is None:
                continue
            if short in by_acronym:
                exact[short][id(g)] = g
            for candidate in (short, "T" + short):
                for key in by_acronym:
                    if key[0] == candidate[0] and stands_for(key, form):
                        loose[key][id(g)] = g
    parent: dict[int, Group] = {}

    def find(g: Group) -> Group:
        while id(g) in parent:
            g = parent[id(g)]
        return g

    for short in sorted(by_acronym):
        plain = short in exact
        fits = {id(find(h)): find(h) for h in (exact.get(short) or loose.get(short) or {}).values()}
        me = find(by_acronym[short])
        fits.pop(id(me), None)
        if len(fits) == 1 or (fits and plain):
            target = min(fits.values(), key=lambda h: (-sum(h.forms.values()), h.name))
            target.absorb(me)
            parent[id(me)] = target
    return [g for g in groups if id(g) not in parent]


def _merge_leading_acronyms(groups: list[Group]) -> list[Group]:
    """Join "LA Times" and "Los Angeles Times" when the story has both."""
    owners: dict[str, set[int]] = defaultdict(set)
    for g in groups:
        for f in g.forms:
            for k in leading_acronym_keys(f):
                owners[k].add(id(g))
    shared = {k for k, ids in owners.items() if len(ids) > 1}
    return merge_by(groups, lambda f: min(leading_acronym_keys(f) & shared, default=None))


def _merge_spellings(groups: list[Group]) -> list[Group]:
    """Join spelling variants of one name. Outlets spell a name their own way, so two spellings that one
    article uses side by side ("Palin" and "Paulin") are two people."""
    buckets: dict[tuple, list[Group]] = defaultdict(list)
    for g in groups:
        keys = {tuple(skeleton(w) for w in tokens(f)) for f in g.forms}
        for k in keys:
            buckets[k].append(g)
    parent = {id(g): g for g in groups}

    def find(g: Group) -> Group:
        while parent[id(g)] is not g:
            g = parent[id(g)]
        return g

    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                ra, rb = find(a), find(b)
                if ra is rb:
                    continue
                pairs = [(x, y) for x in ra.forms for y in rb.forms if spelling_variants(x, y)]
                if pairs and not any(ra.docs[x] & rb.docs[y] for x, y in pairs):
                    ra.absorb(rb)
                    ra.spelled = True
                    parent[id(rb)] = ra
    return [g for g in groups if find(g) is g]


def _same_word(a: str, b: str) -> bool:
    return fold(a) == fold(b) or spelling_variants(a, b)


def _compact(form: str) -> str | None:
    """A name written as one word or several ("SeaMicro" / "Sea Micro"): its letters without spaces, for
    names long enough not to meet another by chance."""
    key = fold(form).replace(" ", "")
    return key if len(key) >= COMPACT_MIN_LETTERS and key.isalpha() else None


def _is_real_person(g: Group) -> bool:
    return g.type == PERSON and any(person_name(f) for f in g.forms)


def _retype_places(groups: list[Group]) -> None:
    """A group the model called a person whose every form is a known place name, with no full personal name
    among them, is a place ("Kyiv", "Bandar Abbas")."""
    for g in groups:
        no_person = not any(person_name(f) for f in g.forms)
        if g.type in RETYPE_LABELS and no_person and all(is_city_name(f) for f in g.forms):
            g.retyped = PLACE


def _variants(g: Group) -> tuple[Variant, ...]:
    forms = sorted(g.forms, key=lambda f: (-g.forms[f], f))
    return tuple(Variant(f, tuple(sorted(g.docs[f])), g.forms[f]) for f in forms)


def _forms(mentions: Iterable[Mention]) -> list[Group]:
    by_form: dict[str, Group] = {}
    for m in mentions:
        if m.kind is Kind.ENTITY:
            by_form.setdefault(m.text, Group()).add(m.text, m.doc, m.label)
    return [by_form[f] for f in sorted(by_form)]


def reconcile_entities(mentions: Iterable[Mention], documents: Sequence[Document] = ()) -> list[Entity]:
    """Group entity mentions into entities, most widely reported first.

    Args:
        mentions: mentions of any kind; only `entity` ones are used.
        documents: the articles; their text is read again for the story's names that the model missed
            (`factx.reconcile.entities_rescan`).
    """
    mentions = list(mentions)
    groups = _forms([*mentions, *rescan(documents, mentions, spelling=(skeleton, spelling_variants))])
    groups = merge_by(groups, fold)
    groups = merge_by(groups, _edition_key)
    groups = merge_by(groups, _city_key)
    groups = merge_by(groups, _compact)
    groups = merge_by(groups, lambda f: alias_key(f, _aliases()))
    groups = merge_by(groups, lambda f: body_key(f) or fold(f))
    groups = _merge_acronyms(groups)
    groups = _merge_leading_acronyms(groups)
    groups = _merge_spellings(groups)
    retype_people(groups, titled_names(documents, mentions))
    groups = merge_full_names(groups, _same_word, skeleton)
    groups = merge_partials(groups, _same_word, skeleton)
    groups = merge_short_forms(groups, _is_real_person)
    groups = merge_inner_short_forms(groups, _is_real_person)
    groups = merge_plurals(groups, _is_real_person)
    groups = merge_place_kinds(groups, _is_real_person)
    _retype_places(groups)
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
