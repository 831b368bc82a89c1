"""Entity names on news: headline and byline lines, name parts, organisation short forms, acronyms, place
names, units after numbers. Invented fixtures only; expected values worked out by hand."""

from __future__ import annotations

import json

import pytest

from factx.headlines import byline_lines, headline_lines, is_title_case
from factx.model import Kind, Mention
from factx.normalize.names import acronym, person_name, same_person
from factx.normalize.places import is_place
from factx.reconcile import reconcile_entities
from tests.script import factx

ARTICLE = (
    "Dana Quillfeather Signs With Harbor City Gulls\n"
    "By Petra Ostrander, Staff Reporters\n"
    "Dana Quillfeather agreed on Monday to join the Harbor City Gulls, her agent said.\n"
    "Quillfeather hit 121 RBI last season.\n"
)


def lines_of(text, ranges):
    return [text[s:e] for s, e in ranges]


def test_headline_and_byline_lines():
    assert lines_of(ARTICLE, headline_lines(ARTICLE)) == ["Dana Quillfeather Signs With Harbor City Gulls"]
    assert lines_of(ARTICLE, byline_lines(ARTICLE)) == ["By Petra Ostrander, Staff Reporters"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lindsay Lohan Checks Into Rehab", True),
        ("REPORT: GULLS MAKE HUGE OFFER TO QUILLFEATHER", True),
        ("Gulls extend offer to Quillfeather", False),
        ("Quillfeather", False),
    ],
)
def test_title_case(line, expected):
    assert is_title_case(line) is expected


def test_a_sentence_is_no_headline_and_a_sentence_starting_by_is_no_byline():
    text = "The mayor spoke on Monday.\nBy noon, the Harbor City Gulls had signed her.\nShe said so."
    assert headline_lines(text) == []
    assert byline_lines(text) == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Orrin W. Pettibone", "Orrin Pettibone", True),
        ("Orrin Pettibone Jr.", "Orrin Pettibone", True),
        ("Orrin Pettibone Jr.", "Orrin Pettibone III", False),
        ("O. Pettibone", "Orrin Pettibone", True),
        ("Bill Pettibone", "William Pettibone", True),
        ("Mabel Pettibone", "Orrin Pettibone", False),
        ("Orrin J. Pettibone", "Orrin K. Pettibone", False),
    ],
)
def test_full_names_of_one_person(a, b, same):
    assert same_person(person_name(a), person_name(b), lambda x, y: x == y) is same


def test_a_particle_is_no_given_name():
    assert person_name("Van Rompuy") is None
    assert person_name("Herman Van Rompuy").last == "van rompuy"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("U.S. Navy", "USN"), ("United Nations", "UN"), ("Federal Harbor Authority", "FHA")],
)
def test_acronyms_take_every_letter_of_an_abbreviation(name, expected):
    assert acronym(name) == expected


def test_gazetteer_places():
    assert is_place("Kyiv") and is_place("Bandar Abbas") and is_place("Montréal")
    assert not is_place("Quillfeather")


def ent(doc: str, text: str, label: str = "PERSON") -> Mention:
    return Mention(doc=doc, kind=Kind.ENTITY, label=label, text=text, start=0, end=len(text), sentence="")


def groups(mentions) -> list[set[str]]:
    return sorted(({v.text for v in e.variants} for e in reconcile_entities(mentions)), key=sorted)


def test_initials_middle_names_suffixes_and_surname_make_one_person():
    found = groups(
        [
            ent("a", "Orrin W. Pettibone"),
            ent("b", "Orrin Pettibone Jr."),
            ent("c", "Orrin Pettibone"),
            ent("c", "Pettibone", "ORG"),
        ]
    )
    assert found == [{"Orrin W. Pettibone", "Orrin Pettibone Jr.", "Orrin Pettibone", "Pettibone"}]


