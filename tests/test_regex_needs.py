"""`factx.regex_needs`: the words a pattern cannot match without, and the date finder's skipping of patterns
whose words a text lacks. Expected needs read off the patterns by hand."""

from __future__ import annotations

import re

import pytest

from factx import date_finder
from factx.regex_needs import FOLDS_TO_ASCII, absent, first_chars, needs

ANY_CASE = re.IGNORECASE


def test_needs_lists_each_required_word_group():
    expected = (frozenset({"fortnight"}), frozenset({"ago", "hence"}))
    assert needs(r"\d+\s+fortnights?\s+(?:ago|hence)", ANY_CASE) == expected


def test_optional_parts_and_classes_need_nothing():
    assert needs(r"(?:the\s+)?year", ANY_CASE) == (frozenset({"year"}),)
    assert needs(r"a|\d", ANY_CASE) == ()  # one branch needs no letter
    assert needs(r"[a-z]+", ANY_CASE) == ()
    assert needs(r"(?:ab)*c", ANY_CASE) == (frozenset({"c"}),)


def test_literals_on_either_side_of_a_lookaround_stay_one_run():
    assert needs(r"ab(?=c)c", ANY_CASE) == (frozenset({"abc"}),)
    assert needs(r"ab\s*c", ANY_CASE) == (frozenset({"ab"}), frozenset({"c"}))


def test_needs_are_lower_case_whatever_the_pattern_writes():
    assert needs(r"(?-i:May)\s+\d", ANY_CASE) == (frozenset({"may"}),)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\d+\s+fortnights?\s+(?:ago|hence)", "It began 2 FORTNIGHTS Ago."),
        (r"the\s+(?:beginning|end)\s+of\s+(?:the\s+)?year", "At The End of the Year."),
        (r"(?:last|next)\s+(?:week|month)", "next  month"),
    ],
)
def test_a_text_the_pattern_matches_never_lacks_its_needs(pattern, text):
    assert re.search(pattern, text, ANY_CASE)
    assert not absent(text.lower(), needs(pattern, ANY_CASE), {})


def test_a_text_without_a_needed_word_is_skipped():
    assert absent("it rained two weeks ago", needs(r"\d+\s+fortnights?\s+ago", ANY_CASE), {})


def test_folds_to_ascii_holds_every_character_ignorecase_matches_to_an_ascii_letter():
    letter = re.compile("[a-z]", ANY_CASE)
    found = "".join(chr(c) for c in range(0x80, 0x110000) if letter.match(chr(c)))
    assert found == FOLDS_TO_ASCII


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It rained two fortnights ago.", (10, 28)),
        ("It grew over the PAST decade.", (13, 28)),
        ("It grew over the paſt decade.", (13, 28)),  # the long s matches "s" in any case: still scanned
        ("They met ſince 2010 twice.", (9, 19)),
        ("Sales fell in the third quarter of 2013.", (14, 39)),
    ],
)
def test_date_finder_still_finds_what_its_patterns_match(text, span):
    assert span in list(date_finder.find(text))


def test_date_finder_skips_a_pattern_whose_words_are_missing():
    """Without "fortnight" in the text, the fortnight pattern is not tried (its needs are absent)."""
    fortnight = next(i for i, s in enumerate(date_finder.PATTERNS) if "fortnight" in s)
    assert absent("it rained two weeks ago", date_finder._needs()[fortnight], {})


def test_first_chars_holds_what_each_match_can_start_with():
    first = re.compile(first_chars(r"(?:the\s+)?(?:\d+|May)\b", ANY_CASE), ANY_CASE)
    assert [c for c in "tT7mMx " if first.fullmatch(c)] == ["t", "T", "7", "m", "M"]


def test_first_chars_gives_nothing_for_a_match_that_may_be_empty_or_start_anywhere():
    assert first_chars(r"(?:ab)?", ANY_CASE) is None
    assert first_chars(r"[^a]b", ANY_CASE) is None
    assert first_chars(r".x", ANY_CASE) is None


def test_first_chars_looks_past_what_takes_no_character():
    assert first_chars(r"(?<!x)\bq", 0) == "[\\U00000071]"
