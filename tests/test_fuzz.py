"""Property-based tests: normalizers, the extract pipeline and JSON Lines records on arbitrary input.

`make test` runs a bounded number of examples; `make fuzz` runs many more (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import json
import math
import os
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factx.errors import InputError, InputWarning
from factx.extract import extract
from factx.feed import parse_records, valid_unicode
from factx.model import Document, Tense
from factx.nlp import build_pipeline
from factx.normalize.dates import resolve_date
from factx.normalize.money import normalize_money
from factx.normalize.names import fold, trim_name
from factx.normalize.numbers import normalize_count, normalize_percent, parse_number

settings.register_profile("default", max_examples=150, deadline=None)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

WORDS = [
    "$",
    "US$",
    "€",
    "£",
    "2.5",
    "20",
    "1,200",
    "billion",
    "bn",
    "m",
    "million",
    "more",
    "than",
    "nearly",
    "about",
    "up",
    "to",
    "per",
    "cent",
    "%",
    "countries",
    "people",
    "Jan.",
    "5",
    ",",
    "2026",
    "December",
    "last",
    "next",
    "month",
    "week",
    "Monday",
    "Friday",
    "today",
    "ago",
    "three",
    "days",
    "dozens",
    "of",
    "between",
    "and",
    "-",
    "the",
    "end",
    "late",
    "New",
    "Year's",
    "Eve",
    "1990s",
    "'80s",
    "\n",
    "“",
    "”",
    "Mr.",
    "Carney",
    "said",
    "was",
    "will",
    "0",
    "9999",
    "99999999",
    "—",
    "·",
]
newsish = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)
anything = st.one_of(st.text(max_size=40), newsish)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def _ordered(low, value, high) -> bool:
    return (low is None or low <= value + 1e-9 * abs(value)) and (
        high is None or value <= high + 1e-9 * abs(value)
    )


@given(anything)
def test_money_never_raises_and_its_interval_holds_its_value(text):
    found = normalize_money.__wrapped__(text)
    if found is not None:
        assert _ordered(found.low, found.value, found.high)
        assert found == normalize_money.__wrapped__(text)


@given(anything)
def test_counts_and_percents_never_raise_and_hold_their_value(text):
    for normalize in (normalize_count, normalize_percent):
        found = normalize.__wrapped__(text)
        if found is not None:
            assert _ordered(found.low, found.value, found.high)
    parse_number(text)


@given(anything, st.one_of(st.none(), days), st.sampled_from(list(Tense)))
@example("99999999 days ago", date(2026, 1, 1), Tense.UNKNOWN)
@example("tomorrow", date(9999, 12, 31), Tense.FUTURE)
@example("last month", date(1, 1, 5), Tense.PAST)
def test_dates_never_raise_and_are_well_formed(text, published, tense):
    found = resolve_date.__wrapped__(text, published, tense)
    if found is not None and found.value is not None:
        assert found.low <= found.high
        assert found.grain is not None
    assert found == resolve_date.__wrapped__(text, published, tense)


@given(anything)
def test_names_never_raise_and_trim_inside_the_text(text):
    start, end = trim_name.__wrapped__(text)
    assert 0 <= start <= end <= len(text)
    fold(text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(anything, st.one_of(st.none(), days))
@example("It cost $1e308 million, or 1e400 people.", None)
def test_extract_offsets_slice_back_and_output_is_deterministic(text, published):
    nlp = build_pipeline("blank")
    document = Document("d", text, published=published)
    first = list(extract(nlp(text), document))
    for m in first:
        assert text[m.start : m.end] == m.text
        if isinstance(m.value, float | int) and not isinstance(m.value, bool):
            assert _ordered(m.low, m.value, m.high)
        for number in (m.value, m.low, m.high, m.precision):
            assert not isinstance(number, float) or math.isfinite(number)  # strict JSON holds it
    assert first == list(extract(nlp(text), document))


# JSON Lines records: any line, however hostile, is one record or one named error, never an exception.
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=30)  # lone surrogates too
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
    max_leaves=8,
)
records_ = st.fixed_dictionaries(
    {"text": any_text},
    optional={"id": json_values, "published": json_values, "source": json_values, "url": json_values},
)
separators = st.sampled_from(["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\r"])
hostile_lines = st.one_of(
    records_.map(json.dumps),
    st.builds(
        lambda text, sep: json.dumps({"id": "s", "text": f"{text}{sep}{text}"}, ensure_ascii=False),
        st.text(max_size=10),
        separators,
    ),
    st.integers(1, 100_000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 100_000).map(lambda n: '{"text": ' * n),
    st.integers(4000, 6000).map(lambda n: '{"text": "x", "n": ' + "9" * n + "}"),
    json_values.map(json.dumps),
    st.text(max_size=30).filter(valid_unicode),
).filter(lambda line: "\n" not in line)


@given(st.lists(hostile_lines, max_size=6))
@example(["[" * 200_000 + "]" * 200_000, '{"id": "\\ud800", "text": "x"}', '{"text": "a\u2028b"}'])
def test_every_jsonl_line_is_one_record_or_one_named_error(lines):
    text = "\n".join(lines)
    items = list(parse_records(text, "feed.jsonl"))
    used = [i for i in items if not isinstance(i, InputWarning)]
    assert len(used) == sum(1 for line in text.split("\n") if line.strip())
    for item in items:
        if isinstance(item, InputError):
            assert item.name.startswith("feed.jsonl:")
            continue
        assert item.text.strip()
        for value in (item.text, item.id, item.source, item.url):
            if value is not None:
                json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")


@given(st.lists(st.fixed_dictionaries({"id": st.text(min_size=1, max_size=8), "text": st.text(min_size=1)})))
def test_valid_records_come_back_whole_with_any_characters_inside(records):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    found = [r for r in parse_records("\n".join(lines), "f") if not isinstance(r, InputError)]
    kept = [r for r in records if r["text"].strip()]
    assert [(r.id, r.text) for r in found] == [(r["id"], r["text"]) for r in kept]
