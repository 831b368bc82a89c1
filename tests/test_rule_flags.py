"""The rule components' first-token tests made lexeme flags (`factx.components.base._flagged`): the Matcher
finds what the written patterns find, also for words the vocabulary first sees after the flag was added."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from factx.components.base import _flagged


def _both(nlp, pattern):
    written, fast = Matcher(nlp.vocab), Matcher(nlp.vocab, validate=False)
    written.add("x", [pattern])
    fast.add("x", [_flagged(nlp.vocab, pattern)])
    return written, fast


def test_a_set_test_becomes_a_flag_and_matches_the_same():
    nlp = spacy.blank("en")
    pattern = [{"LOWER": {"IN": ["dozens", "scores"]}, "IS_ALPHA": True}, {"LOWER": "of"}]
    flagged = _flagged(nlp.vocab, pattern)
    assert [k for k in flagged[0] if isinstance(k, int)] and "LOWER" not in flagged[0]
    assert flagged[0]["IS_ALPHA"] is True and flagged[1:] == pattern[1:]
    written, fast = _both(nlp, pattern)
    doc = nlp("Dozens of people, SCORES of others, a dozen of them, and scoresz of none.")
    assert fast(doc) == written(doc) == [(written(doc)[0][0], 0, 2), (written(doc)[0][0], 4, 6)]


def test_a_regex_and_a_shape_test_match_the_same():
    nlp = spacy.blank("en")
    for pattern in ([{"TEXT": {"REGEX": r"^(19|20)\d\d$"}}], [{"SHAPE": {"IN": ["dd", "ddd"]}}]):
        written, fast = _both(nlp, pattern)
        doc = nlp("In 1999 and 2024, 45 of 120 said 3 or 3000 or 1850.")
        assert fast(doc) == written(doc) and written(doc)


def test_one_test_is_one_flag_whoever_asks():
    nlp = spacy.blank("en")
    pattern = [{"LOWER": {"IN": ["monday", "tuesday"]}}]
    assert _flagged(nlp.vocab, pattern) == _flagged(nlp.vocab, pattern)
