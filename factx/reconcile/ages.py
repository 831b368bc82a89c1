"""Ages still to come: "Teixeira, who turns 29 on April 11" and "Teixeira will be 29 in April" state the
age he reaches next, not the age he is ("the 28-year-old"). Both are counts of years of one person with the
event `age`; told apart by the words right before the number (`patterns/ages.json`), they are two facts.

This reads the sentence text because the frame (`frames.py`) does not yet mark the age to come; where it
does, its event is no longer `age` and nothing here applies.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources

from factx.errors import PatternError
from factx.model import Kind, Mention

COMING_AGE = "age to come"  # the event of an age still to come, apart from the age now
BIRTHDAY = "birthday"  # the event of the date an age still to come is reached ("turns 29 on April 11")
AGE = "age"  # the event class of a count of years of someone's life (patterns/frames.json, unit_events)
_LOOK_BACK = 24  # characters before the number searched for a cue


@cache
def _data() -> dict:
    name = "ages.json"
    try:
        data = json.loads(resources.files("factx.patterns").joinpath(name).read_text("utf-8"))
        cues = sorted(data["coming_age_cues"], key=len, reverse=True)
        links = [str(w) for w in data["birthday_links"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise PatternError(f"patterns/{name}: {type(exc).__name__}: {exc}") from exc
    return {
        "cues": re.compile(rf"(?:^|\W)(?:{'|'.join(re.escape(c) for c in cues)})\s+$", re.IGNORECASE),
        "links": re.compile(rf"\s*(?:(?:{'|'.join(re.escape(w) for w in links)})\s+)?", re.IGNORECASE),
    }


def _cues() -> re.Pattern[str]:
    return _data()["cues"]


def is_coming_age(m: Mention) -> bool:
    """Whether the words right before `m` in its sentence say the age is still to come."""
    if m.sentence_start is None:
        return False
    at = m.start - m.sentence_start
    return _cues().search(m.sentence[max(0, at - _LOOK_BACK) : at]) is not None


def birthdays(mentions: Iterable[Mention]) -> set[tuple[str, int]]:
    """The date mentions (document, start) that say when an age still to come is reached: right after it,
    with at most a linking word between ("turns 29 on April 11", "will be 29 in April"). Such a date is a
    birthday whatever verb the sentence has ("will be"), so it is one frame with the others."""
    ages: list[Mention] = []
    dates: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind is Kind.DATE:
            dates[(m.doc, m.sentence_start)].append(m)
        elif m.event == COMING_AGE or (m.event == AGE and is_coming_age(m)):
            ages.append(m)
    links = _data()["links"]
    found = set()
    for age in ages:
        for date in dates.get((age.doc, age.sentence_start), ()):
            if age.sentence_start is None or age.sentence_end is None or date.start < age.end:
                continue
            if len(age.sentence) != age.sentence_end - age.sentence_start:
                continue  # a window of a long sentence: its offsets are not the sentence's
            between = age.sentence[age.end - age.sentence_start : date.start - age.sentence_start]
            if links.fullmatch(between):
                found.add((date.doc, date.start))
    return found
