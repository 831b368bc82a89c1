"""The word lists of claim frames (`patterns/frames.json`), loaded and checked once, and the questions the
rest of factx asks of them.

Why a module of its own: the frame readers (`frame_measures`, `frame_anchors`, `frames`) and reconciliation
(`reconcile/facts.py`, `reconcile/explain.py`) all read one vocabulary; loading and validating it is one job,
and answering "is this a class?", "how does it read?", "are these two kin?" needs no parse.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from factx.errors import PatternError

VERBS = {"VERB", "AUX"}  # the parts of speech of a clause's head
TENURE = "tenure"  # the event of a length that modifies a noun of `tenure_nouns`


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
    dimensions: dict[str, str]  # the word a measure is told with → the dimension it is ("deep" → depth)
    placeless: frozenset[str]  # dimensions never told as a distance between places (a depth, a height)
    taken_by_doers: dict[str, str]  # an event of money whose subject is a crime's doer → what it is
    fallback_events: dict[str, dict[str, str]]
    variant_units: frozenset[str]
    change_verbs: frozenset[str]
    coming: dict[str, str]
    coming_verbs: frozenset[str]
    tenure_nouns: frozenset[str]  # "the club's ten-year history": how long it has lasted, not a deal's length
    proposed: frozenset[str]  # events of a deal a verb may offer or ask for ("offered a deal")
    proposal_verbs: dict[str, str]  # those verbs → the event of the deal they govern
    termed: frozenset[str]  # events of a deal told by a length and a sum ("eight years, $160 million")
    makers: frozenset[str]  # verbs whose subject makes a deal ("the Nationals offered"): its owner
    counters: dict[str, str]  # verbs answering a proposal ("countered by asking for") → the event
    comparison_verbs: frozenset[str]  # "double the record, the $90 million …": the object is another figure
    compared_nouns: frozenset[str]  # the objects of those verbs that name another figure ("the record")
    negators: frozenset[str]  # a subject that denies its verb: "no offer was more than seven years"
    threshold_nouns: frozenset[str]  # "a 100-RBI season": a figure reached, not the figure
    threshold_units: frozenset[str]  # the units a threshold is counted in: tallies of play ("RBI", "goal")
    phrase_measures: dict[str, str]  # "verb particle unit" → the measure they make ("drive in run" → rbi)
    rates: frozenset[str]  # events that state a rate ("averaged 30 homers"), never a total
    doers: frozenset[str]  # the nouns for the doers of crimes ("pirate", "robber"): the values of doer_of
    partitives: frozenset[str]  # "pieces", "units": what they count is named elsewhere
    tally_of: dict[str, str]  # "attack" → "attack": "have attacked 100 ships"
    tallied: frozenset[str]  # what a tally verb's object must be: vessels, vehicles, aircraft
    family_of: dict[str, str]  # "rifle" → "firearm": things one count may be of
    cued: dict[str, tuple[str, frozenset[str]]]  # "aerial" → ladder truck, in a sentence of a fire only
    harmed_groups: frozenset[str]  # "partner": people only in a sentence of what befalls people
    harms: frozenset[str]  # those events: "two managing partners wounded"


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
        classes |= set(data["proposal_verbs"].values()) | {TENURE}
        classes |= set(data["dimension_words"].values())
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
            dimensions=dict(data["dimension_words"]),
            placeless=frozenset(data["placeless_dimensions"]),
            taken_by_doers=dict(data["taken_by_doers"]),
            fallback_events=fallback,
            variant_units=frozenset(data["variant_units"]),
            change_verbs=frozenset(data["change_verbs"]),
            coming=dict(data["coming_events"]["events"]),
            coming_verbs=frozenset(data["coming_events"]["verbs"]),
            tenure_nouns=frozenset(data["tenure_nouns"]),
            proposed=frozenset(data["proposed_events"]),
            proposal_verbs=dict(data["proposal_verbs"]),
            termed=frozenset(data["termed_events"]),
            makers=frozenset(data["maker_verbs"]),
            counters=dict(data["counter_verbs"]),
            comparison_verbs=frozenset(data["comparison_verbs"]),
            compared_nouns=frozenset(data["compared_nouns"]),
            negators=frozenset(data["negators"]),
            threshold_nouns=frozenset(data["threshold_nouns"]),
            threshold_units=frozenset(data["threshold_units"]),
            phrase_measures=dict(data["phrase_measures"]),
            rates=frozenset(data["rate_events"]),
            doers=frozenset(data["doer_of"].values()),
            partitives=frozenset(data["partitive_nouns"]),
            tally_of=dict(data["tally_verbs"]),
            tallied=frozenset(data["tallied_objects"]),
            cued={
                noun: (cued["as"], frozenset(cued["cues"])) for noun, cued in data["cued_measures"].items()
            },
            harmed_groups=frozenset(data["harmed_groups"]["nouns"]),
            harms=frozenset(data["harmed_groups"]["events"]),
            family_of={
                thing: family for family, things in data["thing_families"].items() for thing in things
            },
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PatternError(f"{name}: {type(exc).__name__}: {exc}") from exc


def lemma_of(tok: Token) -> str:
    """A token's lemma, lower-cased, or its text when the pipeline has no lemmatizer."""
    return (tok.lemma_ or tok.text).lower()


def is_event_class(event: str | None) -> bool:
    """Whether `event` is a class of `frames.json` rather than a bare predicate lemma."""
    return event is not None and event in words().names


def event_name(event: str | None) -> str | None:
    """How a fact's event reads in its `about` ("death" → "killed"); a bare lemma reads as itself."""
    if event is None:
        return None
    return words().names.get(event, event)


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


def is_placeless(event: str | None) -> bool:
    """Whether an event is a dimension never told as a distance between places (`placeless_dimensions`):
    "one mile below ground" is a depth, never "one mile north of the dam"; a length may be a bare size
    ("a 10-metre dhow" is the dhow's length)."""
    return event in words().placeless


def is_rate(event: str | None) -> bool:
    """Whether an event states a rate ("has averaged 30 home runs a season"): a total of the same thing ("hit
    33 home runs last season") is another figure, however close the values."""
    return event in words().rates


def kin_pairs() -> frozenset[frozenset[str]]:
    """The pairs of kin event classes (`kin_events`)."""
    return words().kin


def kin(a: str | None, b: str | None) -> bool:
    """Whether two event classes may name one relation ("offer" and "price": a contract offered is a deal)."""
    return a is not None and b is not None and frozenset((a, b)) in words().kin
