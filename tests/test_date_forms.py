"""The date forms of `factx.date_forms`, each read bare and inside a sentence, in process and through the
installed `factx extract` script. Expected days worked out by hand from a calendar; the publication date is
Wednesday 16 June 2021 unless a row says otherwise."""

from __future__ import annotations

import json
from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind
from factx.normalize.dates import resolve_date
from tests.script import factx

WED = date(2021, 6, 16)
FUTURE = "The board says it will meet {} to vote on the plan."
PAST = "The board met {} and voted on the plan, a spokesman said."
SIGNED = "The treaty was signed on {}, the archive shows."

# phrase, sentence, publication date, expected low, expected high
ROWS = [
    ("last 2 months", PAST, WED, "2021-04-16", "2021-06-16"),
    ("the last 3 days", PAST, WED, "2021-06-13", "2021-06-16"),
    ("next few weeks", FUTURE, WED, "2021-06-17", "2021-07-07"),
    ("within 2 weeks", FUTURE, WED, "2021-06-16", "2021-06-30"),
    ("the rest of the month", FUTURE, WED, "2021-06-16", "2021-06-30"),
    ("the current quarter", FUTURE, WED, "2021-04-01", "2021-06-30"),
    ("the current year", FUTURE, WED, "2021-01-01", "2021-12-31"),
    ("4th qtr 2018", PAST, WED, "2018-10-01", "2018-12-31"),
    ("the second quarter of 2019", PAST, WED, "2019-04-01", "2019-06-30"),
    ("2019Q3", PAST, WED, "2019-07-01", "2019-09-30"),
    ("EOY", FUTURE, WED, "2021-09-01", "2021-12-31"),
    ("end of the month", FUTURE, WED, "2021-06-21", "2021-06-30"),
    ("year's end", FUTURE, WED, "2021-09-01", "2021-12-31"),
    ("the month’s end", FUTURE, WED, "2021-06-21", "2021-06-30"),
    ("year's start", PAST, WED, "2021-01-01", "2021-04-30"),
    ("the beginning of next week", FUTURE, WED, "2021-06-21", "2021-06-23"),
    ("the end of last week", PAST, WED, "2021-06-11", "2021-06-13"),
    ("the first week of March 2021", PAST, WED, "2021-03-01", "2021-03-07"),
    ("the last week of March 2021", PAST, WED, "2021-03-22", "2021-03-28"),
    ("the last weekend of May 2021", PAST, WED, "2021-05-29", "2021-05-30"),
    ("Memorial Day weekend", PAST, WED, "2021-05-29", "2021-05-31"),
    ("next Thanksgiving", FUTURE, WED, "2021-11-25", "2021-11-25"),
    ("last Christmas", PAST, WED, "2020-12-25", "2020-12-25"),
    ("Labor Day of last year", PAST, WED, "2020-09-07", "2020-09-07"),
    ("the 20th of next month", FUTURE, WED, "2021-07-20", "2021-07-20"),
    ("on the 20th of next month", FUTURE, WED, "2021-07-20", "2021-07-20"),
    ("on the 18th", FUTURE, WED, "2021-06-18", "2021-06-18"),
    ("the 5th of the previous month", PAST, WED, "2021-05-05", "2021-05-05"),
    ("Friday the 13th", FUTURE, WED, "2021-08-13", "2021-08-13"),
    ("Thu, Jul 1", FUTURE, WED, "2021-07-01", "2021-07-01"),
    ("June 28 - July 2", FUTURE, WED, "2021-06-28", "2021-07-02"),
    ("June 28 thru 30", FUTURE, WED, "2021-06-28", "2021-06-30"),
    ("wednesday next week", FUTURE, WED, "2021-06-23", "2021-06-23"),
    ("2 thursdays back", PAST, WED, "2021-06-03", "2021-06-03"),
    ("March after next", FUTURE, WED, "2023-03-01", "2023-03-31"),
    ("2014-10", PAST, WED, "2014-10-01", "2014-10-31"),
    ("31/Oct/1974", PAST, WED, "1974-10-31", "1974-10-31"),
    ("the past week", PAST, WED, "2021-06-09", "2021-06-16"),
    ("the past year", PAST, WED, "2020-06-16", "2021-06-16"),
    ("the previous week", PAST, WED, "2021-06-07", "2021-06-13"),
    ("this past weekend", PAST, WED, "2021-06-12", "2021-06-13"),
    ("the third day of October 2020", PAST, WED, "2020-10-03", "2020-10-03"),
    ("the last day in February 2020", PAST, WED, "2020-02-29", "2020-02-29"),
    ("February the 15th, 2020", PAST, WED, "2020-02-15", "2020-02-15"),
    ("this winter", PAST, date(2021, 1, 20), "2020-12-01", "2021-02-28"),
    ("Orthodox Easter 2021", PAST, WED, "2021-05-02", "2021-05-02"),
    ("Clean Monday 2021", PAST, WED, "2021-03-15", "2021-03-15"),
    ("Whit Monday 2021", PAST, WED, "2021-05-24", "2021-05-24"),
    ("mothers day 2021", PAST, WED, "2021-05-09", "2021-05-09"),
    ("Eid al-Adha 2018", PAST, WED, "2018-08-21", "2018-08-21"),
    ("Diwali 2019", PAST, WED, "2019-10-27", "2019-10-27"),
    ("next Diwali", FUTURE, WED, "2021-11-04", "2021-11-04"),
    ("Chinese New Year 2014", PAST, WED, "2014-01-31", "2014-01-31"),
    ("Yom Kippur 2018", PAST, WED, "2018-09-19", "2018-09-19"),
    ("Passover 2018", PAST, WED, "2018-03-31", "2018-03-31"),
    ("Hanukkah 2018", PAST, WED, "2018-12-03", "2018-12-03"),
    ("Diwali in 2019", PAST, WED, "2019-10-27", "2019-10-27"),
    ("Ramadan 2018", PAST, WED, "2018-05-16", "2018-06-14"),
    ("Ramadan", FUTURE, date(2021, 3, 1), "2021-04-13", "2021-05-12"),
    ("Lent 2018", PAST, WED, "2018-02-14", "2018-03-31"),
    ("two decades ago", PAST, WED, "2001-01-01", "2001-12-31"),
    ("Thanksgiving in 9 months", FUTURE, date(2021, 2, 10), "2021-11-25", "2021-11-25"),
    ("March in a year", FUTURE, WED, "2022-03-01", "2022-03-31"),
    ("Wed, Jun 23", FUTURE, WED, "2021-06-23", "2021-06-23"),
    ("the second last week of May 2021", PAST, WED, "2021-05-17", "2021-05-23"),
    ("the 3rd last day of February 2021", PAST, WED, "2021-02-26", "2021-02-26"),
    ("the upcoming week", FUTURE, WED, "2021-06-21", "2021-06-27"),
    ("the week after next", FUTURE, WED, "2021-06-28", "2021-07-04"),
    ("the year before last", PAST, WED, "2019-01-01", "2019-12-31"),
    ("a couple of days ago", PAST, WED, "2021-06-14", "2021-06-14"),
    ("two weeks from tomorrow", FUTURE, WED, "2021-07-01", "2021-07-01"),
    ("2019/20", PAST, WED, "2019-01-01", "2020-12-31"),
    ("March-May 2020", PAST, WED, "2020-03-01", "2020-05-31"),
    ("over the weekend", PAST, WED, "2021-06-12", "2021-06-13"),
    ("in recent weeks", PAST, WED, "2021-05-26", "2021-06-16"),
    ("in the coming days", FUTURE, WED, "2021-06-17", "2021-06-19"),
    ("the past decade", PAST, WED, "2011-06-16", "2021-06-16"),
    ("the past 24 hours", PAST, WED, "2021-06-15", "2021-06-16"),
    ("the end of the week", FUTURE, WED, "2021-06-18", "2021-06-20"),
    ("in recent years", PAST, WED, "2018-06-16", "2021-06-16"),
    ("over the next decade", FUTURE, WED, "2021-06-17", "2031-06-16"),
    ("half a century ago", PAST, WED, "1971-01-01", "1971-12-31"),
    ("the late 19th century", PAST, WED, "1867-01-01", "1899-12-31"),
    ("the first six months of the year", PAST, WED, "2021-01-01", "2021-06-30"),
    ("the year to March", PAST, WED, "2020-04-01", "2021-03-31"),
    ("the three months to December 2020", PAST, WED, "2020-10-01", "2020-12-31"),
    ("within the next year", FUTURE, WED, "2021-06-16", "2022-06-16"),
    ("Thanksgiving weekend", FUTURE, WED, "2021-11-25", "2021-11-28"),
    ("the July 4th weekend", FUTURE, WED, "2021-07-03", "2021-07-04"),
    ("the first of next month", FUTURE, WED, "2021-07-01", "2021-07-01"),
    ("Q1 of next year", FUTURE, WED, "2022-01-01", "2022-03-31"),
    ("the last day of the year", FUTURE, WED, "2021-12-31", "2021-12-31"),
    ("31 Oct 74", SIGNED, WED, "1974-10-31", "1974-10-31"),
]
IDS = [row[0] for row in ROWS]


