"""One figure that two outlets set in years next to each other ("voters in 2009 approved a $3 million
bond", "in 2010 approved a $3 million bond") is one fact: they disagree on the year, which the date facts
show, not on the bond. Figures years apart, or of differing values, stay apart. Claims given directly (no
model); expected facts worked out by hand."""

from __future__ import annotations

from factx.model import Kind, Mention, Status
from factx.model import Qualifier as Q
from factx.reconcile.facts import reconcile_facts


def bond(doc: str, value: float, year: str, start: int = 0) -> Mention:
    text = f"${value / 1e6:g} million"
    return Mention(
        doc=doc,
        kind=Kind.MONEY,
        label="MONEY",
        text=text,
        start=start,
        end=start + len(text),
        sentence=f"Voters in {year} approved a {text} bond.",
        value=value,
        low=value,
        high=value,
        unit="$",
        qualifier=Q.EXACT,
        precision=0.0,
        event="approve",
        time=year,
        context=("voter", "approve", "bond"),
    )


def docs_of(facts, doc: str, value: float) -> list[str]:
    (found,) = [f for f in facts for c in f.claims if c.doc == doc and c.value == value]
    return sorted(c.doc for c in found.claims)


def test_one_figure_set_in_next_years_by_two_outlets_is_one_fact():
    facts = reconcile_facts([bond("a", 3e6, "2009"), bond("b", 3e6, "2010")])
    assert docs_of(facts, "a", 3e6) == ["a", "b"]
    assert facts[0].status is Status.AGREE


def test_figures_years_apart_or_of_other_values_stay_apart():
    assert docs_of(reconcile_facts([bond("a", 3e6, "2008"), bond("b", 3e6, "2010")]), "a", 3e6) == ["a"]
    assert docs_of(reconcile_facts([bond("a", 3e6, "2009"), bond("b", 3.2e6, "2010")]), "a", 3e6) == ["a"]


def test_one_article_s_figure_of_two_years_is_two_facts():
    facts = reconcile_facts([bond("a", 3e6, "2009"), bond("a", 3e6, "2010", start=100)])
    assert len(facts) == 2
