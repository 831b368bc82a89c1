"""A duplicate article is not a second source: the same text given twice, or a wire copy run verbatim by two
outlets (headline and date line may differ), is noted and its claims are left out of the facts.

An article is a duplicate of an earlier one when nearly all of its long paragraphs (whitespace and case
folded) appear in that one and nearly all of that one's appear in it: a shorter version that adds or drops
paragraphs is another edit, kept as a source. Each paragraph is hashed once, so the work grows with the
text, not with the number of pairs of articles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from factx.model import Document

MIN_PARAGRAPH_CHARS = 80  # headlines, bylines and date lines are shorter and differ between copies
SHARED_SHARE = 0.9  # the share of an article's long paragraphs found in the earlier one


def _paragraphs(text: str) -> list[str]:
    lines = (" ".join(line.split()).lower() for line in re.split(r"\n", text))
    return [line for line in lines if len(line) >= MIN_PARAGRAPH_CHARS]


def mark_duplicates(documents: Sequence[Document]) -> list[Document]:
    """The documents, in order, with `duplicate_of` set on each that repeats an earlier one."""
    seen: dict[str, list[int]] = defaultdict(list)
    sizes: list[int] = []
    out: list[Document] = []
    for index, document in enumerate(documents):
        paragraphs = set(_paragraphs(document.text))
        sizes.append(len(paragraphs))
        shared = Counter(k for p in paragraphs for k in dict.fromkeys(seen.get(p, [])))
        original = None
        for k, n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
            both = n >= SHARED_SHARE * len(paragraphs) and n >= SHARED_SHARE * sizes[k]
            if paragraphs and both and out[k].duplicate_of is None:
                original = out[k].id
                break
        if original is not None:
            out.append(replace(document, duplicate_of=original))
            continue
        for p in paragraphs:
            seen[p].append(index)
        out.append(document)
    return out
