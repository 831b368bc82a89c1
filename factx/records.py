"""Mentions as plain JSON-ready records and back: the output contract's fields plus `precision`, `context`
and `head`, which reconciliation reads, the whole sentence's offsets `sentence_start`, `sentence_end`, and the
claim frame (`measure`, `event`, `anchors`, `time`, `earlier`)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from factx.model import Grain, Kind, Mention, Qualifier

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


def plain(value: Any) -> Any:
    """An enum's value, anything else as it is."""
    return value.value if isinstance(value, Enum) else value


def mention_record(m: Mention) -> dict[str, Any]:
    """A mention as the JSON object of the output contract (plus `precision`, `context`, `head` and the
    sentence's offsets)."""
    record = {name: plain(getattr(m, name)) for name in MENTION_FIELDS}
    record["precision"] = m.precision
    record["context"] = list(m.context)
    record["head"] = m.head
    record["sentence_start"] = m.sentence_start
    record["sentence_end"] = m.sentence_end
    record["measure"] = m.measure
    record["event"] = m.event
    record["anchors"] = list(m.anchors)
    record["time"] = m.time
    record["earlier"] = m.earlier
    return record


def mention_from_record(record: dict[str, Any]) -> Mention:
    """The inverse of `mention_record`."""
    fields = dict(record)
    fields["kind"] = Kind(fields["kind"])
    fields["qualifier"] = Qualifier(fields["qualifier"]) if fields.get("qualifier") else None
    fields["grain"] = Grain(fields["grain"]) if fields.get("grain") else None
    fields["context"] = tuple(fields.get("context") or ())
    fields["anchors"] = tuple(fields.get("anchors") or ())
    return Mention(**fields)
