"""Counts of a measure written in different units ("48km" / "30 miles", "193km/h" / "120 mph", "512 GB" /
"512 gigabyte") are one fact, compared in one unit with the step each figure is written to, and shown in the
unit most sources wrote. Every expected figure below was worked out by hand: a mile is 1.609344 km, a foot
0.3048 m, a square foot 0.09290304 m², a pound 0.45359237 kg, a nautical mile 1.852 km."""

from __future__ import annotations

import json

import pytest

from factx.extract import extract
from factx.kinds import comparable
from factx.model import Claim, Document, Kind, Mention, Qualifier, Status
from factx.normalize.measure_units import converts, read_measure, shown_in
from factx.reconcile import reconcile_facts
from tests.script import factx

Q = Qualifier


def _count(text: str, unit: str, value: float, low=None, high=None, q=Q.EXACT, precision=0.0) -> Mention:
    low = value if low is None and q is Q.EXACT else low
    high = value if high is None and q is Q.EXACT else high
    return Mention(
        doc="d",
        kind=Kind.COUNT,
        label="COUNT",
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        value=value,
        low=low,
        high=high,
        unit=unit,
        qualifier=q,
        precision=precision,
        measure=unit,
    )


@pytest.mark.parametrize(
    ("text", "label", "figure", "step"),
    [
        ("48km", "km", 48, 1),
        ("about 24km", "km", 24, 1),
        ("up to 120 miles per hour", "mph", 120, 1),
        ("up to 120 miles an hour", "mph", 120, 1),
        ("up to 193km/h", "km/h", 193, 1),
        ("15,800-square-metre", "square metre", 15800, 100),  # rounded to its hundreds
        ("12,000 square feet", "square foot", 12000, 1000),  # square feet, not feet
        ("about 13 nautical miles", "nautical mile", 13, 1),  # not a statute mile
        ("480-nautical-mile", "nautical mile", 480, 1),
        ("1.2 miles", "mile", 1.2, 0.1),
        ("one mile", "mile", 1, 1),
        ("512 gigabyte", "gigabyte", 512, 1),
        ("up to 512 GB", "gb", 512, 1),
        ("6,900-tonne", "tonne", 6900, 100),
        ("13″", "inch", 13, 1),
    ],
)
def test_read_measure(text, label, figure, step):
    found = read_measure(text)
    assert (found.unit.label, found.quantity.value, found.step) == (label, figure, step)


@pytest.mark.parametrize("text", ["twenty-six mils", "23 pirates", "90 degrees", "about 30", "miles", "10m"])
def test_not_a_measure(text):
    assert read_measure(text) is None


def test_a_measure_compares_in_its_base_unit_widened_by_its_last_digit():
    m = comparable(_count("24km", "km", 24))
    assert (m.unit, m.measure, m.value, m.low, m.high, m.precision) == ("mm", "mm", 24e6, 24e6, 24e6, 1e6)


def test_an_approximate_measure_keeps_its_own_interval():
    m = comparable(_count("about 15 miles", "mile", 15, 13.5, 16.5, Q.APPROX))
    # 15 × 1,609,344 mm; ±10 % is the whole allowance, no step on top
    assert (m.value, m.low, m.high, m.precision) == (24140160, 21726144, 26554176, 0)


def test_a_ton_of_unsaid_size_covers_short_to_long_tons():
    m = comparable(_count("100 tons", "ton", 100))
    assert (m.unit, m.value, m.low, m.high) == ("gram", 1e8, 90718474, 101604690.88)


@pytest.mark.parametrize(
    "mention",
    [
        _count("twenty-six mils", "mil", 26),  # "mil": mile or thousandth of an inch; left as written
        _count("90 degrees", "degree", 90),  # a temperature or an angle: not convertible
        _count("30 people", "person", 30),
        _count("the 10-metre one", "boat", 10),  # a unit the count itself does not name
    ],
)
def test_other_counts_are_untouched(mention):
    assert comparable(mention) == mention


