"""Claims (money, count, percent and date mentions) → facts stated across documents.

What a claim is about decides its fact; the values decide the status (DESIGN.md, "Claim frames"). Claims are
blocked by kind and measure (`person` for people, Palestinians and the dead; a currency's bare sign for
USD, CAD and "$"; the unit otherwise). Within a block, claims whose frames match (the same event, the same
group, no conflicting year or anchors) are paired whatever their values; claims whose events are different
classes, whose currency codes differ, or whose groups differ at different numbers are never paired, nor a
year with a day. Where frames are thin (no
event, or only unlike predicates), claims are sorted by value and compared with their nearest neighbours in
value order, the score being how close the values are times how alike the contexts are. Either way the work
grows as n·log n plus the size of the frame groups, which are capped. Pairs are joined best first (among
claims of one frame, those whose values agree first), never putting two different values from one
document into one fact, nor two mentions of one value that the document states of two owners
("the Orioles (seven years) and Nationals (eight years)": `owners.py`).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache, partial
from itertools import chain

from factx.frame_measures import MAGNITUDE, PERSON, currency_family, thing_family
from factx.frame_products import Variant, variant_of, variants_apart
from factx.frame_words import is_anchored, is_event_class, is_placeless, is_rate, kin, kin_pairs
from factx.kinds import FACT_KINDS, SPEC, comparable
from factx.lexicon import lexicon
from factx.model import Claim, Fact, Grain, Kind, Mention, Qualifier, Status
from factx.normalize.measure_units import is_base, qualified_bare
from factx.reconcile.ages import AGE, BIRTHDAY, COMING_AGE, birthdays, is_coming_age
from factx.reconcile.collector import without_collector
from factx.reconcile.date_events import date_event
from factx.reconcile.deictic import told_alike
from factx.reconcile.entities import canonical_name
from factx.reconcile.explain import about_of, explain
from factx.reconcile.floating import MONTHDAY, WEEKDAY, floating, floating_status, on_scales, slot_of
from factx.reconcile.headline_slips import in_headline, slips
from factx.reconcile.lost_signs import name_lost_signs
from factx.reconcile.open_dates import is_open, named_period
from factx.reconcile.owners import Name, Names, owned_apart, owned_events, parts, same_owner
from factx.reconcile.status import Interval, aged_intervals, fact_status
from factx.reconcile.terms import terms
from factx.reconcile.workers import cluster_blocks

NEIGHBOURS = 8  # each claim is compared with this many next claims in value order
# Value closeness is exp(-gap / VALUE_SCALE), the gap being log((y + s) / (x + s)) with s = VALUE_SMOOTHING,
# so small counts a few apart (3 vs 4 deaths) stay comparable while 15 and 30 countries do not.
VALUE_SCALE = 0.15
VALUE_SMOOTHING = 10.0
# An open claim ("more than 100") is as close as can be to a value it admits within this ratio (120).
OPEN_RATIO = 1.5
DATE_SCALE_DAYS = 7.0
MAX_VALUE_SPREAD = 1.6
MAX_DATE_GAP_DAYS = 14
# A pair's score is closeness × (base + (1 - base) × context similarity). A number that matches is strong
# evidence on its own (same money amount, same count of the same thing); a date that overlaps is not, since a
# story's events crowd the same days, so dates need context in common too.
NUMBER_CONTEXT_BASE = 0.6
DATE_CONTEXT_BASE = 0.3
# Two sources giving the very same date (value and grain) need less context in common, though some: a
# story's events crowd a few days, but one day stated alike by two outlets is most often one fact.
DATE_SAME_BASE = 0.42
JOIN_THRESHOLD = 0.42
SAME_WORDS = 0.8  # two dates' contexts this alike are told in the same words
# Claims with matching frames join whatever their values, within this ratio (a story's toll of 40 and a war's
# toll of 4,000 share a frame but not a fact) and, for dates, within MAX_DATE_GAP_DAYS.
MAX_FRAME_SPREAD = 4.0
FRAME_SCORE = 1.0  # above any value-and-context score, so frame pairs join first
VALUES_AGREE = 2.0  # more than any context similarity (at most 1): frame pairs whose values agree join first
# Among those, a pair that states the very same value in the same terms ("at least $160 million" twice) joins
# before one whose open bound merely admits the other's figure ("at least $160 million", "$161 million"); and
# claims of kin events ("offer", "price": a deal offered) that state the same value that way are as close as
# one frame whose values only agree (so a claim of each kind never goes to another thing's fact first).
SAME_STATEMENT = 3.0
KIN_SAME_STATEMENT = 1.5
# Claims of one frame that one name owns ("the Nationals (eight years)", "no offer from the Nationals was more
# than seven years") join before claims whose values merely lie close: whose figure it is says which fact.
SAME_OWNER = 1.0
# Counts of one thing at different values (`_thing_pairs`) come after every other pair: this × similarity.
THING_SCORE = 0.1
FRAME_GROUP_ALL_PAIRS = 120  # frame groups up to this size compare all pairs; larger ones a window
FRAME_WINDOW = 24
ABOUT_WORDS = 5
MIN_MOVED_DIGITS = 2  # digits two figures must share to be one figure with its decimal point moved
MAX_POINT_SHIFT = 3  # places a decimal point may move ("1.2" and "12", "1.200" and "1,200")
_DIGITS = re.compile(r"\D")
AGE_SLIP_YEARS = 1  # ages of no common name further apart than this are of two people
AGED_WHY = "Ages told more than a month apart are compared as of the date of the earliest article."
_OPEN = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST)
STATUS_ORDER = {s: i for i, s in enumerate(Status)}


@dataclass(slots=True)
class _Item:  # built once per claim and read in the inner loop: slots, not frozen
    index: int
    mention: Mention
    lo: float
    hi: float
    point: float
    features: frozenset[str]
    doc: str
    key: tuple
    weight: float = 0.0
    event: str | None = None
    strong: bool = False  # the event is a class of frames.json, not a bare predicate
    group: str | None = None
    family: str | None = None  # of a counted object (`thing_family`): rifles and grenades never join
    anchors: frozenset[str] = frozenset()
    time: str | None = None
    currency: str | None = None  # a code in a block of its symbol ("USD" among "$"): two codes never join
    owner: Name | None = None  # the name the number is set beside (`owners.py`)
    term: tuple | None = None  # the length a deal's sum is told with (`terms.py`)
    variant: Variant | None = None  # a price's model: (size, product line, tier)
    dockey: tuple = ()  # what one document's claims in one fact must share: the key (and the part)
    placed: bool = False  # a measure of no event ("4 miles from Cobb"): its anchors say what it is of


@lru_cache(maxsize=65536)
def _day(iso: str) -> float:  # a story's claims name few days, each many times
    return float(date.fromisoformat(iso).toordinal())


def _features(m: Mention) -> frozenset[str]:
    return frozenset((*m.context, "^" + m.head)) if m.head else frozenset(m.context)


def _start(m: Mention) -> int:
    return m.start


@lru_cache(maxsize=65536)
def _anchor_words(anchors: tuple[str, ...]) -> frozenset[str]:
    """The words of the anchor names, folded and with aliases told one way (`canonical_name`): "Los Angeles
    Angels" and "Angels" share one, "Salonika" and "Thessaloniki" too."""
    if not anchors:
        return frozenset()
    return frozenset(w for a in anchors for w in canonical_name(a).split() if len(w) > 2)


