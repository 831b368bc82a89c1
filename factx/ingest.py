"""Paths, stdin, JSON Lines and HTML → Documents.

Decodes any common encoding, finds page furniture and the publication date. A file that cannot be used is
yielded as an `InputError` in its place, so the caller reports it and carries on with the rest.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from factx.errors import InputError
from factx.feed import parse_records, valid_unicode
from factx.furniture import find_furniture
from factx.model import Document
from factx.normalize.numbers import mend_decimals
from factx.published import find_published
from factx.utf import bom_encoding, mend_mojibake, utf16_without_bom

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"
_NOT_NEWLINE = re.compile(r"[^\n]")
_MAGIC = {
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "gzip data",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "a program",
}
CP1252_MARGIN = 0.05


@dataclass(frozen=True)
class PublishedOption:
    """`--published`: one date for every document, and dates for named documents (`DOC=DATE`)."""

    default: date | None = None
    per_doc: dict[str, date] = field(default_factory=dict)

    def for_doc(self, doc_id: str) -> date | None:
        """The date the option gives `doc_id`, if any."""
        return self.per_doc.get(doc_id, self.default)


@dataclass(frozen=True)
class IngestOptions:
    """How to read articles."""

    published: PublishedOption = field(default_factory=PublishedOption)
    keep_furniture: bool = False


def decode(data: bytes, name: str) -> str:
    """Decode article bytes of any common encoding.

    Raises:
        InputError: for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError(name, "empty file", "nothing to read")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(name, f"not text (looks like {what})", "convert it to text or HTML first")
    encoding = bom_encoding(data) or utf16_without_bom(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(name, f"cannot decode as {encoding}: {exc.reason}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, name)
    if "\x00" in text:
        raise InputError(name, "not text (binary data)", "convert it to text or HTML first")
    return text


def _detect(data: bytes, name: str) -> str:
    """Guess a legacy encoding. cp1252 (what browsers read "latin-1" as, and the commonest legacy encoding of
    news text) wins when it reads about as cleanly as the detector's first choice: short texts otherwise come
    out as cp775 or cp1257 mojibake."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        if b"\x00" in data:
            raise InputError(name, "not text (binary data)", "convert it to text or HTML first")
        raise InputError(name, "cannot decode: unknown text encoding", "save it as UTF-8")
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + CP1252_MARGIN:
            return str(match)
    return str(best)


@dataclass(frozen=True)
class _Html:
    text: str
    published: date | None
    source: str | None
    url: str | None


def _from_html(html: str, name: str) -> _Html:
    """The article text of a web page and its metadata: date, site name (the outlet) and URL."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        extracted = _from_deep_html(html, name)
        text = extracted.text
    found = getattr(extracted, "date", None)
    published = None
    if found:
        try:
            published = date.fromisoformat(str(found)[:10])
        except ValueError:
            published = None
    source = getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None)
    return _Html(text, published, source or None, getattr(extracted, "url", None) or None)


def _from_deep_html(html: str, name: str):
    """Second try for HTML nested deeper than libxml2's default limit (255 levels): parse with its larger
    limit. Raises `InputError` when there is still no text, saying when the nesting is why."""
    import trafilatura
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        tree = lxml_html.fromstring(html, parser=parser)
    except (ValueError, SyntaxError):
        tree = None
    extracted = None
    if tree is not None:
        extracted = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    if extracted is not None and getattr(extracted, "text", None) and extracted.text.strip():
        return extracted
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise InputError(name, "HTML nested too deeply to read (more than 2048 levels)")
    raise InputError(name, "no article text found in the HTML")


def _document(
    doc_id: str,
    text: str,
    options: IngestOptions,
    *,
    path: str | None = None,
    metadata_date: date | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    text = mend_mojibake(text)  # before any offset is taken: offsets index the mended text
    published, origin = metadata_date, "metadata" if metadata_date else None
    if published is None:
        published = options.published.for_doc(doc_id)
        origin = "option" if published else None
    found = find_published(text)
    if published is None and found is not None:
        published, origin = found.day, found.origin
    furniture = () if options.keep_furniture else find_furniture(text)
    dateline = found.span if found is not None else None
    return Document(doc_id, text, path, published, origin, source, url, furniture, dateline)


def _from_jsonl(
    text: str, name: str, options: IngestOptions, path: str | None
) -> Iterator[Document | InputError]:
    for item in parse_records(text, name):
        if isinstance(item, InputError):
            yield item
            continue
        yield _document(
            item.id if item.id is not None else f"{Path(name).stem}-{item.line}",
            item.text,
            options,
            path=path,
            metadata_date=item.published,
            source=item.source,
            url=item.url,
        )


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    if not first.startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files named and files under directories named (recursively, sorted, known suffixes only)."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path, onerror=None, followlinks=False):
                dirs.sort()
                found.extend(Path(root, f) for f in files if Path(f).suffix.lower() in SUFFIXES)
            yield from (_regular(str(p)) for p in sorted(found))
        elif path.exists():
            yield _regular(raw)
        elif path.is_symlink():
            yield InputError(raw, "broken symbolic link or symbolic link loop")
        else:
            yield InputError(raw, "no such file or directory")


def _regular(path: str) -> str | InputError:
    """`path` itself when it is a regular file (or cannot be looked at: reading it will say why), else an
    `InputError`: reading a FIFO or a device would block or never end."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return path
    if stat.S_ISREG(mode):
        return path
    what = next((name for test, name in _NOT_REGULAR if test(mode)), "an unusual kind of file")
    return InputError(path, f"not a regular file ({what})", "name the files to read, or a folder")


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_documents(
    paths: Iterable[str], options: IngestOptions | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Read every article under `paths`; `-` reads standard input (plain text or JSON Lines).

    Yields Documents in order, and an `InputError` in place of anything that could not be read.
    """
    options = options or IngestOptions()
    seen: set[str] = set()
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if not valid_unicode(item):  # its id and path could not be written out
            shown = os.fsencode(item).decode("utf-8", "backslashreplace")
            yield InputError(shown, "file name is not valid UTF-8", "rename the file")
            continue
        for result in _read_one(item, options, stdin):
            if isinstance(result, Document):
                result = _unique(result, seen)
            yield result


def _unique(document: Document, seen: set[str]) -> Document:
    doc_id, n = document.id, 1
    while doc_id in seen:
        n += 1
        doc_id = f"{document.id}~{n}"
    seen.add(doc_id)
    return document if doc_id == document.id else replace(document, id=doc_id)


def _read_one(item: str, options: IngestOptions, stdin: BinaryIO | None) -> Iterator[Document | InputError]:
    name = "<stdin>" if item == STDIN else item
    try:
        if item == STDIN:
            import sys

            if stdin is None and sys.stdin is None:
                raise InputError(name, "standard input is closed", "pipe the articles in, or name files")
            data = (stdin or sys.stdin.buffer).read()
        else:
            data = Path(item).read_bytes()
        text = decode(data, name)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
        return
    suffix = "" if item == STDIN else Path(item).suffix.lower()
    if suffix in JSONL_SUFFIXES or (item == STDIN and _looks_like_jsonl(text)):
        yield from _from_jsonl(text, name, options, None if item == STDIN else item)
        return
    doc_id = "stdin" if item == STDIN else Path(item).stem
    if suffix in HTML_SUFFIXES:
        try:
            page = _from_html(text, name)
        except InputError as exc:
            yield exc
            return
        yield _document(
            doc_id,
            page.text,
            options,
            path=item,
            metadata_date=page.published,
            source=page.source,
            url=page.url,
        )
        return
    yield _document(doc_id, text, options, path=None if item == STDIN else item)


def processing_text(document: Document) -> str:
    """The text spaCy reads: furniture masked with spaces, curly apostrophes and odd spaces made plain,
    decimals broken at the point rejoined ("$2. 6 million", `normalize.numbers.mend_decimals`).

    Every replacement keeps the length, so offsets into it are offsets into `document.text`.
    """
    text, parts, pos = document.text, [], 0
    for start, end in document.furniture:
        parts.append(text[pos:start])
        parts.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    parts.append(text[pos:])
    return mend_decimals("".join(parts).translate(_PLAIN))


_PLAIN = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})