def test_money_is_untouched():
    pounds = Mention(
        doc="d", kind=Kind.MONEY, label="MONEY", text="180 pounds", start=0, end=10, sentence="",
        value=180, low=180, high=180, unit="GBP", qualifier=Q.EXACT,
    )  # fmt: skip
    assert comparable(pounds) == pounds


@pytest.mark.parametrize(
    ("before", "text", "expected"),
    [
        ("when it was 13 nautical miles", "about 24km", True),  # 24.08 km
        ("weighing in at 2.96 pounds", "1.35 kg", True),  # 1.343 kg, rounded loosely
        ("maxing out at 0.68 in", "17 mm", True),  # "in" read as inches only before a conversion
        ("a chase of 5 miles", "10 km", False),  # 8.05 km: another figure, not a conversion
        ("a chase of 30 miles", "30 minutes", False),
        ("about 23 pirates", "24km", False),
    ],
)
def test_a_conversion_is_the_measure_before_it(before, text, expected):
    assert converts(before, text) is expected


def _claim(doc: str, text: str, value: float, q=Q.EXACT, low=None, high=None) -> Claim:
    low = value if low is None and q is Q.EXACT else low
    high = value if high is None and q is Q.EXACT else high
    return Claim(
        doc=doc, text=text, start=0, end=1, sentence="", value=value, low=low, high=high, qualifier=q
    )


def test_a_fact_of_one_unit_reads_as_written():
    about = _claim("b", "about 30 miles", 48280320, Q.APPROX, 43452288, 53108352)  # 27 and 33 miles
    claims = [_claim("a", "30 miles", 48280320), about]
    unit, shown = shown_in(claims, "mm")
    assert unit == "mile"
    assert [(c.value, c.low, c.high) for c in shown] == [(30, 30, 30), (30, 27, 33)]


def test_a_mixed_fact_reads_in_the_unit_most_sources_wrote():
    claims = [_claim("a", "30 miles", 48280320), _claim("b", "30-mile", 48280320), _claim("c", "48km", 48e6)]
    unit, shown = shown_in(claims, "mm")
    assert unit == "mile"
    assert [(c.text, c.value) for c in shown] == [("30 miles", 30), ("30-mile", 30), ("48km", 29.83)]


def test_a_count_that_is_no_measure_is_shown_as_it_is():
    claims = (_claim("a", "30 people", 30), _claim("b", "about 30 people", 30, Q.APPROX, 27, 33))
    assert shown_in(claims, "person") == ("person", claims)


def _facts(nlp, texts: list[str]):
    mentions = []
    for n, text in enumerate(texts):
        mentions += extract(nlp(text), Document(f"d{n}", text), kinds={Kind.COUNT})
    return reconcile_facts(mentions)


@pytest.mark.parametrize(
    ("first", "second", "unit", "values", "expected"),
    [
        # 30 mi = 48.28 km, inside 47.5 to 48.5 km
        ("a chase of 30 miles", "a chase of 48km", "mile", [30, 29.83], Status.COMPATIBLE),
        # 15 mi = 24.14 km; ±10 % on both sides overlaps
        ("a chase of about 15 miles", "a chase of about 24km", "mile", [15, 14.91], Status.COMPATIBLE),
        # 30 ft = 9.14 m (9.07 to 9.22 m) is not 9.5 to 10.5 m
        ("a chase of 10 metres", "a chase of 30 feet", "metre", [10, 9.144], Status.CONFLICT),
        ("a chase of 512 gigabytes", "a chase of 512 GB", "gigabyte", [512, 512], Status.AGREE),
        # abbreviations extraction keeps as the unit: 12 ft = 3.66 m (3.51 to 3.81 m) is not 2.5 to 3.5 m
        ("a chase of 3 metres", "a chase of 12 ft", "metre", [3, 3.658], Status.CONFLICT),
        ("a chase of 10 feet", "a chase of 10 ft", "foot", [10, 10], Status.AGREE),
        # 170,000 ± 5,000 sq ft = 15,329 to 16,258 m², holding 15,750 to 15,850 m²
        (
            "a chase of 15,800 square metres",
            "a chase of 170,000 square feet",
            "square metre",
            [15800, 15790],
            Status.COMPATIBLE,
        ),
    ],
)
def test_measures_in_different_units_are_one_fact(blank_nlp, first, second, unit, values, expected):
    template = "Police said the suspect led officers on {} across the county on Tuesday."
    facts = _facts(blank_nlp, [template.format(first), template.format(second)])
    assert [(f.unit, f.status, [c.value for c in f.claims]) for f in facts] == [(unit, expected, values)]
    assert [c.text for c in facts[0].claims] == [
        first.removeprefix("a chase of "),
        second.removeprefix("a chase of "),
    ]


