"""The lower of a pair of prices is a model line's base price only when its article prices that model no
lower. The invented story: Kora's refreshed 15-inch Vela Pro. a says the 15-inch "will sell for $1,299" and
then that it "is offered in $1,599 and $1,999 models"; b and c give $1,599 as the starting price and $1,999
as the upgraded one. Worked out by hand: a's starting price is $1,299 (a disagreement with b and c), its
$1,599 a middle model, its $1,999 the top one, agreed by all three."""

from __future__ import annotations

import pytest

from factx.model import Status
from tests.test_frames import fact_of, run  # noqa: F401  (the fixture)

pytestmark = pytest.mark.model

PAIR_ABOVE_A_PRICE = {
    "a": "Kora refreshed its Vela Pro line. The 13-inch Vela Pro costs $999, while the 15-inch will sell for "
    "$1,299.\nThe 15-inch is offered in $1,599 and $1,999 models with faster chips.\n",
    "b": "The 15-inch Vela Pro starts at $1,599.\nAn upgraded 15-inch model goes for $1,999.\n",
    "c": "The 15-inch Vela Pro comes in $1,599 and $1,999 versions.\n",
}


def test_a_pair_above_the_price_its_article_gives_a_model_starts_nothing(run):  # noqa: F811
    table = run(PAIR_ABOVE_A_PRICE)
    base = fact_of(table, "b", "$1,599")
    claims = {(c["doc"], c["text"]) for c in base["claims"]}
    assert claims == {("a", "$1,299"), ("b", "$1,599"), ("c", "$1,599")}
    assert base["status"] == Status.CONFLICT
    top = fact_of(table, "a", "$1,999")
    assert {c["doc"] for c in top["claims"]} == {"a", "b", "c"} and top["status"] == Status.AGREE
