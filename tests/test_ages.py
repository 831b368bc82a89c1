"""Ages told at different times: someone 45 in March 2010 may be 46 in an article of May 2011, but not in
one of the next week. The invented story: one suspect, Smith, in four articles; expected statuses worked
out by hand from the publication dates."""

from __future__ import annotations

import json
from datetime import date

from factx.model import Claim, Document, Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile import build_table, reconcile_facts
from factx.reconcile.status import aged_intervals
from tests.script import factx


def age(doc: str, value: int) -> Mention:
    text = f"Smith, {value},"
    return Mention(
        doc=doc,
        kind=Kind.COUNT,
        label="COUNT",
        text=str(value),
        start=7,
        end=9,
        sentence=f"{text} was charged.",
        value=value,
        low=value,
        high=value,
        unit="year",
        qualifier=Q.EXACT,
        precision=0.0,
        measure="year",
        event="age",
        anchors=("Smith",),
        context=("charge", "smith"),
    )


def status_of(values: dict[str, int], published: dict[str, date]) -> Status:
    (fact,) = reconcile_facts([age(doc, v) for doc, v in values.items()], published=published)
    return fact.status


MARCH = date(2010, 3, 1)


def test_an_age_told_a_year_later_may_be_one_more():
    published = {"a": MARCH, "b": date(2010, 3, 2), "c": date(2011, 5, 1)}
    assert status_of({"a": 45, "b": 45, "c": 46}, published) is Status.COMPATIBLE
    (fact,) = reconcile_facts([age("a", 45), age("c", 46)], published=published)
    assert fact.why.endswith(
        "Ages told more than a month apart are compared as of the date of the earliest article."
    )


def test_ages_told_the_same_month_must_be_equal():
    published = {"a": MARCH, "b": date(2010, 3, 10)}
    assert status_of({"a": 45, "b": 46}, published) is Status.CONFLICT


def test_an_age_told_a_year_later_cannot_be_two_more_nor_less():
    published = {"a": MARCH, "c": date(2011, 5, 1)}
    assert status_of({"a": 45, "c": 48}, published) is Status.CONFLICT
    assert status_of({"a": 45, "c": 44}, published) is Status.CONFLICT


def test_without_publication_dates_ages_are_of_one_time():
    assert status_of({"a": 45, "c": 46}, {}) is Status.CONFLICT


def test_a_year_and_a_half_later_the_age_is_one_or_two_more():
    claims = [Claim(d, "45", 0, 2, "", 45, 45, 45, Q.EXACT) for d in ("a", "c")]
    a, c = aged_intervals(claims, {"a": MARCH, "c": date(2011, 9, 1)})
    assert (a.low, a.high) == (45, 45)
    assert (c.low, c.high) == (43, 44)  # 45 then was 43 or 44 in March 2010


def test_the_table_reads_the_publication_dates_of_its_documents():
    documents = [
        Document("a", "Smith, 45, was charged.", published=MARCH),
        Document("c", "Smith, 46, was charged.", published=date(2011, 5, 1)),
    ]
    table = build_table(documents, [age("a", 45), age("c", 46)])
    (fact,) = table.facts
    assert fact.status is Status.COMPATIBLE


def test_open_dates_and_later_ages_through_the_console_script(tmp_path):
    # a plant due "by the end of 2012", said in March 2012 and again in May 2013; its manager's age
    # told in March 2012 and, one more, in May 2013
    (tmp_path / "a.txt").write_text(
        "Published: March 1, 2012\n\nThe plant will be finished by the end of 2012, the mayor said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Published: March 2, 2012\n\nThe plant will be finished in March 2012. Smith, 45, runs it.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Published: May 2, 2013\n\nThe plant was finished by the end of 2012. Smith, 46, still runs it.\n",
        encoding="utf-8",
    )
    done = factx("reconcile", str(tmp_path), "-f", "json", "--no-cache")
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)["facts"]
    found = {f["kind"]: (f["status"], [(c["doc"], c["text"]) for c in f["claims"]]) for f in facts}
    assert found["date"] == (
        "compatible",
        [("a", "by the end of 2012"), ("b", "March 2012"), ("c", "by the end of 2012")],
    )
    assert found["count"] == ("compatible", [("b", "45"), ("c", "46")])


def said(doc: str, sentence: str, number: str) -> Mention:
    """An age `number` of Smith, as the frame reads it, in `sentence`."""
    at = sentence.index(number)
    value = int(number.split("-")[0])
    return Mention(
        doc=doc,
        kind=Kind.COUNT,
        label="COUNT",
        text=number,
        start=100 + at,
        end=100 + at + len(number),
        sentence=sentence,
        sentence_start=100,
        value=value,
        low=value,
        high=value,
        unit="year",
        qualifier=Q.EXACT,
        precision=0.0,
        measure="year",
        event="age",
        context=("smith",),
    )


def test_the_age_to_come_is_another_fact_than_the_age_now():
    facts = reconcile_facts(
        [
            said("a", "Smith, who turns 46 on May 2, runs it.", "46"),
            said("b", "Smith will be 46 in May.", "46"),
            said("c", "The 45-year-old runs it.", "45-year-old"),
            said("d", "Smith is 45 and runs it.", "45"),
        ]
    )
    found = sorted((f.status, sorted(c.doc for c in f.claims)) for f in facts)
    assert found == [(Status.AGREE, ["a", "b"]), (Status.AGREE, ["c", "d"])]


def test_an_age_reached_already_is_the_age_now():
    facts = reconcile_facts(
        [said("a", "Smith turned 46 last week.", "46"), said("b", "Smith is 45 and runs it.", "45")]
    )
    (fact,) = facts
    assert fact.status is Status.CONFLICT
