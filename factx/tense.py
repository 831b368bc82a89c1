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
        if tok.tag_ in ("VB", "VBN") and any(c.tag_ == "TO" for c in tok.children):
            # "is expected to vote Thursday", "is to be voted on Thursday"; but "had yet to regain
            # consciousness Wednesday" and "had to leave Monday" tell what had (not) happened by then.
            return Tense.PAST if _under_past_have(tok) else Tense.FUTURE
        if tok.tag_ == "VBD" or (auxes & _PAST_AUX and tok.tag_ == "VBN"):
            return Tense.PAST
        if tok.tag_ == "VBN":
            return Tense.FUTURE if tok.head.lower_ in _cues()[0] else Tense.PAST
        if tok.tag_ in ("VBZ", "VBP", "VBG"):
            return Tense.PRESENT
        if tok.dep_ not in ("xcomp", "conj", "advcl", "relcl", "acl"):
            break
    return Tense.UNKNOWN


def _under_past_have(tok: Token) -> bool:
    """Whether the infinitive `tok` hangs from a past "had" ("had yet to regain", "had to leave")."""
    head = tok.head
    return head is not tok and head.lower_ == "had"


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

    A bare weekday follows the news convention: it names the most recent such day (or the day of
    publication) unless its clause is in the future, so a present or unknown tense reads as the past
    ("police say he fled Monday"), and a possessive weekday ("Monday's shooting") names a day gone by.
    """
    if _is_weekday(span):
        if _possessive(span):
            return Tense.PAST
        tense = _tense(span, sent, parsed=parsed)
        return Tense.FUTURE if tense is Tense.FUTURE else Tense.PAST
    return _tense(span, sent, parsed=parsed)


def _is_weekday(span: Span) -> bool:
    """A weekday alone, maybe with a part of the day ("Monday", "Tuesday morning"), not "next Monday" or a
    full date ("Monday, Jan. 5")."""
    weekdays = lexicon()["weekdays"]
    words = [t.lower_.rstrip(".") for t in span if not t.is_punct]
    return bool(words) and words[0] in weekdays and all(not t.like_num for t in span)


def _possessive(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")


def _tense(span: Span, sent: Span, *, parsed: bool) -> Tense:
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
