"""Currency signs that bad encodings mangled: cp1252 mojibake mended at reading ("â‚¬" → "€"), signs a
transliteration left as a letter ("e80 million", "p74million"), signs lost to "?" or U+FFFD (read as "¤", a
currency that cannot be known), and "b." for billion before a currency word. Every sentence is invented."""

from __future__ import annotations

import json

import pytest

from factx.ingest import read_documents
from factx.normalize.money import normalize_money
from factx.utf import mend_mojibake
from tests.script import factx

B, M = 1e9, 1e6
LOST = "\ufffd"  # what a decoder writes for a byte it cannot read

MENDED = [
    ("The haul was worth â‚¬80 million.", "The haul was worth €80 million."),
    ("He paid Â£74m for it.", "He paid £74m for it."),
    ("A â‚¹500 crore deal", "A ₹500 crore deal"),
    ("itâ€™s a â€œrecordâ€\x9d", "it’s a “record”"),  # 0x9D, undefined in cp1252, shows as its C1 control
    ("cafÃ© au lait", "café au lait"),
    ("Ã¢â€šÂ¬5bn", "€5bn"),  # read wrongly twice
    # meant as written: a lead letter not followed by a whole UTF-8 sequence
    ("CHÂTEAU MARGAUX", "CHÂTEAU MARGAUX"),
    ("São Paulo and Brasília", "São Paulo and Brasília"),
    ("un gâteau à 5 €", "un gâteau à 5 €"),
    ("Ã", "Ã"),
    ("â€", "â€"),
    ("plain text, $5 million", "plain text, $5 million"),
]


@pytest.mark.parametrize(("text", "expected"), MENDED)
def test_mojibake_is_mended(text, expected):
    assert mend_mojibake(text) == expected


READ = [
    # a letter left for the sign, glued to an amount of millions or more
    ("e80 million", 80 * M, "EUR", "exact"),
    ("p74million", 74 * M, "GBP", "exact"),
    ("e1.2bn", 1.2 * B, "EUR", "exact"),
    ("more than e85 million", 85 * M, "EUR", "more_than"),
    ("e75m", 75 * M, "EUR", "exact"),
    # a sign that cannot be known
    ("? 110 billion", 110 * B, "¤", "exact"),
    ("?110bn", 110 * B, "¤", "exact"),
    (f"{LOST * 4}110 billion", 110 * B, "¤", "exact"),
    (f"{LOST} 25.7bn", 25.7 * B, "¤", "exact"),
    # "b." for billion before a currency word
    ("110 b. Euro", 110 * B, "EUR", "exact"),
]


@pytest.mark.parametrize(("text", "value", "currency", "qualifier"), READ)
def test_lost_sign_is_read(text, value, currency, qualifier):
    money = normalize_money(text)
    assert money is not None
    assert (money.value, money.currency, str(money.qualifier)) == (pytest.approx(value), currency, qualifier)


@pytest.mark.parametrize(
    "text", ["E85", "E80 million", "p53", "e80", "e80 people", "?900", f"{LOST}900", "type-e80 million"]
)
def test_not_a_lost_sign(text):
    assert normalize_money(text) is None


