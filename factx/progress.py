"""Progress on stderr while articles go through spaCy: done / total, rate, time left.

Shown only when stderr is a terminal and not `--quiet`; it disappears when the run ends, so what stays on the
screen is the report. A run where everything comes from the cache shows nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factx.model import Document


@dataclass(frozen=True)
class ProgressCallbacks:
    """What `extract_paths` calls: `start(total)` once before the NLP, `done(document)` after each one."""

    start: Callable[[int], None]
    done: Callable[[Document], None]


SILENT = ProgressCallbacks(start=lambda _total: None, done=lambda _doc: None)


@contextlib.contextmanager
def article_progress(console, *, quiet: bool = False) -> Iterator[ProgressCallbacks]:
    """A transient rich progress bar on `console` (stderr), or silent callbacks when it is not a terminal."""
    if quiet or not console.is_terminal:
        yield SILENT
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("articles", total=None, visible=False, rate="")

        def start(total: int) -> None:
            bar.update(task, total=total, visible=total > 0)

        def done(_document: Document) -> None:
            bar.advance(task)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.1f}/s" if speed else "")

        yield ProgressCallbacks(start, done)