def _item(
    index: int,
    m: Mention,
    features: frozenset[str],
    idf: dict[str, float],
    floating_range: tuple[str, float, float] | None = None,
) -> _Item:
    key = (m.value, m.qualifier, m.grain)
    weight = sum(map(idf.__getitem__, features))
    group = m.measure.partition(":")[2] or None if m.measure else None
    variant = variant_of(group) if m.kind is Kind.MONEY or (group and group[:1] == "@") else None
    frame = (
        {
            "event": m.event,
            "strong": m.kind is not Kind.DATE and is_event_class(m.event),
            "group": None if variant else group,  # a model is compared slot by slot (`variants_apart`)
            "variant": variant,
            "family": thing_family(m.measure),
            "anchors": _anchor_words(m.anchors),
            "time": m.time,
        }
        if m.event or m.measure or m.anchors or m.time
        else _NO_FRAME
    )
    if m.event == AGE and is_coming_age(m):  # "turns 29": never one fact with the age now
        frame = {**frame, "event": COMING_AGE, "strong": True}
    # An earlier figure ("initially said 30") may sit in one fact with its document's later one.
    doc = m.doc + _EARLIER if m.earlier else m.doc
    if floating_range is not None:  # an unresolved date, on its own scale (`floating.py`)
        _, lo, hi = floating_range
        text = (m.text.lower(),)
        return _Item(index, m, lo, hi, lo, features, doc, text, weight, dockey=text, **frame)
    if m.kind is Kind.DATE:
        if m.qualifier is not None and is_open(m):  # by the period it names (`open_dates.py`)
            lo, hi = (float(d.toordinal()) for d in named_period(m))
        else:
            lo, hi = _day(str(m.low)), _day(str(m.high))
        return _Item(index, m, lo, hi, lo, features, doc, key, weight, dockey=key, **frame)
    v = float(m.value)
    if m.qualifier in _OPEN or m.low is None or m.high is None:
        lo = hi = v
    else:
        lo, hi = float(m.low), float(m.high)
    half = (m.precision or 0) / 2
    dockey = (m.value, _POINT, m.grain) if m.qualifier in _POINTS else key
    item = _Item(index, m, lo - half, hi + half, v, features, doc, key, weight, dockey=dockey, **frame)
    if m.kind is Kind.MONEY and m.unit and currency_family(m.unit) != m.unit:
        item.currency = m.unit
    item.placed = m.kind is Kind.COUNT and m.event is None and is_base(m.unit)
    return item


# "approximately $334 million" in an article's body and "$334 million" in its headline are one figure told
# twice, not two (as are "an estimated two million euros" and "two million euros"): one document's claims of
# a value that state it as a point, hedged or not, share a key.
_POINTS = frozenset({Qualifier.EXACT, Qualifier.APPROX})
_POINT = "point"
_APART, _THIN, _SAME = 0, 1, 2
_NO_FRAME: dict = {}
_EARLIER = "\x00earlier"


def _relation(a: _Item, b: _Item) -> int:
    """How the frames of two claims relate: apart (never one fact), thin (the values and contexts decide) or
    the same (one fact whatever the values)."""
    # Other years are other facts, but one figure two outlets set in years next to each other (`_year_slip`).
    if (
        a.time
        and b.time
        and a.time != b.time
        and not (a.point == b.point and a.doc != b.doc and _year_slip({a.time, b.time}))
    ):
        return _APART
    if a.owner is not None and owned_apart(a.owner, b.owner):
        return _APART  # "Nationals (eight years)" and "Angels (eight years)"
    if a.term is not None and b.term is not None and a.term != b.term and a.point != b.point:
        return _APART  # "$140 million over seven years", "eight years and around $160 million"
    if a.currency and b.currency and a.currency != b.currency:
        return _APART
    if variants_apart(a.variant, b.variant):
        return _APART  # the 13-inch model's price and the 15-inch one's, the Air's and the Pro's
    # Two groups ("four men", "four robbers") are one count only when they give the same number: "more
    # than 300 crew" must not meet "some 420 passengers" because the open end admits it.
    if a.group and b.group and a.group != b.group and a.point != b.point:
        return _APART
    # "two rifles" and "two grenades" are two counts, though "two machine guns" may be the rifles.
    if a.family and b.family and a.family != b.family:
        return _APART
    if is_rate(a.event) != is_rate(b.event):
        return _APART  # "averaged more than 30 homers" is not the season's 33
    if (a.placed and is_placeless(b.event)) or (b.placed and is_placeless(a.event)):
        return _APART  # a depth ("one mile below ground") is no distance between places ("one mile north")
    if a.event is None or b.event is None:
        return _THIN
    if a.event != b.event:
        if a.strong and b.strong and not kin(a.event, b.event):
            return _APART
        return _THIN
    if a.group != b.group:
        return _THIN
    if _anchors_apart(a, b):
        return _THIN
    if is_anchored(a.event) and not a.anchors & b.anchors:
        # Two ages are one frame only when they are of someone named in both; without one, ages more than a
        # birthday apart are two people ("Smith, 48" and "a 50-year-old man from Dexter"), not one's age
        # told two ways: a story gives many people's ages, each told exactly.
        return _APART if abs(a.point - b.point) > AGE_SLIP_YEARS else _THIN
    if a.point != b.point and _size_open_on_one(a.variant, b.variant):
        return _THIN  # "the 15-inch sells for $1,499" and a new line's "starts at $2,199"
    return _SAME


def _size_open_on_one(a: Variant | None, b: Variant | None) -> bool:
    """Whether one of two prices names its model's size and the other leaves it open: the open one may be of
    another model (`variants_apart` lets it join either), so at another value the two are no disagreement by
    their frames alone; their values and words decide."""
    return a is not None and b is not None and (a[0] is None) != (b[0] is None)


def _other_things(a: _Item, b: _Item) -> bool:
    """Whether two claims are about different things by their frames: other events and anchors that share
    no word ("$2.5 million" lifted at Cap d'Antibes, "$2.5 million" seized in Paris). An equal value then
    proves nothing: one number may well be stated of two things in one story."""
    return bool(a.event and b.event and a.event != b.event and _anchors_apart(a, b))


def _year_slip(times: set[str]) -> bool:
    """Whether the years two sources set one figure in are next to each other ("voters in 2009 approved a $3
    million bond", "in 2010 approved a $3 million bond"): one figure whose year they disagree on (its own
    date fact shows that), not a figure of each year. Further apart, or given by one article, they are two."""
    if len(times) != 2 or not all(t.isdigit() for t in times):
        return False
    low, high = sorted(int(t) for t in times)
    return high - low == 1