SPANS = [
    ("Robbers in drag steal e80 million from a jeweller.", ["e80 million"]),
    ("They were snatching p74million of rings.", ["p74million"]),
    ("The bank agreed an? 110 billion bailout.", ["? 110 billion"]),
    ("The bank agreed a? 110-billion ($143-billion) bailout.", ["$143-billion", "? 110-billion"]),
    ("It paid ?110bn for the firm.", ["?110bn"]),
    (f"The bank agreed a {LOST * 4}110 billion bailout.", [f"{LOST * 4}110 billion"]),
    ("The bank got loans of 110 b. Euro from the fund.", ["110 b. Euro"]),
    # not money: fuel, a protein, a question and its answer, a distance before a tournament
    ("Most cars here run on E85 fuel.", []),
    ("The p53 protein guards the cell.", []),
    ("Why? 900 million people watched the final.", []),
    ("Who pays? 900 million a year goes to the fund.", []),
    ("He ran the 100 m. Euro 2016 was next.", []),
    # a text that shows its "?" is a lost sign ("an?") is read so after any word; a text that does not, not
    ("It agreed an? 110 billion bailout. It will lend? 22.4 billion.", ["? 110 billion", "? 22.4 billion"]),
    ("Officials said it will lend? 22.4 billion to Greece.", []),
    ("The bank agreed an? 110 billion bailout for a man who earns? 900 a month.", ["? 110 billion"]),
    (f"He said it was {LOST}900 in the end.", []),
    # a lost quote mark before a count of things: not a currency sign
    (f"He said: {LOST}110 million people will vote.{LOST}", []),
    ("Organisers expect e80 million visitors.", []),
    ("It asked for ?110bn in loans.", ["?110bn"]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_money_spans_after_lost_signs(blank_nlp, text, expected):
    doc = blank_nlp(text)
    assert sorted(s.text for s in doc.spans["factx_money"]) == sorted(expected)


def test_reading_mends_mojibake_and_offsets_index_the_mended_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Thieves took â‚¬80 million in jewels.", encoding="utf-8")
    (document,) = read_documents([str(path)])
    assert document.text == "Thieves took €80 million in jewels."


def test_cli_reads_a_mojibake_sign_with_honest_offsets(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Thieves took Â£74m and â‚¬80 million in jewels.", encoding="utf-8")
    done = factx("extract", str(path), "-k", "money", "-f", "jsonl", "--no-cache", "--model", "blank")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    text = "Thieves took £74m and €80 million in jewels."
    expected = [("£74m", "GBP", 74 * M), ("€80 million", "EUR", 80 * M)]
    assert [(r["text"], r["unit"], r["value"]) for r in rows] == expected
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_an_unknown_currency_is_the_one_the_story_names(tmp_path):
    """The same sentence from two outlets, one with its euro sign lost: the story names the euro only, and a
    lost sign is never a dollar's, so the two are one fact in euros (`reconcile/lost_signs.py`)."""
    sentence = "The lenders agreed a {}110 billion bailout for Greece."
    (tmp_path / "one.txt").write_text(sentence.format("€"), encoding="utf-8")
    (tmp_path / "two.txt").write_text(sentence.format(LOST * 3), encoding="utf-8")
    done = factx("reconcile", str(tmp_path), "-f", "json", "--no-cache", "--model", "blank")
    assert done.returncode == 0, done.stderr
    facts = [f for f in json.loads(done.stdout)["facts"] if f["kind"] == "money"]
    assert [(f["unit"], sorted(c["doc"] for c in f["claims"])) for f in facts] == [("EUR", ["one", "two"])]


def test_an_unknown_currency_never_joins_a_known_one_when_the_story_names_two(tmp_path):
    """Euros and pounds named once each: the lost sign may be either, so it stays "¤", a fact of its own."""
    sentence = "The lenders agreed a {}110 billion bailout for Greece."
    (tmp_path / "one.txt").write_text(sentence.format("€"), encoding="utf-8")
    (tmp_path / "three.txt").write_text(sentence.format("£"), encoding="utf-8")
    (tmp_path / "two.txt").write_text(sentence.format(LOST * 3), encoding="utf-8")
    done = factx("reconcile", str(tmp_path), "-f", "json", "--no-cache", "--model", "blank")
    assert done.returncode == 0, done.stderr
    facts = [f for f in json.loads(done.stdout)["facts"] if f["kind"] == "money"]
    assert sorted((f["unit"], [c["doc"] for c in f["claims"]]) for f in facts) == [
        ("EUR", ["one"]),
        ("GBP", ["three"]),
        ("¤", ["two"]),
    ]


def test_a_run_of_lost_signs_is_read_from_its_first_sign_only():
    # From every sign of a long run the pattern would eat the rest and fail again: a square of the run's
    # length. A match may start only where a run starts.
    from factx.money_finder import _lost_sign

    certain, _ = _lost_sign()
    text = "a \ufffd\ufffd\ufffd110 billion bailout"
    assert certain.match(text, 2) is not None
    assert certain.match(text, 3) is None and certain.match(text, 4) is None
