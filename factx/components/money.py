"""factx_money: money amounts ("$2.5-billion", "more than €20bn", "5 million Canadian dollars")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from factx.components.base import RuleComponent
from factx.normalize.money import normalize_money


@Language.factory("factx_money", assigns=["doc.spans"], default_config={"span_key": "factx_money"})
def make_money(nlp: Language, name: str, span_key: str) -> MoneyComponent:
    return MoneyComponent(nlp, name, span_key)


class MoneyComponent(RuleComponent):
    """Keeps the matches of `patterns/money.jsonl` that normalize to an amount and a currency."""

    pattern_file = "money"

    def keep(self, span: Span) -> bool:
        return normalize_money(span.text) is not None
