"""Groups of entity surface forms: the unit every merging step works on, and the type vote.

A group counts its forms, the documents of each form, and the model's labels in two tallies: labels of
full (multi-word) forms and labels of single-word forms. The type comes from the full forms when there are
any: twenty bare "Teixeira" tagged ORG do not outvote "Mark Teixeira" tagged PERSON. A PERSON vote on a form
that reads as a given name and a surname counts `PERSON_NAME_WEIGHT` times: the small model often calls an
unfamiliar player or witness ORG ("Jason Varitek" once ORG, once PERSON), and a personal name's structure is
evidence it lacks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from factx.normalize.names import is_acronym, person_name, tokens

PERSON = "PERSON"
PERSON_NAME_WEIGHT = 2


@dataclass(eq=False)
class Group:
    forms: Counter = field(default_factory=Counter)
    docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    full_labels: Counter = field(default_factory=Counter)
    bare_labels: Counter = field(default_factory=Counter)
    spelled: bool = False
    ambiguous: bool = False
    retyped: str | None = None

    def add(self, form: str, doc: str, label: str) -> None:
        """Count one mention."""
        self.forms[form] += 1
        self.docs[form].add(doc)
        if len(tokens(form)) < 2:
            self.bare_labels[label] += 1
            return
        named = label == PERSON and person_name(form) is not None
        self.full_labels[label] += PERSON_NAME_WEIGHT if named else 1

    def absorb(self, other: Group) -> None:
        """Take in every form, document and vote of `other`."""
        self.forms.update(other.forms)
        for form, docs in other.docs.items():
            self.docs[form].update(docs)
        self.full_labels.update(other.full_labels)
        self.bare_labels.update(other.bare_labels)
        self.spelled |= other.spelled
        self.ambiguous |= other.ambiguous

    @property
    def labels(self) -> Counter:
        """Every label the model gave the group's mentions."""
        return self.full_labels + self.bare_labels

    @property
    def type(self) -> str:
        """The full forms' most common label (bare forms' votes break ties), unless a gazetteer retyped it."""
        if self.retyped:
            return self.retyped
        full, bare = self.full_labels, self.bare_labels
        return min(self.labels, key=lambda lab: (-full[lab], -bare[lab], lab))

    @property
    def all_docs(self) -> set[str]:
        return set().union(*self.docs.values())

    @property
    def name(self) -> str:
        """The most complete form: most words, then not an acronym, then most used."""

        def rank(form: str):
            capitals = sum(c.isupper() for c in form)
            return (-len(tokens(form)), is_acronym(form), -self.forms[form], -capitals, form)

        return min(self.forms, key=rank)


def merge_by(groups: list[Group], key) -> list[Group]:
    """Join groups that share a key of any of their forms (`key(form)` → str or None)."""
    merged: dict[str, Group] = {}
    out: list[Group] = []
    for g in groups:
        keys = {k for k in (key(f) for f in g.forms) if k}
        target = next((merged[k] for k in sorted(keys) if k in merged), None)
        if target is None:
            target = g
            out.append(g)
        else:
            target.absorb(g)
        for k in keys:
            merged.setdefault(k, target)
    return out
