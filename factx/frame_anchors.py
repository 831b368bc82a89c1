"""The anchor slots of a claim frame: whom or what a number is said of, the year it refers to, and whether
the text gives it as superseded.

Why a module of its own: these read the mention's clause (its names, "in 2002", "up from 30") once the event
reading (`frames._event`) has found the clause's head; they do not depend on which event it is.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from factx.frame_words import VERBS, lemma_of, words

MAX_ANCHORS = 4
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def anchors_of(span: Span, clause: Token | None, entities: list[Span]) -> tuple[str, ...]:
    """The names of the entities in the mention's clause (its sentence when there is no clause head), less
    the clauses joined to it that state other things ("raised $35m … and also got $9.3m from the US"),
    with the name a relative clause is said of first ("SeaMicro, which raised $35m")."""
    if clause is not None:
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
    else:
        sent = span.sent
        lo, hi = sent.start, sent.end
    other = _joined_clauses(span, clause)
    said_of = clause.head.i if clause is not None and clause.dep_ == "relcl" else -1
    said_of = _where_of(clause) if said_of < 0 else said_of
    names: list[str] = []
    for ent in entities:
        inside = lo <= ent.start and ent.end <= hi and not any(a <= ent.start < b for a, b in other)
        if ent.start <= said_of < ent.end:
            names.insert(0, " ".join(ent.text.split()))
        elif inside and not (ent.start < span.end and span.start < ent.end):
            name = " ".join(ent.text.split())
            if name not in names:
                names.append(name)
    return tuple(dict.fromkeys(names))[:MAX_ANCHORS]


def _where_of(clause: Token | None) -> int:
    """The place a "where" clause is said of: the word just before "where" ("clashes broke out in Salonika
    where 50,000 people marched": the march was in Salonika, though the parser may hang the clause on
    "broke"); -1 when the clause does not open with "where"."""
    if clause is None:
        return -1
    for child in clause.children:
        if child.dep_ == "advmod" and child.lower_ == "where" and child.i < clause.i:
            before = child.i - 1
            while before >= 0 and clause.doc[before].is_punct:
                before -= 1
            return before
    return -1


def _joined_clauses(span: Span, clause: Token | None) -> list[tuple[int, int]]:
    """The token ranges of the clauses that state other things than the mention's: verbs joined to its
    clause by "and", and relative clauses ("… SeaMicro, which raised $35m"), that do not hold it."""
    if clause is None:
        return []
    found = []
    for tok in clause.subtree:
        if tok.i == clause.i:
            continue
        joined = tok.dep_ == "conj" and tok.pos_ in VERBS and tok.head.i == clause.i
        if joined or tok.dep_ == "relcl":
            a, b = tok.left_edge.i, tok.right_edge.i + 1
            if not (a <= span.start < b):
                found.append((a, b))
    return found


def owner_of(span: Span, entities: list[Span]) -> tuple[str, ...]:
    """The name a number is set beside ("Smith, 45,", "Smith (45)"): an entity ending at most two tokens
    before it, with only punctuation between; none when the number stands alone ("the 45-year-old")."""
    for ent in reversed(entities):
        if ent.end <= span.start:
            between = span.doc[ent.end : span.start]
            if len(between) <= 2 and all(tok.is_punct for tok in between):
                return (" ".join(ent.text.split()),)
            return ()
    return ()


def year_of(span: Span, clause: Token | None) -> str | None:
    """The year the clause refers to ("in 2002", "since 1998"), outside the mention and the clauses joined to
    it; None without a clause."""
    if clause is None:
        return None
    other = _joined_clauses(span, clause)
    for tok in clause.subtree:
        if span.start <= tok.i < span.end or any(a <= tok.i < b for a, b in other):
            continue
        if _YEAR.match(tok.text) and tok.head.lower_ in ("in", "since", "of", "by"):
            return tok.text
    return None


def is_earlier(span: Span, clause: Token | None) -> bool:
    """Whether the text presents the figure as superseded: "up from 30", "initially reported 30", "an
    earlier toll of 30"."""
    cues = words().earlier
    doc = span.doc
    # "rose from 30 to 45" gives a superseded figure; "costs from $999 up to $1,099" a range.
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "from" and lemma_of(before.head) in words().change_verbs:
        return True
    # The clause's verb, and the verb it reports to ("initially said 30 died"), not the verb of another
    # conjunct: in "at first told them to stay but later evacuated the building, 15 miles away" the cue is
    # of the telling.
    verbs = [clause] if clause is not None else []
    if clause is not None and clause.dep_ != "conj":
        verbs.append(clause.head)
    for verb in verbs:
        if any(c.dep_ in ("advmod", "amod") and c.lower_ in cues for c in verb.children):
            return True
    noun = span.root.head if span.root.dep_ == "pobj" else span.root
    if noun.dep_ == "prep":  # "an earlier toll of 30 people"
        noun = noun.head
    return any(c.dep_ == "amod" and c.lower_ in cues for c in noun.children)
