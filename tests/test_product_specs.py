"""A product's storage is one fact per product line. The invented story: Kora's Vela Air and new Vela Pro. a
names the family ("updates to its Vela line"), then "The Vela Air gets …" and "It also gets storage up to
512 GB"; its Vela Pro "is about as thin as a Vela Air" (a comparison: the figures after it are still the
Pro's). b and c give the same figures of each line in other words. Expected by hand: the Air's 512 GB is one
fact of a, b, c; the Pro's 768 GB another of a, b, c, though "up to 768 GB" admits 512; the Pro's RAM a
third."""

from __future__ import annotations

import pytest

from factx.model import Status
from tests.test_frames import fact_of, run  # noqa: F401  (the fixture)

pytestmark = pytest.mark.model

TWO_LINES = {
    "a": "Kora announced updates to its Vela line on Monday.\nThe Vela Air gets faster chips.\n"
    "It also gets storage up to 512 GB.\n"
    "But the big news is the new Vela Pro, which is about as thin as a Vela Air.\n"
    "It has up to 16GB of RAM and 768GB of flash storage.\n",
    "b": "The new Vela Air now offers up to 512 GB of flash storage.\n"
    "The new Vela Pro comes with up to 768GB of flash storage and up to 16GB of RAM.\n",
    "c": "The refreshed Vela Air can be configured with a 512 gigabyte drive.\n"
    "The new Vela Pro offers 768GB of storage.\n",
}


def test_each_line_s_storage_is_its_own_fact(run):  # noqa: F811
    table = run(TWO_LINES)
    air = fact_of(table, "a", "up to 512 GB")
    assert {c["doc"] for c in air["claims"]} == {"a", "b", "c"}
    assert air["status"] == Status.COMPATIBLE  # "up to 512 GB" and "a 512 gigabyte drive"
    pro = fact_of(table, "a", "768GB")
    assert {c["doc"] for c in pro["claims"]} == {"a", "b", "c"}
    assert pro is not air
    assert {c["doc"] for c in fact_of(table, "a", "up to 16GB")["claims"]} == {"a", "b"}


def test_an_open_figure_of_one_line_does_not_take_in_another_line_s(run):  # noqa: F811
    # "up to 768GB" admits 512 GB, and the sentences share most words: only the lines tell them apart; two
    # lines' equal RAM is two facts; one line's other drive is no disagreement about its flash storage
    table = run(
        {
            "d": "The new Vela Pro offers up to 768GB of flash storage.\nThe new Vela Pro has 8GB of RAM.\n",
            "e": "The new Vela Air offers 512 GB of flash storage.\nThe new Vela Air has 8GB of RAM.\n",
            "f": "The new Vela Pro offers a 500GB hard drive.\n",
        }
    )
    assert fact_of(table, "d", "up to 768GB") is not fact_of(table, "e", "512 GB")
    assert fact_of(table, "d", "8GB") is not fact_of(table, "e", "8GB")
    assert fact_of(table, "f", "500GB")["status"] == Status.SINGLE
