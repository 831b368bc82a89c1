"""The `factx` command. Declares options, calls the library, renders; errors are caught here once.

Heavy modules (spaCy, dateparser) are imported inside the commands, so `factx --version` and `--help`
stay fast.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import typer

from factx import __version__
from factx.errors import FactxError, InputError, InputWarning
from factx.model import Kind, Status
from factx.render import OutputFormat

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Extract facts from news articles and show where the sources agree and disagree.",
)
EXIT_INPUT = 1
EXIT_INTERRUPTED = 130

Paths = Annotated[list[str], typer.Argument(help="Article files or folders; '-' reads standard input.")]
KindOpt = Annotated[
    str | None,
    typer.Option("--kind", "-k", help="Only these kinds, comma-separated: entity,money,count,percent,date."),
]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for spaCy.")]
PublishedOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--published",
        "-p",
        help="Publication date for articles that state none: DATE, or DOC=DATE for one article (repeatable).",
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="spaCy pipeline (package or path), or "
        "'blank' for rules only. Default: $FACTX_MODEL, then en_core_web_sm.",
    ),
]
CacheOpt = Annotated[
    Path | None, typer.Option("--cache", help="Mention cache file (default: in the user cache folder).")
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the mention cache.")]
FurnitureOpt = Annotated[
    bool,
    typer.Option(
        "--keep-furniture",
        help="Keep teaser blocks, rating widgets and share lines instead of skipping them.",
    ),
]


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factx {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Extract facts from news articles and show where the sources agree and disagree.

    Example: factx reconcile seeds/
    """


def _kinds(value: str | None) -> frozenset[Kind]:
    if not value:
        return frozenset(Kind)
    try:
        chosen = frozenset(Kind(v.strip().lower()) for v in value.split(",") if v.strip())
    except ValueError:
        chosen = frozenset()
    if not chosen:
        raise typer.BadParameter(
            f"{value!r}: choose from {', '.join(k.value for k in Kind)}", param_hint="--kind"
        )
    return chosen


def _statuses(value: str | None) -> frozenset[Status]:
    if not value:
        return frozenset(Status)
    try:
        chosen = frozenset(Status(v.strip().lower()) for v in value.split(",") if v.strip())
    except ValueError:
        chosen = frozenset()
    if not chosen:
        raise typer.BadParameter(
            f"{value!r}: choose from {', '.join(s.value for s in Status)}", param_hint="--status"
        )
    return chosen


def _published(values: list[str] | None):
    from factx.ingest import PublishedOption

    default, per_doc = None, {}
    for raw in values or []:
        doc, _, text = raw.rpartition("=")
        try:
            day = date.fromisoformat(text.strip())
        except ValueError:
            raise typer.BadParameter(
                f"{raw!r} is not DATE or DOC=DATE (dates as YYYY-MM-DD)", param_hint="--published"
            ) from None
        if doc:
            per_doc[Path(doc).stem if doc.endswith((".txt", ".md", ".html", ".htm")) else doc] = day
        else:
            default = day
    return PublishedOption(default, per_doc)


@contextlib.contextmanager
def _fault_boundary() -> Iterator[None]:
    """The one place expected faults become messages: `Error: …` and a hint on stderr, exit 1."""
    try:
        yield
    except FactxError as exc:
        console = _stderr()
        console.print(f"[red]Error:[/] {exc}", markup=True)
        if exc.hint:
            console.print(f"Hint: {exc.hint}", markup=False)
        raise typer.Exit(EXIT_INPUT) from None


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or the `--output` file (see `factx.output`); a reader that goes away ends the run with 0."""
    from factx.output import ReaderGone, open_output

    try:
        with open_output(path) as out:
            yield out
    except ReaderGone:
        raise typer.Exit(0) from None


def _open_cache(path: Path | None, no_cache: bool, console):
    from factx.cache import MentionCache, default_path

    if no_cache:
        return None
    return MentionCache(path or default_path(), warn=lambda msg: console.print(f"[yellow]warning:[/] {msg}"))


def _run_extract(paths, kinds, jobs, published, model, keep_furniture, cache_path=None, no_cache=False):
    from factx.ingest import IngestOptions
    from factx.pipeline import extract_paths

    console = _stderr()
    options = IngestOptions(published=_published(published), keep_furniture=keep_furniture)

    def report(error: InputError) -> None:
        from rich.markup import escape

        if isinstance(error, InputWarning):
            console.print(f"[yellow]warning:[/] {escape(str(error))}")
        else:
            console.print(f"[red]error:[/] {escape(str(error))}")

    cache = _open_cache(cache_path, no_cache, console)
    jobs = _cap_jobs(jobs, console)
    with _progress(console) as advance:
        result = extract_paths(
            paths,
            options=options,
            model=model,
            kinds=kinds,
            jobs=jobs,
            cache=cache,
            on_error=report,
            on_document=advance,
        )
    if cache is not None:
        cache.close()
    if not result.documents and not result.errors:
        console.print("[yellow]warning:[/] no articles found under the paths given")
    return result


def _cap_jobs(jobs: int, console) -> int:
    """`--jobs` at most the CPU count (more processes only cost memory), saying so when it is cut."""
    from factx.pipeline import max_jobs

    cpus = max_jobs()
    if jobs > cpus:
        console.print(f"[yellow]warning:[/] --jobs {jobs}: this machine has {cpus} CPU(s); using {cpus}")
        return cpus
    return jobs


@contextlib.contextmanager
def _progress(console):
    """A progress line on stderr when it is a terminal; a no-op callback otherwise."""
    if not console.is_terminal:
        yield lambda _doc: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=console, transient=True) as bar:
        task = bar.add_task("reading articles", total=None)
        yield lambda doc: bar.update(task, advance=1, description=f"processed {doc.id}")


def _finish(result) -> None:
    if result.errors:
        _stderr().print(f"{len(result.errors)} input(s) could not be read; the rest were processed.")
        raise typer.Exit(EXIT_INPUT)


@app.command()
def extract(
    paths: Paths,
    kind: KindOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    keep_furniture: FurnitureOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Extract entities, money, counts, percentages and dates from each article, with normalized values.

    Example: factx extract seeds/ --kind money,date --format jsonl
    """
    from factx.render import render_mentions

    kinds = _kinds(kind)
    with _fault_boundary():
        result = _run_extract(paths, kinds, jobs, published, model, keep_furniture, cache, no_cache)
        with _output(output) as out:
            render_mentions(result.mentions, result.documents, fmt, out)
    _finish(result)


