"""The rule modules behind dates: holidays computed by rule, the grammar table, and the lexicon's word lists
each reaching a sentence through the pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.holidays import easter, holiday, nth_weekday
from factx.lexicon import lexicon
from factx.model import Document, Kind


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2000, date(2000, 4, 23)),
        (2008, date(2008, 3, 23)),
        (2011, date(2011, 4, 24)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_by_computus(year, expected):
    assert easter(year) == expected


def test_nth_weekday_counts_from_either_end():
    assert nth_weekday(2014, 11, 3, 4) == date(2014, 11, 27)  # fourth Thursday
    assert nth_weekday(2014, 5, 0, -1) == date(2014, 5, 26)  # last Monday
    assert nth_weekday(2014, 2, 0, 5) is None  # February 2014 has four Mondays


def test_holiday_rules_of_every_form():
    assert holiday("christmas", 2020) == date(2020, 12, 25)
    assert holiday("thanksgiving", 2020) == date(2020, 11, 26)
    assert holiday("black friday", 2020) == date(2020, 11, 27)
    assert holiday("good friday", 2020) == date(2020, 4, 10)
    assert holiday("no such day", 2020) is None


def _dates(nlp, text: str, published: date | None = date(2020, 6, 10)):
    document = Document(id="t", text=text, published=published)
    return [m for m in extract(nlp(text), document, kinds={Kind.DATE})]


@pytest.mark.parametrize("name", sorted(lexicon()["holidays"]))
def test_every_holiday_in_the_lexicon_is_found_in_a_sentence(blank_nlp, name):
    text = f"The parade was held on {name.title()} 2019, organisers said."
    found = _dates(blank_nlp, text)
    assert any(m.value and m.value.startswith("2019-") and m.grain == "day" for m in found), found


@pytest.mark.parametrize("word", sorted(w for w in lexicon()["months"] if w != "may"))
def test_every_month_name_is_found_in_lower_case(blank_nlp, word):
    found = _dates(blank_nlp, f"the deal closed on {word} 3, 2019 after talks.")
    assert [m.value[:4] for m in found] == ["2019"]


@pytest.mark.parametrize("word", sorted(lexicon()["weekday_abbreviations"]))
def test_every_weekday_abbreviation_is_found(blank_nlp, word):
    written = word.title() if word.endswith(".") else word
    found = _dates(blank_nlp, f"The vote is set for next {written} at noon.")
    assert len(found) == 1 and found[0].grain == "day"


def test_relative_forms_stay_unresolved_without_a_publication_date(blank_nlp):
    found = _dates(blank_nlp, "Talks resume friday after next and end the 20th of next month.", None)
    assert found and all(m.value is None for m in found)
