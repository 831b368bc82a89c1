"""The tense of the clause a date sits in, from the parse when there is one, else from cue words."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from factx.lexicon import lexicon
from factx.model import Tense

MAX_HOPS = 5
CUE_WINDOW = 8
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_PAST_AUX = {"had", "has", "have", "was", "were", "did"}


@cache
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex["future_cues"]), frozenset(lex["past_cues"])


def _governing_verb(span: Span) -> Token | None:
    tok = span.root
    for _ in range(MAX_HOPS):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _from_parse(verb: Token) -> Tense:
    for tok in (verb, verb.head):
        auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if auxes & _FUTURE_AUX or {"going", "to"} <= auxes:
            return Tense.FUTURE
        if tok.tag_ == "VB" and any(c.tag_ == "TO" for c in tok.children):
            return Tense.FUTURE
        if tok.tag_ == "VBD" or (auxes & _PAST_AUX and tok.tag_ == "VBN"):
            return Tense.PAST
        if tok.tag_ == "VBN":
            return Tense.FUTURE if tok.head.lower_ in _cues()[0] else Tense.PAST
        if tok.tag_ in ("VBZ", "VBP", "VBG"):
            return Tense.PRESENT
        if tok.dep_ not in ("xcomp", "conj", "advcl", "relcl", "acl"):
            break
    return Tense.UNKNOWN


def _from_cues(span: Span, sent: Span) -> Tense:
    future, past = _cues()
    left = span.doc[max(sent.start, span.start - CUE_WINDOW) : span.start]
    for tok in reversed(left):
        if tok.lower_ in future:
            return Tense.FUTURE
        if tok.lower_ in past or (tok.is_alpha and tok.lower_.endswith("ed") and len(tok) > 4):
            return Tense.PAST
    return Tense.UNKNOWN


def clause_tense(span: Span, sent: Span, *, parsed: bool) -> Tense:
    """Past, present or future for the clause around `span` (in sentence `sent`); UNKNOWN when nothing tells.

    `parsed` says whether the Doc has a dependency parse (checked once per Doc by the caller).
    """
    if parsed:
        verb = _governing_verb(span)
        if verb is not None:
            tense = _from_parse(verb)
            if tense is not Tense.UNKNOWN:
                return tense
    return _from_cues(span, sent)


def governing_lemma(span: Span, *, parsed: bool) -> str | None:
    """The lemma of the verb that governs `span`, when the pipeline parses."""
    if not parsed:
        return None
    verb = _governing_verb(span)
    return verb.lemma_.lower() if verb is not None and verb.lemma_ else None
