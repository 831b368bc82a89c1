"""Bounds a number's clause puts on it beyond its own words: a negated comparison and a threshold.

Why a module of its own: the normalizers read a number's words ("more than seven years" → more than 7); what
the clause around them says of that bound needs the parse. "No other offer was more than seven years" states
at most 7, which "eight years" contradicts; "a 100-RBI season" is a season of at least 100, which "at least
105 runs batted in" does not contradict. Word lists live in `patterns/frames.json` (`negators`,
`threshold_nouns`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factx.frame_words import VERBS, lemma_of, words
from factx.model import Qualifier
from factx.normalize.numbers import bounds

MAX_HOPS = 4  # head-chain steps searched for the clause that negates
_FLIPPED = {
    Qualifier.MORE_THAN: Qualifier.AT_MOST,
    Qualifier.AT_LEAST: Qualifier.LESS_THAN,
    Qualifier.LESS_THAN: Qualifier.AT_LEAST,
    Qualifier.AT_MOST: Qualifier.MORE_THAN,
}
_SUBJECTS = {"nsubj", "nsubjpass"}
# The links climbed from the number to the verb that may deny it; not a reported clause ("did not say it
# was more than …" denies the saying, not the figure).
_LINKS = {"xcomp", "conj", "prep", "pobj", "attr", "dobj", "acomp", "advmod", "npadvmod"}


def reread(span: Span, fields: dict) -> dict:
    """`fields` (a count's, a sum's or a length's value, low, high, qualifier) with the bound its clause
    puts on it: flipped when the clause denies the comparison, at least the value when it names a
    threshold. Fields without a numeric value are returned as they are."""
    value, qualifier = fields.get("value"), fields.get("qualifier")
    if not isinstance(value, int | float):
        return fields
    found = None
    if qualifier in _FLIPPED and _negated(span):
        found = _FLIPPED[qualifier]
    elif qualifier in (None, Qualifier.EXACT) and _threshold(span):
        found = Qualifier.AT_LEAST
    if found is None:
        return fields
    low, high = bounds(value, found)
    return {**fields, "qualifier": found, "low": low, "high": high}


def _negated(span: Span) -> bool:
    """Whether a verb the number depends on is denied ("did not offer more than $5 million") or has a
    subject that denies it ("no other offer was more than seven years", "none of the offers are for more
    than eight years")."""
    tok = span.root
    for _ in range(MAX_HOPS):
        if tok.head.i == tok.i or tok.dep_ not in _LINKS | {"nummod", "quantmod", "compound", "amod"}:
            break
        tok = tok.head
        if tok.pos_ in VERBS and any(_denies(c) for c in tok.children):
            return True
    return False


def _denies(tok: Token) -> bool:
    negators = words().negators
    if tok.dep_ == "neg":
        return True
    if tok.dep_ not in _SUBJECTS:
        return False
    return lemma_of(tok) in negators or any(c.dep_ == "det" and c.lower_ in negators for c in tok.children)


def _threshold(span: Span) -> bool:
    """Whether the number and its unit modify a noun of a threshold: "a 100-RBI season", "the 30-homer
    mark" say the figure was reached, not that it was the figure."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and lemma_of(root.head) in words().threshold_nouns