def test_a_nautical_mile_is_not_a_mile(blank_nlp):
    template = "The ship was {} from the port when the pirates attacked it."
    facts = _facts(blank_nlp, [template.format("13 nautical miles"), template.format("13 miles")])
    assert sorted((f.unit, f.status) for f in facts) in (
        [("mile", Status.SINGLE), ("nautical mile", Status.SINGLE)],
        [("nautical mile", Status.CONFLICT)],  # 24.08 km cannot be 20.92 km
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship was 13 nautical miles (about 24km) from the port.", ["13 nautical miles"]),
        ("The laptop is 0.68 in or 17 mm thick and weighs 2.96 pounds (1.35 kg) in all.", ["2.96 pounds"]),
        ("The chase covered 5 miles (10 km) in all.", ["5 miles", "10 km"]),  # 8 km is not 10 km
    ],
)
def test_a_conversion_is_no_claim_of_its_own(blank_nlp, text, expected):
    mentions = extract(blank_nlp(text), Document("d", text), kinds={Kind.COUNT})
    assert [m.text for m in mentions] == expected


def test_a_fact_in_one_unit_reconciles_as_before(blank_nlp):
    template = "The epicentre was {} north of the town, the survey said."
    facts = _facts(blank_nlp, [template.format("about 20 miles"), template.format("about 26 miles")])
    assert [(f.unit, f.status, [(c.value, c.low, c.high) for c in f.claims]) for f in facts] == [
        ("mile", Status.CONFLICT, [(20, 18, 22), (26, 23.4, 28.6)])
    ]


def test_measures_in_different_units_reconcile_through_the_console_script(tmp_path):
    for name, distance in (("a", "30 miles"), ("b", "about 30 miles"), ("c", "48km")):
        text = f"Police said the suspect led officers on a chase of {distance} across the county.\n"
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    done = factx("reconcile", str(tmp_path), "-k", "count", "-f", "json", "--no-cache")
    assert done.returncode == 0, done.stderr
    (fact,) = json.loads(done.stdout)["facts"]
    claims = [(c["doc"], c["text"], c["value"]) for c in fact["claims"]]
    assert (fact["unit"], fact["status"]) == ("mile", "compatible")
    assert claims == [("a", "30 miles", 30), ("b", "about 30 miles", 30), ("c", "48km", 29.83)]


def test_a_bare_mile_among_nautical_miles_is_a_nautical_mile(blank_nlp):
    template = "The frigate was {} from the tanker when the raiders boarded it."
    nautical = template.format("11 nautical miles")
    facts = _facts(blank_nlp, [nautical, nautical, template.format("some 11 miles")])
    # 11 statute miles (17.7 km, ±10 %) cannot be 11 nautical miles (20.37 km); a dropped "nautical" can.
    assert [(f.unit, f.status, [c.value for c in f.claims]) for f in facts] == [
        ("nautical mile", Status.COMPATIBLE, [11, 11, 11])
    ]
