"""Find an article's publication date in its own text: a byline/dateline line near the top ("Last Updated:
Monday, 28 November 2005, 02:24 GMT", "Posted: 03/14/2013 06:37:46 AM PDT", "Published: 2012.08.08"), a
wire-service dateline opening the first paragraph ("WASHINGTON, Jan. 5, 2026 -- The government …"), or a
"published on …" line anywhere. A date inside a sentence about an event (a photo caption) is not one.

Numeric dates count only on such lines; they are read month first (4/9/2007 is April 9), unless the first
number cannot be a month (28/11/2005); with dots before a four-digit year, day first (05.12.2008 is
5 December), the European order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from difflib import get_close_matches
from functools import cache

from factx.lexicon import lexicon
from factx.model import Document, Grain, Kind, Mention
from factx.normalize.dates import resolve_date

BYLINE_LINES = 12
BYLINE_MAX_OTHER_WORDS = 6
_BYLINE_LEAD = re.compile(
    r"^\W*(?:by\b|(?:first\s+|last\s+)?(?:published|posted|updated|released)\b|dateline\b)", re.IGNORECASE
)
_NUMERIC_DATE = re.compile(
    r"\b(?:(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})"
    r"|(?P<y2>\d{4})\.(?P<m2>\d{1,2})\.(?P<d2>\d{1,2})"
    r"|(?P<m3>\d{1,2})\.(?P<d3>\d{1,2})\.(?P<y3>\d{2})"
    r"|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4}))\b"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?", re.IGNORECASE)
# A wire dateline: a place in capitals ("SUNNYVALE", "NEW YORK (Reuters)"), perhaps a state or country
# ("Calif.", "N.Y.", "France"), a comma or dash, a date, then a dash or a wire tag ("/PRNewswire/") that
# opens the story, or the end of the line when the story starts on the next.
_WIRE_LEAD = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:\s*\([A-Za-z .]+\))?"
    r"(?:,\s*[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][A-Za-z.]{0,12})?)?"
    r"\s*(?:,|--|—|–|-)\s*"
)
_WIRE_DASH = re.compile(r"\s*(?:\([A-Za-z .]+\)\s*|/[A-Za-z .-]{2,30}/\s*)?(?:(?:--|—|–|-)\s|$)")
# A month name misspelt ("Novembr 28, 2005"): a word close to a month name, then a day and a year.
_LOOSE_DATE = re.compile(r"\b([A-Za-z]{4,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
MONTH_SIMILARITY = 0.8


@cache
def _date_re() -> re.Pattern[str]:
    months = "|".join(sorted(lexicon()["months"], key=len, reverse=True))
    weekdays = "|".join(lexicon()["weekdays"])
    month = rf"(?:{months})\.?"
    return re.compile(
        rf"(?:(?:{weekdays}),?\s+)?(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{month},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})",
        re.IGNORECASE,
    )


@cache
def _published_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:first\s+)?(?:published|posted|released)(?:\s+(?:on|at))?\s*:?\s*({_date_re().pattern})",
        re.IGNORECASE,
    )


def _misspelt(line: str) -> re.Match[str] | None:
    """A date whose month is misspelt, when the word is close to one month name and no other word."""
    m = _LOOSE_DATE.search(line)
    if m is None or m.group(1).lower() in lexicon()["months"]:
        return None
    names = [n for n in lexicon()["months"] if len(n) > 3]
    close = get_close_matches(m.group(1).lower(), names, n=1, cutoff=MONTH_SIMILARITY)
    return m if close else None


def _misspelt_day(m: re.Match[str]) -> date | None:
    names = [n for n in lexicon()["months"] if len(n) > 3]
    month = lexicon()["months"][get_close_matches(m.group(1).lower(), names, n=1, cutoff=MONTH_SIMILARITY)[0]]
    try:
        return date(int(m.group(3)), month, int(m.group(2)))
    except ValueError:
        return None


def _numeric_day(m: re.Match[str]) -> date | None:
    """The day of a numeric date match, month first unless the first number cannot be a month."""
    if m.group("y2"):
        year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    elif m.group("y4"):  # "05.12.2008": dots before a full year are the European order, day first
        year, month, day = int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))
        if month > 12:
            month, day = day, month
    else:
        first, second = (m.group("m"), m.group("d")) if m.group("m") else (m.group("m3"), m.group("d3"))
        year = int(m.group("y") or m.group("y3"))
        month, day = int(first), int(second)
        if month > 12:
            month, day = day, month
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(text: str) -> date | None:
    found = resolve_date(text, None)
    if found is None or found.grain is not Grain.DAY or found.low is None:
        return None
    return found.low


@dataclass(frozen=True)
class Published:
    """A publication date found in the text, where it came from, and the characters that state it."""

    day: date
    origin: str
    span: tuple[int, int]


def _top_lines(text: str) -> Iterator[tuple[int, str]]:
    """The first `BYLINE_LINES` non-blank lines of `text`, stripped, each with its offset in `text`."""
    pos, seen = 0, 0
    for raw in text.splitlines(keepends=True):
        start, pos = pos, pos + len(raw)
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > BYLINE_LINES:
            return
        yield start + raw.index(line), line


def _byline(text: str) -> Published | None:
    for offset, line in _top_lines(text):
        day = _line_day(line)
        if day:
            return Published(day, "byline", (offset, offset + len(line)))
    return None


def _line_day(line: str) -> date | None:
    """The date a byline-like line states: a date with few other words around it (a time, a zone, "Posted:"),
    or any date after a lead such as "Updated"; numeric dates only on such lines and beside a time or lead."""
    m = _date_re().search(line)
    loose = None if m else _misspelt(line)
    numeric = None if m or loose else _NUMERIC_DATE.search(line)
    found = m or loose or numeric
    if not found:
        return None
    rest = _TIME.sub(" ", line[: found.start()] + " " + line[found.end() :]).strip()
    words = re.findall(r"[A-Za-z]+", rest)
    lead = _BYLINE_LEAD.match(line) is not None
    short = len(words) <= BYLINE_MAX_OTHER_WORDS and (not rest.endswith((".", "!", "?")) or len(words) <= 2)
    if not (short or lead):
        return None
    if numeric is not None:
        return _numeric_day(numeric) if lead or _TIME.search(line) or not words else None
    if loose is not None:
        return _misspelt_day(loose)
    return _day(found.group(0))


def _wire(text: str) -> Published | None:
    """A wire dateline opening the first paragraph ("WASHINGTON, Jan. 5, 2026 -- The government …") or on a
    line of its own ("SUNNYVALE, Calif. — 2/29/2012"); the place and the dash make a numeric date safe to read
    here, as a "Posted:" lead does on a byline."""
    for offset, line in _top_lines(text):
        lead = _WIRE_LEAD.match(line)
        if not lead:
            continue
        named = _date_re().match(line, lead.end())
        m = named or _NUMERIC_DATE.match(line, lead.end())
        if m and _WIRE_DASH.match(line, m.end()):
            day = _day(m.group(0)) if named else _numeric_day(m)
            if day:
                return Published(day, "byline", (offset, offset + m.end()))
    return None


def find_published(text: str) -> Published | None:
    """The publication date stated in `text`: a byline/dateline line near the top ("byline"), else a
    "published on …" line anywhere ("text"); None when the text states none."""
    found = _byline(text) or _wire(text)
    if found:
        return found
    m = _published_re().search(text)
    if m:
        day = _day(m.group(1))
        if day:
            return Published(day, "text", m.span())
    return None


def unresolved_note(documents: Iterable[Document], mentions: Iterable[Mention]) -> str | None:
    """One line for stderr when articles without a publication date hold dates left unresolved ("Sunday",
    "last month"): how many, in how many articles, and the `--published` option that resolves them."""
    undated = {d.id for d in documents if d.published is None}
    left = [m for m in mentions if m.kind is Kind.DATE and m.value is None and m.doc in undated]
    if not left:
        return None
    articles = len({m.doc for m in left})
    return (
        f"{len(left)} relative date(s) in {articles} article(s) with no publication date were left "
        "unresolved; "
        "pass --published YYYY-MM-DD (or DOC=YYYY-MM-DD for one article) to resolve them"
    )
