"""A headline's figure that slips from its own article's: one statement of the article, told two ways.

A headline restates its article's lead in fewer words, and now and then with a figure a little off ("Paris
thieves nab $2.5 million worth of jewellery" over a body that says "$2.6 million"). One article gives one
claim per fact, so without this the headline's figure would stand as a fact of its own and the slip would
go unseen. Only a figure of the article's first line, told as a headline (no closing full stop), of the same
frame as the body's figure, and within HEADLINE_SLIP of it: a headline's "25 killed" over a body's "20
killed" is no slip.
"""

from __future__ import annotations

from factx.model import Mention

HEADLINE_SLIP = 0.05  # the share by which a headline's figure may differ from its body's and still be it
_CLOSINGS = (".", "!", "?", '"', "”")


def in_headline(m: Mention) -> bool:
    """Whether `m` sits in its article's opening line, told as a headline: a sentence that starts the text
    on its own line and ends with no full stop."""
    sentence = m.sentence.strip()
    return m.sentence_start == 0 and "\n" not in sentence and not sentence.endswith(_CLOSINGS)


def slips(a: float, b: float) -> bool:
    """Whether two figures differ by no more than HEADLINE_SLIP of the larger."""
    high = max(abs(a), abs(b))
    return high > 0 and abs(a - b) <= HEADLINE_SLIP * high
