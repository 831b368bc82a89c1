"""Ages still to come: "Teixeira, who turns 29 on April 11" and "Teixeira will be 29 in April" state the
age he reaches next, not the age he is ("the 28-year-old"). Both are counts of years of one person with the
event `age`; told apart by the words right before the number (`patterns/ages.json`), they are two facts.

This reads the sentence text because the frame (`frames.py`) does not yet mark the age to come; where it
does, its event is no longer `age` and nothing here applies.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from factx.errors import PatternError
from factx.model import Mention

COMING_AGE = "age to come"  # the event of an age still to come, apart from the age now
_LOOK_BACK = 24  # characters before the number searched for a cue


@cache
def _cues() -> re.Pattern[str]:
    name = "ages.json"
    try:
        data = json.loads(resources.files("factx.patterns").joinpath(name).read_text("utf-8"))
        cues = sorted(data["coming_age_cues"], key=len, reverse=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise PatternError(f"patterns/{name}: {type(exc).__name__}: {exc}") from exc
    return re.compile(rf"(?:^|\W)(?:{'|'.join(re.escape(c) for c in cues)})\s+$", re.IGNORECASE)


def is_coming_age(m: Mention) -> bool:
    """Whether the words right before `m` in its sentence say the age is still to come."""
    if m.sentence_start is None:
        return False
    at = m.start - m.sentence_start
    return _cues().search(m.sentence[max(0, at - _LOOK_BACK) : at]) is not None
