"""Entity names: trimming titles, articles, possessives and stray punctuation; keys for matching names;
personal names in parts (given, middle, surname, suffix) read by nameparser.

Pure string functions; no spaCy.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from nameparser import HumanName

from factx.errors import PatternError
from factx.lexicon import lexicon

_EDGE = " \t\r\n\"'“”‘’«»()[]{}.,;:!?—–-*•|/"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_CONNECTORS = {
    "of",
    "the",
    "and",
    "for",
    "de",
    "du",
    "des",
    "la",
    "le",
    "von",
    "van",
    "der",
    "al",
    "bin",
    "&",
}


@cache
def _title_pattern() -> re.Pattern[str]:
    titles = sorted(lexicon()["titles"], key=len, reverse=True)
    alternation = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"^(?:(?:the|{alternation})\s+)+", re.IGNORECASE)


@lru_cache(maxsize=65536)
def trim_name(text: str) -> tuple[int, int]:
    """Character bounds `(start, end)` of the name inside an entity's text.

    Drops leading articles and titles ("the", "Mr.", "Prime Minister"), a trailing possessive ("Macron's"),
    edge punctuation and quotes, and anything after a line break. Returns `(0, 0)` when nothing is left.

    >>> trim_name("Emmanuel Macron’s")
    (0, 15)
    """
    end = len(text)
    newline = text.find("\n", len(text) - len(text.lstrip()))
    if newline > 0:
        end = newline
    start = 0
    while True:
        before = (start, end)
        while start < end and text[start] in _EDGE:
            start += 1
        m = _title_pattern().match(text, start, end)
        if m and m.end() < end and text[m.end()].isupper():
            start = m.end()
        while end > start and text[end - 1] in _EDGE and not _is_abbreviation(text[start:end]):
            end -= 1
        m = _POSSESSIVE.search(text, start, end)
        if m and m.start() > start:
            end = m.start() + (1 if m.group(0)[0] == "s" else 0)
        if (start, end) == before:
            break
    return (start, end) if start < end else (0, 0)


def _is_abbreviation(text: str) -> bool:
    return bool(re.search(r"(?:^|\s|\.)[A-Z]\.$", text))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A matching key: accents dropped, case folded, periods and extra spaces removed ("U.S." → "us")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"\.", "", plain.casefold())
    return re.sub(r"[\s\-]+", " ", plain).strip()


def acronym(name: str) -> str | None:
    """The initials of a multi-word name ("International Monetary Fund" → "IMF", "U.S. Navy" → "USN"), or
    None."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    initials = "".join(_initials(w) for w in words if w.lower() not in _CONNECTORS and w[0].isalpha())
    if len(initials) < 2 or not initials.isupper():
        return None
    return initials


ACRONYM_EXTRA_LETTERS = 1  # "WWDC": "W(orld)W(ide) Developers Conference" takes one letter inside a word


