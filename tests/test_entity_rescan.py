"""Names the model missed but the story already has: surnames, acronyms, team short names; and the
evidence that retypes a personal name the model called an organisation. Invented fixtures only; expected
values worked out by hand."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Span

from factx.components.entities import ENTITY_LABELS, EntityComponent
from factx.model import Document, Kind, Mention
from factx.normalize.names import stands_for
from factx.reconcile import reconcile_entities
from factx.reconcile.entities_rescan import rescan
from tests.script import factx


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("HKC", "Harbor Kite Congress", True),
        ("WWKC", "Worldwide Kite Congress", True),  # one more letter from inside the first word
        ("THC", "The Harbor Courier", True),
        ("HC", "The Harbor Courier", True),
        ("HKM", "Harbor Kite Congress", False),
        ("HKCN", "Harbor Kite Congress", False),  # the last word gives its initial only
        ("WWWKC", "Worldwide Kite Congress", False),  # one inside letter at most
        ("HKC", "Harbor", False),
        ("IQT", "INQ Tabbard", False),  # an acronym inside the name gives all its letters
        ("INQT", "INQ Tabbard", True),
        ("HKC", "HARBOR KITE CONGRESS", True),
    ],
)
def test_acronym_stands_for_a_name(short, name, expected):
    assert stands_for(short, name) is expected


def mention(doc: Document, text: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return Mention(doc.id, Kind.ENTITY, label, text, start, start + len(text), "")


def ent(doc: str, text: str, label: str = "PERSON") -> Mention:
    return Mention(doc=doc, kind=Kind.ENTITY, label=label, text=text, start=0, end=len(text), sentence="")


def groups(mentions) -> list[set[str]]:
    return sorted(({v.text for v in e.variants} for e in reconcile_entities(mentions)), key=sorted)


def found(documents, mentions) -> list[tuple[str, str, str]]:
    return [(m.doc, m.text, m.label) for m in rescan(documents, mentions)]


def test_a_surname_after_the_full_name_is_a_mention_wherever_the_story_writes_it():
    a = Document("a", "Navy spokesman Orla Quillfeather said so. Quillfeather added more.\n")
    b = Document("b", "The statement, Quillfeather said, came late. Quillfeather Hall was shut.\n")
    extra = found([a, b], [mention(a, "Orla Quillfeather", "PERSON")])
    # not "Quillfeather Hall": run together with another capitalised word it names something else
    assert extra == [("a", "Quillfeather", "PERSON"), ("b", "Quillfeather", "PERSON")]


def test_a_common_word_and_a_covered_word_are_not_taken():
    a = Document("a", "Chef Mabel Baker said Baker would cook. The baker left. Baker spoke.\n")
    mentions = [mention(a, "Mabel Baker", "PERSON")]
    assert found([a], mentions) == []  # "baker" in lower case: a common word
    c = Document("c", "Denver County Sheriff spoke, and the Sheriff left.\n")
    assert found([c], [mention(c, "Denver County Sheriff", "PERSON")]) == []  # a job title, no surname
    b = Document("b", "Orla Quillfeather met Quillfeather.\n")
    covered = [mention(b, "Orla Quillfeather", "PERSON"), mention(b, "Quillfeather", "ORG", nth=1)]
    assert found([b], covered) == []


def test_a_name_after_a_personal_title_gives_its_surname():
    a = Document("a", "Professor Vantakis spoke. Then Vantakis left, and then Harbor Vantakis opened.\n")
    extra = found([a], [mention(a, "Vantakis", "PERSON")])
    # "Then" opens a sentence and the story writes "then": no name part; "Harbor" is one
    assert [(m.start, m.text) for m in rescan([a], [mention(a, "Vantakis", "PERSON")])] == [
        (a.text.index("Vantakis", 30), "Vantakis")
    ]
    assert extra == [("a", "Vantakis", "PERSON")]
    # without the title a one-word PERSON tag is no evidence
    b = Document("b", "Vantakis spoke. Later Vantakis left.\n")
    assert found([b], [mention(b, "Vantakis", "PERSON")]) == []


def test_acronyms_with_editions_and_a_teams_short_name():
    a = Document("a", "The Worldwide Kite Congress opened. The Denver Quills won. Denver Sheriff spoke.\n")
    b = Document("b", "At WWKC 2031 and WWKC31, WWKC fans cheered the Quills. NASA said nothing.\n")
    c = Document("c", "The Sheriff came, and the Denver Creamery. The Creamery, a creamery, burned.\n")
    mentions = [mention(a, "Worldwide Kite Congress", "EVENT"), mention(a, "Denver Quills", "ORG")]
    mentions += [mention(a, "Denver Sheriff", "ORG"), mention(c, "Denver Creamery", "ORG")]
    # not "Sheriff" (a job title) nor "Creamery" (the story writes "creamery")
    assert found([a, b, c], mentions) == [
        ("b", "Quills", "ORG"),
        ("b", "WWKC 2031", "EVENT"),
        ("b", "WWKC31", "EVENT"),
        ("b", "WWKC", "EVENT"),
    ]


def test_a_byline_gives_no_surname():
    a = Document("a", "By Orla Quillfeather\nOrla Quillfeather wrote this. Quillfeather left.\n")
    extra = found([a], [mention(a, "Orla Quillfeather", "PERSON", nth=1)])
    assert [(m.start, m.text) for m in rescan([a], [mention(a, "Orla Quillfeather", "PERSON", nth=1)])] == [
        (a.text.rindex("Quillfeather"), "Quillfeather")
    ]
    assert len(extra) == 1


def test_reconciled_with_documents_the_missed_names_join_their_entities():
    a = Document("a", "Worldwide Kite Congress host Orla Quillfeather spoke.\n")
    b = Document("b", "At WWKC 2031, Quillfeather said the WWKC grew.\n")
    mentions = [mention(a, "Worldwide Kite Congress", "ORG"), mention(a, "Orla Quillfeather", "PERSON")]
    rows = {frozenset(v.text for v in e.variants) for e in reconcile_entities(mentions, [a, b])}
    assert rows == {
        frozenset({"Worldwide Kite Congress", "WWKC", "WWKC 2031"}),
        frozenset({"Orla Quillfeather", "Quillfeather"}),
    }
    # without the documents nothing is added
    assert len(reconcile_entities(mentions)) == 2


def test_a_personal_name_typed_org_is_a_person_when_its_surname_is_a_persons():
    family = [ent("a", "Madra Pettibone", "ORG"), ent("b", "Orrin Pettibone"), ent("c", "Orrin Pettibone")]
    types = {e.name: e.type for e in reconcile_entities(family)}
    assert types["Madra Pettibone"] == "PERSON"
    a = Document("a", "Yorgos Vantakis spoke.\n")
    b = Document("b", "Professor Vantakis spoke.\n")
    titled = [mention(a, "Yorgos Vantakis", "ORG"), mention(b, "Vantakis", "PERSON")]
    [row] = reconcile_entities(titled, [a, b])
    assert (row.name, row.type) == ("Yorgos Vantakis", "PERSON")
    # PERSON tags on the bare word without a title are no such evidence
    c = Document("c", "Vantakis spoke.\n")
    untitled = [mention(a, "Yorgos Vantakis", "ORG"), mention(c, "Vantakis", "PERSON")]
    assert {e.name: e.type for e in reconcile_entities(untitled, [a, c])}["Yorgos Vantakis"] == "ORG"
    # a name that starts with a place is no personal name: "Denver Pettibone" stays as tagged
    place = reconcile_entities([ent("a", "Denver Pettibone", "ORG"), ent("b", "Orrin Pettibone")])
    assert {e.name: e.type for e in place} == {"Denver Pettibone": "ORG", "Orrin Pettibone": "PERSON"}
    # one PERSON tag on the last word is not enough: "Kite Pro" stays a product
    product = [ent("a", "Kite Pro", "PRODUCT"), ent("a", "Kite Pro", "PRODUCT"), ent("b", "Pro")]
    assert {e.name: e.type for e in reconcile_entities(product)}["Kite Pro"] == "PRODUCT"


@pytest.mark.parametrize(
    ("text", "start", "end", "label", "expected"),
    [
        ("Professor Vantakis spoke.", 0, 2, "ORG", ("Vantakis", "PERSON")),
        ("Harbor Vantakis spoke.", 0, 2, "ORG", ("Harbor Vantakis", "ORG")),  # no title: left alone
    ],
)
def test_one_word_after_a_personal_title_is_a_person(text, start, end, label, expected):
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label)]
    doc = EntityComponent("factx_entities", "factx_entities", list(ENTITY_LABELS))(doc)
    assert [(s.text, s.label_) for s in doc.spans["factx_entities"]] == [expected]


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("He said so on X.", "PERSON", []),  # one letter and a period is no name
        ("He met Li there.", "PERSON", ["Li"]),
    ],
)
def test_a_one_letter_span_is_no_name(text, label, expected):
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    word = next(t for t in doc if t.text[0].isupper() and t.i > 0)
    doc.ents = [Span(doc, word.i, word.i + 1 if word.text != "X" else len(doc), label=label)]
    doc = EntityComponent("factx_entities", "factx_entities", list(ENTITY_LABELS))(doc)
    assert [s.text for s in doc.spans["factx_entities"]] == expected


def test_other_names_of_a_big_city_retype_and_join_it():
    # GeoNames lists "Salonika" among Thessaloniki's other names, and "Zaporizhzhia" among Zaporizhzhya's
    found = reconcile_entities([ent("a", "Thessaloniki", "GPE"), ent("b", "Salonika", "GPE")])
    assert [{v.text for v in e.variants} for e in found] == [{"Salonika", "Thessaloniki"}]
    [row] = reconcile_entities([ent("a", "Zaporizhzhia")])
    assert row.type == "GPE"
    # a short other name is left alone: "Lion" (Lyon) stays what the model said
    [lion] = reconcile_entities([ent("a", "Lion")])
    assert lion.type == "PERSON"


def test_inner_short_forms_plurals_and_broadcast_bands():
    hotel = [ent("a", "Quillon Grand Harbour Hotel", "ORG"), ent("b", "Quillon Hotel", "ORG")]
    banks = [
        ent("c", "Vantak Egnis Bank", "ORG"),
        ent("d", "Vantak Trust Bank", "ORG"),
        ent("e", "Vantak Bank", "ORG"),
    ]
    products = [ent("f", "KiteBook Pro", "PRODUCT"), ent("g", "KiteBook Pros", "PRODUCT")]
    station = [ent("h", "WQRX", "ORG"), ent("i", "WQRX-TV", "ORG")]
    pair = [ent("l", "KiteBook Air", "PRODUCT"), ent("m", "KiteBook Max and Air", "PRODUCT")]
    people = [ent("j", "Orla Pettibone"), ent("k", "Orla Pettibones")]  # no plural rule for people
    found = groups([*hotel, *banks, *products, *station, *people, *pair])
    assert found == [
        {"KiteBook Air"},  # a coordination names two things: no longer form of either
        {"KiteBook Max and Air"},
        {"KiteBook Pro", "KiteBook Pros"},
        {"Orla Pettibone"},
        {"Orla Pettibones"},
        {"Quillon Grand Harbour Hotel", "Quillon Hotel"},
        {"Vantak Bank"},  # fits two banks: joins neither
        {"Vantak Egnis Bank"},
        {"Vantak Trust Bank"},
        {"WQRX", "WQRX-TV"},
    ]


def test_a_surname_written_once_in_lower_case_is_still_a_name_and_a_misspelling_is_found():
    a = Document(
        "a",
        "Orla Quillfeather signed. Quillfeather smiled; Quillfeather left, Quillfeather won.\n"
        "Quillfeather ran.\n",
    )
    b = Document("b", "They may land quillfeather soon. Fans love Quilfeather, writers said.\n")
    extra = found([a, b], [mention(a, "Orla Quillfeather", "PERSON")])
    assert ("b", "Quilfeather", "PERSON") not in extra  # not without the spelling test
    spelling = (_one_l_key, _one_l)
    spelled = rescan([a, b], [mention(a, "Orla Quillfeather", "PERSON")], spelling=spelling)
    # five capitalised "Quillfeather" to one "quillfeather": a name written carelessly once, not a word
    assert [(m.doc, m.text) for m in spelled] == [("a", "Quillfeather")] * 4 + [("b", "Quilfeather")]
    # written in lower case about as often as capitalised, a word is common: never taken
    c = Document("c", "Dana Will spoke. Will she stay? We will see; we will wait.\n")
    assert found([c], [mention(c, "Dana Will", "PERSON")]) == []


def _one_l_key(word: str) -> str:
    return word.lower().replace("ll", "l")


def _one_l(a: str, b: str) -> bool:
    return _one_l_key(a) == _one_l_key(b) and a != b


def test_a_one_off_misspelling_beside_a_much_named_person_is_that_person():
    person = [ent("a", "Karen B. Olvander"), ent("b", "Karen Olvander"), *[ent("a", "Olvander")] * 4]
    found = groups([*person, ent("a", "Olvender")])
    assert found == [{"Karen B. Olvander", "Karen Olvander", "Olvander", "Olvender"}]
    # used twice, or beside a person named only a few times, the other spelling is another person
    assert len(groups([*person, ent("a", "Olvender"), ent("a", "Olvender")])) == 2
    assert len(groups([ent("a", "Karen Olvander"), ent("a", "Olvander"), ent("a", "Olvender")])) == 2


@pytest.mark.model
def test_missed_surnames_and_acronyms_through_the_cli(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The Worldwide Kite Congress opened on Monday, navy spokesman Commander Orrin Pettibone said.\n"
        "The kites flew high over the bay, Pettibone said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Fans at WWKC 2031 cheered as the kites rose.\nThe WWKC drew a record crowd this year.\n",
        encoding="utf-8",
    )
    done = factx("entities", str(tmp_path), "-f", "json", "--no-cache")
    assert done.returncode == 0, done.stderr
    rows = [{v["text"] for v in e["variants"]} for e in json.loads(done.stdout)["entities"]]
    assert {"Orrin Pettibone", "Pettibone"} in rows
    congress = [r for r in rows if "WWKC" in r]
    assert congress and {"Worldwide Kite Congress", "WWKC 2031"} <= congress[0]


def test_an_acronym_without_the_article_of_the_name():
    a = Document("a", "The Harbor Courier printed it. HC readers wrote back, and THC replied.\n")
    extra = found([a], [mention(a, "The Harbor Courier", "ORG")])
    assert extra == [("a", "HC", "ORG"), ("a", "THC", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They backed Orla Maren Quillfeather, her aides said.", "Orla Maren Quillfeather"),
        ("They backed Orla Maren Monday, her aides said.", "Orla Maren"),  # a weekday is no surname
        ("They backed Orla Maren Sheriff, her aides said.", "Orla Maren"),  # nor a job title
    ],
)
def test_a_personal_name_takes_in_the_surname_the_model_left_out(text, expected):
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    for token in doc:
        token.pos_ = "PROPN" if token.is_title and token.i > 0 else "X"
    doc.ents = [Span(doc, 2, 4, label="PERSON")]  # "Orla Maren"
    doc = EntityComponent("factx_entities", "factx_entities", list(ENTITY_LABELS))(doc)
    assert [s.text for s in doc.spans["factx_entities"]] == [expected]
