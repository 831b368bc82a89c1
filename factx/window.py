"""How much of a mention's sentence factx reads and writes out: all of it when the sentence is of a usual
length, a window around the mention when it is not.

A "sentence" of 100 KB ("$5 million, $6 million, …" with no full stop) would otherwise be copied into every
one of its thousands of mentions and scanned for each: time and output would grow with the square of its
length. With the window, the work and output per mention are bounded, so both grow linearly.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

SENTENCE_CHARS = 1000  # a sentence up to this long is written out whole
WINDOW_CHARS = 200  # else this much on each side of the mention, cut at a space, marked with "…"
CONTEXT_TOKENS = 120  # a sentence up to this many tokens gives its whole context
CONTEXT_WINDOW = 40  # else the tokens this far on each side of the mention
ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """`(start, end)` narrowed past the whitespace at either end of `text[start:end]`, scanning only that."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_text(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str:
    """The sentence `text[sent_start:sent_end]` around the mention `text[start:end]`, whitespace made single
    spaces: whole when short, else a window of `WINDOW_CHARS` on each side with "…" where it was cut."""
    if sent_end - sent_start <= SENTENCE_CHARS:
        return _SPACE.sub(" ", text[sent_start:sent_end]).strip()
    low, high = max(sent_start, start - WINDOW_CHARS), min(sent_end, end + WINDOW_CHARS)
    piece = text[low:high]
    if low > sent_start:  # drop the word cut in two
        cut = _first_space(piece, start - low)
        piece, low = piece[cut:], low + cut
    if high < sent_end:
        cut = _last_space(piece, end - low)
        piece = piece[:cut]
    shown = _SPACE.sub(" ", piece).strip()
    return f"{ELLIPSIS if low > sent_start else ''}{shown}{ELLIPSIS if high < sent_end else ''}"


def _first_space(piece: str, limit: int) -> int:
    match = re.search(r"\s", piece[:limit])
    return match.start() + 1 if match else 0


def _last_space(piece: str, limit: int) -> int:
    for i in range(len(piece) - 1, limit - 1, -1):
        if piece[i].isspace():
            return i
    return len(piece)


def context_tokens(span: Span, sent: Span) -> Span:
    """The part of `sent` whose words count as the mention's context: all of it when it is of a usual length,
    else `CONTEXT_WINDOW` tokens on each side of `span`."""
    if len(sent) <= CONTEXT_TOKENS:
        return sent
    doc = sent.doc
    return doc[max(sent.start, span.start - CONTEXT_WINDOW) : min(sent.end, span.end + CONTEXT_WINDOW)]
