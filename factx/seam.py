"""The seam between extraction and reconciliation: `factx extract` output read back as an `ExtractResult`,
so that reconciliation can run somewhere else, later, without the NLP (`factx reconcile --mentions`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from factx.errors import InputError
from factx.feed import json_lines
from factx.model import Document
from factx.pipeline import ExtractResult
from factx.records import article_from_record, article_record, mention_from_record


def _objects(path: Path) -> Iterator[tuple[str, dict[str, Any]] | InputError]:
    """Each JSON object of a JSON Lines file (or a JSON array, as `--format json` writes), with its place."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield InputError(str(path), f"cannot be read ({getattr(exc, 'strerror', None) or exc})")
        return
    if text.lstrip().startswith("["):
        try:
            rows = json.loads(text)
        except (json.JSONDecodeError, RecursionError, ValueError) as exc:
            yield InputError(str(path), f"not valid JSON ({getattr(exc, 'msg', exc)})")
            return
        lines = [(f"{path}[{n}]", row) for n, row in enumerate(rows)]
    else:
        lines = [(where, value) for _, where, value in json_lines(text, str(path))]
    for where, row in lines:
        if isinstance(row, InputError):
            yield row
        elif not isinstance(row, dict):
            yield InputError(where, "not a JSON object")
        else:
            yield where, row


def _parsed(path: Path, build: Callable[[dict[str, Any]], Any], what: str, report) -> list[tuple[dict, Any]]:
    """Each record of `path` with what `build` made of it; the ones it cannot build are reported."""
    found = []
    for item in _objects(path):
        if isinstance(item, InputError):
            report(item)
            continue
        where, row = item
        try:
            found.append((row, build(row)))
        except (KeyError, TypeError, ValueError) as exc:
            report(InputError(where, f"not a {what} record ({type(exc).__name__}: {exc})"))
    return found


def read_extracted(
    mentions_path: Path,
    documents_path: Path | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> ExtractResult:
    """The mentions `factx extract -f jsonl` wrote, and the documents `--documents` wrote alongside.

    Without a documents file, each document is known only by its id and the `source`/`url` its mentions carry:
    the facts are the same, but the report cannot show an article's text. A record that is not a mention or
    document is an `InputError` naming the file and line; the others are still used.
    """
    result = ExtractResult()

    def report(error: InputError) -> None:
        result.errors.append(error)
        if on_error:
            on_error(error)

    parsed = _parsed(mentions_path, mention_from_record, "mention", report)
    mentions = [m for _, m in parsed]
    if documents_path is not None:
        documents = [d for _, d in _parsed(documents_path, article_from_record, "document", report)]
    else:
        documents = _documents_from_mentions([row for row, _ in parsed])
    known = {d.id for d in documents}
    orphans = sorted({m.doc for m in mentions} - known)
    for doc in orphans:
        report(InputError(f"{mentions_path}", f"mentions of document {doc!r}, which {documents_path} lacks"))
    result.documents = documents
    result.mentions = [m for m in mentions if m.doc in known]
    return result


def _documents_from_mentions(rows: list[dict[str, Any]]) -> list[Document]:
    seen: dict[str, Document] = {}
    for row in rows:
        doc = row.get("doc")
        if isinstance(doc, str) and doc not in seen:
            seen[doc] = Document(id=doc, text="", source=row.get("source"), url=row.get("url"))
    return list(seen.values())


def write_documents(documents: list[Document], out) -> None:
    """The documents as JSON Lines, one `article_record` per line, for `reconcile --documents`."""
    for d in documents:
        out.write(json.dumps(article_record(d), ensure_ascii=False) + "\n")
