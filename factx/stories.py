"""Split a mixed set of articles into stories: TF-IDF over the names and numbers each article uses, then
agglomerative clustering (average linkage, cosine distance) with a distance threshold, from scikit-learn.

Why names and numbers: articles on one event share its people, places, organisations and figures, while
common words are shared by every story on a topic. Capitalised words stand in for names, so no NLP model runs
and a feed of thousands of articles is grouped in seconds. Measured on the twelve ECB+ development stories
mixed together (`benchmarks/stories_eval.py`); the figure is in the README.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factx.ingest import processing_text
from factx.model import Document

THRESHOLD = 0.85  # cosine distance under which clusters join (average linkage); tuned on the dev stories
TOKENS = re.compile(r"\b[A-Z][\w'’.-]*\w\b|\b\d[\d,.]*\d\b")  # capitalised words, multi-digit numbers
TOP_TERMS = 5
MAX_DAYS_APART = 365  # articles published a year apart are never one story (a topic's anniversaries)


@dataclass(frozen=True)
class Story:
    """One story: its articles (ids, in input order), the terms that mark it, and its publication span."""

    id: str
    documents: tuple[str, ...]
    terms: tuple[str, ...]
    first_published: date | None
    last_published: date | None

    @property
    def label(self) -> str:
        return " · ".join(self.terms[:3])


def split_stories(documents: Sequence[Document], threshold: float = THRESHOLD) -> list[Story]:
    """Group `documents` into stories, largest first (ties in input order); ids are S1, S2, ….

    Every document is in exactly one story; an article that shares nothing with the others is a story alone.
    """
    if not documents:
        return []
    labels, weights, terms = _cluster(
        [processing_text(d) for d in documents], [d.published for d in documents], threshold
    )
    members: dict[int, list[int]] = {}
    for n, label in enumerate(labels):
        members.setdefault(label, []).append(n)
    groups = sorted(members.values(), key=lambda g: (-len(g), g[0]))
    stories = []
    for number, group in enumerate(groups, start=1):
        dates = sorted(d.published for d in (documents[n] for n in group) if d.published)
        stories.append(
            Story(
                id=f"S{number}",
                documents=tuple(documents[n].id for n in group),
                terms=_top_terms(weights, terms, group),
                first_published=dates[0] if dates else None,
                last_published=dates[-1] if dates else None,
            )
        )
    return stories


def _names_and_numbers(text: str) -> list[str]:
    """The capitalised words (headline capitals folded to Title Case; sentence-initial function words such as
    "The" or "Does" dropped) and the numbers of `text`."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    found = []
    for token in TOKENS.findall(text):
        if token.lower() in ENGLISH_STOP_WORDS:
            continue
        found.append(token.title() if token.isupper() and len(token) > 4 else token)
    return found


def _cluster(texts: list[str], published: list[date | None], threshold: float):
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=_names_and_numbers, sublinear_tf=True)
    try:
        weights = vectorizer.fit_transform(texts)
    except ValueError:  # no article has a single name or number
        return [0] * len(texts), None, ()
    if len(texts) == 1:
        return [0], weights, vectorizer.get_feature_names_out()
    import numpy as np
    from sklearn.metrics.pairwise import cosine_distances

    distances = cosine_distances(weights)
    days = np.array([d.toordinal() if d else np.nan for d in published])
    with np.errstate(invalid="ignore"):
        distances[np.abs(days[:, None] - days[None, :]) > MAX_DAYS_APART] = (
            1.0  # NaN (no date) compares False
        )
    model = AgglomerativeClustering(
        n_clusters=None, distance_threshold=threshold, metric="precomputed", linkage="average"
    )
    labels = model.fit_predict(distances)
    return list(labels), weights, vectorizer.get_feature_names_out()


def _top_terms(weights, terms, group: list[int]) -> tuple[str, ...]:
    if weights is None:
        return ()
    totals = weights[group].sum(axis=0).A1
    ranked = sorted(range(len(terms)), key=lambda t: -totals[t])
    return tuple(str(terms[t]) for t in ranked[:TOP_TERMS] if totals[t] > 0)
