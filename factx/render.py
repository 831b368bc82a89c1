"""Records → output. The only module that branches on the output format."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

from factx.model import Document, Entity, Fact, Kind, Mention, Table
from factx.records import MENTION_FIELDS, mention_record, plain
from factx.values import format_value

if TYPE_CHECKING:
    from factx.report import ReportView

CLAIM_CSV_FIELDS = (
    "fact_id",
    "kind",
    "about",
    "status",
    "doc",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "grain",
    "sentence",
    "source",
    "url",
    "why",
    "disagrees",
)


class OutputFormat(StrEnum):
    """The output formats; `table` is for people, the rest for programs."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MD = "md"
    HTML = "html"
    SQLITE = "sqlite"

    @property
    def binary(self) -> bool:
        """True for a format written as bytes to a named file, never to standard output."""
        return self is OutputFormat.SQLITE


def document_record(d: Document) -> dict[str, Any]:
    """A document as listed in `factx reconcile` output."""
    return {
        "id": d.id,
        "path": d.path,
        "published": d.published.isoformat() if d.published else None,
        "published_from": d.published_from,
        "source": d.source,
        "url": d.url,
        "duplicate_of": d.duplicate_of,
    }


def entity_record(e: Entity) -> dict[str, Any]:
    """An entity row of the consolidated table."""
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "docs": list(e.docs),
        "mentions": e.mentions,
        "spelling_variants": e.spelling_variants,
        "ambiguous": e.ambiguous,
        "variants": [{"text": v.text, "docs": list(v.docs), "count": v.count} for v in e.variants],
    }


def fact_record(f: Fact) -> dict[str, Any]:
    """A fact row of the consolidated table, with its claims."""
    claims = [
        {
            "doc": c.doc,
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "sentence": c.sentence,
            "value": c.value,
            "low": c.low,
            "high": c.high,
            "qualifier": plain(c.qualifier),
            "grain": plain(c.grain),
            "repeats": c.repeats,
            "also": [list(span) for span in c.also],
            "disagrees": c.disagrees,
            "earlier": c.earlier,
            "duplicate_of": c.duplicate_of,
        }
        for c in f.claims
    ]
    return {
        "id": f.id,
        "kind": f.kind.value,
        "about": f.about,
        "unit": f.unit,
        "status": f.status.value,
        "sources": f.sources,
        "why": f.why,
        "claims": claims,
    }


def table_record(t: Table) -> dict[str, Any]:
    """The whole consolidated table as one JSON object (CONTRACT.md)."""
    return {
        "documents": [document_record(d) for d in t.documents],
        "entities": [entity_record(e) for e in t.entities],
        "facts": [fact_record(f) for f in t.facts],
    }


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False)


def _console(out: TextIO, width: int | None = None):
    from rich.console import Console

    return Console(file=out, width=width, highlight=False, soft_wrap=False)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.6g}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(plain(value))


def render_mentions(
    mentions: Sequence[Mention], documents: Sequence[Document], fmt: OutputFormat, out: TextIO
) -> None:
    """Write extracted mentions in `fmt`, each with its document's `source` and `url`."""
    origin = {d.id: {"source": d.source, "url": d.url} for d in documents}

    def record(m: Mention) -> dict[str, Any]:
        return {**mention_record(m), **origin.get(m.doc, {"source": None, "url": None})}

    fields = (*MENTION_FIELDS, "source", "url")
    if fmt in (OutputFormat.HTML, OutputFormat.SQLITE):
        render_table(Table(tuple(documents), (), ()), fmt, out, mentions=mentions)
    elif fmt is OutputFormat.JSONL:
        for m in mentions:
            out.write(_dumps(record(m)) + "\n")
    elif fmt is OutputFormat.JSON:
        out.write(
            json.dumps([record(m) for m in mentions], ensure_ascii=False, allow_nan=False, indent=2) + "\n"
        )
    elif fmt is OutputFormat.CSV:
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(record(m) for m in mentions)
    elif fmt is OutputFormat.MD:
        rows = [[_cell(record(m)[f]) for f in fields if f != "sentence"] for m in mentions]
        _markdown(out, [f for f in fields if f != "sentence"], rows)
    else:
        _mention_tables(mentions, documents, out)


