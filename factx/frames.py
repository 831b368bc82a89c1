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
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "compound", "amod", "acomp", "npadvmod", "appos"}
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_TRANSPARENT = "worth"  # "the offer is worth $160 million" is about the offer: worth only when nothing else
_PERSON = "person"
_MONEY = "MONEY"  # the label of money spans
_MONEY_MEASURE = "money"


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
        missing = set(data["events"]) - set(data["event_names"])
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


def measure_of(unit: str | None, root: Token | None = None) -> str | None:
    """The measure class of a count's unit: `person`, `person:<group>`, or the unit itself."""
    if unit is None:
        return None
    w = words()
    if unit in w.people or (unit in w.event_of and w.event_of[unit] in ("death", "injury")):
        return _PERSON
    if root is not None and root.ent_type_ == "NORP":
        return _PERSON
    if unit in w.groups:
        return f"{_PERSON}:{_member_of(unit, root)}"
    return w.same_as.get(unit, unit)


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


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _class_near(tok: Token) -> str | None:
    """The event class of `tok` itself, of a two-word form with its compound ("death toll"), or of one of its
    compound or adjective modifiers."""
    w = words()
    lemma = _lemma(tok)
    for child in tok.children:
        if child.dep_ == "compound":
            two = f"{_lemma(child)} {lemma}"
            if two in w.event_of:
                return w.event_of[two]
    if lemma in w.event_of:
        return w.event_of[lemma]
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and _lemma(child) in w.event_of:
            return w.event_of[_lemma(child)]
    return None


def _arguments(verb: Token) -> list[Token]:
    """A verb's subject, objects and complements, with the objects of its prepositions ("shot to death")."""
    found = []
    for child in verb.children:
        if child.dep_ in _ARGUMENTS:
            found.append(child)
        elif child.dep_ in ("prep", "agent"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _outcome(verb: Token, span: Span) -> str | None:
    """An outcome named among a verb's arguments, which says more than the verb: "shot to death" is a death,
    "shelled and wounded" an injury."""
    for child in _arguments(verb):
        if child.i not in range(span.start, span.end):
            near = _class_near(child)
            if near in words().outcomes:
                return near
    return None


def _event(span: Span) -> tuple[str | None, Token | None]:
    """The event of the mention and the head of its clause.

    Looks at the counted noun's own modifiers ("40 people killed", "three dead"), then up the head chain;
    at each step at the word, its compound ("death toll") and, for a verb, its subject, objects and the
    objects of its prepositions ("the toll rose to 40", "shot to death"). The climb ends at the mention's own
    verb: the verbs above it state other things. It goes on only through "worth"/"valued", which give way to
    the thing whose worth they state, and through a light verb in a relative clause ("the deal, which is
    worth …"). Falls back to the lemma of that verb, or, when it is a light one, of the noun the number
    modifies ("a $144 billion bailout").
    """
    w = words()
    root = span.root
    for child in root.children:
        if child.dep_ in ("acl", "relcl", "amod") and not (span.start <= child.i < span.end):
            found = _class_near(child)
            if found:
                return found, child
    verb_fallback: str | None = None
    noun_fallback: str | None = None
    transparent = False
    clause: Token | None = None
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
        if tok.pos_ in _VERBS:
            clause = clause or tok
            for child in _arguments(tok):
                if child.pos_ in _NOUNS | {"ADJ"} and child.i not in range(span.start, span.end):
                    near = _class_near(child)
                    if near and near != _TRANSPARENT:
                        return near, clause
                    transparent = transparent or near == _TRANSPARENT
            light = _lemma(tok) in w.light or tok.pos_ == "AUX"
            if not light and found != _TRANSPARENT:
                verb_fallback = verb_fallback or _lemma(tok)
            if not (found == _TRANSPARENT or (light and tok.dep_ in ("relcl", "acl"))):
                break
        if tok.head is tok:
            break
        tok = tok.head
    if transparent:
        return _TRANSPARENT, clause
    return verb_fallback or noun_fallback, clause


def _anchors(span: Span, clause: Token | None, entities: list[Span]) -> tuple[str, ...]:
    """The names of the entities in the mention's clause (its sentence when there is no clause head)."""
    if clause is not None:
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
    else:
        sent = span.sent
        lo, hi = sent.start, sent.end
    names: list[str] = []
    for ent in entities:
        if lo <= ent.start and ent.end <= hi and not (ent.start < span.end and span.start < ent.end):
            name = " ".join(ent.text.split())
            if name not in names:
                names.append(name)
    return tuple(names[:MAX_ANCHORS])


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
    for tok in clause.subtree:
        if span.start <= tok.i < span.end:
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
    measure = measure_of(unit, span.root)
    if unit is None and span.label_ == _MONEY:
        measure = _portion(span)
    if not parsed:
        return Frame(measure=measure)
    event, clause = _event(span)
    if unit is not None and unit in words().measurement_units:
        event = None  # "4 miles from Cobb": the verb of the clause ("struck") is not what a distance is of
    if unit is not None and measure == _PERSON and unit in words().event_of:
        event = event or words().event_of[unit]
    anchors = _anchors(span, clause, entities)
    if unit is not None and unit in words().unit_events:
        # A count of years is an age ("Smith, 45, was arrested"): the clause's verb is what the person did,
        # not what the number is of, and the age is of the name it follows, not of everyone in the clause
        # ("Riva, 47, and Steinberg, 48").
        event = words().unit_events[unit]
        anchors = _owner(span, entities)
    return Frame(
        measure=measure,
        event=event,
        anchors=anchors,
        time=None if dated else _year(span, clause),
        earlier=_earlier(span, clause),
    )


def _earlier(span: Span, clause: Token | None) -> bool:
    """Whether the text presents the figure as superseded: "up from 30", "initially reported 30", "an
    earlier toll of 30"."""
    cues = words().earlier
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "from" and doc[span.start - 1].head.pos_ in _VERBS:
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
