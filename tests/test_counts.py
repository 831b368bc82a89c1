"""Counts beyond "number + plural noun": partitives, bare numbers that stand for people, measure compounds,
unit abbreviations and ages. Invented sentences; values and units worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind


def counts(nlp, text: str) -> list[tuple[str, float, str]]:
    doc = nlp(text)
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    return [(m.text, m.value, m.unit) for m in extract(doc, document, kinds=[Kind.COUNT])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coastguard detained 14 of the smugglers.", [("14 of the smugglers", 14, "smuggler")]),
        ("At least 9 of the stolen lorries were found.", [("At least 9 of the stolen lorries", 9, "lorry")]),
        (
            "Six climbers set out; two of them turned back.",
            [("Six climbers", 6, "climber"), ("two of them", 2, "climber")],
        ),
        ("The gang, three of whom wore masks, fled.", [("three of whom", 3, "person")]),
        (
            "Five masked robbers -- two dressed as guards -- fled.",
            [("Five masked robbers", 5, "robber"), ("two", 2, "robber")],
        ),
        ('Three "ladders," fought the fire.', [('Three "ladders', 3, "ladder")]),
        ("In 2009, 12 ships sank.", [("12 ships", 12, "ship")]),
        (
            "The storm killed four people and injured 11 others.",
            [("four people", 4, "person"), ("11 others", 11, "person")],
        ),
        ("Flood leaves 3 dead, 7 missing in Varno", [("3", 3, "person"), ("7", 7, "person")]),
        (
            "Two other ferries and 40 more passengers waited.",
            [("Two other ferries", 2, "ferry"), ("40 more passengers", 40, "passenger")],
        ),
        (
            "A 12-metre trawler and a 4,500-tonne freighter collided.",
            [("12-metre", 12, "metre"), ("4,500-tonne", 4500, "tonne")],
        ),
        ("The 80,000-square-foot mill burned.", [("80,000-square-foot", 80000, "square foot")]),
        ("The phone has up to 32GB of storage.", [("up to 32GB", 32, "gb")]),
        ("A quake with a magnitude of 5.1 hit the valley.", [("5.1", 5.1, "magnitude")]),
        ("A majority of 151 votes is needed.", [("151 votes", 151, "vote")]),
        (
            "The nine acre site and a 480-nautical-mile corridor.",
            [("nine acre", 9, "acre"), ("480-nautical-mile", 480, "nautical mile")],
        ),
        ("A new 512 gigabyte option.", [("512 gigabyte", 512, "gigabyte")]),
        ("Twelve seasons", [("Twelve seasons", 12, "season")]),
        (
            "He signed for $40 million over five seasons.",
            [("five seasons", 5, "season")],
        ),
        (
            "Over six seasons he won 4 titles and over 30 goals.",
            [("six seasons", 6, "season"), ("4 titles", 4, "title"), ("over 30 goals", 30, "goal")],
        ),
        ("8 SR 71 jets", [("8 SR 71 jets", 8, "jet")]),
        ("90 miles per hour", [("90 miles per hour", 90, "mph")]),
        ("a 13″ screen", [("13″", 13, "inch")]),
        ("joined by 3,000", [("3,000", 3000, "person")]),
        (
            "The tablet is 0.68″ thin and has 2 cameras.",
            [("0.68″", 0.68, "inch"), ("2 cameras", 2, "camera")],
        ),
        ("A screen of 300 pixels per inch.", [("300 pixels per inch", 300, "ppi")]),
        ("Four trains an hour leave Varno.", [("Four trains", 4, "train")]),
        ("Gusts hit 130 kilometres an hour near Varno.", [("130 kilometres an hour", 130, "km/h")]),
        ("The train ran at 80 kph for 30 miles.", [("80 kph", 80, "km/h"), ("30 miles", 30, "mile")]),
        ("Guards found 5 BX 9 rifles in the van.", [("5 BX 9 rifles", 5, "rifle")]),
        ("He carried a BX 9 rifle.", []),
        ("A tremor measuring 3.2 woke the town.", [("3.2", 3.2, "tremor")]),
        ("quake registering 5.5", [("5.5", 5.5, "quake")]),
        ("approximate 300 boats", [("approximate 300 boats", 300, "boat")]),
        ("It ended a nearly four-year-long dispute.", []),
        ("Canada is one of the largest donors.", []),
        ("Reporter 4 wrote that the lake rose.", []),
        ("Nearly 40 boats sank near Flight 370 wreckage.", [("Nearly 40 boats", 40, "boat")]),
        ("The one-time fee is low.", []),
        ("They took a two-million-euro haul and a 5-dollar tip.", []),
        ("Its 13-and 15-inch models sold.", [("15-inch", 15, "inch")]),
        ("The families of the two wounded men spoke.", [("two wounded men", 2, "man")]),
    ],
)
def test_counts_on_a_blank_pipeline(blank_nlp, text, expected):
    assert counts(blank_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marlow, 52, was arrested on Friday.", [("52", 52, "year")]),
        ("The 41-year-old driver was unhurt.", [("41-year-old", 41, "year")]),
        (
            "Two hikers, aged 19 and 23, were found.",
            [("Two hikers", 2, "hiker"), ("19", 19, "year"), ("23", 23, "year")],
        ),
        (
            "Two hikers, ages 19 and 23, were found.",
            [("Two hikers", 2, "hiker"), ("19", 19, "year"), ("23", 23, "year")],
        ),
        ("The mayor, who turns 60 in May, spoke.", [("60", 60, "year")]),
        ("He is 70 years old.", [("70 years old", 70, "year")]),
        ("Ruiz will be 33 on May 2, his agent said.", [("33", 33, "year")]),
        ("The toll will be 30 by Monday.", []),
        ("On Monday, 28 November the court sat.", []),
        ("By March 3, 2031, the dam was full.", []),
        ("Lee, ², said so.", []),  # a digit that is not ASCII is no age (and raises nothing)
    ],
)
def test_ages_are_counts_of_years(blank_nlp, text, expected):
    assert counts(blank_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman shot four people, killing one, at a depot.",
            [("four people", 4, "person"), ("one", 1, "person")],
        ),
        ("Gunman kills 2, wounds 3 at depot", [("2", 2, "person"), ("3", 3, "person")]),
        ("Officers took 17 into custody after the raid.", [("17", 17, "person")]),
        ("One is confirmed dead, the owner said.", [("One", 1, "person")]),
        (
            "Of the 40 sailors rescued, 25 are from Peru and 15 from Chile.",
            [("40 sailors", 40, "sailor"), ("25", 25, "sailor"), ("15", 15, "sailor")],
        ),
        (
            "The guards seized nine AK-47 assault rifles and 20 fully loaded magazines.",
            [("nine AK-47 assault rifles", 9, "rifle"), ("20 fully loaded magazines", 20, "magazine")],
        ),
        (
            "The navy held 30 Somali and Yemeni smugglers.",
            [("30 Somali and Yemeni smugglers", 30, "smuggler")],
        ),
        (
            "The navy arrested 12 Somalis and 11 Yemenis.",
            [("12 Somalis", 12, "somali"), ("11 Yemenis", 11, "yemeni")],
        ),
        ("A quake of 4.6 rattled Sonoma and Lake counties.", []),
        (
            "Six major-league seasons and 40 single-core servers.",
            [("Six major-league seasons", 6, "season"), ("40 single-core servers", 40, "server")],
        ),
        ("The keeper played nine seasons for Tarvel.", [("nine seasons", 9, "season")]),
        ("Police seized 14 AK 47 guns at the port.", [("14 AK 47 guns", 14, "gun")]),
        ("The US 300 troops left the base.", [("300 troops", 300, "troop")]),
        (
            "An earthquake measuring 4.1 shook Varno early Monday.",
            [("4.1", 4.1, "earthquake")],
        ),
        ("A pike measuring 90 centimetres was landed.", [("90 centimetres", 90, "centimetre")]),
        (
            "He fled at up to 110 miles per hour and drove 25 miles a day.",
            [("up to 110 miles per hour", 110, "mph"), ("25 miles", 25, "mile")],
        ),
        (
            "The rally was attended by an approximate 90,000 (9,000 by police count).",
            [("an approximate 90,000", 90000, "person")],  # the aside in brackets counts nothing named
        ),
        ("The final was watched by more than 4 million.", [("more than 4 million", 4000000, "person")]),
        ("The price was cut by 20.", []),
        ("It was measured 5 times.", []),  # "was" measures nothing; "times" counts no thing
        (
            "The rally drew an approximate 80,000 marchers.",
            [("an approximate 80,000 marchers", 80000, "marcher")],
        ),
        ("He shot his three former co-workers.", [("three former co-workers", 3, "worker")]),
        ("Thieves pulled off a two million-euro jewellery heist.", []),
        ("Paris hit by 2 mn-euro jewelry heist", []),
        ("The lot holds 3 big", []),  # a modifier as the last word: nothing counted, nothing raised
        (
            "Two of the world's largest chipmakers merged.",
            [("Two of the world's largest chipmakers", 2, "chipmaker")],
        ),
        ("The three bank clerks-two women and a man-died.", [("three bank clerks", 3, "clerk")]),
        ("At least one Thai crew member was killed.", [("At least one Thai crew member", 1, "member")]),
        ("Dana Quillfeather, 44, of Harbor City, was charged.", [("44", 44, "year")]),
        ("Reporter 4 wrote that the lake rose.", []),
        ("Gunman Kills 2, Wounds 3 At Depot", [("2", 2, "person"), ("3", 3, "person")]),
    ],
)
def test_counts_with_the_model(model_nlp, text, expected):
    assert counts(model_nlp, text) == expected