def _anchors_apart(a: _Item, b: _Item) -> bool:
    """Whether both claims name anchors and none in common. Of two measures of no event ("4 miles from
    Cobb") with values that differ, this says they are two distances, not one told two ways; an equal value
    may still be one measure whose clauses happen to name other places ("50 miles north of Detroit", "about
    50 miles, near Flint")."""
    return bool(a.anchors and b.anchors and not a.anchors & b.anchors)


_COARSE = frozenset({Grain.YEAR, Grain.DECADE})
_FINE = frozenset({Grain.DAY, Grain.WEEK})


def _grains_apart(a: _Item, b: _Item) -> bool:
    """A year and a day are never one date fact: "2012" holds "February 29, 2012" but says another thing
    (the year a deal closes, a car's model year), and joining them hides the day's own disagreements.
    Nor are two dates of different grains that share no day: a month is a less precise way of telling a
    day only when it holds it, so "in July alone, they lost $300,000" is another time than "lost part of
    its history on Tuesday" (August 7), however alike the verbs. An open date counts by the days it
    admits: "by the end of 2012" may be told of a thing due in March 2012, "after 2012" may not."""
    ga, gb = a.mention.grain, b.mention.grain
    if (ga in _COARSE and gb in _FINE) or (gb in _COARSE and ga in _FINE):
        return True
    if (_years_long(a) and b.lo == b.hi) or (_years_long(b) and a.lo == a.hi):
        return True  # "in the past two years" is the time a thing went on, no day it happened on
    if ga is None or gb is None or ga == gb:
        return False
    (alo, ahi), (blo, bhi) = _admitted(a), _admitted(b)
    return ahi < blo or bhi < alo


DAYS_IN_YEAR = 365


def _years_long(it: _Item) -> bool:
    """Whether a date claim that is no open date spans a year or more of days ("the past two years")."""
    return it.mention.kind is Kind.DATE and not is_open(it.mention) and it.hi - it.lo + 1 >= DAYS_IN_YEAR


def _admitted(it: _Item) -> tuple[float, float]:
    """The days a date claim admits: for an open one ("by the end of 2012") all of its open side, not the
    period it names (`open_dates.named_period`), which only places it among the story's dates."""
    m = it.mention
    if m.kind is not Kind.DATE or m.qualifier is None or not is_open(m):
        return it.lo, it.hi
    low = -math.inf if m.low is None else _day(str(m.low))
    return low, math.inf if m.high is None else _day(str(m.high))


def _admits(open_item: _Item, other: _Item) -> bool:
    m = open_item.mention
    v, p = open_item.point, other.point
    if m.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return v <= p <= v * OPEN_RATIO
    if m.qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return v / OPEN_RATIO <= p <= v
    return False


def _admits_either(a: _Item, b: _Item) -> bool:
    return _admits(a, b) or _admits(b, a)


def _closeness(a: _Item, b: _Item, is_date: bool) -> float:
    gap_lo, gap_hi = (a, b) if a.hi < b.lo else (b, a)
    if gap_lo.hi >= gap_hi.lo:
        return 1.0
    if is_date:
        return math.exp(-(gap_hi.lo - gap_lo.hi) / DATE_SCALE_DAYS)
    if _admits_either(a, b):
        return 1.0
    x, y = gap_lo.hi, gap_hi.lo
    if x < 0:
        return 0.0
    return math.exp(-math.log((y + VALUE_SMOOTHING) / (x + VALUE_SMOOTHING)) / VALUE_SCALE)


def _similarity(a: _Item, b: _Item, idf: dict[str, float]) -> float:
    """Weighted Jaccard of the two contexts; each item's total weight is computed once."""
    shared = sum(map(idf.__getitem__, a.features & b.features))
    union = a.weight + b.weight - shared
    return shared / union if union > 0 else 0.0


class _Clusters:
    """Union-find over items that keeps, per cluster, each document's value and the value spread. Per-cluster
    state is kept in lists indexed by the cluster's root, the frame sets in dicts of the few roots that have
    them: a million frameless claims pay for no dict of a million entries."""

    def __init__(self, items: Sequence[_Item], is_date: bool):
        self.parent = list(range(len(items)))
        self.members: list[list[_Item] | None] = [[it] for it in items]
        self.docs: list[dict | None] = [{it.doc: (it.dockey, _restated(it))} for it in items]
        # (lowest point, highest point, latest start, earliest end, narrowest claim in days)
        self.span: list[tuple | None] = [
            (it.point, it.point, *_admitted(it), it.hi - it.lo + 1) for it in items
        ]
        # Frames only where claims have them: synthetic or frameless claims pay nothing for these.
        self.events = {i: {it.event} for i, it in enumerate(items) if it.strong}
        self.times = {i: {it.time} for i, it in enumerate(items) if it.time}
        self.currencies = {i: {it.currency} for i, it in enumerate(items) if it.currency}
        self.owners = {i: {it.owner} for i, it in enumerate(items) if it.owner is not None}
        self.variants = {i: {it.variant} for i, it in enumerate(items) if it.variant is not None}
        self.is_date = is_date
        # Each date cluster's own events ("price", "hold"): one event each may stay two (`_two_facts`).
        self.told = {i: {it.event} for i, it in enumerate(items) if is_date and it.event is not None}

    def _fits(self, ra: int, rb: int, spread: float) -> bool:
        da, db = self.docs[ra], self.docs[rb]
        # The documents in both, found in C; then whether each states one value in both.
        if not da.keys().isdisjoint(db) and not all(
            _one_statement(da[d], db[d]) for d in da.keys() & db.keys()
        ):
            return False
        times, events, currencies = self.times, self.events, self.currencies
        pa, pb = self.span[ra], self.span[rb]
        if ra in times and rb in times and len(years := times[ra] | times[rb]) > 1:
            one_value = not self.is_date and pa[0] == pa[1] == pb[0] == pb[1]
            if not (one_value and _year_slip(years)):
                return False
        if ra in currencies and rb in currencies and currencies[ra] != currencies[rb]:
            return False
        owners = self.owners
        if ra in owners and rb in owners and any(owned_apart(x, y) for x in owners[ra] for y in owners[rb]):
            return False  # an ownerless claim does not bridge the Angels' figure and the Nationals'
        variants = self.variants
        if (
            ra in variants
            and rb in variants
            and any(variants_apart(x, y) for x in variants[ra] for y in variants[rb])
        ):
            return False  # a price of no named model does not bridge two models' prices
        if (
            ra in events
            and rb in events
            and events[ra] != events[rb]
            and not all(a == b or kin(a, b) for a in events[ra] for b in events[rb])
        ):
            return False
        if self.is_date:
            gap = max(pa[2], pb[2]) - min(pa[3], pb[3])
            if gap > 0 and self._two_facts(ra, rb):
                return False  # two events' dates that share no day: two facts
            return gap <= _date_gap_allowed(pa[4], pb[4])
        lo, hi = min(pa[0], pb[0]), max(pa[1], pb[1])
        if lo == hi or (lo > 0 and hi / lo <= spread):
            return True
        # A value inside a cluster's own range stretches nothing: a fourth "20,000" joins the fact where
        # others said 20,000 and one 50,000, though 50,000 / 20,000 is more than a thin join may span.
        return (pa[0] <= pb[0] and pb[1] <= pa[1]) or (pb[0] <= pa[0] and pa[1] <= pb[1])

    def _two_facts(self, ra: int, rb: int) -> bool:
        """Whether two date clusters are each a fact of one event, told by several sources, and the events
        differ (`_fits` asks only when they share no day): "bought InfiniBand assets in January" and "last
        month" (two sources) and "held an event with Intel last month" (two others) are two dates, whatever
        words a fifth sentence shares with both."""
        told, docs = self.told, self.docs
        return (
            ra in told
            and rb in told
            and len(told[ra]) == len(told[rb]) == 1
            and told[ra] != told[rb]
            and len(docs[ra]) > 1
            and len(docs[rb]) > 1
        )

    def join_all(self, pairs: Iterable[tuple]) -> None:
        """Join each pair's items (`pair[3]`, `pair[4]`) in the order given, when they fit at most `pair[5]`
        apart; a pair with a true `pair[6]` only when one side holds one document's claims (`_thing_pairs`).
        Most pairs of a long run of one value are already in one cluster: a root is found inline, fast."""
        parent, members, docs, span = self.parent, self.members, self.docs, self.span
        kept = (self.events, self.times, self.currencies, self.owners, self.variants, self.told)
        for pair in pairs:
            ra, rb = pair[3], pair[4]
            while parent[ra] != ra:
                parent[ra] = parent[parent[ra]]
                ra = parent[ra]
            while parent[rb] != rb:
                parent[rb] = parent[parent[rb]]
                rb = parent[rb]
            if ra == rb or (len(pair) > 6 and pair[6] and min(len(docs[ra]), len(docs[rb])) > 1):
                continue
            if not self._fits(ra, rb, pair[5]):
                continue
            if len(members[ra]) < len(members[rb]):
                ra, rb = rb, ra
            parent[rb] = ra
            members[ra].extend(members[rb])
            into, moved = docs[ra], docs[rb]
            twice = {doc: into[doc] for doc in moved.keys() & into.keys()}  # one statement told twice
            into.update(moved)
            for doc, stated in twice.items():
                into[doc] = _finer(stated, moved[doc])
            members[rb] = docs[rb] = None
            for frames in kept:
                if rb in frames:
                    frames.setdefault(ra, set()).update(frames.pop(rb))
            pa, pb = span[ra], span[rb]
            span[rb] = None
            span[ra] = (
                min(pa[0], pb[0]),
                max(pa[1], pb[1]),
                max(pa[2], pb[2]),
                min(pa[3], pb[3]),
                min(pa[4], pb[4]),
            )

    def groups(self) -> list[list[_Item]]:
        return [sorted(m, key=lambda it: it.index) for m in self.members if m is not None]


