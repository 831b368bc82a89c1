"""A product line told in other words by other outlets. The invented story: Kora's new Vela Pro. a writes it
title-cased ("the Next Generation Vela Pro") and gives its price as the answer to a question ("The final
price tag …?" / "$2,499."); b writes the line in lower case ("a new next-generation Vela Pro"), c plainly.
One line, one starting price: one fact, agreed. A refreshed 15-inch model that "will sell for $1,799"
names a size the new line's prices leave open: at another value it is no disagreement about them.
Worked out by hand from the sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factx.model import Status
from factx.reconcile.facts import reconcile_facts
from tests.test_alignment import fact_with, money
from tests.test_frames import fact_of, run  # noqa: F401  (the fixture)

NEW_LINE = {
    "a": "Kora unveiled its new flagship Next Generation Vela Pro on Monday.\n"
    "The Next Generation Vela Pro has a sharper screen.\n"
    "The final price tag for the Next Generation Vela Pro?\n$2,499.\n"
    "Kora is also upgrading the current Vela Pro models.\n"
    "The 15-inch models will be priced between $1,899 and $2,299.\n",
    "b": "Kora also showed a new next-generation Vela Pro with a sharper screen.\nThe basic model starts at "
    "$2,499.\n",
    "c": "The new Vela Pro will start at $2,499 for the quad-core model.\n",
}


@pytest.mark.model
def test_one_line_told_title_cased_lower_cased_and_as_an_answer_is_one_price(run):  # noqa: F811
    table = run(NEW_LINE)
    price = fact_of(table, "a", "$2,499")
    assert {c["doc"] for c in price["claims"]} == {"a", "b", "c"}
    assert price["status"] == Status.AGREE


@pytest.mark.model
def test_a_figure_answering_a_question_has_the_question_s_event(model_nlp):
    from factx.extract import extract
    from factx.model import Document

    text = NEW_LINE["a"]
    found = {m.text: m for m in extract(model_nlp(text), Document(id="a", text=text))}
    assert found["$2,499"].event == "price"
    assert found["$2,499"].measure == "money:@vela pro"  # the line, without "Next Generation"


def test_a_price_naming_a_size_the_others_leave_open_is_no_disagreement_at_another_value():
    base = [
        replace(money("b", "$2,499", 2499, "$"), measure="money:@vela pro/base"),
        replace(money("c", "$2,499", 2499, "$"), measure="money:@vela pro/base"),
    ]
    sized = replace(money("d", "$1,799", 1799, "$"), measure="money:15-inch@vela pro")
    facts = reconcile_facts([*base, sized])
    assert fact_with(facts, "d", "$1,799").status is Status.SINGLE
    # at the same value, a price naming its size may still be of the model the others leave unsized
    same = replace(money("e", "$2,499", 2499, "$"), measure="money:15-inch@vela pro")
    assert {c.doc for c in fact_with(reconcile_facts([*base, same]), "e", "$2,499").claims} == {"b", "c", "e"}
