"""Ages, as news writes them: "Smith, 45,", "the 38-year-old", "a 63-year-old woman", "aged 47", "ages 47
and 48", "who turns 29", "will be 29 in April".

An age is a count of years (unit `year`), not a duration: it states how old someone is, not how long
something lasted. The frame of the mention (its clause and anchors) says whose age it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import IS_DIGIT
from spacy.tokens import Doc, Token

from factx.count_words import count_words
from factx.lexicon import lexicon

MAX_AGE = 120
AGE_UNIT = "year"
_YEAR_WORDS = ("year", "years")


def find_ages(doc: Doc) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) token ranges of the ages in `doc`, number first ("38-year-old" whole)."""
    w = count_words()
    for i in doc.to_array(IS_DIGIT).nonzero()[0].tolist():  # an age is written in digits: look at those only
        if not _age_number(doc[i]):
            continue
        end = _year_old_end(doc, i)
        if end is not None:
            yield i, end
            continue
        before = doc[i - 1].lower_ if i > 0 else ""
        after_ok = i + 1 == len(doc) or doc[i + 1].text in w.age_after
        if before in w.age_words_before or (before in w.age_verbs_before and not _noun_at(doc, i + 1)):
            yield i, i + 1
        elif before == "be" and _future_birthday(doc, i):
            yield i, i + 1  # "will be 29 in April"
        elif _second_age(doc, i) and before == "and":
            yield i, i + 1  # "ages 47 and 48"
        elif before == "," and i >= 2 and _is_name(doc[i - 2]) and after_ok:
            yield i, i + 1  # "LaCalamita, 38, of Troy"


def _future_birthday(doc: Doc, i: int) -> bool:
    """ "will be 29 in April", "would be 65 on March 3": an age reached at a month's date."""
    if i < 2 or doc[i - 2].lower_ not in ("will", "would", "'ll") or i + 2 >= len(doc):
        return False
    months = lexicon()["months"]
    return doc[i + 1].lower_ in ("in", "on") and doc[i + 2].lower_.rstrip(".") in months


def _second_age(doc: Doc, i: int) -> bool:
    """The 48 of "ages 47 and 48"."""
    return i >= 3 and _age_number(doc[i - 2]) and doc[i - 3].lower_ in count_words().age_words_before


def _age_number(tok: Token) -> bool:
    text = tok.text
    return text.isascii() and text.isdigit() and len(text) <= 3 and 0 < int(text) <= MAX_AGE  # not "²"


def _year_old_end(doc: Doc, i: int) -> int | None:
    """End of "38-year-old" / "38 years old" starting at the number `i`, else None."""
    words = [t.lower_ for t in doc[i + 1 : i + 5]]
    if words[:4] in (["-", "year", "-", "old"], ["-", "years", "-", "old"]):
        return i + 5
    if len(words) >= 2 and words[0] in _YEAR_WORDS and words[1] == "old":
        return i + 3
    return None


def _noun_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_alpha and (doc[i].pos_ in ("NOUN", "PROPN") or not doc[i].is_stop)


_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}


def _is_name(tok: Token) -> bool:
    """A name ends here: a PERSON entity token, or a capitalised word that no entity tag calls a date or a
    number and that is not a month or weekday ("Monday, 28 November" is a date)."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.ent_type_ in _NOT_NAMES:
        return False
    lex = lexicon()
    calendar = set(lex["months"]) | set(lex["weekdays"])
    return tok.is_alpha and tok.is_title and tok.lower_ not in calendar
