"""A dash typed as two hyphens and glued to the words around it ("the bailout--22 billion euros") still
parts the number from the word before it, so the whole amount is read. Rules only (blank pipeline)."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [
        (
            "Parliament passed the share of the bailout--22 billion euros over three years.",
            "22 billion euros",
            22e9,
        ),
        ("The fee--$5 million--was paid.", "$5 million", 5e6),
    ],
)
def test_an_amount_after_a_typed_dash_is_read_whole(blank_nlp, text, amount, value):
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    found = {m.text: m.value for m in extract(blank_nlp(text), document, kinds=[Kind.MONEY])}
    assert found == {amount: value}