@app.command()
def reconcile(
    paths: Paths,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            "-s",
            help="Only facts with these statuses, comma-separated: conflict,compatible,agree,single.",
        ),
    ] = None,
    kind: KindOpt = None,
    entity: Annotated[
        str | None,
        typer.Option(
            "--entity",
            "-e",
            help="Only facts stated in sentences that name this entity, and only that entity.",
        ),
    ] = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", min=1, help="Only facts stated by at least this many articles.")
    ] = 1,
    fmt: FormatOpt = OutputFormat.TABLE,
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    keep_furniture: FurnitureOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Consolidate the articles into one table of facts and entities: where do the sources disagree?

    Example: factx reconcile seeds/ --status conflict,compatible --format md
    """
    from factx.pipeline import reconcile_result
    from factx.reconcile import filter_table
    from factx.render import render_table

    kinds = _kinds(kind)
    statuses = _statuses(status)
    with _fault_boundary():
        result = _run_extract(
            paths, kinds | {Kind.ENTITY}, jobs, published, model, keep_furniture, cache, no_cache
        )
        table = filter_table(
            reconcile_result(result), statuses=statuses, kinds=kinds, entity=entity, min_sources=min_sources
        )
        with _output(output) as out:
            render_table(table, fmt, out)
    _finish(result)


@app.command()
def entities(
    paths: Paths,
    fmt: FormatOpt = OutputFormat.TABLE,
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
    model: ModelOpt = None,
    keep_furniture: FurnitureOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """List the entities across all articles, one row per real-world entity, with their variants.

    Example: factx entities seeds/ --format csv
    """
    from factx.pipeline import reconcile_result
    from factx.render import render_table

    with _fault_boundary():
        result = _run_extract(
            paths, frozenset({Kind.ENTITY}), jobs, None, model, keep_furniture, cache, no_cache
        )
        with _output(output) as out:
            render_table(reconcile_result(result), fmt, out, entities_only=True)
    _finish(result)


cache_app = typer.Typer(
    help="Look at or empty the mention cache.", context_settings={"help_option_names": ["-h", "--help"]}
)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info(cache: CacheOpt = None) -> None:
    """Show where the mention cache is, how many articles it holds and its size.

    Example: factx cache info
    """
    from factx.cache import MentionCache, default_path

    console = _stderr()
    store = MentionCache(
        cache or default_path(), warn=lambda msg: console.print(f"[yellow]warning:[/] {msg}")
    )
    info = store.info()
    store.close()
    typer.echo(f"path: {info.path}\nentries: {info.entries}\nbytes: {info.bytes}")


@cache_app.command("clear")
def cache_clear(
    cache: CacheOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help="Delete the --cache file even if it is not a factx cache.")
    ] = False,
) -> None:
    """Delete the mention cache (also a corrupt one at the default path); refuses other files.

    Example: factx cache clear
    """
    from factx.cache import MentionCache, default_path

    store = MentionCache(cache or default_path())
    with _fault_boundary():
        removed = store.clear(force=force)
    _stderr().print(f"cleared {store.path} ({removed} entries)")


def main() -> None:
    """Console-script entry point: runs the app, turning expected faults into messages and exit codes."""
    from factx import signals

    signals.install()
    try:
        code = app(standalone_mode=False)
        if code == EXIT_INTERRUPTED:  # typer turns Ctrl-C into this exit code
            _interrupted()
        sys.exit(code if isinstance(code, int) else 0)
    except KeyboardInterrupt:
        _interrupted()
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click's usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            _interrupted()
        raise


def _interrupted() -> NoReturn:
    """Ctrl-C or SIGTERM: say so and exit 130 or 143 (see `factx.signals`)."""
    from factx import signals

    _stderr().print("Terminated." if signals.exit_code() == signals.EXIT_TERMINATED else "Interrupted.")
    signals.leave(signals.exit_code())
