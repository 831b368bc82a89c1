"""The event of a date set at the head of a sentence whose own clause states no event.

"By the end of 2007, it was obvious that Mat Maid couldn't survive, and the state was forced to shut it
down": the date opens the sentence and so dates all it joins with "and", but the clause it hangs from is
a copula ("it was obvious") and says nothing was done. The next clause joined to it with its own subject
does: what it was made to do ("forced to shut") or else its verb. A date inside its sentence, or one whose
clause has an event of its own, is left to `frames._event`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from factx.frame_words import lemma_of, words

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERBS = frozenset({"VERB", "AUX"})


def fronted_verb(span: Span) -> Token | None:
    """The verb a sentence-opening date takes its event from: of the clause its light clause is joined to."""
    sent = span.sent
    root = sent.root
    if span.start - sent.start > 1 or root.pos_ not in _VERBS or span.end > root.i:
        return None  # only a date before its clause's verb at the sentence's head ("By 2007, it was ...")
    if lemma_of(root) not in words().light and root.pos_ != "AUX":
        return None
    for verb in (c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            return _done(verb)
    return None


def _done(verb: Token) -> Token:
    """What a clause says was done: the verb a verb like "forced" or "decided" completes ("to shut")."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)


_MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod", "poss"})
_NOUNS = frozenset({"NOUN"})
_YEAR = re.compile(r"\d{4}")


def dated_noun(span: Span) -> Token | None:
    """The noun a year modifies ("the acquisition does not change AMD's 2012 financial guidance"): the date
    is the period that thing covers, not when the clause's event happens, so the noun gives its event."""
    root = span.root
    head = root.head
    if len(span) != 1 or not _YEAR.fullmatch(root.text):
        return None  # a year set before a noun ("2012 guidance"); "INS Tabar early December" is no such
    if root.dep_ not in _MODIFIERS or head.pos_ not in _NOUNS or span.start <= head.i < span.end:
        return None
    return head
