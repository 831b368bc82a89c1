"""Mentions and documents as plain JSON-ready records and back.

A mention record holds the output contract's fields first, then every other field of `Mention` (`precision`,
`context`, `head`, the whole sentence's offsets, the claim frame `measure`, `event`, `anchors`, `time`,
`earlier`, and any added later), so that `factx reconcile --mentions`
rebuilds exactly the mentions `factx extract` found. A document record holds every field of `Document`,
so that `--documents` rebuilds the articles (text, publication date, outlet, furniture, dateline).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from enum import Enum
from typing import Any

from factx.model import Document, Grain, Kind, Mention, Qualifier

MENTION_FIELDS = (
    "doc",
    "kind",
    "label",
    "text",
    "start",
    "end",
    "sentence",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "grain",
)
_MENTION_EXTRA = tuple(f.name for f in fields(Mention) if f.name not in MENTION_FIELDS)
_MENTION_NAMES = frozenset(f.name for f in fields(Mention))
_DOCUMENT_NAMES = tuple(f.name for f in fields(Document))


def plain(value: Any) -> Any:
    """An enum's value, a tuple as a list (nested too), anything else as it is."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


def mention_record(m: Mention) -> dict[str, Any]:
    """A mention as the JSON object of the output contract, followed by the fields reconciliation reads."""
    return {name: plain(getattr(m, name)) for name in (*MENTION_FIELDS, *_MENTION_EXTRA)}


def mention_from_record(record: dict[str, Any]) -> Mention:
    """The inverse of `mention_record`; keys that are not `Mention` fields (`source`, `url`) are ignored.

    Raises:
        KeyError, TypeError, ValueError: when the record is not a mention record.
    """
    values = {k: v for k, v in record.items() if k in _MENTION_NAMES}
    values["kind"] = Kind(values["kind"])
    values["qualifier"] = Qualifier(values["qualifier"]) if values.get("qualifier") else None
    values["grain"] = Grain(values["grain"]) if values.get("grain") else None
    values["context"] = tuple(values.get("context") or ())
    values["anchors"] = tuple(values.get("anchors") or ())
    return Mention(**values)


def article_record(d: Document) -> dict[str, Any]:
    """A document as a JSON object: every field, the publication date as an ISO string."""
    record = {name: plain(getattr(d, name)) for name in _DOCUMENT_NAMES}
    record["published"] = d.published.isoformat() if d.published else None
    return record


def article_from_record(record: dict[str, Any]) -> Document:
    """The inverse of `article_record`.

    Raises:
        KeyError, TypeError, ValueError: when the record is not a document record.
    """
    values = {k: v for k, v in record.items() if k in _DOCUMENT_NAMES}
    if not isinstance(values["id"], str) or not isinstance(values.get("text", ""), str):
        raise TypeError("a document's 'id' and 'text' are strings")
    values["published"] = date.fromisoformat(values["published"]) if values.get("published") else None
    values["furniture"] = tuple(tuple(r) for r in values.get("furniture") or ())
    values["dateline"] = tuple(values["dateline"]) if values.get("dateline") else None
    return Document(**values)
