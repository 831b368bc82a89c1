"""Whose figure a number is, from the name it is set beside, and which of one document's equal figures
are of different things.

A number in a parenthesis opened right after a name ("the Orioles (seven years, $140 million) and the
Nationals (eight years, $160 million)"), after a possessive ("the Nationals' eight-year offer") or right
after a name that opens a conjunct whose verb is left out ("the Nationals bid $160 million, the Orioles
$140 million") is that name's: its owner. One document's claims are counted once per fact, so two mentions
of one value in one document are normally read as one claim said twice. When one of them has an owner and
the other is set among names of the same kind that do not include it ("the Angels made an eight-year
offer" … "Nationals (eight years)"), the two are claims about two things, and each must be able to stand in
its own fact: they are given different parts, and `facts.py` never puts two parts of one document in one
fact.

A deal's figure is also owned by the name its offer noun says it is from ("no other offer (including from
the Nationals) was more than seven years") and by the subject of a verb that makes a deal ("the Nationals
have offered him an eight-year, $160 million contract"), in its sentence or, when its own sentence names no
one, the one before ("The Red Sox have made the biggest offer in club history. The deal could be worth up
to $180 million."). An owned figure told without a verb takes the event its owner's other figures have
(`owned_events`).

Only mentions of documents that have entity mentions are looked at, so claims without names cost nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from factx.frame_words import words
from factx.lexicon import words as lexicon_words
from factx.model import Kind, Mention
from factx.normalize.names import fold
from factx.normalize.numbers import singular

# What may stand between a name and the number it owns: an opened parenthesis with no closing one
# ("Nationals (eight years, $160 million"), or a possessive ending ("Nationals' eight", "Smith's 40"), which
# may have a word saying the figure was superseded before the number ("the Yankees' initial $140 million
# bid": `frames.json` earlier_cues).
_ATTACHED = re.compile(r"\s*\([^()]*|\s*['\u2019]s?\s*")
_POSSESSIVE_WORD = re.compile(r"\s*['\u2019]s?\s+([a-z]+)\s+")
# A list of names that each take their own figures with the verb left out ("the Nationals bid $160 million,
# the Orioles $140 million", "the Orioles around seven years, $140 million, and the Nationals at eight
# years"): a name that opens such a conjunct (after a comma, "and" or "or", and "the") owns the amount or
# count right after it, with at most a preposition and one figure of its own (a number, a word) before it.
# A bare name right before the number must have its article ("and the Orioles $140 million").
_GAP_OPENS = re.compile(r"(?:,\s*(?:(?:and|or)\s+)?|\b(?:and|or)\s+)(?:the\s+)?$", re.IGNORECASE)
_GAPPED = re.compile(r"\s+(?:(?:at|around|about|near|for|with)\s+)?(?:(\S+)(?:\s+[^\s,;()]+)?,\s*)?")
_GAPPED_KINDS = frozenset({Kind.MONEY, Kind.COUNT, Kind.DURATION})
# The subject of a verb that makes a deal ("the Nationals have offered him …", "the Red Sox made an eight-
# year offer …", "the Orioles, according to reports, have offered"): its words after the name, up to the
# verb (`maker_verbs` in frames.json), or a copula saying where its bid stands ("the Angels are at eight
# years"; a name that opens a list item without its copula, "the Orioles at seven years", is not one).
_GOVERNED = re.compile(r"\b(?:of|in|from|by|for|to|with|at|on)\s+(?:the\s+)?$", re.IGNORECASE)
_MAKES = re.compile(
    r"\s*(?:,[^,()]{1,40},)?\s*(?:(?:have|has|had|reportedly|also|already|just|now|then|will|would)\s+)*"
    r"(?:(?:is|are|was|were|stands|stood)\s+(?:\w+ly\s+)?(at)\b|(\w+))",
    re.IGNORECASE,
)
# A noun of the figure's event that says whom it is from ("no other offer (including from the Nationals …)
# was more than seven years", "the bid from the Orioles was $140 million"): the name after "from" owns it.
_FROM = re.compile(r"\b([a-z]+)\s+(?:\(\s*)?(?:including\s+)?from\s+(?:the\s+)?$", re.IGNORECASE)
# Kinds of names, by the model's labels. A team, a company, a country and a people are one kind: the
# model labels a team named after its city GPE in one sentence and ORG in the next ("Nationals").
_KINDS = {"PERSON": "person", "ORG": "body", "GPE": "body", "NORP": "body", "FAC": "place", "LOC": "place"}


@cache
def _number_words() -> frozenset[str]:
    return frozenset(lexicon_words("number_words"))


@dataclass(frozen=True, slots=True)
class Name:
    """An entity name as evidence: its label (ORG, PERSON, …) and its folded words."""

    label: str
    words: frozenset[str]


class Names:
    """The entity mentions of each document, in text order, for lookups by position."""

    def __init__(self, entities: Sequence[Mention]):
        by_doc: dict[str, list[Mention]] = defaultdict(list)
        for e in entities:
            by_doc[e.doc].append(e)
        self.by_doc = {doc: sorted(found, key=lambda e: e.start) for doc, found in by_doc.items()}
        self.starts = {doc: [e.start for e in found] for doc, found in self.by_doc.items()}
        # A name's kind is the story's vote: the model calls "Teixeira" ORG in one sentence, PERSON in five.
        votes: dict[str, Counter] = defaultdict(Counter)
        for e in entities:
            votes[fold(e.text)][_KINDS.get(e.label, e.label)] += 1
        self.kind = {name: min(c, key=lambda lab: (-c[lab], lab)) for name, c in votes.items()}

    def _name(self, entity: Mention) -> Name:
        folded = fold(entity.text)
        return Name(self.kind[folded], frozenset(w for w in folded.split() if len(w) > 2))

    def __bool__(self) -> bool:
        return bool(self.by_doc)

    def owner(self, m: Mention) -> Name | None:
        """The name `m` is set beside (see the module docstring), or None."""
        found, ss = self.by_doc.get(m.doc), m.sentence_start
        if not found or ss is None:
            return None
        k = bisect_right(self.starts[m.doc], m.start) - 1
        while k >= 0 and found[k].end > m.start:  # an entity overlapping the number is not its owner
            k -= 1
        if k < 0 or found[k].start < ss:
            return self._maker_before(m, found, k)
        between = m.sentence[found[k].end - ss : m.start - ss]
        if _ATTACHED.fullmatch(between):
            return self._name(found[k])
        if (word := _POSSESSIVE_WORD.fullmatch(between)) and word[1] in words().earlier:
            return self._name(found[k])
        if self._gapped(m, found[k], between):
            return self._name(found[k])
        return self._from(m, found, k) or self._maker(m, found, k, ss)

    def _from(self, m: Mention, found: list[Mention], k: int) -> Name | None:
        """The name nearest before `m` in its sentence that a noun of its event says it is from (`_FROM`)."""
        if m.event is None:
            return None
        ss, events = m.sentence_start or 0, words().event_of
        while k >= 0 and found[k].start >= ss:
            said = _FROM.search(m.sentence[: found[k].start - ss])
            if said and events.get(singular(said[1].lower())) == m.event:
                return self._name(found[k])
            k -= 1
        return None

    def _maker(self, m: Mention, found: list[Mention], k: int, since: int) -> Name | None:
        """The name nearest before `m` from `since` on that makes a deal (`_MAKES`), when `m` is a deal's."""
        if m.kind not in _GAPPED_KINDS or (m.event is not None and m.event not in words().termed):
            return None
        ss = m.sentence_start or 0
        while k >= 0 and found[k].start >= since:
            if _makes(found[k]):
                return self._name(found[k])
            if found[k].sentence_start == ss and _GAP_OPENS.search(m.sentence[: found[k].start - ss]):
                return None  # "at $160 million, the Orioles $140 million, and the Nationals …": a list
            k -= 1
        return None

    def _maker_before(self, m: Mention, found: list[Mention], k: int) -> Name | None:
        """For a deal's figure whose sentence names no one ("The deal could be up to $180 million"), the
        maker of the sentence before ("The Red Sox have made the biggest offer in club history")."""
        if k < 0 or found[k].sentence_end is None or (m.sentence_start or 0) - found[k].sentence_end > 1:
            return None
        for e in found[k + 1 :]:  # in text order: those overlapping `m`, then its sentence's, then later ones
            if e.sentence_start == m.sentence_start and not (e.start < m.end and m.start < e.end):
                return None
            if e.start >= m.end and e.sentence_start != m.sentence_start:
                break
        return self._maker(m, found, k, found[k].sentence_start or 0)

    @staticmethod
    def _gapped(m: Mention, name: Mention, between: str) -> bool:
        """Whether `name` opens a conjunct with its verb left out and `m` is its figure (see `_GAPPED`)."""
        if m.kind not in _GAPPED_KINDS or not (gap := _GAPPED.fullmatch(between)):
            return False
        if gap[1] is not None and not (any(c.isdigit() for c in gap[1]) or gap[1].lower() in _number_words()):
            return False  # "RPG launchers, three speedboats": a list of things, not a figure of the name's
        opens = _GAP_OPENS.search(m.sentence[: name.start - (m.sentence_start or 0)])
        # A name right before a number without "the" is more often a product's ("USB 3.0", "Firewire 800").
        return opens is not None and (bool(between.strip()) or "the" in opens[0].lower().split())

    def in_sentence(self, m: Mention) -> list[Name]:
        """The names of `m`'s sentence, but for one overlapping `m`."""
        found, ss = self.by_doc.get(m.doc), m.sentence_start
        if not found or ss is None:
            return []
        se = ss + len(m.sentence)
        lo = bisect_right(self.starts[m.doc], ss - 1)
        names = []
        for e in found[lo:]:
            if e.start >= se:
                break
            if e.end <= se and not (e.start < m.end and m.start < e.end):
                names.append(self._name(e))
        return names


