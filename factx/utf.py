"""Which Unicode encoding a byte string is in, from its byte order mark or, for UTF-16 without one, from
where its zero bytes fall (text in Latin script has a zero in every other byte); and text that was decoded
with the wrong one before factx saw it ("â‚¬" for "€"), mended."""

from __future__ import annotations

import re

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
SNIFF_BYTES = 4096
ZERO_SHARE = 0.3  # at least this share of the bytes on one side of each pair are zero …
STRAY_ZERO_SHARE = 0.02  # … and at most this share on the other side
READABLE_SHARE = 0.95  # and the text it decodes to is printable (binary data can have zeros like that too)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of `data` names, if any."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when `data` looks like UTF-16 without a byte order mark, else None."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    even_zeros = sample[0::2].count(0) / pairs
    odd_zeros = sample[1::2].count(0) / pairs
    if odd_zeros >= ZERO_SHARE and even_zeros <= STRAY_ZERO_SHARE:
        encoding = "utf-16-le"
    elif even_zeros >= ZERO_SHARE and odd_zeros <= STRAY_ZERO_SHARE:
        encoding = "utf-16-be"
    else:
        return None
    text = sample.decode(encoding, "replace")
    readable = sum(ch.isprintable() or ch in "\t\n\r" for ch in text)
    return encoding if readable >= READABLE_SHARE * len(text) else None


def _cp1252_char(byte: int) -> str:
    """The character a byte shows as when UTF-8 is read as cp1252; the five bytes cp1252 leaves undefined
    show as the C1 control of the same number, as browsers and Python's latin-1 read them."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_CONTINUATION = "".join(re.escape(_cp1252_char(b)) for b in range(0x80, 0xC0))
# UTF-8 read as cp1252: a lead byte 0xC2/0xC3 ("Â", "Ã": the Latin-1 signs and letters, "Â£" for "£") or 0xE2
# ("â": punctuation and currency signs, "â‚¬" for "€", "â€™" for "’") and its continuation bytes. Other lead
# bytes are left alone: after them a run of such characters is as likely to be meant.
_MOJIBAKE = re.compile(f"[\u00c2\u00c3][{_CONTINUATION}]|\u00e2[{_CONTINUATION}]{{2}}")
_MOJIBAKE_LEADS = ("\u00c2", "\u00c3", "\u00e2")
MOJIBAKE_ROUNDS = 3  # text read wrongly twice ("Ã¢â‚¬" for "€") needs two rounds; a third finds nothing


def _undo(match: re.Match[str]) -> str:
    raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in match.group())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def mend_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as cp1252 before factx saw it ("â‚¬80m" → "€80m", "Â£5" → "£5", "itâ€™s" →
    "it’s"), as scraped news often carries. Only whole, valid UTF-8 sequences of the commonest lead bytes are
    undone, so "Â" or "â" in a French or Portuguese word stays. The text gets shorter: call it on the text as
    read, before any offsets are taken."""
    for _ in range(MOJIBAKE_ROUNDS):
        if not any(lead in text for lead in _MOJIBAKE_LEADS):
            break
        mended = _MOJIBAKE.sub(_undo, text)
        if mended == text:
            break
        text = mended
    return text
