"""Find date expressions in raw text by rule, in any case, without the statistical NER.

Each pattern proposes a character range; the date component keeps the ones the resolver can read. The patterns
are built from the lexicon's word lists (months, weekdays, holidays, seasons, ordinals), never typed in here.
Forms that are dates only in context ("2/15", a bare year) need a cue: a preposition, a weekday or a
determiner ("on 2/15", "in 1974", "a 2010 raid").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factx.lexicon import lexicon
from factx.regex_needs import FOLDS_TO_ASCII, Needs, absent, first_chars, needs

_BEFORE = r"(?<![\w$€£¥₹/.\-])"
_AFTER = r"(?![\w/]|[.\-:]\d|\s*%)"
# Words that read as something else in lower case: "may" (the verb), "sat"/"sun"/"mon"/"wed". They count
# only capitalized.
_CASED_MONTHS = ("may",)
_NOT_YEAR_CUES = ("as", "at", "on")  # "as 2012 ended", "at 2000 metres", "on 1999 prices": too loose


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_HOLIDAY_CHARS = {"'": "['’]", ".": r"\.?", " ": r"\s+"}


def _trie(words, chars: dict[str, str]) -> str:
    """One regular expression for many words, shared beginnings written once ("christmas(?: eve| day)?"): a
    scan then tries each letter once instead of every word in turn. `chars` spells some letters loosely."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [chars.get(ch, re.escape(ch)) + emit(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(root)


def _abbreviates(word: str, number: int, table: dict[str, int]) -> bool:
    """Whether `word` is a short form of a longer name for the same thing ("sept" of "september")."""
    return any(other != word and other.startswith(word) and n == number for other, n in table.items())


@cache
def _parts() -> dict[str, str]:
    lex = lexicon()
    full = [m for m, n in lex["months"].items() if not _abbreviates(m, n, lex["months"])]
    short = [m for m, n in lex["months"].items() if _abbreviates(m, n, lex["months"])]
    months = [m for m in full if m not in _CASED_MONTHS]
    cased = "|".join(m.title() for m in _CASED_MONTHS)
    weekday_abbr = [a.rstrip(".") for a in lex["weekday_abbreviations"] if not a.endswith(".")]
    cased_abbr = [a.rstrip(".").title() for a in lex["weekday_abbreviations"] if a.endswith(".")]
    cues = [*lex["date_trim"], *lex["date_open_leads"], "since", "early", "late", "mid"]
    cues = [re.escape(c).replace(r"\ ", r"\s+") for c in dict.fromkeys(cues) if c not in _NOT_YEAR_CUES]
    return {
        "MON": rf"(?:{_alt(months)}|(?:{_alt(short)})\.?|(?-i:{cased})|(?-i:{cased.upper()}))",
        "MONANY": rf"(?:{_alt(full)}|(?:{_alt(short)})\.?)",
        "WD": rf"(?:{_alt(lex['weekdays'])}|(?:{_alt(weekday_abbr)})\.?|(?-i:(?:{_alt(cased_abbr)})\.))",
        "HOL": "(?:" + _trie(lex["holidays"], _HOLIDAY_CHARS) + ")",
        "SEASON": f"(?:{_alt(lex['seasons'])})",
        "HOLSPAN": f"(?:{_alt(lex['holiday_spans'])})",
        "WDC": f"(?-i:{_alt(cased_abbr)})",  # "Wed" without its dot, only capitalized ("wed" is a verb)
        "HOLSPANT": f"(?-i:{_alt(n.title() for n in lex['holiday_spans'])})",  # "Lent", not "lent" (lend)
        "ORD": f"(?:{_alt(lex['ordinals'])})",
        "CORD": f"(?:{_alt(lex['century_ordinals'])})",
        "DECW": f"(?:{_alt(lex['decade_words'])})",
        "DORD": f"(?:{_alt(lex['day_ordinals'])})",
        "N": rf"(?:\d{{1,3}}|{_alt(lex['number_words'])}|a|an)",
        # the abbreviations first: "week-end" is not "week" and a stray "-end"
        "UNIT": rf"(?:{_alt(lex['period_abbreviations'])}|day|weekend|week|month|quarter|year)",
        "Y": r"(?:1[5-9]\d\d|20\d\d|21\d\d)",
        "TH": r"(?:st|nd|rd|th)?",
        "DASH": r"\s*(?:-|–|to|and|until|through|thru|till)\s*",
        "DET": r"(?:a|an|the|this|that|its|his|her|their|our|whose)",
        # words before a bare year that make it one: the date_trim prepositions, the open-interval leads
        # ("before", "prior to", "no later than"), "since", and the parts of a period
        "CUE": "(?:" + "|".join(sorted(cues, key=len, reverse=True)) + ")",
    }


