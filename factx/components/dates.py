"""factx_dates: date expressions, absolute and relative ("Dec. 27, 2025", "last month", "Friday", "10/31/74",
"the third quarter of 2013", "two weeks after Easter")."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factx import date_finder
from factx.components.base import RuleComponent
from factx.lexicon import lexicon
from factx.model import Grain
from factx.normalize.dates import resolve_date

_JOINERS = frozenset({"and", "to", "until", "till", "through", "-", "–"})
_SINCE = "since"
_TRAILING = frozenset({",", ";", ":"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "whose"})


@cache
def _leads() -> frozenset[str]:
    """Words before a date that make it an interval: "since" and the lexicon's `date_open_leads`."""
    return frozenset({_SINCE, *lexicon()["date_open_leads"]})


_BARE_PERIOD = re.compile(
    r"(?:^|\s)(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter$", re.I
)
_SIZE_JOINERS = frozenset({"by", "x", "×"})
GAME_WINDOW = 20  # tokens each side of a bare "the third quarter" searched for signs of a game


@cache
def _game() -> re.Pattern[str]:
    """A score ("24-17") or a word of play ("touchdown", "three-pointer") from `game_period_cues`."""
    cues = "|".join(sorted((re.escape(w) for w in lexicon()["game_period_cues"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{cues})\b|(?<![\d/.-])\d{{1,3}}[-–]\d{{1,3}}(?![\d/.-])", re.I)


def _in_a_game(span: Span) -> bool:
    """Whether the words near `span` tell of a game."""
    doc = span.doc
    near = doc[max(0, span.start - GAME_WINDOW) : min(len(doc), span.end + GAME_WINDOW)]
    return _game().search(near.text) is not None


def _dimension(doc: Doc, i: int) -> bool:
    """Whether the number at token `i` is a side of a size: "<number> [noun] by <number>"."""
    if i + 2 < len(doc) and doc[i + 1].lower_ in _SIZE_JOINERS and doc[i + 2].like_num:
        return True
    if i < 2 or doc[i - 1].lower_ not in _SIZE_JOINERS:
        return False
    before = doc[i - 2]
    return before.like_num or (i >= 3 and before.is_alpha and doc[i - 3].like_num)


@cache
def _clock_after() -> frozenset[str]:
    """Words after a four-digit number that make it a time of day: time zones, "hrs", "local"."""
    return frozenset(lexicon()["clock_after"])


_APPOSITION = frozenset({",", "(", "-", "–", "—"})  # what may stand between a relative day and its date


def _restates(first: Span, second: Span) -> bool:
    """Whether `second` names outright the day that `first` names relative to the article: "today Thursday,
    March 14, 2013", "yesterday (March 13, 2013)". The two are one statement; the outright day is the claim,
    and it needs no publication date."""
    gap = first.doc[first.end : second.start]
    if len(gap) > 1 or any(t.text not in _APPOSITION for t in gap):
        return False
    said, stated = resolve_date(first.text, None), resolve_date(second.text, None)
    if said is None or said.value is not None or stated is None or stated.grain is not Grain.DAY:
        return False
    day = resolve_date(first.text, stated.low)  # a day too ("last week, March 3, 2024" is two statements)
    return day is not None and day.grain is Grain.DAY


@Language.factory("factx_dates", assigns=["doc.spans"], default_config={"span_key": "factx_dates"})
def make_dates(nlp: Language, name: str, span_key: str) -> DateComponent:
    return DateComponent(nlp, name, span_key)


class DateComponent(RuleComponent):
    """Date candidates from three sources, longest first on overlap: the token patterns of
    `patterns/dates.jsonl`, the case-insensitive text rules of `factx.date_finder`, and the model's DATE
    entities when there is a model. Keeps those the date resolver understands, without a leading preposition
    that does not change their meaning ("in 2018" → "2018"; "since 2010" and "in two weeks" stay whole)."""

    pattern_file = "dates"

    def match(self, doc: Doc) -> list[Span]:
        found = [Span(doc, start, end, label=self.label) for _, start, end in self.matcher(doc)]
        for start, end in date_finder.find(doc.text):
            span = doc.char_span(start, end, label=self.label, alignment_mode="expand")
            if span is not None and len(span):
                found.append(span)
        shaped = (self.shape(span) for span in found)
        kept = filter_spans([s for s in shaped if s is not None and self.keep(s)])
        covered = {i for span in kept for i in range(span.start, span.end)}
        for ent in doc.ents:
            if ent.label_ != "DATE" or covered.intersection(range(ent.start, ent.end)):
                continue  # the rules read this stretch already; the model's wider guess does not replace them
            span = self.shape(Span(doc, ent.start, ent.end, label=self.label))
            if span is not None and self.keep(span):
                kept.append(span)
        return self.join(sorted(kept, key=lambda s: s.start))

    def join(self, spans: list[Span]) -> list[Span]:
        """Widen spans into the intervals their neighbours make: "since" + a date ("since last year"), and
        "between"/"from" + a date + "and"/"to" + a date ("between June 1 and June 5")."""
        out: list[Span] = []
        for span in spans:
            doc = span.doc
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            if out and before in _JOINERS and out[-1].end == span.start - 1:
                first = out[-1]
                lead = first.start - 1
                if lead >= 0 and doc[lead].lower_ in ("between", "from"):
                    joined = Span(doc, lead, span.end, label=self.label)
                    if self.keep(joined):
                        out[-1] = joined
                        continue
            if out and _restates(out[-1], span):
                out[-1] = self.widen(span)  # "today, Thursday, March 14, 2013": one day said twice
                continue
            span = self.widen(span)
            out.append(span)
        return out

    def widen(self, span: Span) -> Span:
        """`span` with the word(s) before it that make it an interval: "since" ("since last year"), "before",
        "after", "until", "by" ("before 2014": up to 2013-12-31). Not a possessive ("after Monday's vote" is
        a vote on Monday)."""
        doc = span.doc
        if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
            return span
        for size in (3, 2, 1):
            start = span.start - size
            if start < 0 or " ".join(t.lower_ for t in doc[start : span.start]) not in _leads():
                continue
            widened = Span(doc, start, span.end, label=self.label)
            if self.keep(widened):
                return widened
        return span

    def shape(self, span: Span) -> Span | None:
        if span[0].lower_ == "last" and span[0].pos_ == "VERB":
            if len(span) == 1:  # "will last three months": a length of time, not "the last three months"
                return None
            span = span.doc[span.start + 1 : span.end]
        end = span.end
        while end - span.start > 1 and span.doc[end - 1].text in _TRAILING:
            end -= 1  # "the end of July, which …": a pattern's optional comma before a year that is not there
        if end < span.end:
            span = Span(span.doc, span.start, end, label=span.label)
        trim = set(lexicon()["date_trim"])
        start = span.start
        while start < span.end - 1 and span.doc[start].lower_ in trim:
            start += 1
        if span.end - start == 2 and span.doc[start].lower_ in _DETERMINERS and span[-1].shape_ == "dddd":
            start += 1  # "a 2010 raid": the year alone
        if start == span.start:
            return span
        trimmed = span.doc[start : span.end]
        if resolve_date(trimmed.text, None) is None and resolve_date(span.text, None) is not None:
            return span
        return trimmed

    def keep(self, span: Span) -> bool:
        if resolve_date(span.text, None) is None:
            return False
        if _BARE_PERIOD.search(span.text) and _in_a_game(span):
            return False  # "scored twice in the third quarter": a period of play, not of the year
        last = span[-1]
        if last.shape_ == "dddd" and len(span) <= 2 and _dimension(span.doc, last.i):
            return False  # "2880 pixels by 1800", "1920 by 1080": a size
        if len(span) == 1 and last.shape_ == "dddd":
            after = span.doc[last.i + 1] if last.i + 1 < len(span.doc) else None
            if after is not None and after.lower_ in date_finder.year_count_nouns():
                return False
            if after is not None and after.lower_ in _clock_after():
                return False  # "(1852 HKT)", "1100 GMT": a time of day
        return True
