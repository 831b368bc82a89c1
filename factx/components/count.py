"""factx_count: counts of things ("more than 30 countries", "dozens of allied nations", "15 countries reps").

A count is a number phrase from `patterns/count.jsonl` and what it counts (`count_nouns.py`): the noun after
it, through "of" after vague numbers and partitives, over adjectives and participles, up to the first plural
noun; or, with no noun, the people or measure the words around it name ("killing one", "a 10-metre dhow").
With a tagger the noun is found by part of speech; on a blank pipeline by its plural form. Ages ("Smith,
45,", "the 38-year-old") are counts of years (`ages.py`).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factx.components.ages import AGE_UNIT, find_ages
from factx.components.base import RuleComponent, taken, with_qualifier
from factx.components.count_nouns import Counted, counted, measure_compound, model_letters, names_people_event
from factx.count_words import count_words
from factx.lexicon import lexicon
from factx.normalize.measure_units import misspelt_unit
from factx.normalize.numbers import normalize_count, singular

UNIT_EXTENSION = "factx_unit"
if not Span.has_extension(UNIT_EXTENSION):
    Span.set_extension(UNIT_EXTENSION, default=None)


@Language.factory(
    "factx_count",
    assigns=["doc.spans"],
    default_config={
        "span_key": "factx_count",
        "exclude": ["factx_money", "factx_percent", "factx_dates", "factx_duration"],
    },
)
def make_count(nlp: Language, name: str, span_key: str, exclude: list[str]) -> CountComponent:
    return CountComponent(nlp, name, span_key, exclude)


class CountComponent(RuleComponent):
    """Keeps number phrases that count a noun, not money, percentages, dates or durations; adds ages.

    A span whose unit is not the lemma of its last token ("killing one" counts people, "a 10-metre dhow"
    metres) carries it in `span._.factx_unit` (see `count_unit`).
    """

    pattern_file = "count"

    def __init__(self, nlp: Language, name: str, span_key: str, exclude: list[str]):
        super().__init__(nlp, name, span_key)
        self.exclude = exclude
        self._taken: set[int] = set()
        self._tagged = False
        self._parsed = False

    def __call__(self, doc: Doc) -> Doc:
        self._taken = taken(doc, self.exclude)
        self._tagged = doc.has_annotation("TAG")
        self._parsed = doc.has_annotation("DEP")
        return super().__call__(doc)

    def match(self, doc: Doc) -> list[Span]:
        ages = []
        for start, end in find_ages(doc):
            span = Span(doc, start, end, label=self.label)
            if not self._taken.intersection(range(start, end)):
                span._.set(UNIT_EXTENSION, AGE_UNIT)
                ages.append(span)
        return filter_spans([*ages, *super().match(doc)])

    def shape(self, span: Span) -> Span | None:
        doc = span.doc
        if _is_code(span) or _is_label(span, parsed=self._parsed):
            return None
        if span[0].lower_ == "one" and _next(doc, span.end, "of"):
            return None
        if span[-1].text.endswith(INCH_MARK):
            found = Counted(span.end, "inch")  # "a 13″ screen", "0.71″ thin"
        elif _hyphen_follows(span):
            found = measure_compound(span)
        else:
            found = counted(span, tagged=self._tagged, parsed=self._parsed)
        if found is None:
            return None
        found = _per_hour(doc, found)
        if (
            found.unit is None
            and found.end < len(doc)
            and (typo := misspelt_unit(doc[found.end - 1].text, doc[found.end].text))
        ):
            found = Counted(found.end, typo)  # "twenty-six mils north of": miles
        shaped = with_qualifier(doc[span.start : found.end])
        if shaped[0].lower_ == "over" and doc[found.end - 1].lower_ in count_words().spread_units:
            shaped = doc[span.start : found.end]  # "$52 million over six seasons": across them, not more
        if found.unit is not None:
            shaped._.set(UNIT_EXTENSION, found.unit)
        return shaped

    def keep(self, span: Span) -> bool:
        if self._taken.intersection(range(span.start, span.end)):
            return False
        return normalize_count(number_text(span)) is not None


INCH_MARK = "″"  # the double prime after a number: inches
_PER = frozenset({"per", "an", "a"})


def _per_hour(doc: Doc, found: Counted) -> Counted:
    """ "120 miles per hour", "90 kilometres an hour", "220 pixels per inch": a rate, not a distance or a
    number of things. Any counted noun takes "per" and a denominator of the `rate_denominators` list; "an
    hour" only follows a measure unit ("two trains an hour" stays a count of trains). The unit ("mile per
    hour") folds to its abbreviation ("mph") through the lexicon's unit synonyms."""
    end = found.end
    if found.unit is not None or end + 1 >= len(doc) or not doc[end - 1].is_alpha:
        return found
    words = count_words()
    per, denominator = doc[end].lower_, doc[end + 1].lower_
    measure = doc[end - 1].lower_ in words.measure_units
    if denominator in words.rate_denominators and (per == "per" or (per in _PER and measure)):
        return Counted(end + 2, f"{singular(doc[end - 1].lower_)} per {denominator}")
    return found


def count_unit(span: Span) -> str | None:
    """The unit a count span was given when its last token does not name it (None otherwise)."""
    return span._.get(UNIT_EXTENSION)


def _next(doc: Doc, i: int, text: str) -> bool:
    return i < len(doc) and doc[i].lower_ == text


def _hyphen_follows(span: Span) -> bool:
    """ "four-year", "30-year-old", "10-metre": the number is the first part of a hyphenated word."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_


def _is_label(span: Span, *, parsed: bool) -> bool:
    """ "Reporter 0 wrote", "Interstate 75", "Flight 370": a number naming the thing before it, not counting.

    With a parse, the number hangs from that capitalised word; without one, the word does not open the
    sentence or a word (not a stop word) follows the number, so "Kills 1, Wounds 2" in a headline stays a
    count when the parse says so. Qualifiers ("Nearly 40") and calendar words are never labels.
    """
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if not (before.is_alpha and before.is_title) or before.is_stop or before.lower_ in _not_labels():
        return False
    if names_people_event(before):  # a headline's "Kills 2"
        return False
    if parsed:
        return span.root.head.i == before.i
    after = doc[span.end] if span.end < len(doc) else None
    return not before.is_sent_start or (after is not None and after.is_alpha and not after.is_stop)


@cache
def _not_labels() -> frozenset[str]:
    lex = lexicon()
    words = {p.split()[0] for p in lex["qualifiers"]} | set(lex["months"]) | set(lex["weekdays"])
    return frozenset(w.rstrip(".") for w in words)


def _is_code(span: Span) -> bool:
    """ "F-16", "COVID-19", "No. 10", "#3", "AK 47" are not counts."""
    doc = span.doc
    if span.start >= 1 and doc[span.start - 1].text in ("-", "#", "No.", "no.", "No", "number", "Number"):
        return True
    if span.start >= 1 and model_letters(doc[span.start - 1]):
        return True
    return span.start >= 1 and not doc[span.start - 1].whitespace_ and doc[span.start - 1].is_alpha


def number_text(span: Span) -> str:
    """The qualifier-and-number part of a count span: its longest prefix that parses as a number."""
    if span[-1].text.endswith(INCH_MARK):
        return span.text.removesuffix(INCH_MARK)
    if span[-1].like_num and normalize_count(span.text) is not None:
        return span.text  # a bare number: "an approximate 200,000" is not "an" (1)
    for cut in range(span.end - 1, span.start, -1):
        text = span.doc[span.start : cut].text
        if normalize_count(text) is not None:
            return text
    return span.text
