"""One word for a day ("today") told by two articles whose publication dates are a day apart.

Why: "today" is resolved from its article's publication date, and a date line's day depends on the time
zone it was written in ("March 1, 2012--07:58 GMT (23:58 PST)"), so two outlets reporting one
announcement "today" may resolve it to two days next to each other. As written, they do state two days
(a disagreement to show, not to hide), but they state them in the same word: such a pair is compared as
one date told alike (`facts._cluster`, the same footing as one day told by two sources), not as two days
whose closeness fades within a week. Only words that name a day from the publication date, only a day
apart, and only of days (not "this year").
"""

from __future__ import annotations

from factx.model import Grain, Mention

DEICTIC_DAYS = frozenset({"today", "tonight", "yesterday", "tomorrow"})
MAX_GAP_DAYS = 1.0


def told_alike(a: Mention, b: Mention, gap: float) -> bool:
    """Whether two resolved day claims `gap` days apart are one word for a day from two articles' dates."""
    if gap > MAX_GAP_DAYS or a.grain is not Grain.DAY or b.grain is not Grain.DAY or a.doc == b.doc:
        return False
    word = a.text.lower()
    return word in DEICTIC_DAYS and word == b.text.lower()
