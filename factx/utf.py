"""Which Unicode encoding a byte string is in, from its byte order mark or, for UTF-16 without one, from
where its zero bytes fall (text in Latin script has a zero in every other byte)."""

from __future__ import annotations

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