@lru_cache(maxsize=65536)
def stands_for(short: str, name: str) -> bool:
    """Whether the acronym `short` abbreviates the multi-word `name`: the initials of its words in order
    ("IMF" / "International Monetary Fund"; "U.S." gives "US"), a leading "The" optional, even when the
    name was written without it ("THR" / "The Hollywood Reporter", "Hollywood Reporter"), with at most
    `ACRONYM_EXTRA_LETTERS` more letter taken from inside a word other than the last ("WWDC" / "Worldwide
    Developers Conference"). Connectors ("of", "and") may give a letter or none."""
    letters = short.replace(".", "").lower()
    if not is_acronym(short) or acronym(name) is None:
        return False
    shouted = name.isupper()  # "MARFIN EGNATIA BANK": capitals throughout mark no acronym
    words = [w.lower() if shouted else _unit(w) for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    if words[0] == "the":
        words = words[1:]
    if _aligns(letters, words, ACRONYM_EXTRA_LETTERS):
        return True
    return letters[0] == "t" and _aligns(letters[1:], words, ACRONYM_EXTRA_LETTERS)


def _unit(word: str) -> str:
    """A word of a name for `_aligns`, lower case; an acronym inside the name ("INS Tabar", "U.S.") keeps a
    period so that it gives all its letters."""
    return word.lower() + "." if len(word) > 1 and word.isupper() and "." not in word else word.lower()


def _aligns(letters: str, words: list[str], extra: int) -> bool:
    """Whether `letters` spell the words' initials in order, each word giving its first letter (an
    abbreviation such as "u.s." or "ins." all its letters) and then up to `extra` letters in all from
    inside a word that is not the last; connectors may be skipped."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in _CONNECTORS and _aligns(letters, rest, extra):
        return True
    if "." in word:
        unit = word.replace(".", "")
        return letters.startswith(unit) and _aligns(letters[len(unit) :], rest, extra)
    if not letters or letters[0] != word[0]:
        return False
    if _aligns(letters[1:], rest, extra):
        return True
    if extra and len(letters) > 1 and rest:  # the last word gives its initial only ("ADN" ≠ "A. Division")
        inside = word.find(letters[1], 1)
        return inside > 0 and _aligns(letters[2:], rest, extra - 1)
    return False


def _initials(word: str) -> str:
    """A word's part of an acronym: its first letter, or all letters of an abbreviation ("U.S." → "US")."""
    letters = word.replace(".", "")
    if "." in word and letters.isalpha() and letters.isupper():
        return letters
    return word[0]


def is_acronym(text: str) -> bool:
    """Whether `text` is written as an acronym ("IMF", "U.S.", "NATO")."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def tokens(name: str) -> list[str]:
    """The words of a name, without connectors: "Coalition of the Willing" → ["Coalition", "Willing"]."""
    return list(_tokens(name))


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _CONNECTORS)


@cache
def _name_words() -> dict[str, frozenset[str]]:
    try:
        data = json.loads(resources.files("factx.patterns").joinpath("names.json").read_text("utf-8"))
        keys = ("person_titles", "surname_titles", "name_particles")
        words = {k: frozenset(w.casefold() for w in data[k]) for k in keys}
        forms: dict[str, set[str]] = {}
        for n, names in enumerate(data["given_name_forms"]):
            for name in names:
                forms.setdefault(fold(name), set()).add(str(n))
        return {**words, **{k: frozenset(v) for k, v in forms.items()}}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PatternError(f"patterns/names.json: {exc}") from exc


def is_person_title(word: str) -> bool:
    """Whether a word is a job or rank title written before names ("Sgt.", "Receptionist", "GM")."""
    return word.casefold().rstrip(".") in _name_words()["person_titles"]


def is_surname_title(word: str) -> bool:
    """Whether a word is a title written before a bare surname ("Professor", "Mr.", "Gen."), unlike job
    words that also open organisation names ("Police", "Executive")."""
    return word.casefold().rstrip(".") in _name_words()["surname_titles"]


class PersonName(NamedTuple):
    """A personal name in parts, each folded ("John W. Henry" → given "john", middle ("w",), last "henry")."""

    given: str
    middle: tuple[str, ...]
    last: str
    suffix: str


@lru_cache(maxsize=65536)
def person_name(text: str) -> PersonName | None:
    """The parts of a personal name of two or more words, or None when it has no given name and surname.

    >>> person_name("Anthony LaCalamita III")
    PersonName(given='anthony', middle=(), last='lacalamita', suffix='iii')
    """
    if len(text.split()) < 2:
        return None
    parsed = HumanName(text)
    given, last = fold(parsed.first), fold(parsed.last)
    if not given or not last or parsed.title or given in _name_words()["name_particles"]:
        return None
    middle = tuple(fold(m) for m in parsed.middle_list if fold(m))
    return PersonName(given, middle, last, fold(parsed.suffix).replace(",", ""))


def _same_given(a: str, b: str) -> bool:
    """One given name: equal, an initial of the other ("J" / "John"), or forms of one name ("Bill" /
    "William")."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    table = _name_words()
    return bool(table.get(a, frozenset()) & table.get(b, frozenset()))


def same_person(a: PersonName, b: PersonName, same_surname) -> bool:
    """Whether two full names can name one person: one surname (by `same_surname`), one given name, and
    middle names and suffixes that agree where both give them ("John Henry" / "John W. Henry")."""
    if not same_surname(a.last, b.last) or not _same_given(a.given, b.given):
        return False
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return False
    if a.middle and b.middle:
        short, long = sorted((a.middle, b.middle), key=len)
        rest = iter(long)
        return all(any(_same_given(m, n) for n in rest) for m in short)
    return True
