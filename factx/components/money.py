"""factx_money: money amounts ("$2.5-billion", "more than €20bn", "5 million Canadian dollars", "USD3.14",
"100 Swiss francs", "$20 and 43c", "7-9 lakh rupees")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factx import money_finder
from factx.components.base import RuleComponent
from factx.components.count_nouns import counted_noun
from factx.components.money_parts import split_change, split_models
from factx.lexicon import lexicon
from factx.normalize.money import normalize_money, restore_signs
from factx.normalize.numbers import singular


@Language.factory("factx_money", assigns=["doc.spans"], default_config={"span_key": "factx_money"})
def make_money(nlp: Language, name: str, span_key: str) -> MoneyComponent:
    return MoneyComponent(nlp, name, span_key)


class MoneyComponent(RuleComponent):
    """Candidates from the token patterns of `patterns/money.jsonl` and the text rules of
    `factx.money_finder`, longest first on overlap; keeps those that normalize to an amount and a currency."""

    pattern_file = "money"

    def match(self, doc: Doc) -> list[Span]:
        found = [Span(doc, start, end, label=self.label) for _, start, end in self.matcher(doc)]
        for start, end in money_finder.find(doc.text):
            span = doc.char_span(start, end, label=self.label, alignment_mode="expand")
            if span is not None and len(span):
                found.append(span)
        shaped = (self.shape(span) for span in found)
        kept = filter_spans([s for s in shaped if s is not None and self.keep(s)])
        return [part for span in kept for change in split_change(span) for part in split_models(change)]

    def keep(self, span: Span) -> bool:
        money = normalize_money(span.text)
        if money is None or (money.currency == "GBP" and _a_weight(span)):
            return False
        return restore_signs(span.text) == span.text or not _counts_things(span)


def _counts_things(span: Span) -> bool:
    """ "�110 million people will vote": a lost character before an amount that counts a plural noun is no
    currency sign but a lost quote mark or "about" sign; money before a noun describes a singular one ("a
    �110 billion bailout") or takes a preposition ("?110bn in loans")."""
    doc = span.doc
    noun = counted_noun(span, tagged=doc.has_annotation("TAG"))
    if noun is None:
        return False
    tok = doc[noun]
    if tok.tag_:
        return tok.tag_ in ("NNS", "NNPS")
    return singular(tok.lower_) != tok.lower_ or tok.lower_ in lexicon()["irregular_plurals"]


def _a_weight(span: Span) -> bool:
    """ "weighing 180 pounds", "at 4.46 pounds (2 kg)": the word "pound(s)" with no sign, code or "sterling",
    in a sentence that speaks of weight or size, is a weight."""
    written = {t.lower_ for t in span.doc[span.start : span.end + 1]}  # and the word after: "pounds sterling"
    if not written & {"pound", "pounds"} or written & {"sterling", "british", "uk"} or "£" in span.text:
        return False
    cues = set(lexicon()["weight_cues"])
    return any(t.lower_ in cues or t.lemma_.lower() in cues for t in span.sent)
