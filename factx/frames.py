"""Claim frames: what a number or date mention is about, read from the dependency parse.

A frame has three slots (DESIGN.md, "Claim frames"):

* measure: what a count counts, as a class ("people", "Palestinians", "the dead" → `person`; children or
  soldiers are a narrower group of it, `person:child`); other nouns are their own class;
* event: the event or relation the number belongs to, as a class from `patterns/frames.json` (kill, die,
  death toll → `death`; pay, buy, deal → `price`), else the lemma of the predicate;
* anchors: the entities named in the mention's clause and the year it refers to ("in 2002").

Reconciliation puts claims with matching frames in one fact whatever their values, so the work happens
here, once per mention, and reconciling stays a pass over blocks of claims.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from factx.currencies import symbols
from factx.errors import PatternError

MAX_HOPS = 6  # head-chain steps searched for the event
MAX_ANCHORS = 4
_NOUNS = {"NOUN", "PROPN"}
_VERBS = {"VERB", "AUX"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "compound", "amod", "acomp", "npadvmod", "appos"}
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_TRANSPARENT = "worth"  # "the offer is worth $160 million" is about the offer: worth only when nothing else
_PERSON = "person"
_MONEY = "MONEY"  # the label of money spans
_COUNT = "COUNT"  # counts: their spans carry no label, but a unit
_SPAN_LABELS = {"factx_money": _MONEY, "factx_percent": "PERCENT"}  # span groups (components' defaults)
_MONEY_MEASURE = "money"
_MODEL_MEASURE = "model"
_NATION = "NORP"  # the label of nationality entities
_MAGNITUDE = "magnitude"
# A model name: one to three capitals and a number ("AK-47", "AK 47", "M16", "F-16"), plural or not.
_MODEL = re.compile(r"(?<![\w-])([A-Z]{1,3})[- ]?(\d{1,4})s?(?![\w-])")
_VARIANT = re.compile(r"^(\d+(?:\.\d+)?)-([a-z]+)$", re.IGNORECASE)
_SEGMENT_ENDS = frozenset({",", ";", "and", "while", "whereas", "but", "(", ")"})
_INCH = "inch"
_DECIMAL = re.compile(r"^\d+\.\d+$")


@dataclass(frozen=True)
class Words:
    """The word lists of `patterns/frames.json`, indexed."""

    people: frozenset[str]
    groups: frozenset[str]
    event_of: dict[str, str]
    names: dict[str, str]
    light: frozenset[str]
    earlier: frozenset[str]
    kin: frozenset[frozenset[str]]
    outcomes: frozenset[str]
    people_events: frozenset[str]
    thing_events: frozenset[str]
    thing_names: dict[str, str]
    member_nouns: frozenset[str]
    portions: frozenset[str]
    measurement_units: frozenset[str]
    same_as: dict[str, str]
    unit_events: dict[str, str]
    anchored_events: frozenset[str]
    kinds_of: dict[str, str]
    role_nouns: frozenset[str]
    doer_of: dict[str, str]
    quake_nouns: dict[str, str]
    noun_events: dict[str, str]
    fallback_events: dict[str, dict[str, str]]
    variant_units: frozenset[str]
    change_verbs: frozenset[str]
    coming: dict[str, str]
    coming_verbs: frozenset[str]
    doers: frozenset[str]  # the nouns for the doers of crimes ("pirate", "robber"): the values of doer_of


@cache
def words() -> Words:
    """The frame word lists, loaded and checked once."""
    name = "frames.json"
    try:
        data = json.loads(resources.files("factx.patterns").joinpath(name).read_text(encoding="utf-8"))
        event_of: dict[str, str] = {}
        for event, lemmas in data["events"].items():
            for lemma in lemmas:
                if lemma in event_of:
                    raise PatternError(f"{name}: '{lemma}' is in events '{event_of[lemma]}' and '{event}'")
                event_of[lemma] = event
        fallback = {label: dict(table) for label, table in data["fallback_events"].items()}
        classes = set(data["events"]) | set(data["noun_events"].values())
        classes |= {event for table in fallback.values() for event in table.values()}
        classes |= set(data["coming_events"]["events"].values())
        missing = classes - set(data["event_names"])
        if missing:
            raise PatternError(f"{name}: events without a name in event_names: {sorted(missing)}")
        return Words(
            people=frozenset(data["people"]),
            groups=frozenset(data["people_groups"]),
            event_of=event_of,
            names=dict(data["event_names"]),
            light=frozenset(data["light_verbs"]),
            earlier=frozenset(data["earlier_cues"]),
            kin=frozenset(frozenset(pair) for pair in data["kin_events"]),
            outcomes=frozenset(data["outcome_events"]),
            people_events=frozenset(data["people_events"]),
            thing_events=frozenset(data["thing_events"]),
            thing_names=dict(data["thing_event_names"]),
            member_nouns=frozenset(data["member_nouns"]),
            portions=frozenset(data["money_portions"]),
            measurement_units=frozenset(data["measurement_units"]),
            same_as=dict(data["same_measure"]),
            unit_events=dict(data["unit_events"]),
            anchored_events=frozenset(data["anchored_events"]),
            kinds_of=dict(data["kinds_of"]),
            role_nouns=frozenset(data["role_nouns"]),
            doer_of=dict(data["doer_of"]),
            quake_nouns=dict(data["quake_nouns"]),
            noun_events=dict(data["noun_events"]),
            fallback_events=fallback,
            variant_units=frozenset(data["variant_units"]),
            change_verbs=frozenset(data["change_verbs"]),
            coming=dict(data["coming_events"]["events"]),
            coming_verbs=frozenset(data["coming_events"]["verbs"]),
            doers=frozenset(data["doer_of"].values()),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PatternError(f"{name}: {type(exc).__name__}: {exc}") from exc


def is_event_class(event: str | None) -> bool:
    """Whether `event` is a class of `frames.json` rather than a bare predicate lemma."""
    return event is not None and event in words().names


@dataclass(frozen=True)
class Frame:
    """What one mention states: see the module docstring."""

    measure: str | None = None
    event: str | None = None
    anchors: tuple[str, ...] = ()
    time: str | None = None
    earlier: bool = False


def measure_of(
    unit: str | None,
    root: Token | None = None,
    *,
    span: Span | None = None,
    nations: frozenset[str] = frozenset(),
) -> str | None:
    """The measure class of a count's unit: `person`, `person:<group>`, `<kind>:<thing>` for a thing of a
    kind ("rifles" → `weapon:rifle`), `model:<name>` for a count of a model ("seven AK-47s", "seven AK-47
    assault rifles"), or the unit itself, through `same_measure` ("vessels" → `ship`).

    Args:
        unit: the counted noun's lemma.
        root: the counted noun (its modifiers say more: "crew members", "piracy suspects").
        span: the whole count, where a model name or a decimal number may be.
        nations: the lower-case names the document's entities tag as nationalities ("somali").
    """
    if unit is None:
        return None
    w = words()
    if unit in w.people or (unit in w.event_of and w.event_of[unit] in ("death", "injury")):
        return _PERSON
    if root is not None and _is_nation(root, nations):
        return _PERSON
    if unit in w.groups:
        group = _doer(unit, root) if unit in w.role_nouns else _member_of(unit, root)
        if group in w.doers and root is not None and _one_nation(root, span, nations):
            return _PERSON  # "11 Yemeni pirates" are the 11 Yemenis, not a part of "23 pirates" in conflict
        return f"{_PERSON}:{group}"
    model = _model(span) if span is not None else None
    if model:
        return f"{_MODEL_MEASURE}:{model}"
    same = _same(unit, root)
    if unit in w.quake_nouns and span is not None and any(_DECIMAL.match(t.text) for t in span):
        return f"{_MAGNITUDE}:{w.quake_nouns[unit]}"  # "a 2.9 aftershock" is a magnitude, not 2.9 quakes
    if unit == _MAGNITUDE and span is not None:
        return _magnitude_of(span)
    kind = w.kinds_of.get(same)
    if kind is not None and kind != same:
        return f"{kind}:{same}"
    return same


def _counted(span: Span, unit: str | None) -> Token:
    """The counted noun of a count: the word of its unit ("Somali" in "12 Somali"), else the span's root."""
    for tok in reversed(span):
        if unit is not None and (tok.lower_ == unit or _lemma(tok) == unit):
            return tok
    return span.root


def _magnitude_of(span: Span) -> str:
    """A magnitude as `magnitude:<quake>` when it names which quake it is of ("a 4.6 magnitude earthquake",
    "two aftershocks, magnitude 2.9 and 2.2"): the main quake's size and an aftershock's are two facts."""
    quakes = words().quake_nouns
    near = list(span)
    tok = span.root
    for _ in range(3):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        near.append(tok)
    for tok in near:
        if (lemma := _lemma(tok)) in quakes:
            return f"{_MAGNITUDE}:{quakes[lemma]}"
    return _MAGNITUDE


def _same(unit: str, root: Token | None) -> str:
    """The unit through `same_measure`, first as a two-word form with its compound ("fire truck")."""
    w = words()
    if root is not None:
        for child in root.children:
            if child.dep_ == "compound" and (two := f"{_lemma(child)} {unit}") in w.same_as:
                return w.same_as[two]
    return w.same_as.get(unit, unit)


def _is_nation(tok: Token, nations: frozenset[str]) -> bool:
    """A nationality, by the entity tagger, or, when it missed one, by a capitalized word joined to one
    ("12 Somali and 11 Yemeni")."""
    if tok.ent_type_ == _NATION or tok.lower_ in nations:
        return True
    return tok.is_title and any(c.ent_type_ == _NATION or c.lower_ in nations for c in tok.conjuncts)


def _one_nation(root: Token, span: Span | None, nations: frozenset[str]) -> bool:
    """Whether one nationality, and not two joined ("Somali and Yemeni pirates"), qualifies the noun within
    the count ("12 Somali and 11 Yemeni pirates" has two counts, each of one nation)."""
    found = [
        c
        for c in root.children
        if c.dep_ in ("amod", "compound", "nmod")
        and _is_nation(c, nations)
        and (span is None or span.start <= c.i < span.end)
    ]
    if len(found) != 1 or any(c.dep_ == "conj" for c in found[0].children):
        return False
    return span is None or _breakdown(span, nations)


def _breakdown(span: Span, nations: frozenset[str]) -> bool:
    """Whether the sentence counts people by nation beside this count ("12 Somali and 11 Yemeni pirates"):
    only then is "11 Yemeni pirates" a count of Yemenis; alone, "23 Somali pirates" counts the pirates."""
    sent = span.sent
    for tok in sent:
        if span.start <= tok.i < span.end or not tok.like_num or tok.i + 1 >= sent.end:
            continue
        if _is_nation(tok.nbor(1), nations):
            return True
    return False


def _doer(unit: str, root: Token | None) -> str:
    """Whom a role noun ("suspects", "raiders", "attackers") names: the doer of the crime it is compounded
    with ("piracy suspects" are pirates), else the doer its document names last before it, or first after
    it (news text varies the noun for one band: "attacked by pirates …, capturing 23 of the raiders"),
    else itself."""
    w = words()
    if root is None:
        return unit
    for child in root.children:
        if child.dep_ in ("compound", "amod", "nmod") and _lemma(child) in w.doer_of:
            return w.same_as.get(w.doer_of[_lemma(child)], w.doer_of[_lemma(child)])
    before = (tok for tok in reversed(root.doc[: root.i]) if _lemma(tok) in w.doers)
    after = (tok for tok in root.doc[root.i + 1 :] if _lemma(tok) in w.doers)
    found = next(before, None) or next(after, None)  # the band named last before, as a pronoun's antecedent
    return w.same_as.get(_lemma(found), _lemma(found)) if found is not None else unit


def _model(span: Span) -> str | None:
    """A model name among the words of a count ("seven AK-47 rifles", "12 AK 47 guns"), folded ("ak47")."""
    text = span.text
    first = span[0]
    if first.like_num:
        text = text[first.idx + len(first.text) - span.start_char :]
    found = _MODEL.search(text)
    return f"{found.group(1)}{found.group(2)}".lower() if found else None


def _member_of(unit: str, root: Token | None) -> str:
    """A member noun is a member of its compound's group: "crew members" are crew, "union members" union
    members; "crewmen" are crew too (`same_as`)."""
    w = words()
    if unit in w.member_nouns and root is not None:
        for child in root.children:
            if child.dep_ == "compound":
                found = _lemma(child)
                return w.same_as.get(found, found)
    return w.same_as.get(unit, unit)


def _portion(span: Span) -> str | None:
    """The part of a sum an amount is ("$281 million in cash" of "$334 million", "$53m in stock"), as
    `money:<part>`: a deal's total and its cash part are two figures, not a conflict. None for a sum
    given in parts together ("in cash and stock")."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "in":
        return None
    noun = doc[i + 1]
    if noun.pos_ == "DET" and i + 2 < len(doc):
        noun = doc[i + 2]
    part = _lemma(noun)
    if part not in words().portions:
        return None
    joined = noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("and", "or", "plus")
    if joined and _lemma(doc[noun.i + 2]) in words().portions:  # "in cash and stock": the whole sum
        return None
    return f"{_MONEY_MEASURE}:{part}"


def _variant(span: Span) -> str | None:
    """The model a price is of, when the text names models by size ("the 13-inch model starts at $1,199,
    while the 15-inch sells for $1,799"): the size in the amount's own part of the sentence (between
    commas, "and", "while"), else the last one before it, as `money:<size>`. Two prices of one product
    line are then one figure only when they are of one model."""
    sent = span.sent
    lo = span.start
    while lo > sent.start and span.doc[lo - 1].lower_ not in _SEGMENT_ENDS:
        lo -= 1
    hi = span.end
    while hi < sent.end and span.doc[hi].lower_ not in _SEGMENT_ENDS:
        hi += 1
    sizes = [(tok.i, size) for tok in sent if (size := _size(tok)) and not span.start <= tok.i < span.end]
    own = [(abs(i - span.start), size) for i, size in sizes if lo <= i < hi]
    before = [(span.start - i, size) for i, size in sizes if i < span.start]
    found = min(own or before, default=None)
    return f"{_MONEY_MEASURE}:{found[1]}" if found else None


def _size(tok: Token) -> str | None:
    """ "13-inch" as one token or three ("13", "-", "inch"), folded to "13-inch"; else None."""
    units = words().variant_units
    found = _VARIANT.match(tok.text)
    if found and found.group(2).lower() in units:
        return f"{found.group(1)}-{_INCH}"
    if tok.like_num and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and tok.nbor(2).lower_ in units:
        return f"{tok.text}-{_INCH}"
    return None


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _class_near(tok: Token) -> str | None:
    """The event class of `tok` itself, of a two-word form with its compound ("death toll"), or of one of its
    compound or adjective modifiers."""
    w = words()
    lemma = _lemma(tok)
    if phrase := _phrase(tok, w.event_of):
        return w.event_of[phrase]
    for child in tok.children:
        if child.dep_ == "compound":
            two = f"{_lemma(child)} {lemma}"
            if two in w.event_of:
                return w.event_of[two]
    if tok.pos_ == "NOUN" and (two := f"{_lemma(tok.head)} {lemma}") in w.event_of:
        return w.event_of[two]  # "came under fire", "opened fire": shots, not a blaze
    if tok.pos_ == "NOUN" and lemma in w.noun_events:  # "the fire" burned; "fired" shells
        return w.noun_events[lemma]
    if lemma in w.event_of:
        return w.event_of[lemma]
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and _lemma(child) in w.event_of:
            return w.event_of[_lemma(child)]
    return None


def _phrase(tok: Token, table: dict[str, str]) -> str | None:
    """A verb with its particle or bare object, as a key of `table`: the two may mean what neither does
    ("made off with" is stolen, "caught fire" burned, "closed down" fell, "dates back to" built)."""
    if tok.pos_ not in _VERBS:
        return None
    for child in tok.children:
        phrase = f"{_lemma(tok)} {child.lower_}"
        if child.dep_ in ("prt", "advmod", "dobj", "prep") and child.i > tok.i and phrase in table:
            return phrase
    return None


def _arguments(verb: Token) -> list[Token]:
    """A verb's subject, objects and complements, with the objects of its prepositions ("shot to death")."""
    found = []
    for child in verb.children:
        if child.dep_ in _ARGUMENTS:
            found.append(child)
        elif child.dep_ in ("prep", "agent"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    # A noun with its own number is another count ("seized seven rifles and three machine guns"), not
    # what this one is of.
    return [tok for tok in found if not any(c.dep_ == "nummod" for c in tok.children)]


def _outcome(verb: Token, span: Span) -> str | None:
    """An outcome named among a verb's arguments, which says more than the verb: "shot to death" is a death,
    "shelled and wounded" an injury."""
    for child in _arguments(verb):
        if child.i not in range(span.start, span.end):
            near = _class_near(child)
            if near in words().outcomes:
                return near
    return None


def _event(span: Span, label: str) -> tuple[str | None, Token | None]:
    """The event of the mention and the head of its clause.

    Looks at the counted noun's own modifiers ("40 people killed", "three dead"), then up the head chain;
    at each step at the word, its compound ("death toll") and, for a verb, its subject, objects and the
    objects of its prepositions ("the toll rose to 40", "shot to death"). The climb ends at the mention's own
    verb: the verbs above it state other things. It goes on only through "worth"/"valued", which give way to
    the thing whose worth they state (not past the subject a relative clause describes), through a light
    verb in a relative clause ("the deal, which is worth …") or "including", and past the other nouns of a
    list. Falls back to that verb's class for the mention's kind (`fallback_events`: a sum a product
    "starts at" is its price) or its lemma, or, when it is a light one, to the noun the number modifies
    ("a $144 billion bailout"). `label` is the mention's kind ("MONEY", "PERCENT", "COUNT").
    """
    w = words()
    root = span.root
    for child in root.children:
        if child.dep_ in ("acl", "relcl", "amod") and not (span.start <= child.i < span.end):
            found = _class_near(child)
            if found:
                return found, child
    if label == _MONEY and (found := _money_in(root)):
        return found, None
    verb_fallback: str | None = None
    noun_fallback: str | None = None
    transparent = False
    clause: Token | None = None
    described = -1  # the noun a relative clause the climb left describes (its index)
    tok = root
    for _ in range(MAX_HOPS):
        found = _class_near(tok) if tok is not root or tok.dep_ in ("compound", "nummod") else None
        if found and tok.pos_ in _VERBS:
            found = _outcome(tok, span) or found
        if found == _TRANSPARENT:
            transparent = True
        elif found:
            return found, clause or tok
        if tok.pos_ in _NOUNS and tok is not root and noun_fallback is None:
            noun_fallback = _lemma(tok)
        if tok.i == described:
            break
        if tok.pos_ in _VERBS:
            clause = clause or tok
            for child in _arguments(tok):
                if child.pos_ in _NOUNS | {"ADJ"} and child.i not in range(span.start, span.end):
                    near = _class_near(child)
                    if near and near != _TRANSPARENT:
                        return near, clause
                    transparent = transparent or near == _TRANSPARENT
            light = _lemma(tok) in w.light or tok.pos_ == "AUX"
            if not light and found != _TRANSPARENT and verb_fallback is None:
                verb_fallback = _fallback(tok, label)
            if not (found == _TRANSPARENT or (light and tok.dep_ in ("relcl", "acl", "prep"))):
                break
            if tok.dep_ in ("relcl", "acl") and tok.head.dep_ in _SUBJECTS:
                # A worth said of a clause's subject is not what its verb says of it: "the building, which
                # the city valued at $380,600, was a total loss". Of an object, it is: "stole diamonds
                # valued at $108 million".
                described = tok.head.i
        if tok.head.i == tok.i:  # the root (spaCy makes a new Token object on each access)
            break
        # Nouns listed together ("seven rifles, a rocket launcher and three machine guns") are other
        # things, not what this one is of: the climb goes on from the head of the list.
        while tok.dep_ == "conj" and tok.pos_ in _NOUNS and tok.head.pos_ in _NOUNS:
            tok = tok.head
        tok = tok.head
    if transparent:
        return _TRANSPARENT, clause
    return verb_fallback or noun_fallback, clause


def _money_in(root: Token) -> str | None:
    """The class a sum is given "in" ("30 billion euros in savings", "$35m in two rounds of funding")."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if found := _class_near(noun):
                    return found
                for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for inner in (c for c in of.children if c.dep_ == "pobj"):
                        if found := _class_near(inner):
                            return found
    return None


def _fallback(verb: Token, label: str) -> str:
    """The event a verb gives when nothing near names a class: a class of `fallback_events` for the
    mention's label (money that a product "starts at" or "asks" is its price; a percentage that shares
    "plunged" or "closed down" is a fall), else the verb's lemma."""
    table = words().fallback_events.get(label, {})
    phrase = _phrase(verb, table)
    return table[phrase] if phrase else table.get(_lemma(verb), _lemma(verb))


def _anchors(span: Span, clause: Token | None, entities: list[Span]) -> tuple[str, ...]:
    """The names of the entities in the mention's clause (its sentence when there is no clause head), less
    the clauses joined to it that state other things ("raised $35m … and also got $9.3m from the US"),
    with the name a relative clause is said of first ("SeaMicro, which raised $35m")."""
    if clause is not None:
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
    else:
        sent = span.sent
        lo, hi = sent.start, sent.end
    other = _joined_clauses(span, clause)
    said_of = clause.head.i if clause is not None and clause.dep_ == "relcl" else -1
    names: list[str] = []
    for ent in entities:
        inside = lo <= ent.start and ent.end <= hi and not any(a <= ent.start < b for a, b in other)
        if ent.start <= said_of < ent.end:
            names.insert(0, " ".join(ent.text.split()))
        elif inside and not (ent.start < span.end and span.start < ent.end):
            name = " ".join(ent.text.split())
            if name not in names:
                names.append(name)
    return tuple(dict.fromkeys(names))[:MAX_ANCHORS]


def _joined_clauses(span: Span, clause: Token | None) -> list[tuple[int, int]]:
    """The token ranges of the clauses that state other things than the mention's: verbs joined to its
    clause by "and", and relative clauses ("… SeaMicro, which raised $35m"), that do not hold it."""
    if clause is None:
        return []
    found = []
    for tok in clause.subtree:
        if tok.i == clause.i:
            continue
        joined = tok.dep_ == "conj" and tok.pos_ in _VERBS and tok.head.i == clause.i
        if joined or tok.dep_ == "relcl":
            a, b = tok.left_edge.i, tok.right_edge.i + 1
            if not (a <= span.start < b):
                found.append((a, b))
    return found


def _owner(span: Span, entities: list[Span]) -> tuple[str, ...]:
    """The name a number is set beside ("Smith, 45,", "Smith (45)"): an entity ending at most two tokens
    before it, with only punctuation between; none when the number stands alone ("the 45-year-old")."""
    for ent in reversed(entities):
        if ent.end <= span.start:
            between = span.doc[ent.end : span.start]
            if len(between) <= 2 and all(tok.is_punct for tok in between):
                return (" ".join(ent.text.split()),)
            return ()
    return ()


def _year(span: Span, clause: Token | None) -> str | None:
    if clause is None:
        return None
    other = _joined_clauses(span, clause)
    for tok in clause.subtree:
        if span.start <= tok.i < span.end or any(a <= tok.i < b for a, b in other):
            continue
        if _YEAR.match(tok.text) and tok.head.lower_ in ("in", "since", "of", "by"):
            return tok.text
    return None


def frame_of(span: Span, *, unit: str | None, entities: list[Span], parsed: bool, dated: bool) -> Frame:
    """The frame of one number or date mention.

    Args:
        span: the mention.
        unit: a count's unit (its counted noun's lemma), else None.
        entities: the entity spans of the document, in order.
        parsed: whether the pipeline parses; without a parse only the measure is known.
        dated: whether the mention is a date (a date's own year is not its time anchor).
    """
    nations = frozenset(e.text.lower() for e in entities if e.label_ == _NATION) if unit else frozenset()
    measure = measure_of(unit, _counted(span, unit), span=span, nations=nations)
    label = _label(span, unit)
    if label == _MONEY:
        measure = _portion(span) or _variant(span)
    if not parsed:
        return Frame(measure=measure)
    event, clause = _event(span, label)
    if unit is not None and unit in words().measurement_units:
        event = None  # "4 miles from Cobb": the verb of the clause ("struck") is not what a distance is of
    if measure is not None and measure.partition(":")[0] == _MAGNITUDE:
        event = _MAGNITUDE  # "a 2.9 aftershock struck": the figure is the quake's size, whatever it did
    if unit is not None and measure == _PERSON and unit in words().event_of:
        event = event or words().event_of[unit]
    anchors = _anchors(span, clause, entities)
    if unit is not None and unit in words().unit_events:
        # A count of years is an age ("Smith, 45, was arrested"): the clause's verb is what the person did,
        # not what the number is of, and the age is of the name it follows, not of everyone in the clause
        # ("Riva, 47, and Steinberg, 48").
        event = words().unit_events[unit]
        anchors = _owner(span, entities)
        event = words().coming.get(event, event) if _to_come(span) else event
    return Frame(
        measure=measure,
        event=event,
        anchors=anchors,
        time=None if dated else _year(span, clause),
        earlier=_earlier(span, clause),
    )


def _to_come(span: Span) -> bool:
    """Whether the number is one its subject will reach ("turns 29 in April", "will be 29"), not has: a man
    who "turns 29" is 28 today."""
    verb = span.root.head
    if verb.pos_ not in _VERBS or span.root.dep_ in _SUBJECTS:  # "the 28-year-old will turn 29"
        return False
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    return _lemma(verb) in words().coming_verbs or future


def _label(span: Span, unit: str | None) -> str:
    """The mention's kind: COUNT when it has a unit, else its span's label, else the label of the span group
    that holds it (a money span widened to its qualifier, "up to $1099", may carry no label)."""
    if unit is not None:
        return _COUNT
    if span.label_:
        return span.label_
    for key, label in _SPAN_LABELS.items():
        if any(s.start == span.start and s.end == span.end for s in span.doc.spans.get(key, [])):
            return label
    return ""


def _earlier(span: Span, clause: Token | None) -> bool:
    """Whether the text presents the figure as superseded: "up from 30", "initially reported 30", "an
    earlier toll of 30"."""
    cues = words().earlier
    doc = span.doc
    # "rose from 30 to 45" gives a superseded figure; "costs from $999 up to $1,099" a range.
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "from" and _lemma(before.head) in words().change_verbs:
        return True
    verbs = [clause, clause.head] if clause is not None else []
    for verb in verbs:
        if any(c.dep_ in ("advmod", "amod") and c.lower_ in cues for c in verb.children):
            return True
    noun = span.root.head if span.root.dep_ == "pobj" else span.root
    if noun.dep_ == "prep":  # "an earlier toll of 30 people"
        noun = noun.head
    return any(c.dep_ == "amod" and c.lower_ in cues for c in noun.children)


def event_name(event: str | None) -> str | None:
    """How a fact's event reads in its `about` ("death" → "killed"); a bare lemma reads as itself."""
    if event is None:
        return None
    return words().names.get(event, event)


@cache
def currency_family(unit: str) -> str:
    """The bare symbol a currency code is one of ("USD", "CAD" → "$"; "US$", "CA$" are their symbols), or
    the unit itself: a story's "$5.4 billion" may be the "US $5.4 billion" of another source, while USD and
    CAD amounts are never one figure."""
    table = symbols()
    bare = [s for s, code in table.items() if s == code]
    for symbol, code in table.items():
        if code == unit:
            for b in bare:
                if symbol.endswith(b):
                    return b
    return unit


def label_for_measure(event: str, *, people: bool) -> str | None:
    """How `event` reads beside a count: a people-only event ("killed", "arrested") beside a count of
    things reads as its thing name ("seized") or not at all ("miles killed"); an event that befalls things
    ("fired", "stolen") does not name a count of people ("members fired"). A bare lemma reads as itself."""
    w = words()
    if event not in w.names:
        return event
    if people:
        return None if event in w.thing_events else w.names[event]
    if event in w.people_events:
        return w.thing_names.get(event)
    return w.names[event]


def is_anchored(event: str | None) -> bool:
    """Whether an event's claims are one frame only when they share an anchor: an age is someone's."""
    return event in words().anchored_events


def kin(a: str | None, b: str | None) -> bool:
    """Whether two event classes may name one relation ("offer" and "price": a contract offered is a deal)."""
    return a is not None and b is not None and frozenset((a, b)) in words().kin
