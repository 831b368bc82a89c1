"""factx_paragraphs: a line break ends a sentence.

Scraped articles put headlines, bylines and captions on lines of their own, often without a full stop; left
to the parser they run into the next sentence and pollute its context.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_NEWLINE = re.compile(r"\n")


@Language.component("factx_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark the first non-space token after a line break as a sentence start.

    Works from the text's line breaks and the tokens' character offsets, and writes all sentence starts at
    once (spaCy's per-token setter rescans the Doc each time), so long texts cost little.
    """
    if len(doc) < 2:
        return doc
    arrays = doc.to_array([IDX, IS_SPACE, SENT_START])
    starts = arrays[:, 0].tolist()
    spaces = arrays[:, 1].tolist()
    sent_starts = arrays[:, 2].copy()
    for m in _NEWLINE.finditer(doc.text):
        i = bisect_left(starts, m.end())
        while i < len(starts) and spaces[i]:
            i += 1
        if 0 < i < len(starts):
            sent_starts[i] = 1
    doc.from_array([SENT_START], sent_starts.reshape(-1, 1))
    return doc