def _texts(phrase: str, sentence: str) -> list[str]:
    return [phrase, sentence.format(phrase)]


def _spans(nlp, text: str, published: date | None) -> list[tuple[str | None, str | None]]:
    document = Document(id="t", text=text, published=published)
    return [(m.low, m.high) for m in extract(nlp(text), document, kinds={Kind.DATE})]


@pytest.mark.parametrize(("phrase", "sentence", "published", "low", "high"), ROWS, ids=IDS)
def test_form_bare_and_in_a_sentence(blank_nlp, phrase, sentence, published, low, high):
    for text in _texts(phrase, sentence):
        assert (low, high) in _spans(blank_nlp, text, published), text


@pytest.mark.parametrize(
    "phrase", ["the 20th of next month", "within 2 weeks", "next Thanksgiving", "the current quarter"]
)
def test_relative_forms_need_a_publication_date(phrase):
    found = resolve_date(phrase, None)
    assert found is not None and found.value is None


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Turnout was higher on the first day of voting, officials said.", None),
        ("He starred in the 2009-10 season for the club.", ("2009-10-01", "2009-10-31")),
        ("The bank lent 2018 dollars to the farmer.", ("2018-02-14", "2018-03-31")),
        ("The strike lasted a few days, the union said.", ("2021-06-19", "2021-06-19")),
    ],
)
def test_forms_that_are_not_these_dates(blank_nlp, text, not_expected):
    spans = _spans(blank_nlp, text, WED)
    if not_expected is None:  # "on the first day of …" is not "on the first" of a month
        assert all(low != high or low[:7] not in ("2021-06", "2021-07") for low, high in spans), spans
    else:
        assert not_expected not in spans


