"""factx_percent: percentages ("90 per cent", "12.5%", "about 10-15 percent")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from factx.components.base import RuleComponent
from factx.normalize.numbers import normalize_percent


@Language.factory("factx_percent", assigns=["doc.spans"], default_config={"span_key": "factx_percent"})
def make_percent(nlp: Language, name: str, span_key: str) -> PercentComponent:
    return PercentComponent(nlp, name, span_key)


class PercentComponent(RuleComponent):
    """Keeps the matches of `patterns/percent.jsonl` that normalize to a number."""

    pattern_file = "percent"

    def keep(self, span: Span) -> bool:
        return normalize_percent(span.text) is not None
