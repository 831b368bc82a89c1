"""The hand-checked expression table (`tests/data/expressions.txt`): every date, money and duration phrase
read alone and inside a news-like sentence, through the full pipeline, against a fixed publication date. A
duration must not also be read as a count or a date, nor a date as a duration.

Run as a script (`python tests/test_expressions.py`) it prints the share of rows read right, which is how the
table is used to compare two versions of factx.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from factx.extract import extract
from factx.model import Document, Kind, Tense
from factx.normalize.dates import resolve_date

TABLES = sorted((Path(__file__).resolve().parent / "data").glob("expressions*.txt"))
SENTENCES = {
    "past": "The talks collapsed {}, officials said.",
    "future": "The talks will resume {}, officials say.",
    "-": "Officials described {} in the report.",
    "money": "The company agreed to pay {} for the site.",
    "duration": "The ceasefire will last {}, officials said.",
}
KINDS = {"date": Kind.DATE, "money": Kind.MONEY, "duration": Kind.DURATION}
# Kinds that must not read the same words: a length of time is no count and no date, a date no length.
RIVALS = {"date": {Kind.DURATION}, "money": set(), "duration": {Kind.COUNT, Kind.DATE}}


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    line: str
    kind: str
    phrase: str
    published: date | None = None
    tense: str = "-"
    expected: tuple = ()
    sentence: str = ""

    @property
    def id(self) -> str:
        return f"{self.line}:{self.phrase}"


def _number(text: str) -> float | None:
    return float(text) if text else None


def load() -> list[Row]:
    return [row for table in TABLES for row in load_table(table)]


def load_table(table: Path) -> list[Row]:
    rows = []
    for number, raw in enumerate(table.read_text(encoding="utf-8").splitlines(), start=1):
        line = f"{table.stem}:{number}"
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("|")]
        kind = cells[0]
        if kind == "date":
            published = date.fromisoformat(cells[2]) if cells[2] else None
            expected = tuple(c or None for c in cells[4:8])
            sentence = cells[8] if len(cells) > 8 else ""
            rows.append(Row(line, kind, cells[1], published, cells[3], expected, sentence))
        elif kind in ("money", "duration"):
            value, low, high = (_number(c) for c in cells[2:5])
            sentence = cells[7] if len(cells) > 7 else ""
            rows.append(
                Row(line, kind, cells[1], None, "-", (value, low, high, cells[5], cells[6]), sentence)
            )
        elif kind == "none":
            rows.append(Row(line, kind, cells[2], sentence=cells[1]))
        else:
            raise ValueError(f"{line}: unknown kind {kind!r}")
    return rows


ROWS = load()


def _mentions(nlp, text: str, published: date | None, kinds: set[Kind]):
    document = Document(id="t", text=text, published=published)
    return list(extract(nlp(text), document, kinds=kinds))


def _fields(m) -> tuple:
    if m.kind is Kind.DATE:
        return (m.value, m.low, m.high, m.grain and str(m.grain))
    num = [None if x is None else float(x) for x in (m.value, m.low, m.high)]
    return (*num, m.unit, str(m.qualifier))


def _read_in(nlp, row: Row, text: str) -> bool:
    """Whether a mention overlapping the phrase in `text` carries the expected fields, and no mention of a
    rival kind overlaps it."""
    kind = KINDS[row.kind]
    start = text.index(row.phrase)
    end = start + len(row.phrase)
    overlapping = [
        m
        for m in _mentions(nlp, text, row.published, {kind, *RIVALS[row.kind]})
        if m.start < end and m.end > start
    ]
    if any(m.kind in RIVALS[row.kind] for m in overlapping):
        return False
    found = [m for m in overlapping if m.kind is kind]
    if row.kind == "date" and row.expected[0] is None:
        return all(m.value is None for m in found)
    return any(_fields(m) == row.expected for m in found)


def _sentence(row: Row) -> str:
    if row.sentence:
        return row.sentence
    template = SENTENCES[row.kind] if row.kind in ("money", "duration") else SENTENCES[row.tense]
    return template.format(row.phrase)


def read_alone(nlp, row: Row) -> bool:
    """The phrase as a whole document; a phrase whose reading needs a tense goes to the resolver with it."""
    if row.kind == "date" and row.tense != "-":
        found = resolve_date(row.phrase, row.published, Tense(row.tense))
        got = found and (
            found.value,
            found.low and found.low.isoformat(),
            found.high and found.high.isoformat(),
        )
        if row.expected[0] is None:
            return not got or got[0] is None
        return got == row.expected[:3] and str(found.grain) == row.expected[3]
    return _read_in(nlp, row, row.phrase)


def read_in_sentence(nlp, row: Row) -> bool:
    text = _sentence(row)
    if row.kind == "none":
        start = text.index(row.phrase)
        end = start + len(row.phrase)
        found = _mentions(nlp, text, date(2014, 10, 15), {Kind.DATE, Kind.MONEY, Kind.DURATION})
        return not [m for m in found if m.start < end and m.end > start]
    return _read_in(nlp, row, text)


READ_ROWS = [r for r in ROWS if r.kind != "none"]


def test_table_is_large_and_well_formed():
    assert len(READ_ROWS) >= 250
    for row in ROWS:
        if row.sentence:
            assert row.phrase in row.sentence, row.id


@pytest.mark.parametrize("row", READ_ROWS, ids=lambda r: r.id)
def test_alone(model_nlp, row):
    assert read_alone(model_nlp, row)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.id)
def test_in_sentence(model_nlp, row):
    assert read_in_sentence(model_nlp, row)


def score(nlp) -> dict[str, tuple[int, int]]:
    """Rows read right, by kind and setting: {"date alone": (right, total), …}."""
    out: dict[str, list[int]] = {}
    for row in ROWS:
        settings = [("in sentence", read_in_sentence)]
        if row.kind != "none":
            settings.append(("alone", read_alone))
        for setting, reader in settings:
            try:
                ok = reader(nlp, row)
            except Exception:
                ok = False
            tally = out.setdefault(f"{row.kind} {setting}", [0, 0])
            tally[0] += ok
            tally[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


if __name__ == "__main__":
    from factx.nlp import build_pipeline

    pipeline = build_pipeline()
    for key, (right, total) in sorted(score(pipeline).items()):
        print(f"{key:20s} {right:4d}/{total:<4d} {100 * right / total:5.1f}%")
