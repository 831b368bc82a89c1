"""Measures in news text: the dimension a length is told with is what it is of ("a depth of 1.2 miles"),
a typo that makes a unit of its own of "miles" is read as miles only where a distance alone fits, and money
someone lost is a loss. Sentences invented; each expected frame worked out by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind, Mention, Qualifier
from factx.normalize.measure_units import in_base, misspelt_unit


def mentions(nlp, text: str) -> dict[str, Mention]:
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    return {m.text: m for m in extract(nlp(text), document, kinds=[Kind.COUNT, Kind.MONEY])}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "event"),
    [
        ("The quake struck at a depth of 1.2 miles, the survey said.", "1.2 miles", "depth"),
        ("The quake began only one mile below ground level.", "one mile", "depth"),
        ("The shaft is 300 feet deep.", "300 feet", "depth"),
        ("The new tower will be 250 metres tall.", "250 metres", "height"),
        # A plain distance is placed by its anchors, not by the verb of its clause.
        ("The quake struck 4 miles from Cobb.", "4 miles", None),
        ("The quake struck 14 miles northeast of Healdsburg.", "14 miles", None),
    ],
)
def test_a_measure_is_of_the_dimension_it_is_told_with(model_nlp, text, mention, event):
    assert mentions(model_nlp, text)[mention].event == event


@pytest.mark.model
def test_money_someone_lost_is_a_loss(model_nlp):
    found = mentions(model_nlp, "In July alone, the dairy lost $300,000, the auditor said.")
    assert found["$300,000"].event == "profit"


@pytest.mark.parametrize(
    ("word", "following", "unit"),
    [
        ("mils", "north", "mile"),
        ("mil", "from", "mile"),
        ("Mils", "southwest", "mile"),
        ("mils", "thick", None),  # a mil is a thousandth of an inch: "4 mils thick" is one
        ("miles", "north", None),  # spelt right: nothing to read
    ],
)
def test_a_typo_that_is_a_unit_of_its_own_is_read_as_miles_only_where_a_distance_fits(word, following, unit):
    assert misspelt_unit(word, following) == unit


def count(text: str, value: float, unit: str) -> Mention:
    return Mention(
        doc="a",
        kind=Kind.COUNT,
        label="COUNT",
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        value=value,
        low=value,
        high=value,
        unit=unit,
        qualifier=Qualifier.EXACT,
        precision=0.0,
        measure=unit,
    )


def test_a_count_extraction_read_as_miles_is_restated_as_miles():
    # 26 miles is 26 × 1,609,344 mm; exact to its last digit, so ± half a mile.
    found = in_base(count("twenty-six mils", 26, "mile"))
    assert (found.unit, found.value) == ("mm", 26 * 1609344)
    assert found.precision == 1609344


def test_a_mil_left_a_mil_is_not_restated():
    assert in_base(count("4 mils", 4, "mil")).unit == "mil"


@pytest.mark.model
def test_a_typo_before_a_direction_is_a_distance_in_miles(model_nlp):
    text = "The quake began twelve miles east of Cloverdale and twenty-six mils north of Santa Rosa."
    assert mentions(model_nlp, text)["twenty-six mils"].unit == "mile"
    assert mentions(model_nlp, "The plastic sheet is 4 mils thick.")["4 mils"].unit == "mil"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "event"),
    [
        ("Paris thieves nab $2.5 million worth of jewellery.", "$2.5 million", "stolen"),
        ("Robbers seized $40,000 from the vault.", "$40,000", "stolen"),
        # A headline's "thieves" the tagger takes for a verb ("thieve"): its plural is still of a thief.
        ("Vienna thieves nab $3.5 million worth of watches", "$3.5 million", "stolen"),
        # Police who catch a sum seized it: the class stays.
        ("Police seized $40,000 from the smugglers.", "$40,000", "arrest"),
    ],
)
def test_money_the_doers_of_a_crime_catch_is_stolen(model_nlp, text, mention, event):
    assert mentions(model_nlp, text)[mention].event == event