def _apart(a: tuple[Name | None, list[Name]], b: tuple[Name | None, list[Name]]) -> bool:
    """Two mentions are of different things when one has an owner, no name of one shares a word with a
    name of the other, and both have a name of one kind (two teams, two people)."""
    (owner_a, names_a), (owner_b, names_b) = a, b
    if owner_a is None and owner_b is None:
        return False
    left = [owner_a] if owner_a else names_a
    right = [owner_b] if owner_b else names_b
    if any(x.words & y.words for x in left for y in right):
        return False
    return any(x.label == y.label for x in left for y in right)


def parts(mentions: Sequence[Mention], owners: Sequence[Name | None], names: Names) -> dict[int, int]:
    """For each index of `mentions` whose document states its value again of another thing, the part it
    belongs to (0, 1, …); indices left out are one part with their document's other equal mentions.

    Mentions of one document and one value are taken in text order; each goes to the first part none of
    whose mentions is apart from it, else starts a new one.
    """
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if owners[i] is not None:
            groups[(m.doc, m.kind, m.unit, m.value, m.qualifier, m.grain)].append(i)
    for i, m in enumerate(mentions):  # the ownerless mentions of a value some mention owns
        key = (m.doc, m.kind, m.unit, m.value, m.qualifier, m.grain)
        if owners[i] is None and key in groups:
            groups[key].append(i)
    found: dict[int, int] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: mentions[i].start)
        evidence = {i: (owners[i], [] if owners[i] else names.in_sentence(mentions[i])) for i in members}
        split: list[list[int]] = []
        for i in members:
            for part in split:
                if not any(_apart(evidence[i], evidence[j]) for j in part):
                    part.append(i)
                    break
            else:
                split.append([i])
        if len(split) > 1:
            for n, part in enumerate(split):
                found.update(dict.fromkeys(part, n))
    return found