def test_a_hyphenated_quarter_follows_the_tense(blank_nlp):
    text = "The firm reported fourth-quarter profit of $2 billion, it said."
    assert ("2020-10-01", "2020-12-31") in _spans(blank_nlp, text, date(2021, 2, 3))


def test_season_year_range_still_reads_as_years(blank_nlp):
    assert ("2009-01-01", "2010-12-31") in _spans(blank_nlp, "He starred in the 2009-10 season.", WED)


def test_every_form_through_the_installed_script():
    docs = []
    for i, (phrase, sentence, published, _, _) in enumerate(ROWS):
        for j, text in enumerate(_texts(phrase, sentence)):
            docs.append({"id": f"{i}-{j}", "text": text, "published": published.isoformat()})
    stdin = "\n".join(json.dumps(doc) for doc in docs).encode()
    done = factx("extract", "-", "-k", "date", "-f", "jsonl", "--no-cache", input=stdin)
    assert done.returncode == 0, done.stderr
    found: dict[str, set[tuple[str, str]]] = {}
    for line in done.stdout.decode().splitlines():
        mention = json.loads(line)
        found.setdefault(mention["doc"], set()).add((mention["low"], mention["high"]))
    missing = [
        docs[2 * i + j]["text"]
        for i, (_, _, _, low, high) in enumerate(ROWS)
        for j in range(2)
        if (low, high) not in found.get(f"{i}-{j}", set())
    ]
    assert not missing