PATTERNS = (
    # numeric
    r"\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d{2})",
    r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})",
    r"\d{4}([-/.])\d{1,2}\1\d{1,2}",
    r"{Y}/\d{1,2}|\d{1,2}/{Y}",
    r"\d{1,2}-{MON}-(?:\d{4}|\d{2})",
    r"\d{1,2}{MON}\s+{Y}",
    r"(?:(?:on|since|by|until|from|before|after)\s+|{WD},?\s+)\d{1,2}/\d{1,2}",
    # month names
    r"(?:{WD},?\s+)?(?:the\s+)?\d{1,2}{TH}\s+(?:of\s+)?{MON}(?:,?\s+{Y})?",
    r"(?:(?:between|from)\s+)?(?:the\s+)?\d{1,2}{TH}{DASH}(?:the\s+)?\d{1,2}{TH}\s+(?:of\s+)?{MON}(?:,?\s+{Y})?",
    r"(?:{WD},?\s+)?{MON}\s+\d{1,2}{TH}(?:,?\s+{Y})?",
    r"(?:(?:between|from)\s+)?{MON}\s+\d{1,2}{TH}{DASH}\d{1,2}{TH}(?:,?\s+{Y})?",
    r"(?:(?:early|mid|late)[-\s]+|the\s+(?:beginning|start|middle|end)\s+of\s+)?{MON},?\s+(?:of\s+)?{Y}",
    r"(?:last|next|this|in|since|until|by|during|early|late|mid|from|through)[-\s]+{MON}(?![.,]?\s*\d)",
    r"(?:last|next|early|late|mid)[-\s]+{MONANY}",
    r"(?:between|from)\s+{MON}\s+(?:and|to|until|through)\s+{MON}(?:,?\s+{Y})?",
    # weekdays and their compositions
    r"(?:(?:last|next|this|coming|past|on)\s+)?{WD}(?:\s+(?:morning|afternoon|evening|night))?",
    r"{WD}\s+of\s+(?:last|next|this)\s+week|{WD}\s+after\s+next",
    r"(?:the\s+)?{ORD}\s+(?:{WD}|day)\s+(?:of|in)\s+(?:{MON}(?:,?\s+{Y})?|{Y}|(?:this|next|last|the)\s+month)",
    r"(?:the\s+)?\d{1,2}{TH}\s+of\s+(?:last|next|this)\s+month",
    r"{N}\s+{WD}s\s+(?:from\s+now|ago)",
    # counted offsets and intervals
    r"{N}\s+{UNIT}s?\s+(?:from\s+(?:now|today)|hence|ago)",
    r"in\s+{N}\s+(?:day|week|month|year)s?(?:['’]?\s+time)?",
    r"(?:{N}|the)\s+(?:day|week)s?\s+(?:before|after)\s+(?:the\s+)?{HOL}(?:,?\s+{Y})?",
    r"the\s+(?:last|past|previous|next|coming)\s+{N}\s+(?:day|week|month|year)s",
    r"the\s+week\s+of\s+{MON}\s+\d{1,2}{TH}(?:,?\s+{Y})?",
    r"(?:between|from)\s+{Y}{DASH}(?:\d{4}|\d\d)|{Y}\s*(?:-|–|to|through)\s*(?:\d{4}|\d\d)",
    # years
    r"(?:{CUE}|year)[-\s]+{Y}",
    r"{DET}\s+{Y}(?=\s+[a-z])",
    r"\({Y}\)",
    r"the\s+year\s+{Y}",
    r"(?:last|next|this|past|coming|previous)\s+(?:{UNIT}|weekend|quarter)",
    r"(?:yesterday|today|tomorrow)\s+(?:morning|afternoon|evening|night)",
    r"this\s+(?:coming|past)\s+(?:{WD}|week|weekend|month|year|{SEASON})",
    r"{N}\s+fortnights?\s+(?:ago|from\s+now|hence)",
    r"the\s+(?:['’]?[1-9]0['’]?s|{DECW})",
    r"(?:the\s+)?{DORD}\s+(?:of\s+)?{MON}(?:,?\s+{Y})?|{MON}\s+(?:the\s+)?{DORD}(?:,?\s+{Y})?",
    r"(?:(?:early|late|mid|earlier|later)[-\s]+)(?:last|next|this)\s+(?:week|month|year|yr)",
    r"the\s+(?:beginning|start|middle|end)\s+of\s+(?:the|this|last|next)\s+(?:year|month|week)",
    r"the\s+(?:beginning|start|middle|end)\s+of\s+{Y}",
    # decades, centuries, seasons, quarters, halves
    r"(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:1[5-9]|20)\d0['’]?s",
    r"(?:the\s+)?['’]\d0s",
    r"the\s+(?:\d{1,2}(?:st|nd|rd|th)|{CORD})\s+century",
    r"(?:this|last|next|past|coming|previous)\s+{SEASON}|(?:the\s+)?{SEASON},?\s+(?:of\s+)?{Y}",
    r"(?:Q[1-4]|[1-4]Q|H[12]),?\s+{Y}",
    r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter(?:\s+of\s+(?:{Y}|(?:this|last|next|the)\s+year))?",
    r"(?:the\s+)?(?:first|second|1st|2nd|last|final)\s+half\s+of\s+(?:{Y}|(?:this|last|next|the)\s+year)",
    # holidays
    r"(?:the\s+)?{HOL}(?:,?\s+{Y})?",
    r"the\s+day\s+(?:before|after)\s+(?:the\s+)?{HOL}(?:,?\s+{Y})?",
)