def _mention_tables(mentions: Sequence[Mention], documents: Sequence[Document], out: TextIO) -> None:
    from rich.table import Table as RichTable

    console = _console(out)
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    for d in documents:
        published = d.published.isoformat() if d.published else "unknown"
        source = f"{d.source}, " if d.source else ""
        origin = f", from {d.published_from}" if d.published_from else ""
        title = f"{d.id}  ({source}published {published}{origin})"
        table = RichTable(title=title, title_justify="left", expand=False)
        for col in ("kind", "label", "value", "unit"):  # never wrapped: a number is not cut in two
            table.add_column(col, no_wrap=True)
        table.add_column("text", overflow="fold", ratio=1)
        for m in by_doc.get(d.id, []):
            value = "" if m.kind is Kind.ENTITY else format_value(m, m.kind.value, m.unit)
            table.add_row(m.kind.value, m.label, value, _cell(m.unit), m.text)
        console.print(table)


def render_table(
    t: Table,
    fmt: OutputFormat,
    out: TextIO,
    *,
    entities_only: bool = False,
    view: ReportView | None = None,
    mentions: Sequence[Mention] = (),
) -> None:
    """Write the consolidated table in `fmt`; `view` says what the terminal report adds (`report.py`).

    `mentions` are what the HTML page highlights in each article and what the SQLite file lists; the other
    formats do not use them. SQLite is written as bytes: `out` must then be a binary stream.
    """
    if fmt is OutputFormat.HTML:
        from factx.report_html import write_html

        write_html(t, mentions, out)
    elif fmt is OutputFormat.SQLITE:
        from factx.export_sqlite import sqlite_bytes

        out.write(sqlite_bytes(t, mentions))  # type: ignore[arg-type]
    elif fmt is OutputFormat.JSON:
        record = table_record(t)
        if entities_only:
            record = {"documents": record["documents"], "entities": record["entities"]}
        out.write(json.dumps(record, ensure_ascii=False, allow_nan=False, indent=2) + "\n")
    elif fmt is OutputFormat.JSONL:
        for d in t.documents:
            out.write(_dumps({"record": "document", **document_record(d)}) + "\n")
        for e in t.entities:
            out.write(_dumps({"record": "entity", **entity_record(e)}) + "\n")
        for f in () if entities_only else t.facts:
            out.write(_dumps({"record": "fact", **fact_record(f)}) + "\n")
    elif fmt in (OutputFormat.CSV, OutputFormat.MD):
        header, rows = _flat_rows(t, entities_only)
        if fmt is OutputFormat.CSV:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
        else:
            _markdown(out, header, [[_cell(v) for v in row] for row in rows])
    else:
        from factx.report import write_report

        write_report(t, out, view=view, entities_only=entities_only)


def render_fact(fact: Fact, documents: Sequence[Document], fmt: OutputFormat, out: TextIO) -> None:
    """Write one fact in full (`factx show`): the table format spells it out, the others hold it alone."""
    if fmt is OutputFormat.TABLE:
        from factx.report import write_fact

        write_fact(fact, documents, out)
    else:
        render_table(Table(tuple(documents), (), (fact,)), fmt, out)


def _flat_rows(t: Table, entities_only: bool) -> tuple[Sequence[str], list[list[Any]]]:
    if entities_only:
        header = ("entity_id", "name", "type", "docs", "mentions", "spelling_variants", "variants")
        return header, [
            [
                e.id,
                e.name,
                e.type,
                len(e.docs),
                e.mentions,
                e.spelling_variants,
                "; ".join(v.text for v in e.variants),
            ]
            for e in t.entities
        ]
    rows = []
    origin = {d.id: d for d in t.documents}
    for f in t.facts:
        for c in f.claims:
            doc = origin.get(c.doc)
            rows.append(
                [
                    f.id,
                    f.kind.value,
                    f.about,
                    f.status.value,
                    c.doc,
                    c.text,
                    c.value,
                    c.low,
                    c.high,
                    f.unit,
                    plain(c.qualifier),
                    plain(c.grain),
                    c.sentence,
                    doc.source if doc else None,
                    doc.url if doc else None,
                    f.why,
                    c.disagrees,
                ]
            )
    return CLAIM_CSV_FIELDS, rows


def _markdown(out: TextIO, header: Iterable[str], rows: Iterable[Sequence[str]]) -> None:
    def esc(s: str) -> str:
        return str(s).replace("|", "\\|").replace("\n", " ")

    header = list(header)
    out.write("| " + " | ".join(header) + " |\n")
    out.write("|" + "|".join("---" for _ in header) + "|\n")
    for row in rows:
        out.write("| " + " | ".join(esc(c) for c in row) + " |\n")