_HEDGES = frozenset({Qualifier.EXACT, Qualifier.APPROX, Qualifier.AT_LEAST, Qualifier.AT_MOST, None})
# A sum is told rounded ("$2.6 million" for 2,660,000), so "over $2.6 million" restates it too.
_SUM_HEDGES = _HEDGES | {Qualifier.MORE_THAN, Qualifier.LESS_THAN}


def _restated(it: _Item) -> tuple | None:
    """What a number of one frame is, whatever hedge the text puts on it: a story's lead says "at least
    three people were killed" and its later paragraph "the three died", one figure told twice. Only
    counts, only hedges that admit the figure itself ("more than three" does not), and only with an
    event: a bare "20,000 people" and "as many as 20,000 people" may be two crowds. Sums too, of a class
    no one owns ("jewels valued at over $2.6 million" and "the $2.6 million heist"), with any bound, as a
    sum is told rounded; but not a bare predicate's nor an owned one: "at least $160 million" from one
    bidder and "$160 million" from another are two offers. The figure's place and year go with it
    (`_restates`): "three people were killed in Kabul" and "in Kandahar, three people were killed" are
    two attacks of one article, however alike the words."""
    m = it.mention
    if it.event is None:
        return None
    if m.kind is Kind.MONEY:
        if not it.strong or it.owner is not None or m.qualifier not in _SUM_HEDGES:
            return None
    elif m.kind is not Kind.COUNT or m.qualifier not in _HEDGES:
        return None
    return (m.value, it.event, m.measure, it.dockey[3:]), it.anchors, it.time, in_headline(m)


def _restates(a: tuple | None, b: tuple | None) -> bool:
    """Whether two `_restated` figures of one document are one: the same figure of the same event, or a
    headline's figure that slips a little from its body's (`headline_slips`), with no places that share no
    word and no two years. A later paragraph that names no place ("the three died") restates the lead
    that does."""
    if a is None or b is None:
        return False
    if a[0] != b[0] and not (a[3] != b[3] and a[0][1:] == b[0][1:] and slips(a[0][0], b[0][0])):
        return False
    if a[1] and b[1] and not a[1] & b[1]:
        return False
    return not (a[2] and b[2] and a[2] != b[2])


def _told_both(a: tuple | None, b: tuple | None) -> tuple | None:
    """One `_restated` figure for two that restate each other (`_restates`): the places and year either
    names, so a third claim must fit both ("three" with no place does not bridge Kabul and Kandahar)."""
    if a is None or b is None:
        return a or b
    return a[0], a[1] | b[1], a[2] or b[2], a[3] and b[3]


_PERIODS = frozenset({Grain.CENTURY, Grain.DECADE, Grain.YEAR, Grain.HALF, Grain.QUARTER, Grain.SEASON})


def _period_stem(key: tuple) -> str | None:
    """What a key of a period longer than a month writes of it ("193" of the 1930s, "1935", "2012-H2");
    None for any other key (a month, a day, an open date)."""
    if len(key) != 3 or key[1] is not None or key[2] not in _PERIODS or not isinstance(key[0], str):
        return None
    return key[0].rstrip("X")


def _nested(x: tuple, y: tuple) -> bool:
    """Whether keys `x` and `y` are a period and a part of it, one date told at two precisions ("built in
    the 1930s" and, further down, "constructed in 1935"; "in the second half of the year" and "towards the
    end of this year")."""
    sx, sy = _period_stem(x), _period_stem(y)
    if sx is None or sy is None:
        return False
    short, long = sorted((sx, sy), key=len)
    return short.isdigit() and long.startswith(short)


def _one_statement(a: tuple, b: tuple) -> bool:
    """Whether two (key, restated) pairs of one document may sit in one fact: the same key, one figure of
    one event told with and without a hedge (`_restated`), or one date at two precisions (`_nested`). Any
    other two values of one document are two facts."""
    return a[0] == b[0] or _restates(a[1], b[1]) or _nested(a[0], b[0])


def _finer(a: tuple, b: tuple) -> tuple:
    """Of two (key, restated) pairs of one statement (`_one_statement`), the one with the more precise key:
    what a further claim of the document must then match ("1936" may not join where the document said 1935
    and the 1930s); of a figure told twice, the places and year of both (`_told_both`)."""
    sa, sb = _period_stem(a[0]), _period_stem(b[0])
    key = b[0] if sa is not None and sb is not None and len(sb) > len(sa) else a[0]
    return key, _told_both(a[1], b[1]) if _restates(a[1], b[1]) else a[1]


