"""The factx rule components on a blank pipeline (no model): which spans they mark."""

from __future__ import annotations

import pytest

from factx.extract import extract
from factx.model import Document, Kind


def spans(nlp, text: str, key: str) -> list[str]:
    doc = nlp(text)
    return [s.text for s in doc.spans[key]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada will provide a further $2.5-billion of economic assistance.", ["$2.5-billion"]),
        ("It has provided more than $20-billion in assistance.", ["more than $20-billion"]),
        ("The deal could unlock nearly $10 billion more.", ["nearly $10 billion"]),
        ("The firm raised US$5m and C$1.2bn last year.", ["US$5m", "C$1.2bn"]),
        ("It costs CA$300,000 to build.", ["CA$300,000"]),
        ("Brussels pledged €3.5bn, London £200,000.", ["€3.5bn", "£200,000"]),
        ("They paid 5 million Canadian dollars for it.", ["5 million Canadian dollars"]),
        ("Estimates ranged from $1 million to $2 million.", ["$1 million to $2 million"]),
        ("Bids came in between $2m and $3m.", ["between $2m and $3m"]),
        ("The fund holds USD 5 million.", ["USD 5 million"]),
        ("Losses could reach up to $500 per household.", ["up to $500"]),
        ("The plan is about 90 per cent ready.", []),
        ("Turnout was 12.5% this year.", []),
        ("More than 30 countries attended.", []),
    ],
)
def test_money_spans(blank_nlp, text, expected):
    assert spans(blank_nlp, text, "factx_money") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan is about 90 per cent ready.", ["about 90 per cent"]),
        ("The remaining 10 per cent is hard.", ["10 per cent"]),
        ("Turnout rose to 12.5% from 10-15% a decade ago.", ["12.5%", "10-15%"]),
        ("Support fell to nearly 40 percent.", ["nearly 40 percent"]),
        ("He paid $40 for it.", []),
    ],
)
def test_percent_spans(blank_nlp, text, expected):
    assert spans(blank_nlp, text, "factx_percent") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A coalition of more than 30 countries backs Ukraine.", ["more than 30 countries"]),
        ("About 30 countries are expected to join.", ["About 30 countries"]),
        ("Before Paris, 15 countries reps are meeting.", ["15 countries"]),
        ("The talks will include dozens of allied nations.", ["dozens of allied nations"]),
        ("Tens of thousands of people marched.", ["Tens of thousands of people"]),
        (
            "The attack killed at least three people and wounded 14 others.",
            ["at least three people", "14 others"],
        ),
        ("It ended the nearly four-year-long conflict.", []),
        ("A 30-year-old woman was sentenced.", ["30-year-old"]),  # an age: a count of years
        ("Russia sent F-16 jets? No, 12 drones.", ["12 drones"]),
        ("The war has lasted four years.", []),
        ("Canada is one of the largest donors.", []),
        ("He paid $40 million for 3 paintings.", ["3 paintings"]),
        ("Turnout was 40 per cent among 2,000 voters.", ["2,000 voters"]),
    ],
)
def test_count_spans(blank_nlp, text, expected):
    assert spans(blank_nlp, text, "factx_count") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived in Ottawa on Monday, Jan. 5, 2026, before leaving.", ["Monday, Jan. 5, 2026"]),
        ("The visit will take place Monday and Tuesday.", ["Monday", "Tuesday"]),
        ("Late last month, they met in Halifax.", ["Late last month"]),
        ("They met at the end of last month.", ["the end of last month"]),
        ("The theft at the end of July, which shocked Cannes, was solved.", ["the end of July"]),
        ("The theft at the end of July, 2013 shocked Cannes.", ["the end of July, 2013"]),
        ("The war began in February 2022.", ["February 2022"]),
        ("He has refused since the election in 2018.", ["2018"]),
        ("Macron spoke in his New Year’s Eve address.", ["New Year’s Eve"]),
        ("Carney met Zelensky in December 2025 and again today.", ["December 2025", "today"]),
        ("The 1990s were different; the '80s too.", ["The 1990s", "the '80s"]),
        ("Sales rose 3 days ago, and again two weeks ago.", ["3 days ago", "two weeks ago"]),
        ("Filed 2026-01-05 at noon.", ["2026-01-05"]),
        ("You may go now.", []),
        ("It was a four-year war with 2018 casualties.", []),
    ],
)
def test_date_spans(blank_nlp, text, expected):
    assert spans(blank_nlp, text, "factx_dates") == expected


def test_decade_span_keeps_the_article(blank_nlp):
    assert spans(blank_nlp, "The 1990s were different.", "factx_dates") == ["The 1990s"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Allies met as the so-called Coalition of the Willing — more than 30 countries.",
            ["Coalition of the Willing"],
        ),
        ("A group known as the “coalition of the willing” will meet.", ["coalition of the willing"]),
        (
            "This gathering, referred to as the “coalition of the willing,” includes Canada.",
            ["coalition of the willing"],
        ),
        ("He was dubbed “the boss” by staff.", []),
    ],
)
def test_named_entities_from_cues(blank_nlp, text, expected):
    assert spans(blank_nlp, text, "factx_entities") == expected


def test_components_do_not_touch_model_entities(blank_nlp):
    doc = blank_nlp("The so-called Coalition of the Willing met.")
    assert doc.ents == ()


def test_extract_offsets_slice_back_to_text(blank_nlp):
    text = "Canada’s aid: more than $20-billion. About 30 countries met on Dec. 27, 2025."
    document = Document(id="d", text=text)
    mentions = list(extract(blank_nlp(text), document))
    assert {m.kind for m in mentions} == {Kind.MONEY, Kind.COUNT, Kind.DATE}
    for m in mentions:
        assert text[m.start : m.end] == m.text
