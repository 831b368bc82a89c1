"""Bounds a number's clause puts on it beyond its own words: a negated comparison and a threshold.

Why a module of its own: the normalizers read a number's words ("more than seven years" → more than 7); what
the clause around them says of that bound needs the parse. "No other offer was more than seven years" states
at most 7, which "eight years" contradicts; "a 100-RBI season" is a season of at least 100, which "at least
105 runs batted in" does not contradict. Word lists live in `patterns/frames.json` (`negators`,
`threshold_nouns`, `threshold_units`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factx.frame_asides import hidden_subjects
from factx.frame_words import VERBS, lemma_of, words
from factx.model import Qualifier
from factx.normalize.numbers import bounds

MAX_HOPS = 4  # verbs climbed from the one the number is the object of to the one that denies it
_FLIPPED = {
    Qualifier.MORE_THAN: Qualifier.AT_MOST,
    Qualifier.AT_LEAST: Qualifier.LESS_THAN,
    Qualifier.LESS_THAN: Qualifier.AT_LEAST,
    Qualifier.AT_MOST: Qualifier.MORE_THAN,
}
_SUBJECTS = {"nsubj", "nsubjpass"}
_PREDICATES = {"attr", "acomp", "prep"}  # what a copula says of its subject
_DESCRIBED = {"acl", "relcl"}  # "people trapped inside", "fans who came": a set the clause says exists


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
    elif qualifier in (None, Qualifier.EXACT) and _threshold(span, fields.get("unit")):
        found = Qualifier.AT_LEAST
    if found is None:
        return fields
    low, high = bounds(value, found)
    return {**fields, "qualifier": found, "low": low, "high": high}


def _negated(span: Span) -> bool:
    """Whether the verb or copula the number is the direct argument of is denied ("did not offer more than
    $5 million", "no other offer was more than seven years"), there or in a verb it completes ("none of the
    offers are believed to be for more than six years").

    Only a direct argument: a denied verb says nothing of a span or a place around it ("has not operated
    for more than 10 years" is a long time without operating, not a short one); of a set a clause of its
    own describes ("could not reach more than 40 people trapped inside"); nor of those it did not keep from
    doing something ("did not stop more than 300 protesters from marching": they marched). A reported
    clause ("did not say it offered more than …") is not climbed: the saying is denied, not the figure.
    """
    verb = _governor(span.root)
    if verb is None or any(c.dep_ in _DESCRIBED for c in span.root.children) or _prevented(verb):
        return False
    for _ in range(MAX_HOPS):
        if any(_denies(c) for c in (*verb.children, *hidden_subjects(verb))):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _governor(root: Token) -> Token | None:
    """The verb whose object the number is, or the copula it is the predicate of ("was more than seven
    years", "to be for more than six years": a phrase that is the copula's only predicate)."""
    head = root.head
    if head.i == root.i:
        return None
    if root.dep_ == "dobj" and head.pos_ in VERBS:
        return head
    if root.dep_ in ("attr", "acomp") and lemma_of(head) == "be":
        return head
    if root.dep_ == "pobj" and head.dep_ == "prep" and lemma_of(head.head) == "be":
        copula = head.head
        if sum(c.dep_ in _PREDICATES for c in copula.children) == 1:
            return copula
    return None


def _prevented(verb: Token) -> bool:
    """Whether `verb` keeps its object from doing something ("stop … from marching", "deter … from
    attending"): a gerund under one of its prepositions (the parser takes it for its object or its
    complement)."""
    return any(
        c.dep_ == "prep" and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )


def _denies(tok: Token) -> bool:
    negators = words().negators
    if tok.dep_ == "neg":
        return True
    if tok.dep_ not in _SUBJECTS:
        return False
    return lemma_of(tok) in negators or any(c.dep_ == "det" and c.lower_ in negators for c in tok.children)


def _threshold(span: Span, unit: str | None) -> bool:
    """Whether the number and its unit modify a noun of a threshold: "a 100-RBI season", "the 500-homer
    club" say the figure was reached, not that it was the figure. Only a tally of play is a threshold: a
    season's games, a club's members, a building's rooms are what it is made of ("a 162-game season", "the
    12-member club")."""
    root = span.root
    if unit is None or unit not in words().threshold_units:
        return False
    return root.dep_ in ("compound", "amod", "nmod") and lemma_of(root.head) in words().threshold_nouns
