"""Verbs that tell one thing of a date ("close", "complete", "wrap up" a deal), compared as one event.

A date's event is the verb it is told with (`frames.py`), and dates of one story are joined by their event
before their words: "expected to close in the fourth quarter" and "set to be completed by year's end" say
when one deal is done, though their verbs differ. Only dates: a sum "completed" is no sum "closed". The
verbs are data (`patterns/date_events.json`).
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources

from factx.errors import PatternError
from factx.model import Kind, Mention


@cache
def _same() -> dict[str, str]:
    try:
        data = json.loads(resources.files("factx.patterns").joinpath("date_events.json").read_text("utf-8"))
        return {verb: event for event, verbs in data["same"].items() for verb in verbs}
    except (KeyError, AttributeError, ValueError, TypeError) as exc:
        raise PatternError(f"patterns/date_events.json: {exc}") from exc


def date_event(m: Mention) -> Mention:
    """`m` with the event its date is compared by: "complete" told of a date is "close"."""
    if m.kind is not Kind.DATE or m.event is None or (event := _same().get(m.event)) is None:
        return m
    return replace(m, event=event)
