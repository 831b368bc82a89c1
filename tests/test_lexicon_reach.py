"""Every entry of the lexicon's money, duration and date word lists is found in a sentence through the rule
pipeline: a word that no rule reads is drift (issue #9: "May Day" was in the lexicon and no rule matched it).
Holidays, month names and weekday abbreviations are covered in `test_date_rules.py`.

Each expected value follows from the sentence by hand: "5 <scale>" is 5 × the scale, "<qualifier> $40" keeps
40 and the qualifier's class, and so on."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.lexicon import lexicon
from factx.model import Document, Kind, Qualifier

LEX = lexicon()
PUBLISHED = date(2014, 10, 15)


def _found(nlp, text: str, kind: Kind):
    document = Document(id="t", text=text, published=PUBLISHED)
    return list(extract(nlp(text), document, kinds={kind}))


@pytest.mark.parametrize("symbol", sorted(LEX["currency_symbols"]))
def test_every_currency_symbol(blank_nlp, symbol):
    (m,) = _found(blank_nlp, f"The tickets cost {symbol}40 each.", Kind.MONEY)
    assert (m.value, m.unit) == (40, LEX["currency_symbols"][symbol])


@pytest.mark.parametrize("word", sorted({**LEX["currency_words"], **LEX["currency_words_extra"]}))
def test_every_currency_word(blank_nlp, word):
    found = _found(blank_nlp, f"The fine was 300 {word}, the court said.", Kind.MONEY)
    assert [m.value for m in found] == [300], found


@pytest.mark.parametrize("word", sorted(LEX["money_slang"]))
def test_every_money_slang_word(blank_nlp, word):
    found = _found(blank_nlp, f"He paid 20 {word} for the car.", Kind.MONEY)
    scale = LEX["scales"][LEX["money_slang"][word].split()[0]]  # "grand": "thousand dollars"
    assert [m.value for m in found] == [20 * scale]


@pytest.mark.parametrize("word", sorted(w for w in LEX["currency_subunits"] if w.isalpha() and len(w) > 1))
def test_every_currency_subunit_word(blank_nlp, word):
    found = _found(blank_nlp, f"The price rose by 40 {word} overnight.", Kind.MONEY)
    assert [m.value for m in found] == [0.4]


@pytest.mark.parametrize("word", sorted(LEX["scales"]))
def test_every_scale_word_after_a_symbol(blank_nlp, word):
    found = _found(blank_nlp, f"The deal is worth $5 {word} in total.", Kind.MONEY)
    assert [m.value for m in found] == [5 * LEX["scales"][word]]


# Full words are written apart from their digits ("$5 million"); the short forms may be glued ("$5bn").
_WRITTEN_APART = {"hundred", "thousand", "million", "billion", "trillion"}


@pytest.mark.parametrize("word", sorted(set(LEX["scales"]) - _WRITTEN_APART))
def test_every_scale_word_glued_to_its_digits(blank_nlp, word):
    found = _found(blank_nlp, f"The deal is worth $5{word} in total.", Kind.MONEY)
    assert [m.value for m in found] == [5 * LEX["scales"][word]]


_OPEN_LOW = {"more_than", "at_least"}
_OPEN_HIGH = {"less_than", "at_most"}


@pytest.mark.parametrize("phrase", sorted(p for p in LEX["qualifiers"] if p not in LEX["qualifier_suffixes"]))
def test_every_qualifier_before_money(blank_nlp, phrase):
    found = _found(blank_nlp, f"The bill came to {phrase} $40 last year.", Kind.MONEY)
    assert [(m.value, m.qualifier) for m in found] == [(40, Qualifier(LEX["qualifiers"][phrase]))]
    expected_class = LEX["qualifiers"][phrase]
    assert (found[0].high is None) == (expected_class in _OPEN_LOW)
    assert (found[0].low is None) == (expected_class in _OPEN_HIGH)


@pytest.mark.parametrize("phrase", LEX["qualifier_suffixes"])
def test_every_qualifier_after_money(blank_nlp, phrase):
    found = _found(blank_nlp, f"The bill came to $40 {phrase} last year.", Kind.MONEY)
    assert [(m.value, m.qualifier) for m in found] == [(40, Qualifier(LEX["qualifiers"][phrase]))]


@pytest.mark.parametrize("adjective", sorted(LEX["dollar_adjectives"]))
def test_every_dollar_adjective(blank_nlp, adjective):
    found = _found(blank_nlp, f"The grant was 70 {adjective.title()} dollars a head.", Kind.MONEY)
    assert [(m.value, m.unit) for m in found] == [(70, LEX["dollar_adjectives"][adjective])]


@pytest.mark.parametrize("word", sorted(LEX["duration_units"]))
def test_every_duration_unit(blank_nlp, word):
    unit, factor = LEX["duration_units"][word]
    found = _found(blank_nlp, f"The strike lasted 3 {word}, the union said.", Kind.DURATION)
    assert [(m.value, m.unit) for m in found] == [(3 * factor, unit)]


@pytest.mark.parametrize("word", sorted(LEX["seasons"]))
def test_every_season(blank_nlp, word):
    (m,) = _found(blank_nlp, f"The bridge reopened in {word} 2012, officials said.", Kind.DATE)
    assert m.value == f"2012-{LEX['seasons'][word]}"


@pytest.mark.parametrize("word", sorted(LEX["day_ordinals"]))
def test_every_day_ordinal(blank_nlp, word):
    (m,) = _found(blank_nlp, f"The law was passed on the {word} of January 2013.", Kind.DATE)
    assert m.value == f"2013-01-{LEX['day_ordinals'][word]:02d}"


@pytest.mark.parametrize("word", sorted(LEX["century_ordinals"]))
def test_every_century_ordinal(blank_nlp, word):
    (m,) = _found(blank_nlp, f"The church was built in the {word} century by monks.", Kind.DATE)
    assert m.grain == "century" and m.value == f"{LEX['century_ordinals'][word] - 1:02d}XX"


@pytest.mark.parametrize("word", sorted(LEX["decade_words"]))
def test_every_decade_word(blank_nlp, word):
    (m,) = _found(blank_nlp, f"The band was famous in the {word}, fans recall.", Kind.DATE)
    assert m.value == f"19{LEX['decade_words'][word]}X"


@pytest.mark.parametrize("word", sorted(LEX["period_abbreviations"]))
def test_every_period_abbreviation(blank_nlp, word):
    period = LEX["period_abbreviations"][word]
    if period == "through":  # a range word, not a period: "May 3 thru 5"
        text = f"Sales rose from May 3 {word} 5, the company said."
        expected = "2014-05-03/2014-05-05"
    elif period.endswith("s"):
        # published Wednesday 2014-10-15: "3 yrs ago" is 2011, "3 wks ago" the week of 22 September (W39),
        # "3 mths ago" July, "3 qtrs ago" three quarters before Q4 (Q1), "3 wkends ago" 27-28 September (W39)
        text = f"Sales fell 3 {word} ago, the company said."
        expected = {
            "years": "2011",
            "weeks": "2014-W39",
            "months": "2014-07",
            "quarters": "2014-Q1",
            "weekends": "2014-W39",
        }[period]
    else:
        text = f"Sales fell last {word}, the company said."
        expected = {
            "year": "2013",
            "week": "2014-W41",
            "month": "2014-09",
            "quarter": "2014-Q3",
            "weekend": "2014-W41",
        }[period]
    assert [m.value for m in _found(blank_nlp, text, Kind.DATE)] == [expected]


@pytest.mark.parametrize("ordinal", sorted(LEX["ordinals"]))
def test_every_weekday_ordinal(blank_nlp, ordinal):
    found = _found(blank_nlp, f"The board meets on the {ordinal} Monday of March 2015.", Kind.DATE)
    expected = {
        1: "2015-03-02",
        2: "2015-03-09",
        3: "2015-03-16",
        4: "2015-03-23",
        5: "2015-03-30",
        -1: "2015-03-30",
    }
    assert [m.value for m in found] == [expected[LEX["ordinals"][ordinal]]]


@pytest.mark.parametrize("lead", sorted(LEX["date_open_leads"]))
def test_every_open_interval_lead(blank_nlp, lead):
    (m,) = _found(blank_nlp, f"The rule applies to loans made {lead} 2012, the bank said.", Kind.DATE)
    assert (m.value, m.qualifier) == ("2012", Qualifier(LEX["date_open_leads"][lead]))
