"""Typed records shared by every stage: ingest → extract → reconcile → render.

The field names of `Mention`, `Entity`, `Fact` and `Claim` are the public output contract (CONTRACT.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    """What a mention is."""

    ENTITY = "entity"
    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"
    DATE = "date"
    DURATION = "duration"


ALL_KINDS = frozenset(Kind)


class Qualifier(StrEnum):
    """How the text bounds a number ("more than 30" → MORE_THAN)."""

    EXACT = "exact"
    APPROX = "approx"
    NEARLY = "nearly"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    RANGE = "range"  # "between $10 and $20", "10-15%": value is the midpoint, low and high the ends


class Grain(StrEnum):
    """The precision a date is stated at."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"
    CENTURY = "century"


class Status(StrEnum):
    """How the sources of one fact relate; the order is the display order (disagreements first)."""

    CONFLICT = "conflict"
    COMPATIBLE = "compatible"
    AGREE = "agree"
    SINGLE = "single"


class Tense(StrEnum):
    """The tense of the clause a relative date sits in; it decides which Monday "Monday" is."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Document:
    """One article as read.

    `text` is the decoded text; every offset in factx points into it. `furniture` lists the
    (start, end) ranges judged page furniture (teasers, rating widgets, share lines); they are
    masked, not cut, so offsets stay valid. `dateline` is the range of a byline or "published on"
    line: a date there dates the article and is not a fact of the story. `duplicate_of` names an earlier
    document with the same text (a wire copy run twice): it is shown but not counted as a second source.
    """

    id: str
    text: str
    path: str | None = None
    published: date | None = None
    published_from: str | None = None
    source: str | None = None
    url: str | None = None
    furniture: tuple[tuple[int, int], ...] = ()
    dateline: tuple[int, int] | None = None
    duplicate_of: str | None = None


@dataclass(frozen=True)
class Mention:
    """One extracted mention with its normalized value (CONTRACT.md, `factx extract`).

    `precision` is the rounding step a number is stated at ("$2.5 billion" → 1e8; 0 when exact).
    `context` holds the content lemmas and entity names of the sentence and `head` the governing verb's
    lemma; reconciliation clusters claims by them. `sentence` is the sentence, or a window of it around the
    mention when it is very long (`factx.window`); `sentence_start` and `sentence_end` are the whole
    sentence's offsets. `measure`, `event`, `anchors` and `time` are the mention's claim frame
    (`factx.frames`): what it counts, the event it belongs to, the entities and year of its clause;
    `earlier` marks a figure the text presents as superseded ("initially said 30", "up from 30").
    """

    doc: str
    kind: Kind
    label: str
    text: str
    start: int
    end: int
    sentence: str
    value: float | str | None = None
    low: float | str | None = None
    high: float | str | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    grain: Grain | None = None
    precision: float | None = None
    context: tuple[str, ...] = ()
    head: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    measure: str | None = None
    event: str | None = None
    anchors: tuple[str, ...] = ()
    time: str | None = None
    earlier: bool = False


@dataclass(frozen=True)
class Variant:
    """One surface form of an entity and where it was seen."""

    text: str
    docs: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class Entity:
    """One real-world entity across all documents."""

    id: str
    name: str
    type: str
    docs: tuple[str, ...]
    mentions: int
    spelling_variants: bool = False
    variants: tuple[Variant, ...] = ()
    ambiguous: bool = False


@dataclass(frozen=True)
class Claim:
    """One document's statement of a fact; `disagrees` marks a claim that the other sources contradict and
        `earlier` a figure its document gives as superseded by a later one (shown, not counted in the status);
        `duplicate_of` names the document this one copies (shown, not counted as a source). A document that states
    the fact more than once gives one claim, at its first statement; `also` points at the others."""

    doc: str
    text: str
    start: int
    end: int
    sentence: str
    value: float | str | None
    low: float | str | None
    high: float | str | None
    qualifier: Qualifier | None
    grain: Grain | None = None
    precision: float | None = None
    repeats: int = 1
    disagrees: bool = False
    earlier: bool = False
    duplicate_of: str | None = None
    also: tuple[tuple[int, int], ...] = ()  # (start, end) of the document's other statements of this value


@dataclass(frozen=True)
class Fact:
    """One quantity or date as stated across sources, with how the sources relate.

    `about` is a short phrase saying what is measured; `why` says in one sentence what makes the status.
    """

    id: str
    kind: Kind
    about: str
    unit: str | None
    status: Status
    claims: tuple[Claim, ...]
    why: str = ""

    @property
    def sources(self) -> int:
        """The number of documents that state this fact, a copy of another counted once."""
        return len({c.duplicate_of or c.doc for c in self.claims})


@dataclass(frozen=True)
class Table:
    """The consolidated result of `factx reconcile`."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