def test_surname_of_two_real_people_stays_apart_unless_one_dominates():
    two = [ent("a", "Mabel Pettibone"), ent("b", "Orrin Pettibone"), ent("c", "Pettibone")]
    assert {"Pettibone"} in groups(two)
    rows = {e.name: e for e in reconcile_entities(two)}
    assert rows["Pettibone"].ambiguous
    story = [ent(d, "Orrin Pettibone") for d in "abc"] + [ent("d", "Mabel Pettibone"), ent("e", "Pettibone")]
    assert {"Orrin Pettibone", "Pettibone"} in groups(story)


def test_full_name_votes_outweigh_bare_surname_votes():
    mentions = [ent("a", "Orrin Pettibone"), ent("b", "Orrin Pettibone")]
    mentions += [ent(d, "Pettibone", "ORG") for d in "abcdef"]
    [row] = reconcile_entities(mentions)
    assert (row.name, row.type) == ("Orrin Pettibone", "PERSON")


def test_team_short_forms_join_the_full_name_after_a_place():
    found = groups(
        [
            ent("a", "Boston", "GPE"),
            ent("a", "Boston Harbor Gulls", "ORG"),
            ent("b", "Harbor Gulls", "ORG"),
            ent("c", "Gulls", "ORG"),
            ent("c", "Denver Gulls", "ORG"),
        ]
    )
    # "Gulls" ends two teams' names, so it joins neither; "Harbor Gulls" ends only Boston's.
    assert found == [{"Boston"}, {"Boston Harbor Gulls", "Harbor Gulls"}, {"Denver Gulls"}, {"Gulls"}]


def test_short_form_needs_a_place_before_it():
    found = groups([ent("a", "Quillfeather Robotics", "ORG"), ent("b", "Robotics", "ORG")])
    assert found == [{"Quillfeather Robotics"}, {"Robotics"}]


def test_acronyms_with_the_and_country_prefixes():
    found = groups(
        [
            ent("a", "Harbor Courier", "ORG"),
            ent("b", "THC", "ORG"),
            ent("c", "U. S. Bureau of Tides", "ORG"),
            ent("d", "United States Bureau of Tides", "ORG"),
            ent("e", "US Bureau of Tides", "ORG"),
            ent("f", "UN", "ORG"),
            ent("f", "U.S. Navy", "ORG"),
        ]
    )
    assert {"Harbor Courier", "THC"} in found
    assert {"U. S. Bureau of Tides", "United States Bureau of Tides", "US Bureau of Tides"} in found
    assert {"UN"} in found and {"U.S. Navy"} in found


def test_person_named_like_a_city_is_a_place():
    [row] = reconcile_entities([ent("a", "Kyiv"), ent("b", "Kyiv", "GPE"), ent("c", "Kyiv")])
    assert row.type == "GPE"


@pytest.mark.model
def test_headline_byline_and_units_through_the_cli(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Receptionist Orrin Pettibone said the Harbor City Gulls signed Dana Quillfeather.\n"
        "Pettibone said Quillfeather, who drove in 121 RBI, would start in April.\n",
        encoding="utf-8",
    )
    done = factx("reconcile", str(tmp_path), "-f", "json", "--no-cache", "--published", "2026-01-05")
    assert done.returncode == 0, done.stderr
    forms = {v["text"] for e in json.loads(done.stdout)["entities"] for v in e["variants"]}
    assert not {f for f in forms if "Signs" in f or "Ostrander" in f or "Reporters" in f}
    assert "RBI" not in forms
    assert "Receptionist Orrin Pettibone" not in forms
    rows = json.loads(done.stdout)["entities"]
    dana = [e for e in rows if "Dana Quillfeather" in {v["text"] for v in e["variants"]}]
    assert len(dana) == 1 and dana[0]["docs"] == ["a", "b"]  # the headline's name, trimmed, in both


def test_transliterations_with_b_and_v_are_one_person():
    found = reconcile_entities(
        [ent("a", "Heydar Alishbandi"), ent("b", "Heidar Alishvandi"), ent("c", "Heydar Alishvandi")]
    )
    assert len(found) == 1 and found[0].spelling_variants


