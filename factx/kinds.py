"""Each kind of mention defined once: the component that finds it (its name is also the `doc.spans` key it
writes), the components whose spans it reads, how one of its spans becomes normalized fields, and how the
reconciler compares it. The pipeline (`nlp.py`), extraction (`extract.py`) and reconciliation
(`reconcile/facts.py`) read this table, so a new kind is its component, its normalizer and one row here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from factx.components.count import count_unit, number_text
from factx.lexicon import lexicon
from factx.model import Claim, Kind, Mention
from factx.normalize.dates import resolve_date
from factx.normalize.duration_units import display_unit, in_years, restate
from factx.normalize.durations import Duration, normalize_duration
from factx.normalize.measure_units import CONVERSION_WORDS, conversion_joiners, converts, in_base, shown_in
from factx.normalize.money import normalize_money
from factx.normalize.numbers import Quantity, normalize_count, normalize_percent, singular, tidy, unit_of
from factx.tense import clause_tense


@dataclass(frozen=True)
class Annotations:
    """What the pipeline set on a Doc, checked once per Doc (each check is a pass over its tokens)."""

    tagged: bool
    parsed: bool
    lemmas: bool


ValueOf = Callable[[Span, Span, "date | None", Annotations], "dict | None"]


@dataclass(frozen=True)
class KindSpec:
    """One kind of mention.

    Attributes:
        kind: the kind.
        component: the spaCy component that finds it; its spans are in `doc.spans[component]`.
        reads: the components whose spans it needs besides its own (counts skip money, dates…).
        value_of: (span, its sentence, publication date, annotations) → the mention's normalized fields, or
            None when the span does not normalize.
        fact: whether the reconciler forms facts of it.
        comparable: restates a mention in the one unit its facts compare in (lengths of time in years,
            distances in metres).
        shown: (a fact's claims, the unit they were compared in) → the unit the claims are shown in, and
            the claims restated in it.
    """

    kind: Kind
    component: str
    value_of: ValueOf
    reads: tuple[str, ...] = ()
    fact: bool = True
    comparable: Callable[[Mention], Mention] | None = None
    shown: Callable[[Sequence[Claim], str], tuple[str, tuple[Claim, ...]]] | None = None

    @property
    def span_key(self) -> str:
        return self.component


def _num(x: float | None) -> float | int | None:
    return None if x is None else tidy(x)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _quantity_fields(q: Quantity | Duration) -> dict:
    return {
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "qualifier": q.qualifier,
        "precision": _num(q.precision),
    }


def _entity(span: Span, sent: Span, published: date | None, ann: Annotations) -> dict | None:
    return {"label": span.label_}


def _money(span: Span, sent: Span, published: date | None, ann: Annotations) -> dict | None:
    money = normalize_money(span.text)
    if money is None:
        return None
    return {
        "value": _num(money.value),
        "low": _num(money.low),
        "high": _num(money.high),
        "qualifier": money.qualifier,
        "unit": money.currency,
        "precision": _num(money.precision),
    }


def _percent(span: Span, sent: Span, published: date | None, ann: Annotations) -> dict | None:
    q = normalize_percent(span.text)
    return None if q is None else {**_quantity_fields(q), "unit": "%"}


def _conversion(span: Span, sent: Span) -> bool:
    """ "13 nautical miles (about 24km)", "2.96 pounds (1.35 kg)": the bracketed measure is the writer's
    conversion of the one before it, not a claim of its own."""
    at = span.start - 1
    if at <= sent.start or span.doc[at].lower_ not in conversion_joiners():
        return False
    return converts(span.doc[max(sent.start, at - CONVERSION_WORDS) : at].text, span.text)


def _count(span: Span, sent: Span, published: date | None, ann: Annotations) -> dict | None:
    if _conversion(span, sent):
        return None
    q = normalize_count(number_text(span))
    given = count_unit(span)  # "killing one" counts people; "a 10-metre dhow" metres
    if given is not None:
        return None if q is None else {**_quantity_fields(q), "unit": unit_of(given)}
    noun = span[-1]
    lemma = singular(noun.lemma_ if ann.lemmas and noun.lemma_ else singular(noun.text))
    if len(span) > 1 and f"{span[-2].lower_} {lemma}" in lexicon()["unit_synonyms"]:
        lemma = f"{span[-2].lower_} {lemma}"  # a two-word unit with a synonym ("home runs" / "homers")
    return None if q is None else {**_quantity_fields(q), "unit": unit_of(lemma)}


def _duration(span: Span, sent: Span, published: date | None, ann: Annotations) -> dict | None:
    d = normalize_duration(span.text)
    return None if d is None else {**_quantity_fields(d), "unit": d.unit}


def _date(span: Span, sent: Span, published: date | None, ann: Annotations) -> dict | None:
    found = resolve_date(span.text, published, clause_tense(span, sent, parsed=ann.parsed))
    if found is None:
        return None
    fields = {"value": found.value, "low": _iso(found.low), "high": _iso(found.high), "grain": found.grain}
    return {**fields, "qualifier": found.qualifier} if found.qualifier else fields


def _duration_shown(claims: Sequence[Claim], compared_in: str = "year") -> tuple[str, tuple[Claim, ...]]:
    unit = display_unit(claims)
    return unit, restate(claims, unit)


# In pipeline order: a component runs after those it reads.
KINDS: tuple[KindSpec, ...] = (
    KindSpec(Kind.ENTITY, "factx_entities", _entity, reads=("ner",), fact=False),
    KindSpec(Kind.MONEY, "factx_money", _money),
    KindSpec(Kind.PERCENT, "factx_percent", _percent),
    KindSpec(Kind.DATE, "factx_dates", _date),
    KindSpec(
        Kind.DURATION,
        "factx_duration",
        _duration,
        reads=("factx_dates",),
        comparable=in_years,
        shown=_duration_shown,
    ),
    KindSpec(
        Kind.COUNT,
        "factx_count",
        _count,
        reads=("factx_money", "factx_percent", "factx_dates", "factx_duration"),
        comparable=in_base,
        shown=shown_in,
    ),
)
SPEC = {spec.kind: spec for spec in KINDS}
SPAN_KEYS = {spec.kind: spec.span_key for spec in KINDS}
FACT_KINDS = tuple(spec.kind for spec in KINDS if spec.fact)
PIPES = tuple(spec.component for spec in KINDS)


def kinds_needing(component: str) -> frozenset[Kind]:
    """The kinds whose mentions need `component` to run: its own kind and every kind that reads it."""
    return frozenset(s.kind for s in KINDS if component == s.component or component in s.reads)


def comparable(m: Mention) -> Mention:
    """`m` restated in the unit its kind's facts compare in (unchanged for most kinds)."""
    restate_one = SPEC[m.kind].comparable
    return restate_one(m) if restate_one else m