def owned_apart(a: Name | None, b: Name | None) -> bool:
    """Whether two claims are owned by different names of one kind ("Angels", "Nationals")."""
    return a is not None and b is not None and a.label == b.label and not a.words & b.words


def owned_events(mentions: Sequence[Mention], owners: Sequence[Name | None]) -> dict[int, str]:
    """For each index of `mentions` with an owner and no event, the event its owner's other figures of its
    kind and unit are all of, where they are of one.

    Why: a list of figures by owner often has no verb ("Other teams are the Orioles (seven years, $140
    million) and the Nationals (eight years, $160 million)"), so the figures have no event and stay thin,
    while other sources tell the same owner's figures with one ("the Orioles offered $140 million").
    What a name's figures of one kind are in a story, this one is too.
    """
    told: dict[tuple, set[str]] = defaultdict(set)  # by kind, unit, and a word of the owner's kind
    for m, owner in zip(mentions, owners, strict=True):
        if owner is not None and m.event is not None:
            for word in owner.words:
                told[(m.kind, m.unit, owner.label, word)].add(m.event)
    found = {}
    for i, (m, owner) in enumerate(zip(mentions, owners, strict=True)):
        if owner is None or m.event is not None:
            continue
        events = set().union(*(told.get((m.kind, m.unit, owner.label, w), ()) for w in owner.words))
        if len(events) == 1:
            found[i] = events.pop()
    return found


def same_owner(a: Name, b: Name) -> bool:
    """Whether two owners are one name ("Nationals", "Washington Nationals")."""
    return a.label == b.label and bool(a.words & b.words)


def _makes(name: Mention) -> bool:
    """Whether `name` is the subject of a verb that makes a deal (`_MAKES`)."""
    ss = name.sentence_start or 0
    if _GOVERNED.search(name.sentence[: name.start - ss]):
        return False  # "the Angels of Anaheim offered": the name in a phrase is not the subject
    verb = _MAKES.match(name.sentence, name.end - ss)
    return verb is not None and (verb[1] is not None or verb[2].lower() in words().makers)
