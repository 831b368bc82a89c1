"""factx_dates: date expressions, absolute and relative ("Dec. 27, 2025", "last month", "Friday")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from factx.components.base import RuleComponent
from factx.lexicon import lexicon
from factx.normalize.dates import resolve_date


@Language.factory("factx_dates", assigns=["doc.spans"], default_config={"span_key": "factx_dates"})
def make_dates(nlp: Language, name: str, span_key: str) -> DateComponent:
    return DateComponent(nlp, name, span_key)


class DateComponent(RuleComponent):
    """Keeps the matches of `patterns/dates.jsonl` the date resolver understands, without their leading
    preposition ("in 2018" → "2018")."""

    pattern_file = "dates"

    def shape(self, span: Span) -> Span | None:
        trim = set(lexicon()["date_trim"])
        start = span.start
        while start < span.end - 1 and span.doc[start].lower_ in trim:
            start += 1
        return span.doc[start : span.end] if start != span.start else span

    def keep(self, span: Span) -> bool:
        return resolve_date(span.text, None) is not None
