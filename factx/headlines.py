"""Find headline, dateline and byline lines in an article's plain text.

News text keeps its headline and byline as lines of their own. Written in Title Case ("Lindsay Lohan Checks
Into Rehab"), a headline looks to a statistical tagger like one long name, and a byline ("By Jane Doe,
Staff Reporters") names the writer, not anyone in the story. The entity component uses these line ranges
to trim headline spans to names the article's body also uses, and to drop byline spans.

Pure string functions on the text; the word lists are data in `patterns/headlines.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factx.errors import PatternError

BYLINE_MAX_WORDS = 12  # a byline names one to three writers and their desk; a longer line is a sentence
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*")


@dataclass(frozen=True)
class _Rules:
    small_words: frozenset[str]
    byline: re.Pattern[str]
    max_words: int
    top_lines: int
    title_share: float


@cache
def _rules() -> _Rules:
    path = "patterns/headlines.json"
    try:
        data = json.loads(resources.files("factx.patterns").joinpath("headlines.json").read_text("utf-8"))
        return _Rules(
            small_words=frozenset(w.lower() for w in data["small_words"]),
            byline=re.compile("^(?:" + "|".join(data["byline"]) + ")$", re.IGNORECASE),
            max_words=int(data["headline_max_words"]),
            top_lines=int(data["top_lines"]),
            title_share=float(data["title_share"]),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise PatternError(f"{path}: {exc}") from exc


def _lines(text: str):
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield pos + lead, pos + lead + len(stripped), stripped
        pos += len(raw)


def is_title_case(line: str) -> bool:
    """Whether a line is written in Title Case or capitals: nearly every word that is not a short function
    word starts with a capital ("Nationals' Eight-Year Offer to Teixeira Reportedly Bumped")."""
    rules = _rules()
    words = [w for w in _WORD.findall(line) if w.lower() not in rules.small_words]
    if len(words) < 2:
        return False
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= rules.title_share * len(words)


def _is_headline(line: str, top: bool) -> bool:
    rules = _rules()
    words = _WORD.findall(line)
    if not words or len(words) > rules.max_words or line.endswith("."):
        return False
    return top or is_title_case(line)


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that read as headlines or datelines: no final full stop, short, and
    either among the article's first lines or in Title Case; bylines aside. A text of one line has no
    headline."""
    lines = list(_lines(text))
    if len(lines) < 2:
        return []
    top = _rules().top_lines
    bylines = set(byline_lines(text))
    return [
        (s, e)
        for n, (s, e, line) in enumerate(lines)
        if _is_headline(line, n < top) and (s, e) not in bylines
    ]


def byline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of byline lines ("By Jane Doe", "Jane Doe, Staff Reporter", "Posted by …")."""
    rules = _rules()
    return [
        (s, e)
        for s, e, line in _lines(text)
        if rules.byline.match(line)
        and not line.endswith(".")
        and len(_WORD.findall(line)) <= BYLINE_MAX_WORDS
    ]