@cache
def _compiled() -> tuple[re.Pattern[str], ...]:
    from factx import date_forms

    compiled = [re.compile(_BEFORE + f"(?:{_fill(s)})" + _AFTER, re.IGNORECASE) for s in PATTERNS]
    compiled.append(_lookahead(date_forms.PATTERNS))
    return tuple(compiled)


@cache
def _gated() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    from factx import date_forms

    return tuple((words, _lookahead([source])) for words, source in date_forms.GATED_PATTERNS)


def _fill(source: str) -> str:
    for key, value in _parts().items():
        source = source.replace("{" + key + "}", value)
    return source


def _lookahead(sources) -> re.Pattern[str]:
    """The added forms in one pass: a lookahead, so a form starting inside another's match is still seen
    ("the 20th of next month" inside "on the 20th of next month")."""
    forms = "|".join(_guarded(f"(?:{_fill(s)})") for s in sources)
    return re.compile(_BEFORE + f"(?=(?P<whole>(?:{forms}){_AFTER}))", re.IGNORECASE)


@cache
def _needs() -> tuple[Needs, ...]:
    """What each pattern of `_compiled()` cannot match without (`factx.regex_needs`)."""
    from factx import date_forms

    out = [needs(f"(?:{_fill(s)})", re.IGNORECASE) for s in PATTERNS]
    out.append(needs("(?:" + "|".join(f"(?:{_fill(s)})" for s in date_forms.PATTERNS) + ")", re.IGNORECASE))
    return tuple(out)


@cache
def _gated_needs() -> tuple[Needs, ...]:
    from factx import date_forms

    return tuple(needs(f"(?:{_fill(source)})", re.IGNORECASE) for _, source in date_forms.GATED_PATTERNS)


def _guarded(form: str) -> str:
    """`form` behind a lookahead for the characters it can start with (`regex_needs.first_chars`): one look
    turns it away where it cannot start, instead of a try at each of its words. It matches the same."""
    first = first_chars(form, re.IGNORECASE)
    return f"(?:(?={first}){form})" if first else form


def find(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges in `text` that may be date expressions (overlapping; longest wins later). Forms
    with a rare word are tried only when the text has the word, and a pattern is not tried on a text that
    lacks a word it needs (`factx.regex_needs`): what is found is the same, the scan is shorter."""
    lowered = text.lower()
    sure = any(c in text for c in FOLDS_TO_ASCII)  # a text `lowered` does not show exactly: scan it all
    seen: dict[str, bool] = {}
    kept = [p for p, n in zip(_compiled(), _needs(), strict=True) if sure or not absent(lowered, n, seen)]
    gated = [
        pattern
        for (words, pattern), n in zip(_gated(), _gated_needs(), strict=True)
        if any(w in lowered for w in words) and (sure or not absent(lowered, n, seen))
    ]
    for pattern in (*kept, *gated):
        whole = "whole" in pattern.groupindex
        for m in pattern.finditer(text):
            yield m.span("whole") if whole else m.span()


@cache
def year_count_nouns() -> frozenset[str]:
    """Nouns that make a number after a determiner a count, not a year ("the 2000 people")."""
    return frozenset(lexicon()["year_count_nouns"])
