"""Mentions the model missed of names the story already has: a second look at the articles' text.

The statistical model tags "Nirad Sinha" but not the "Sinha said" two lines later, tags "Worldwide
Developers Conference" in one article but never "WWDC" in the others, and tags "Washington Nationals" but
not "the Nationals". Once the whole story has been read, such words are known names, and every place that
writes them is a mention:

- a surname: the last word of a full personal name that the model tagged PERSON in the story, or a name
  written after a personal title ("Professor Varoufakis"), and another spelling of one ("Teixiera");
- an acronym: capitals that abbreviate a multi-word name of the story (`stands_for`), with an edition
  written after it kept in the mention ("WWDC12", "WWDC 2012");
- a team's or body's short name: the last word of an organisation's name whose other words are a place
  ("Nationals" of "Washington Nationals"), unless the story ever writes it in lower case ("creamery") or
  it is a job title ("Sheriff" of "Genesee County Sheriff").

A word is only taken where no entity mention covers it, outside byline, dateline and furniture lines, and
not run together with another capitalised word: "Rice University" is not Condoleezza Rice, and a Title-Case
headline gives no surname. A word the story also writes in lower case about as often ("cook", "will") is a
common word, never taken. Pure text scanning: no spaCy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from factx.headlines import byline_lines
from factx.model import Document, Kind, Mention
from factx.normalize.names import (
    is_acronym,
    is_person_title,
    is_surname_title,
    person_name,
    stands_for,
    tokens,
)
from factx.normalize.places import is_place

PERSON = "PERSON"
ORG = "ORG"
NAMED_LABELS = ("ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW", "PRODUCT")  # what an acronym can stand for
MIN_SURNAME_LETTERS = 2
CAPITALS_PER_LOWER = 4
LOOK_BACK = 80  # characters searched for the word before a name
Spelling = tuple[Callable[[str], str], Callable[[str, str], bool]]
_ACRONYM = re.compile(r"(?<![\w.\-])([A-Z]{2,8})((?:19|20)?\d\d)?(?: ((?:19|20)\d\d))?(?![\w\-])")
_ANY_WORD = re.compile(r"(?<![\w\-])[^\W\d_][\w’'\-]*")
_CAPITALISED = re.compile(r"(?<![\w\-])[A-Z][a-z]{3,}(?![\w\-])")
_WORD_BEFORE = re.compile(r"([\w.’'\-]+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([\w’'\-]+)")


def rescan(
    documents: Sequence[Document], mentions: Iterable[Mention], *, spelling: Spelling | None = None
) -> list[Mention]:
    """Entity mentions of the story's known surnames, acronyms and short names that no mention covers.

    Args:
        documents: the story's articles (their text is scanned).
        mentions: the mentions found so far; only `entity` ones are used.
        spelling: a word's spelling key and a test that two words are spellings of one name; with it,
            another spelling of a known surname is taken too ("Teixiera" for "Teixeira").
    """
    entities = [m for m in mentions if m.kind is Kind.ENTITY]
    if not entities or not documents:
        return []
    lower = _common_words(documents)
    surnames = {w for w in _surnames(entities, titled_names(documents, entities)) if w.lower() not in lower}
    if spelling is not None:
        surnames |= _other_spellings(documents, surnames, spelling, lower)
    written_lower = {w for d in documents for w in _ANY_WORD.findall(d.text) if w[0].islower()}
    shorts = {w for w in _short_names(entities) if w.lower() not in written_lower and not is_person_title(w)}
    long_names = {
        m.text: m.label
        for m in sorted(entities, key=lambda m: m.text)
        if m.label in NAMED_LABELS and " " in m.text
    }
    acronyms = _acronym_labels(documents, long_names)
    covered: dict[str, list[tuple[int, int]]] = {}
    for m in entities:
        covered.setdefault(m.doc, []).append((m.start, m.end))
    found: list[Mention] = []
    for doc in documents:
        blocked = [*covered.get(doc.id, []), *_skipped_lines(doc)]
        found.extend(_words(doc, surnames, PERSON, blocked, lower))
        found.extend(_words(doc, shorts - surnames, ORG, blocked, lower))
        found.extend(_acronyms(doc, acronyms, blocked))
    return found


def _other_spellings(
    documents: Sequence[Document], surnames: set[str], spelling: Spelling, lower: set[str]
) -> set[str]:
    key, same = spelling
    by_key: dict[str, list[str]] = {}
    for name in surnames:
        by_key.setdefault(key(name), []).append(name)
    words = {w for d in documents for w in _CAPITALISED.findall(d.text)} - surnames
    return {
        w for w in words if w.lower() not in lower and any(same(w, name) for name in by_key.get(key(w), []))
    }


def _common_words(documents: Sequence[Document]) -> set[str]:
    """Words, in lower case, that the story writes in lower case at least once for every
    `CAPITALS_PER_LOWER` times it writes them capitalised: common words ("then", "will"), not a surname
    that one article once wrote carelessly ("teixeira" among eighty "Teixeira")."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for d in documents:
        for w in _ANY_WORD.findall(d.text):
            if w[0].islower():
                lower[w] += 1
            elif w[0].isupper():
                capital[w.lower()] += 1
    return {w for w, n in lower.items() if n * CAPITALS_PER_LOWER >= capital[w]}


