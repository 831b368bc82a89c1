"""Write the story split (`factx stories`) and one consolidated table per story (`reconcile --by-story`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from factx.model import Table
from factx.render import OutputFormat, _dumps, _markdown
from factx.stories import Story

STORY_FIELDS = ("story", "label", "articles", "terms", "first_published", "last_published")


def story_record(s: Story) -> dict[str, Any]:
    return {
        "story": s.id,
        "label": s.label,
        "articles": list(s.documents),
        "terms": list(s.terms),
        "first_published": s.first_published.isoformat() if s.first_published else None,
        "last_published": s.last_published.isoformat() if s.last_published else None,
    }


def render_stories(stories: Sequence[Story], fmt: OutputFormat, out: TextIO) -> None:
    """JSON: a list of stories; JSON Lines: one story per line; CSV and Markdown: one row per article (its
    story, label and span), which joins to any other factx output on the document id."""
    records = [story_record(s) for s in stories]
    if fmt is OutputFormat.JSON:
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt is OutputFormat.JSONL:
        for record in records:
            out.write(_dumps(record) + "\n")
    elif fmt in (OutputFormat.CSV, OutputFormat.MD):
        header = ["story", "doc", "label", "first_published", "last_published"]
        rows = [
            [r["story"], doc, r["label"], r["first_published"] or "", r["last_published"] or ""]
            for r in records
            for doc in r["articles"]
        ]
        if fmt is OutputFormat.CSV:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
        else:
            _markdown(out, header, rows)
    else:
        _story_report(records, out)


def _story_report(records: list[dict[str, Any]], out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console(file=out, highlight=False, soft_wrap=False)
    articles = sum(len(r["articles"]) for r in records)
    console.print(f"{len(records)} stories in {articles} articles", markup=False)
    table = RichTable(show_lines=False)
    for column, options in (
        ("story", {"no_wrap": True}),
        ("articles", {"justify": "right", "no_wrap": True}),
        ("label", {}),
        ("published", {"no_wrap": True}),
    ):
        table.add_column(column, **options)
    for r in records:
        span = " – ".join(dict.fromkeys(d for d in (r["first_published"], r["last_published"]) if d))
        table.add_row(r["story"], str(len(r["articles"])), r["label"], span or "—")
    console.print(table)


def render_by_story(
    tables: Sequence[tuple[Story, Table, Table]], fmt: OutputFormat, out: TextIO, render: Callable[..., None]
) -> None:
    """Each story's table in `fmt` (`tables` holds the story, its filtered table and its full one, which the
    terminal report's summary counts), marked with its story: JSON a list of `{story, label, …table}`, JSON
    Lines and CSV a leading `story` field/column, the table and Markdown a heading per story."""
    if fmt is OutputFormat.JSON:
        found = [
            {"story": story.id, "label": story.label, **json.loads(_rendered(render, table, fmt, full))}
            for story, table, full in tables
        ]
        out.write(json.dumps(found, ensure_ascii=False, allow_nan=False, indent=2) + "\n")
    elif fmt is OutputFormat.JSONL:
        for story, table, full in tables:
            for line in _rendered(render, table, fmt, full).splitlines():
                out.write(_dumps({"story": story.id, **json.loads(line)}) + "\n")
    elif fmt is OutputFormat.CSV:
        writer = csv.writer(out, lineterminator="\n")
        for n, (story, table, full) in enumerate(tables):
            rows = list(csv.reader(io.StringIO(_rendered(render, table, fmt, full))))
            if n == 0:
                writer.writerow(["story", *rows[0]])
            writer.writerows([story.id, *row] for row in rows[1:])
    else:
        for n, (story, table, full) in enumerate(tables):
            heading = f"{story.id} · {story.label} · {len(story.documents)} article(s)"
            heading = f"## {heading}\n\n" if fmt is OutputFormat.MD else f"{heading}\n"
            out.write(("\n" if n else "") + heading)
            out.write(_rendered(render, table, fmt, full))


def _rendered(render: Callable[..., None], table: Table, fmt: OutputFormat, full: Table) -> str:
    buffer = io.StringIO()
    render(table, fmt, buffer, full)
    return buffer.getvalue()
