"""The question a figure standing alone as a sentence answers.

Why: news and review writing asks and answers in two sentences ("The final price tag for the new laptop?"
/ "$2199."; "The death toll? 40."). The answer is a sentence of the figure alone, with no verb or noun
to give it an event; its question says what it is. Only a sentence that is the figure and its
punctuation, right after one that ends with a question mark, is read so.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_QUESTION = "?"


def question_before(span: Span) -> list[Token]:
    """The words of the question the mention `span` answers, its root and the root's dependents first;
    empty when the mention is not a sentence of its own right after a question."""
    sent = span.sent
    if sent.start == 0 or any(not (tok.is_punct or tok.is_space) for tok in _outside(span, sent)):
        return []
    before = span.doc[sent.start - 1].sent
    words = [tok for tok in before if not tok.is_space]
    if not words or words[-1].text != _QUESTION:
        return []
    root = before.root
    return [root, *(tok for tok in root.children if not tok.is_punct)]


def _outside(span: Span, sent: Span) -> list[Token]:
    return [tok for tok in sent if not span.start <= tok.i < span.end]
