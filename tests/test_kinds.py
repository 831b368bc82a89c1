"""The kind registry (`factx.kinds`): every kind is defined there once, and the pipeline, extraction and
reconciliation follow it."""

from __future__ import annotations

from factx.kinds import FACT_KINDS, KINDS, SPAN_KEYS, kinds_needing
from factx.model import Kind
from factx.nlp import FACTX_PIPES


def test_every_kind_has_one_row():
    assert sorted(spec.kind for spec in KINDS) == sorted(Kind)


def test_the_pipeline_runs_each_component_after_those_it_reads(blank_nlp):
    names = blank_nlp.pipe_names
    assert [n for n in names if n in FACTX_PIPES] == [spec.component for spec in KINDS]
    for spec in KINDS:
        for read in spec.reads:
            if read in names:  # "ner" only with a model
                assert names.index(read) < names.index(spec.component), (spec.kind, read)


def test_span_keys_are_the_component_names():
    assert SPAN_KEYS[Kind.DATE] == "factx_dates"
    assert SPAN_KEYS[Kind.DURATION] == "factx_duration"


def test_which_kinds_need_a_component():
    # counts read the dates to know which numbers are years; durations read them to leave "the past two
    # weeks" to the date
    assert kinds_needing("factx_dates") == {Kind.DATE, Kind.DURATION, Kind.COUNT}
    assert kinds_needing("factx_count") == {Kind.COUNT}
    assert kinds_needing("ner") == {Kind.ENTITY}


def test_entities_are_not_facts():
    assert Kind.ENTITY not in FACT_KINDS
    assert set(FACT_KINDS) == set(Kind) - {Kind.ENTITY}
