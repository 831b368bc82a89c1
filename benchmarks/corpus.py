"""Generate N articles from seeds/ and tests/data/ with varied names, amounts and dates, so no two copies
share their strings (caches inside spaCy or factx get no free hits)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from factx.ingest import read_documents
from factx.model import Document

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT / "tests" / "data" / "fire")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_SYLLABLES = [
    "ka",
    "ro",
    "vel",
    "an",
    "mi",
    "dor",
    "sa",
    "len",
    "to",
    "bri",
    "na",
    "gus",
    "ter",
    "ol",
    "ve",
    "zan",
]
_NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_NAME = re.compile(
    r"(?<=[a-z,;] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{3,}\b"
)


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _number(match: re.Match[str], rng: random.Random) -> str:
    text = match.group(0)
    if "." in text:
        return f"{float(text) * rng.uniform(0.5, 2):.{len(text.split('.')[1])}f}"
    value = int(text)
    if 1900 <= value <= 2100:
        return str(rng.randint(2010, 2026))
    if value <= 31:
        return str(rng.randint(1, 28))
    return str(max(1, round(value * rng.uniform(0.5, 2))))


def vary(text: str, seed: int) -> str:
    """One article's text with its numbers, months and mid-sentence capitalized names changed."""
    rng = random.Random(seed)
    names: dict[str, str] = {}
    text = _NUMBER.sub(lambda m: _number(m, rng), text)
    text = _MONTH.sub(lambda m: rng.choice(MONTHS), text)
    return _NAME.sub(lambda m: names.setdefault(m.group(0), _name(rng)), text)


def templates() -> list[Document]:
    """The source articles, read as factx reads them."""
    return [d for d in read_documents([str(p) for p in SOURCES]) if isinstance(d, Document)]


def corpus(n: int, seed: int = 0) -> list[Document]:
    """`n` varied articles, each with its own id and the publication date of its template."""
    base = templates()
    out = []
    for i in range(n):
        template = base[i % len(base)]
        text = vary(template.text, seed * 1_000_003 + i)
        out.append(Document(f"a{i:05d}", text, published=template.published, published_from="option"))
    return out


def write_corpus(folder: Path, n: int, seed: int = 0) -> Path:
    """Write `corpus(n)` as text files (for runs through the CLI)."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in corpus(n, seed):
        (folder / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    return folder