def _date_gap_allowed(width_a: float, width_b: float) -> float:
    """How many days may lie between two date clusters that join. Days and weeks: MAX_DATE_GAP_DAYS. Coarser
    dates are told on their own scale: "2009", "2010" and "last year" (2011) of one frame are one fact whose
    sources disagree by a year, as "March" and "April" are by a month; so the gap may reach one period of
    the narrowest claim. Only claims of one frame get that far: a thin pair's closeness already fades
    within a week (DATE_SCALE_DAYS)."""
    return max(MAX_DATE_GAP_DAYS, min(width_a, width_b) + 1)


def _values_agree(a: _Item, b: _Item, is_date: bool) -> bool:
    """Whether each of two claims admits the value the other states: "around $160 million" and "at least $160
    million" do; "about $160 million" and "$140-150 million" only overlap at the edges of their ranges. A
    strict bound does not admit its own figure: "less than the $184 million reported" is no "$184 million"."""
    if not is_date and (_excludes(a, b) or _excludes(b, a)):
        return False
    if a.lo <= b.point <= a.hi and b.lo <= a.point <= b.hi:
        return True
    if is_date:
        return False
    # Two bounds of one side admit each other's figure only when equal: "no offer was more than eight
    # years" admits seven, but "no other offer was more than seven years" does not admit eight.
    if a.mention.qualifier in _OPEN and b.mention.qualifier in _OPEN:
        return _admits(a, b) and _admits(b, a)
    return _admits_either(a, b)


_STRICT = frozenset({Qualifier.MORE_THAN, Qualifier.LESS_THAN})


def _excludes(a: _Item, b: _Item) -> bool:
    """Whether `a` is a strict bound ("more than 15", "less than $184 million") and `b` states its very
    figure otherwise ("15", "$184 million")."""
    qualifier = a.mention.qualifier
    return qualifier in _STRICT and b.point == a.point and b.mention.qualifier != qualifier


def _point_moved(a: _Item, b: _Item) -> float:
    """The power of ten two figures of one frame differ by when they are the same digits with the decimal
    point moved or lost ("a depth of 1.2 miles", "a depth of 12 miles"), else 0: a slip in one telling
    of one figure, not two figures. Two or more digits must match, so "1" and "10" are not such a pair."""
    da, db = _DIGITS.sub("", a.mention.text), _DIGITS.sub("", b.mention.text)
    if len(da) < MIN_MOVED_DIGITS or da != db or "." not in a.mention.text + b.mention.text:
        return 0.0
    lo, hi = sorted((a.point, b.point))
    if lo <= 0:
        return 0.0
    power = math.log10(hi / lo)
    shift = round(power)
    return 10.0**shift if 1 <= shift <= MAX_POINT_SHIFT and abs(power - shift) < 1e-6 else 0.0