def test_a_personal_name_tagged_org_as_often_as_person_is_a_person():
    mentions = [ent("a", "Dario Pellucci", "ORG"), ent("b", "Dario Pellucci"), ent("b", "Pellucci", "ORG")]
    found = reconcile_entities(mentions)
    assert [(e.type, {v.text for v in e.variants}) for e in found] == [
        ("PERSON", {"Dario Pellucci", "Pellucci"})
    ]
    # a name the model calls ORG more often than twice its PERSON votes stays ORG
    orgs = [
        ent("a", "Harlow Brewing", "ORG"),
        ent("b", "Harlow Brewing", "ORG"),
        ent("c", "Harlow Brewing", "ORG"),
    ]
    assert [e.type for e in reconcile_entities([*orgs, ent("d", "Harlow Brewing")])] == ["ORG"]


def test_greek_transliterations_of_given_names_are_one_person():
    giorgos = [ent("a", "Giorgos Vlachakis"), ent("b", "Yiorgos Vlachakis")]
    found = groups([*giorgos, ent("c", "Kostas Derveni"), ent("d", "Costas Derveni")])
    assert found == [{"Costas Derveni", "Kostas Derveni"}, {"Giorgos Vlachakis", "Yiorgos Vlachakis"}]
    # a different given name with the surname stays another person
    assert len(groups([ent("a", "Giorgos Vlachakis"), ent("b", "Nikos Vlachakis")])) == 2


def test_two_spellings_in_one_article_are_two_people():
    found = groups([ent("a", "Orla Pettibone"), ent("a", "Pettibone"), ent("a", "Pettibonne")])
    assert found == [{"Orla Pettibone", "Pettibone"}, {"Pettibonne"}]
    across = groups([ent("a", "Orla Pettibone"), ent("b", "Pettibonne")])
    assert across == [{"Orla Pettibone", "Pettibonne"}]


def test_a_place_without_its_kind_word_and_a_body_written_either_way_round():
    street = [ent("a", "Kallisto Street", "FAC"), ent("b", "Kallisto", "PRODUCT")]
    body = [ent("a", "Ministry of Fisheries", "ORG"), ent("b", "Fisheries Ministry", "ORG")]
    found = groups([*street, *body])
    assert found == [{"Fisheries Ministry", "Ministry of Fisheries"}, {"Kallisto", "Kallisto Street"}]
    # a bare name that fits two places joins neither; a surname is not a street
    two = groups([ent("a", "Mill Road", "FAC"), ent("b", "Mill Street", "FAC"), ent("c", "Mill", "ORG")])
    assert {"Mill"} in two
    person = groups([ent("a", "Orla Baker"), ent("b", "Baker"), ent("c", "Baker Street", "FAC")])
    assert person == [{"Baker", "Orla Baker"}, {"Baker Street"}]


def _person_groups(*forms: str):
    from factx.reconcile.groups import Group

    groups = []
    for n, form in enumerate(forms):
        g = Group()
        g.add(form, f"d{n}", "PERSON")
        groups.append(g)
    return groups


def test_full_names_merge_across_spellings_and_middle_names_but_not_across_surnames():
    """Names are compared only within their surname's skeleton: spelling variants of a surname still meet."""
    from factx.reconcile.entities import _same_word, skeleton
    from factx.reconcile.people import merge_full_names

    groups = _person_groups(
        "Volodymyr Zelensky",
        "Volodymyr Zelenskyy",
        "John W. Henry",
        "John Henry",
        "Mary Henry",
        "John Harry",
    )
    merged = merge_full_names(groups, _same_word, skeleton)
    assert sorted(sorted(g.forms) for g in merged) == [
        ["John Harry"],
        ["John Henry", "John W. Henry"],
        ["Mary Henry"],
        ["Volodymyr Zelensky", "Volodymyr Zelenskyy"],
    ]


def test_a_full_name_that_fits_two_people_joins_neither():
    from factx.reconcile.entities import _same_word, skeleton
    from factx.reconcile.people import merge_full_names

    groups = _person_groups("John A. Smith", "John B. Smith", "J. Smith")
    merged = merge_full_names(groups, _same_word, skeleton)
    assert sorted(sorted(g.forms) for g in merged) == [["J. Smith"], ["John A. Smith"], ["John B. Smith"]]
