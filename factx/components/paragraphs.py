"""factx_paragraphs: a line break ends a sentence.

Scraped articles put headlines, bylines and captions on lines of their own, often without a full stop; left
to the parser they run into the next sentence and pollute its context.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("factx_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark the first token after any whitespace that holds a line break as a sentence start."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc
