"""The subject a parenthetical aside hides from the parser.

Why a module of its own: a long aside between a subject and its verb ("no other offer (including from the
Nationals and Orioles trying to bring him home) was thought to be more than seven years") leads the parser
to take the aside's verb ("trying") for a clause of the main verb and the subject for that clause's own, so
the main verb ("thought") has no subject. Both what the figure is of (an offer) and whether its verb is
denied ("no other offer") are read from that subject (`frames._arguments`, `frame_bounds._negated`), so
both go wrong. The repair is read from the parse alone and costs nothing where the verb has its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"advcl", "parataxis"})  # how the parser hangs an aside's verb on the main one


def hidden_subjects(verb: Token) -> list[Token]:
    """The subject of `verb` the parser gave to a clause it hung on it from before it, where an aside opened
    right after that subject ("(") closes before the verb (")"); none when `verb` has a subject of its own."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    hidden = []
    for clause in verb.children:
        if clause.dep_ not in _CLAUSES or clause.i > verb.i:
            continue
        between = verb.doc[clause.i : verb.i]
        if not any(t.text == ")" for t in between):
            continue
        for subject in clause.children:
            if subject.dep_ in _SUBJECTS and subject.i < clause.i and _opens_aside(subject):
                hidden.append(subject)
    return hidden


def _opens_aside(noun: Token) -> bool:
    """Whether a parenthesis opens right after `noun` (the parser hangs it on the noun)."""
    return any(c.text == "(" and c.i == noun.i + 1 for c in noun.children)
