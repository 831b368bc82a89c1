"""The hand-checked expectations for seeds/ (tests/data/seeds_gold.json, a copy of ../shared/gold)."""

from __future__ import annotations

import pytest

from tests import seeds_gold
from tests.conftest import SEEDS

pytestmark = pytest.mark.model


def test_publication_dates(seeds_result):
    _, table = seeds_result
    assert seeds_gold.check_documents(table) == []


def test_mentions_and_values(seeds_result):
    mentions, _ = seeds_result
    assert seeds_gold.check_mentions(mentions, SEEDS) == []


def test_percentages_are_not_money(seeds_result):
    mentions, _ = seeds_result
    assert seeds_gold.check_not_mentions(mentions, SEEDS) == []


def test_entities(seeds_result):
    _, table = seeds_result
    assert seeds_gold.check_entities(table) == []


def test_facts(seeds_result):
    _, table = seeds_result
    assert seeds_gold.check_facts(table, SEEDS) == []


def test_gold_checks_can_fail(seeds_result):
    """The checker is not vacuous: a table with a wrong date and no entities fails it."""
    mentions, table = seeds_result
    broken = {
        **table,
        "entities": [],
        "documents": [{**d, "published": "1999-01-01"} for d in table["documents"]],
    }
    assert seeds_gold.check_entities(broken)
    assert seeds_gold.check_documents(broken)
    assert seeds_gold.check_mentions([m for m in mentions if m["kind"] != "money"], SEEDS)