def _frame_pairs(items: list[_Item], idf: dict[str, float], is_date: bool) -> list[tuple]:
    """Pairs of claims with the same frame, whatever their values: all pairs within a group of one event,
    or, in a very large group, each claim with its next FRAME_WINDOW claims in value order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for k, it in enumerate(items):
        if it.event is not None:
            groups[it.event].append(k)
    pairs = []
    for members in groups.values():
        members.sort(key=lambda k: (items[k].point, items[k].index))
        window = len(members) if len(members) <= FRAME_GROUP_ALL_PAIRS else FRAME_WINDOW
        for n, ka in enumerate(members):
            a = items[ka]
            for kb in members[n + 1 : n + 1 + window]:
                b = items[kb]
                if a.doc == b.doc or _relation(a, b) != _SAME or (is_date and _grains_apart(a, b)):
                    continue
                agrees, score = _frame_score(a, b, is_date)
                score += _similarity(a, b, idf)
                score += SAME_STATEMENT if a.key == b.key and not is_date else 0.0
                score += SAME_OWNER if a.owner and b.owner and same_owner(a.owner, b.owner) else 0.0
                # A class of events ("price") spans many things of a story (each player's contract, each
                # model's price): without an anchor in common, values far apart are then more likely two
                # things than one told two ways. A bare predicate ("march") is narrow enough on its own.
                broad = a.strong and not a.anchors & b.anchors
                spread = MAX_VALUE_SPREAD if broad else MAX_FRAME_SPREAD
                if not agrees and (shift := _point_moved(a, b)):
                    spread = max(spread, shift * MAX_VALUE_SPREAD)  # "1.2 miles" deep and "12 miles"
                pairs.append((-score, a.index, b.index, ka, kb, spread))
    if not is_date:  # dates told alike pair by their words (SAME_WORDS), not by kin events
        pairs.extend(_kin_pairs(items, groups, idf))
    return pairs


def _frame_score(a: _Item, b: _Item, is_date: bool) -> tuple[bool, float]:
    """Whether two claims of one frame agree, and their pair's score before context and bonuses.

    Among claims of one frame, those whose values agree join first: a document that gives two values of one
    frame ("eight years", "seven years" offered) states two facts, and a third source's "eight years"
    belongs with the eight, whatever its words have in common with the seven. Then, of values that differ,
    the nearest: "4.4" told of a quake others put at 4.6 is their figure told otherwise sooner than a 3.0
    one article gives of an older quake."""
    agrees = _values_agree(a, b, is_date)
    near = 1.0 if agrees else _closeness(a, b, is_date)
    return agrees, FRAME_SCORE + (VALUES_AGREE if agrees else 0.0) + near


def _kin_pairs(items: list[_Item], groups: dict[str, list[int]], idf: dict[str, float]) -> list[tuple]:
    """Pairs of claims of kin events ("offer", "price") that state one value in the same terms, and whose
    frames are otherwise one (same group, an anchor in common when both have some): see
    KIN_SAME_STATEMENT. Claims are matched by their value, so the work is a lookup per claim."""
    pairs = []
    for first, second in (sorted(pair) for pair in kin_pairs()):
        if first not in groups or second not in groups:
            continue
        by_key: dict[tuple, list[int]] = defaultdict(list)
        for kb in groups[second]:
            by_key[items[kb].key].append(kb)
        for ka in groups[first]:
            a = items[ka]
            for kb in by_key.get(a.key, ())[:FRAME_WINDOW]:
                b = items[kb]
                if a.doc == b.doc or a.group != b.group or _relation(a, b) == _APART:
                    continue
                if _anchors_apart(a, b):
                    continue
                score = FRAME_SCORE + VALUES_AGREE + KIN_SAME_STATEMENT + _similarity(a, b, idf)
                pairs.append((-score, a.index, b.index, ka, kb, MAX_VALUE_SPREAD))
        pairs.extend(_owned_kin_pairs(items, groups[first], groups[second], idf))
    return pairs


def _owned_kin_pairs(items: list[_Item], first: list[int], second: list[int], idf: dict[str, float]) -> list:
    """Pairs of claims of kin events that one name owns, whatever their values: "the Red Sox have made the
    biggest offer" and "the deal could be up to $180 million" (a price) are that offer's figure, as much as
    a figure its verb calls an offer. Only owned claims are looked at, by a word of their owner's name, so
    the work is a lookup per claim."""
    by_word: dict[tuple, list[int]] = defaultdict(list)
    for kb in second:
        if (owner := items[kb].owner) is not None:
            for word in owner.words:
                by_word[(owner.label, word)].append(kb)
    pairs = []
    for ka in first:
        if (owner := items[ka].owner) is None:
            continue
        a = items[ka]
        found = {kb for word in owner.words for kb in by_word.get((owner.label, word), ())[:FRAME_WINDOW]}
        for kb in sorted(found):
            b = items[kb]
            if a.doc == b.doc or _relation(a, b) == _APART:
                continue
            score = _frame_score(a, b, False)[1] + SAME_OWNER
            score += _similarity(a, b, idf)
            pairs.append((-score, a.index, b.index, ka, kb, MAX_VALUE_SPREAD))
    return pairs


def _cluster_block(key: tuple[str, str], block: list[_Item], idf: dict[str, float]) -> list[list[_Item]]:
    """The facts of one block: claims of one kind (`key[0]`) and unit or floating scale (`key[1]`)."""
    kind, unit = key
    return _cluster(block, idf, kind == Kind.DATE.value, unit in (WEEKDAY, MONTHDAY))


def _cluster(
    items: list[_Item], idf: dict[str, float], is_date: bool, floating_scale: bool = False
) -> list[list[_Item]]:
    order = sorted(range(len(items)), key=lambda k: (items[k].point, items[k].lo, items[k].index))
    base = DATE_CONTEXT_BASE if is_date else NUMBER_CONTEXT_BASE
    pairs = _frame_pairs(items, idf, is_date)
    weight_of = idf.__getitem__
    for n, ka in enumerate(order):
        a = items[ka]
        # The inner loop runs NEIGHBOURS times a claim: what it reads of `a` is read once.
        a_lo, a_hi, a_features, a_weight, a_framed = a.lo, a.hi, a.features, a.weight, a.event is not None
        for kb in order[n + 1 : n + 1 + NEIGHBOURS]:
            b = items[kb]
            if a.doc == b.doc and not _one_statement((a.dockey, _restated(a)), (b.dockey, _restated(b))):
                continue
            if (a_framed or b.event is not None) and _relation(a, b) == _APART:
                continue
            if is_date and _grains_apart(a, b):
                continue
            if not is_date and a.key == b.key and _other_things(a, b):
                continue  # a value alone never joins claims about other things
            if a.placed and b.placed and a.point != b.point and _anchors_apart(a, b):
                continue  # "twelve miles east of Cloverdale", "about 14 miles northeast of Healdsburg"
            overlap = a_lo <= b.hi and b.lo <= a_hi  # the common case, without a call
            closeness = 1.0 if overlap else _closeness(a, b, is_date)
            if closeness < JOIN_THRESHOLD:
                continue
            shared = sum(map(weight_of, a_features & b.features))  # `_similarity`, inlined
            union = a_weight + b.weight - shared
            similarity = shared / union if union > 0 else 0.0
            if not is_date:
                # Two figures that differ, said in words that share nothing, are not joined by their values
                # alone, unless one is an open bound the other meets ("more than 100" firefighters, "120").
                if a.point != b.point and similarity == 0.0 and not _admits_either(a, b):
                    continue
                # Nor one figure hedged two ways ("around 20" ushered to safety, "as many as 20" inside the
                # bank) in words that share nothing, where neither names an event or a place: a number and
                # no more ties them.
                if (
                    a.key != b.key
                    and similarity == 0.0
                    and not (a_framed or b.event or a.anchors & b.anchors)
                ):
                    continue
                score = closeness * (base + (1 - base) * similarity)
            else:
                # The same date stated, open or not: "by the mid-1980s" names the date "the mid-1980s"
                # does, but "by the end of 2012" does not name 2012 (`open_dates.named_period`).
                same = a.key[::2] == b.key[::2]  # value and grain, whatever the qualifier
                if same and not floating_scale and (a.key[1] is not None or b.key[1] is not None):
                    same = (a_lo, a_hi) == (b.lo, b.hi)
                # Unresolved dates are the same date when they cover the same range of their scale, whatever
                # the words: "Thursday" and "late Thursday afternoon" name one day of the week.
                same = same or (floating_scale and a_lo == b.lo and a_hi == b.hi)
                if not same and not floating_scale and told_alike(a.mention, b.mention, abs(b.lo - a_lo)):
                    same, closeness = True, 1.0  # "today" in two articles dated a day apart
                floor = DATE_SAME_BASE if similarity > 0 and same else base
                score = closeness * (floor + (1 - floor) * similarity)
                if same and similarity >= SAME_WORDS:
                    # One date in nearly the same words ("expected to close the deal in March"): one frame
                    # whatever event each parse gave it, so it joins before frame pairs of other values.
                    score += FRAME_SCORE + VALUES_AGREE
            if score >= JOIN_THRESHOLD:
                pairs.append((-score, a.index, b.index, ka, kb, MAX_VALUE_SPREAD))
    if not is_date:
        pairs.extend(_thing_pairs(items, idf))
    pairs.sort()
    clusters = _Clusters(items, is_date)
    clusters.join_all(pairs)
    return clusters.groups()


def _thing(m: Mention) -> str | None:
    """The thing a count counts when it is a kind of object a story counts once (`kinds_of` in
    frames.json: "rifles" are `weapon:rifle`, "boats" `craft:boat`) or a model ("AK-47s" are
    `model:ak47`): not people (their counts are told apart by what befell them), nor a tally a story gives
    many figures of (games, home runs, attacks, miles)."""
    if m.kind is not Kind.COUNT or not m.measure:
        return None
    kind, _, thing = m.measure.partition(":")
    return m.measure if thing and kind not in (PERSON, MAGNITUDE) and thing[:1] != "@" else None


def _thing_pairs(items: list[_Item], idf: dict[str, float]) -> list[tuple]:
    """Pairs of counts of one thing whose values differ and whose frames do not set them apart, tried after
    every other pair and joined only where one side is one source's figure (`_Clusters.join_all`, `pair[6]`).

    Why: the verb a source hangs a count of things on is its own wording ("recovered 12 AK-47s", "seized
    seven AK-47s"; "the pirates, in three boats, were attempting", "attacked from two boats"), so a lone
    source's other number for the thing all the others count stays a fact of its own, and the one
    disagreement there is goes unseen. Several sources that agree among themselves on another figure are
    left apart: two groups of sources are more likely two things than one thing told two ways."""
    groups: dict[str, list[int]] = defaultdict(list)
    for k, it in enumerate(items):
        if (thing := _thing(it.mention)) is not None:
            groups[thing].append(k)
    pairs = []
    for members in groups.values():
        members.sort(key=lambda k: (items[k].point, items[k].index))
        window = len(members) if len(members) <= FRAME_GROUP_ALL_PAIRS else FRAME_WINDOW
        for n, ka in enumerate(members):
            a = items[ka]
            for kb in members[n + 1 : n + 1 + window]:
                b = items[kb]
                if a.doc == b.doc or a.key == b.key or _relation(a, b) == _APART:
                    continue
                if _anchors_apart(a, b):
                    continue
                similarity = _similarity(a, b, idf)
                if not _linked(a, b, similarity) or _days_apart(a, b):
                    continue
                # The nearest other figure first: a lone "two" joins the "three" before a lone "nine" does.
                score = THING_SCORE * (_closeness(a, b, False) + similarity)
                pairs.append((-score, a.index, b.index, ka, kb, MAX_FRAME_SPREAD, True))
    return pairs


def _linked(a: _Item, b: _Item, similarity: float) -> bool:
    """Whether something besides the counted object ties two counts of it (`_thing_pairs`): words of their
    sentences in common, one event or kin events, or a name both give. A count with no such tie is of
    another time the story tells of the object ("destroyed three boats at a pirate base")."""
    if similarity > 0.0 or bool(a.anchors & b.anchors):
        return True
    return a.event is not None and b.event is not None and (a.event == b.event or kin(a.event, b.event))


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(lexicon()["weekdays"])


def _days_apart(a: _Item, b: _Item) -> bool:
    """Whether the sentences of two claims name days of the week and none in common: "attacked the tanker
    from two boats on Monday" and "destroyed three boats on Wednesday" are two things done on two days."""
    days = _weekdays()
    da, db = a.features & days, b.features & days
    return bool(da and db and not da & db)


def _claims(members: list[_Item], duplicates: Mapping[str, str]) -> tuple[Claim, ...]:
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for it in members:
        by_doc[it.doc].append(it.mention)
    claims = []
    for doc in sorted(by_doc):
        stated = by_doc[doc]
        first, *others = sorted(stated, key=_start) if len(stated) > 1 else stated
        claims.append(
            Claim(
                doc=first.doc,
                earlier=doc.endswith(_EARLIER),
                duplicate_of=duplicates.get(first.doc),
                text=first.text,
                start=first.start,
                end=first.end,
                sentence=first.sentence,
                value=first.value,
                low=first.low,
                high=first.high,
                qualifier=first.qualifier,
                grain=first.grain,
                precision=first.precision,
                repeats=len(stated),
                also=tuple((m.start, m.end) for m in others),
            )
        )
    return tuple(claims)


def _about(members: list[_Item], idf: dict[str, float]) -> str:
    """A short label: the words most of the claims' sentences share, rarest first, in sentence order."""
    counts = Counter(chain.from_iterable(it.features for it in members))
    for feature in [f for f in counts if f.startswith(("@", "^"))]:  # entity names and heads: not words
        del counts[feature]
    need = 2 if len({it.mention.doc for it in members}) > 1 else 1
    words = [w for w, c in counts.items() if c >= need] or list(counts)
    words.sort(key=lambda w: (-counts[w], -idf.get(w, 0.0), w))
    chosen = words[:ABOUT_WORDS]
    sentence = members[0].mention.sentence.lower()
    chosen.sort(key=lambda w: (sentence.find(w) if w in sentence else len(sentence), w))
    return " ".join(chosen) or members[0].mention.text


@without_collector
def reconcile_facts(
    mentions: Iterable[Mention],
    *,
    duplicates: Mapping[str, str] | None = None,
    published: Mapping[str, date] | None = None,
    jobs: int = 1,
) -> list[Fact]:
    """Group the quantity and date mentions into facts, disagreements first.

    Args:
        mentions: mentions of any kind; those without a resolved value are left out, except dates that
            still compare on a floating scale ("Saturday", "November 19": `floating.py`).
        duplicates: document id → the document it copies; a copy's claims are shown, not counted.
        published: document id → its publication date: ages told a year apart are compared as of one date.
        jobs: processes to cluster the blocks of a large input in (`workers.py`); the facts are the same.
    """
    wanted, floats, entities = [], {}, []
    # Lengths of time compare in one unit, whatever unit was written; a lost currency sign is the story's.
    for m in map(date_event, map(comparable, name_lost_signs(mentions))):  # "completed" by a date: closed
        if m.kind is Kind.ENTITY:
            entities.append(m)
        if m.kind not in FACT_KINDS:
            continue
        if m.kind is Kind.DATE and m.value is None and (found := floating(m.text)) is not None:
            floats[len(wanted)] = found
            wanted.append(m)
        elif m.value is not None and (m.kind is not Kind.DATE or (m.low and m.high) or is_open(m)):
            wanted.append(m)
    if days := birthdays(wanted):  # "turns 29 on April 11": the date is a birthday, whatever the verb
        wanted = [replace(m, event=BIRTHDAY) if (m.doc, m.start) in days else m for m in wanted]
    features = [_features(m) for m in wanted]
    df = Counter(f for fs in features for f in fs)
    total = max(len(wanted), 1)
    idf = {f: math.log(1 + total / n) for f, n in df.items()}
    items = [
        _item(i, m, fs, idf, floats.get(i)) for i, (m, fs) in enumerate(zip(wanted, features, strict=True))
    ]
    _own(items, wanted, Names(entities))
    for i, term in terms(wanted).items():
        items[i].term = term
    blocks: dict[tuple, list[_Item]] = defaultdict(list)
    for it in items:
        scale = floats[it.index][0] if it.index in floats else None
        blocks[(it.mention.kind.value, scale or _block_unit(it.mention))].append(it)
    clustered = [
        (kind, unit, members)
        for (kind, unit), groups in cluster_blocks(partial(_cluster_block, idf=idf), blocks, jobs)
        for members in groups
    ]
    joined: dict[int, bool] = {}  # floating claims put into resolved facts → whether they match exactly
    if floats:
        clustered = _attach_floating(clustered, joined)
    built = []
    for kind, unit, members in clustered:
        claims = _claims(members, duplicates or {})
        if kind == Kind.COUNT.value:
            claims = qualified_bare(claims, unit)  # "some 13 miles" among "13 nautical miles"
        current = tuple(c for c in claims if not c.earlier and not c.duplicate_of) or claims
        floating_scale = unit in (WEEKDAY, MONTHDAY)
        aged = _aged(members, current, published) if published else None
        status = _floating_status(members, duplicates or {}) if floating_scale else fact_status(current, aged)
        if joined and (exact := [joined[it.index] for it in members if it.index in joined]):
            status = _with_floating(fact_status(tuple(c for c in current if c.value is not None)), all(exact))
        if (shown := SPEC[Kind(kind)].shown) is not None:  # lengths: in the unit most sources wrote
            unit, claims = shown(claims, _block_unit(members[0].mention))
            current = tuple(c for c in claims if not c.earlier and not c.duplicate_of) or claims
        about = about_of([it.mention for it in members], _about(members, idf))
        if floating_scale and status is Status.SINGLE:
            continue  # an unresolved date only one article states compares with nothing
        why, explained = explain(
            current, status, _floating_intervals(members, current) if floating_scale else aged
        )
        if aged is not None and status is not Status.AGREE:
            why = f"{why} {AGED_WHY}"
        if len(current) < len(claims):  # earlier figures and copies: shown beside the counted claims
            shown = (c for c in claims if c.earlier or c.duplicate_of)
            claims = tuple(sorted((*explained, *shown), key=_claim_order))
        else:
            claims = explained
        built.append(
            (
                STATUS_ORDER[status],
                -len(claims),
                members[0].index,
                Kind(kind),
                None if floating_scale else _fact_unit(members, unit),
                claims,
                status,
                about,
                why,
            )
        )
    built.sort(key=lambda b: b[:3])
    return [
        Fact(id=f"F{n}", kind=kind, about=about, unit=unit or None, status=status, claims=claims, why=why)
        for n, (_, _, _, kind, unit, claims, status, about, why) in enumerate(built, start=1)
    ]


MAX_FLOATING_CANDIDATES = 16  # facts a floating date is tried against, largest first


@dataclass(slots=True)
class _Resolved:  # a fact of resolved dates a floating date may join
    members: list[_Item]
    docs: set[str]
    lo: float  # where the fact sits on the floating scale
    hi: float


def _attach_floating(
    clustered: list[tuple[str, str, list[_Item]]], joined: dict[int, bool]
) -> list[tuple[str, str, list[_Item]]]:
    """Move each floating date into a fact of resolved dates of its frame whose days it matches on its own
    scale (`floating.on_scales`): same event, no frame apart, its document not yet in the fact, and the
    resolved claims sharing a day (a conflict is not made to look settled by a claim that cannot tell the
    year). Such a claim has no interval of its own, so the fact's status counts it as compatible at most.
    Resolved facts are indexed by event, scale and weekday or month, so each floating date is tried
    against a few facts only. `joined` gets each moved claim's index, and whether its range on the scale
    is the very range of the fact (`_with_floating`)."""
    index: dict[tuple, list[_Resolved]] = defaultdict(list)
    for kind, unit, members in clustered:
        if kind != Kind.DATE.value or unit in (WEEKDAY, MONTHDAY) or not _settled(members):
            continue
        events = {it.event for it in members if it.event is not None}
        if not events:
            continue
        spans = [(date.fromordinal(int(it.lo)), date.fromordinal(int(it.hi))) for it in members]
        for scale, lo, hi in on_scales(spans):
            fact = _Resolved(members, {it.mention.doc for it in members}, lo, hi)
            for event in events:
                index[(event, scale, slot_of(scale, lo))].append(fact)
    if not index:
        return clustered
    for facts in index.values():
        facts.sort(key=lambda f: -len(f.members))
    kept = []
    for kind, unit, members in clustered:
        if unit in (WEEKDAY, MONTHDAY):
            members = [it for it in members if not _attach(it, unit, index, joined)]
            if not members:
                continue
        kept.append((kind, unit, members))
    return kept


def _with_floating(resolved: Status, exact: bool) -> Status:
    """The status of a fact of resolved dates with floating ones put in, from the resolved claims' own
    status: a floating claim tells all its scale can ("Monday", a day of the week) and no more. When it
    names just the day of the week or year the resolved claims all state, it agrees with them (five sources
    resolve "Monday" to 2013-09-09, an undated one says "Monday"); when it only overlaps them ("July" with
    "the end of July") it is compatible. It never settles a conflict, nor makes one."""
    if resolved is Status.CONFLICT:
        return Status.CONFLICT
    return Status.AGREE if exact and resolved in (Status.AGREE, Status.SINGLE) else Status.COMPATIBLE


def _settled(members: list[_Item]) -> bool:
    """Whether a fact's resolved dates all share a day and none is open."""
    if any(is_open(it.mention) for it in members):
        return False
    return max(it.lo for it in members) <= min(it.hi for it in members)


def _attach(it: _Item, scale: str, index: Mapping[tuple, list[_Resolved]], joined: dict[int, bool]) -> bool:
    """Put floating `it` into the largest fitting fact of `index` (see `_attach_floating`)."""
    candidates = index.get((it.event, scale, slot_of(scale, it.lo)), ())
    for fact in candidates[:MAX_FLOATING_CANDIDATES]:
        if it.mention.doc in fact.docs or not (fact.lo <= it.hi and it.lo <= fact.hi):
            continue
        relations = [_relation(it, m) for m in fact.members if m.mention.value is not None]
        if _APART in relations or _SAME not in relations:
            continue
        fact.members.append(it)
        fact.docs.add(it.mention.doc)
        joined[it.index] = (it.lo, it.hi) == (fact.lo, fact.hi)
        return True
    return False


def _floating_status(members: list[_Item], duplicates: Mapping[str, str]) -> Status:
    first: dict[str, tuple[float, float]] = {}
    for it in sorted(members, key=lambda it: it.mention.start):
        if not it.doc.endswith(_EARLIER) and it.doc not in duplicates:
            first.setdefault(it.doc, (it.lo, it.hi))
    return floating_status(list(first.values()), len(first))


def _aged(
    members: list[_Item], claims: Sequence[Claim], published: Mapping[str, date]
) -> list[Interval | None] | None:
    """An age fact's claims as intervals of one date (`status.aged_intervals`); None for other facts."""
    if not any(it.event == AGE for it in members):
        return None
    return aged_intervals(claims, published)


def _floating_intervals(members: list[_Item], claims: Sequence[Claim]) -> list[Interval | None]:
    """The floating range of each claim (`floating.py`), for `explain`."""
    ranges = {(it.mention.doc, it.mention.start): Interval(it.lo, it.hi) for it in members}
    return [ranges.get((c.doc, c.start)) for c in claims]


def _claim_order(c: Claim) -> tuple:
    return (c.doc, c.earlier, c.start)


def _block_unit(m: Mention) -> str:
    """Claims are compared within a kind and a measure: a count's measure class (people, Palestinians and
    victims are all `person`), a currency's symbol ("US $5.4 billion" and "$5.4 billion" may be one
    amount), else the unit."""
    if m.kind is Kind.COUNT and m.measure:
        return m.measure.partition(":")[0]
    if m.kind is Kind.MONEY and m.unit:
        return currency_family(m.unit)
    return m.unit or ""


def _own(items: list[_Item], wanted: list[Mention], names: Names) -> None:
    """Set each claim's owner, and the part of each that its document states of another thing too
    (`owners.py`); without entity mentions there is nothing to read."""
    if not names:
        return
    owners = [names.owner(m) for m in wanted]
    for it, owner in zip(items, owners, strict=True):
        it.owner = owner
    for i, part in parts(wanted, owners, names).items():
        items[i].dockey = (*items[i].dockey[:3], part)
    for i, event in owned_events(wanted, owners).items():  # "the Orioles (seven years)", no verb
        items[i].event, items[i].strong = event, is_event_class(event)


def _fact_unit(members: list[_Item], unit: str) -> str:
    """A money fact's unit is the currency code its claims name when they name one ("USD" over "$")."""
    named = {it.currency for it in members if it.currency}
    return named.pop() if len(named) == 1 else unit