def titled_names(documents: Sequence[Document], mentions: Iterable[Mention]) -> set[str]:
    """One-word PERSON mentions written right after a personal title ("Professor Varoufakis" →
    "Varoufakis"): evidence that the word is a surname."""
    texts = {d.id: d.text for d in documents}
    return {
        m.text
        for m in mentions
        if m.kind is Kind.ENTITY
        and m.label == PERSON
        and len(m.text.split()) == 1
        and _is_capitalised(m.text)
        and _after_title(texts.get(m.doc, ""), m.start)
    }


def _surnames(entities: list[Mention], titled: set[str]) -> set[str]:
    """Last words of the story's full personal names tagged PERSON ("Nirad Sinha" → "Sinha"), and names
    written after a personal title."""
    out = {t for t in titled if not is_place(t)}
    for m in entities:
        parts = person_name(m.text) if m.label == PERSON else None
        if parts is None:
            continue
        words = tokens(m.text)
        if parts.suffix and len(words) > 2:
            words = words[:-1]
        last = words[-1]
        name_like = len(last) >= MIN_SURNAME_LETTERS and _is_capitalised(last) and not is_place(last)
        if name_like and not is_person_title(last):  # not "Sheriff" of "Genesee County Sheriff"
            out.add(last)
    return out


def _short_names(entities: list[Mention]) -> set[str]:
    """Last words of organisation names whose other words are a place ("Washington Nationals" →
    "Nationals")."""
    out = set()
    for m in entities:
        words = m.text.split()
        if m.label != ORG or len(words) < 2 or len(tokens(m.text)) != len(words):
            continue
        last = words[-1]
        if _is_capitalised(last) and is_place(" ".join(words[:-1])) and not is_place(last):
            out.add(last)
    return out


def _after_title(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - LOOK_BACK), start)
    return before is not None and is_surname_title(before.group(1))


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _skipped_lines(doc: Document) -> list[tuple[int, int]]:
    ranges = [*byline_lines(doc.text), *doc.furniture]
    return [*ranges, doc.dateline] if doc.dateline else ranges


def _free(start: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    return not any(s < end and start < e for s, e in blocked)


def _alone(text: str, start: int, end: int, lower: set[str]) -> bool:
    """Whether the word at `start:end` stands apart from other capitalised words: the word before it is
    lower case, punctuated off, a title ("Professor Varoufakis") or a common word opening the sentence
    ("Then Sinha left", when the story also writes "then"), and the word after it is not capitalised."""
    before = _WORD_BEFORE.search(text, max(0, start - LOOK_BACK), start)
    word = before.group(1) if before else ""
    name_part = word[:1].isupper() and not is_person_title(word.rstrip(".")) and word.lower() not in lower
    if name_part and (not word.endswith(".") or len(word) <= 2):  # "J. Sinha" is a name; "Inc. Sinha" two
        return False
    after = _WORD_AFTER.match(text[end : end + 40])
    return not (after and after.group(1)[:1].isupper())


def _line(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip()


def _mention(doc: Document, start: int, end: int, label: str) -> Mention:
    text = doc.text[start:end]
    return Mention(doc.id, Kind.ENTITY, label, text, start, end, _line(doc.text, start, end))


def _words(doc: Document, words: set[str], label: str, blocked: list[tuple[int, int]], lower: set[str]):
    if not words:
        return
    pattern = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w\-])")
    for m in pattern.finditer(doc.text):
        if _free(m.start(), m.end(), blocked) and _alone(doc.text, m.start(), m.end(), lower):
            yield _mention(doc, m.start(), m.end(), label)


def _acronyms(doc: Document, labels: dict[str, str | None], blocked: list[tuple[int, int]]):
    for m in _ACRONYM.finditer(doc.text):
        label = labels.get(m.group(1))
        if label is not None and _free(m.start(), m.end(), blocked):
            yield _mention(doc, m.start(), m.end(), label)


def _acronym_labels(documents: Sequence[Document], long_names: dict[str, str]) -> dict[str, str | None]:
    """Each acronym the texts write → the label of the first name of the story it stands for, or None;
    names are looked up by initial, so a story of many articles stays fast."""
    by_initial: dict[str, list[tuple[str, str]]] = {}
    for name, label in long_names.items():
        words = name.split()
        heads = {words[0][0].upper(), words[1][0].upper() if words[0].lower() == "the" else ""}
        for head in heads - {""}:
            by_initial.setdefault(head, []).append((name, label))
    shorts = {m.group(1) for d in documents for m in _ACRONYM.finditer(d.text)}
    labels: dict[str, str | None] = {}
    for short in sorted(s for s in shorts if is_acronym(s)):
        names = by_initial.get(short[0], []) + (by_initial.get(short[1], []) if short[0] == "T" else [])
        labels[short] = next((lab for name, lab in names if stands_for(short, name)), None)
    return labels
