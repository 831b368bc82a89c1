"""The `factx` command. Declares options, calls the library, renders; errors are caught here once.

Heavy modules (spaCy, dateparser) are imported inside the commands, so `factx --version` and `--help`
stay fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import typer

from factx import __version__
from factx.errors import FactxError, InputError, InputWarning
from factx.helpformat import FactxCommand
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
EXIT_BUG = 70  # sysexits' EX_SOFTWARE: a fault in factx itself, not in the input

Paths = Annotated[
    list[str], typer.Argument(metavar="PATH...", help="Article files or folders; '-' reads standard input.")
]
KindOpt = Annotated[
    str | None,
    typer.Option(
        "--kind",
        "-k",
        metavar="KIND[,KIND]",
        help="Only these kinds, comma-separated: entity,money,count,percent,date.",
    ),
]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]


def _output_path(value: Path | None) -> Path | None:
    from factx.usage import OutputPathError, check_output_path

    try:
        return check_output_path(value)
    except OutputPathError as exc:
        raise typer.BadParameter(str(exc), param_hint="--output") from None


def _at_least_one(value: int) -> int:
    if value < 1:
        raise typer.BadParameter(f"{value} is not a number of 1 or more")
    return value


OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        callback=_output_path,
        help="Write to this file instead of stdout.",
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option("--jobs", "-j", metavar="N", callback=_at_least_one, help="Worker processes for spaCy."),
]
PublishedOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--published",
        "-p",
        metavar="DATE|DOC=DATE",
        help="Publication date for articles that state none: DATE, or DOC=DATE for one article (repeatable).",
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        metavar="NAME",
        help="spaCy pipeline (package or path), or "
        "'blank' for rules only. Default: $FACTX_MODEL, then en_core_web_sm.",
    ),
]
CacheOpt = Annotated[
    Path | None,
    typer.Option("--cache", metavar="FILE", help="Mention cache file (default: in the user cache folder)."),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the mention cache.")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar (errors and warnings still show).")
]
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
    from factx.ingest import SUFFIXES, PublishedOption

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
            per_doc[Path(doc).stem if Path(doc).suffix.lower() in SUFFIXES else doc] = day
        else:
            default = day
    return PublishedOption(default, per_doc)


@contextlib.contextmanager
def _fault_boundary() -> Iterator[None]:
    """The one place expected faults become messages: `Error: …` and a hint on stderr, exit 1."""
    try:
        yield
    except FactxError as exc:
        from rich.markup import escape

        console = _stderr()
        console.print(f"[red]Error:[/] {escape(str(exc))}", markup=True)
        if exc.hint:
            console.print(f"Hint: {exc.hint}", markup=False)
        raise typer.Exit(exc.exit_code) from None


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


def _run_extract(
    paths, kinds, jobs, published, model, keep_furniture, cache_path=None, no_cache=False, quiet=False
):
    from factx.ingest import IngestOptions
    from factx.pipeline import extract_paths
    from factx.progress import article_progress

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
    with article_progress(console, quiet=quiet) as progress:
        result = extract_paths(
            paths,
            options=options,
            model=model,
            kinds=kinds,
            jobs=jobs,
            cache=cache,
            on_error=report,
            on_document=progress.done,
            on_start=progress.start,
        )
    if cache is not None:
        cache.close()
    if not result.documents and not result.errors:
        console.print("[yellow]warning:[/] no articles found under the paths given")
    from factx.published import unresolved_note

    note = unresolved_note(result.documents, result.mentions)
    if note and not quiet:
        console.print(f"[yellow]note:[/] {note}")
    return result


def _cap_jobs(jobs: int, console) -> int:
    """`--jobs` at most the CPU count (more processes only cost memory), saying so when it is cut."""
    from factx.pipeline import max_jobs

    cpus = max_jobs()
    if jobs > cpus:
        console.print(f"[yellow]warning:[/] --jobs {jobs}: this machine has {cpus} CPU(s); using {cpus}")
        return cpus
    return jobs


def _finish(result) -> None:
    if result.errors:
        rest = "the rest were processed" if result.documents else "there was nothing else to process"
        _stderr().print(f"{len(result.errors)} input(s) could not be read; {rest}.")
        raise typer.Exit(EXIT_INPUT)


@app.command(cls=FactxCommand)
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
    quiet: QuietOpt = False,
) -> None:
    """Extract entities, money, counts, percentages and dates from each article, with normalized values.

    Example: factx extract seeds/ --kind money,date --format jsonl
    """
    from factx.render import render_mentions

    kinds = _kinds(kind)
    with _fault_boundary():
        result = _run_extract(paths, kinds, jobs, published, model, keep_furniture, cache, no_cache, quiet)
        with _output(output) as out:
            render_mentions(result.mentions, result.documents, fmt, out)
    _finish(result)


@app.command(cls=FactxCommand)
def reconcile(
    paths: Paths,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS[,STATUS]",
            help="Only facts with these statuses, comma-separated: conflict,compatible,agree,single.",
        ),
    ] = None,
    kind: KindOpt = None,
    entity: Annotated[
        str | None,
        typer.Option(
            "--entity",
            "-e",
            metavar="NAME",
            help="Only facts stated in sentences that name this entity, and only that entity.",
        ),
    ] = None,
    min_sources: Annotated[
        int,
        typer.Option(
            "--min-sources",
            metavar="N",
            callback=_at_least_one,
            help="Only facts stated by at least this many articles.",
        ),
    ] = 1,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            "-a",
            help="Also show the facts only one article states (the table leaves them out; other formats "
            "always have them).",
        ),
    ] = False,
    show_entities: Annotated[
        bool, typer.Option("--entities", help="Add the entity table to the report (other formats have it).")
    ] = False,
    fact: Annotated[
        str | None,
        typer.Option("--fact", metavar="ID", help="Show one fact in full, like 'factx show ID PATH...'."),
    ] = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    keep_furniture: FurnitureOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Consolidate the articles into facts and show where the sources disagree, disagreements first.

    The report starts with a one-line summary; each fact lists every source's outlet, the value as read
    and the words around it. Facts only one article states, and the entities, come with --all and
    --entities.

    Example: factx reconcile seeds/ --status conflict,compatible --format md
    """
    from factx.pipeline import reconcile_result
    from factx.reconcile import filter_table
    from factx.render import render_table
    from factx.report import ReportView

    kinds = _kinds(kind)
    statuses = _statuses(status)
    with _fault_boundary():
        result = _run_extract(
            paths, kinds | {Kind.ENTITY}, jobs, published, model, keep_furniture, cache, no_cache, quiet
        )
        full = reconcile_result(result)
        if fact is not None:
            _write_fact(full, fact, fmt, output)
        else:
            table = filter_table(full, statuses=statuses, kinds=kinds, entity=entity, min_sources=min_sources)
            view = ReportView(full, single=show_all or status is not None, entities=show_entities)
            with _output(output) as out:
                render_table(table, fmt, out, view=view)
    _finish(result)


@app.command(cls=FactxCommand)
def show(
    fact: Annotated[str, typer.Argument(metavar="FACT", help="The fact's id, as the report lists it: F3.")],
    paths: Paths,
    fmt: FormatOpt = OutputFormat.TABLE,
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    keep_furniture: FurnitureOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Show one fact in full: each source's sentence, outlet, URL, publication date and value as read, and
    why the status is what it is.

    Example: factx show F1 seeds/
    """
    from factx.pipeline import reconcile_result

    with _fault_boundary():
        result = _run_extract(
            paths, frozenset(Kind), jobs, published, model, keep_furniture, cache, no_cache, quiet
        )
        _write_fact(reconcile_result(result), fact, fmt, output)
    _finish(result)


def _write_fact(table, fact_id: str, fmt: OutputFormat, output: Path | None) -> None:
    from factx.errors import OptionError
    from factx.render import render_fact

    found = [f for f in table.facts if f.id.lower() == fact_id.strip().lower()]
    if not found:
        ids = f"{table.facts[0].id} to {table.facts[-1].id}" if table.facts else "none"
        raise OptionError(
            f"no fact {fact_id!r} in these articles (their facts: {ids})",
            hint="'factx reconcile --all PATH...' lists every fact with its id",
        )
    with _output(output) as out:
        render_fact(found[0], table.documents, fmt, out)


@app.command(cls=FactxCommand)
def entities(
    paths: Paths,
    fmt: FormatOpt = OutputFormat.TABLE,
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
    model: ModelOpt = None,
    keep_furniture: FurnitureOpt = False,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """List the entities across all articles, one row per real-world entity, with their variants.

    Example: factx entities seeds/ --format csv
    """
    from factx.pipeline import reconcile_result
    from factx.render import render_table

    with _fault_boundary():
        result = _run_extract(
            paths, frozenset({Kind.ENTITY}), jobs, None, model, keep_furniture, cache, no_cache, quiet
        )
        with _output(output) as out:
            render_table(reconcile_result(result), fmt, out, entities_only=True)
    _finish(result)


cache_app = typer.Typer(
    help="Look at or empty the mention cache.", context_settings={"help_option_names": ["-h", "--help"]}
)
app.add_typer(cache_app, name="cache")


@cache_app.command("info", cls=FactxCommand)
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


@cache_app.command("clear", cls=FactxCommand)
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
    """Console-script entry point: runs the app, turning expected faults into messages and exit codes.

    Usage errors of any click or typer version become `Error: …` and a hint (exit 2); a fault nobody
    expected becomes one line naming it (exit 70) unless FACTX_DEBUG is set.
    """
    from factx import signals
    from factx.usage import is_usage_error, no_command, usage_problem

    signals.install()
    try:
        if len(sys.argv) <= 1:
            _show_usage_problem(no_command(_root_help()))
        code = app(standalone_mode=False)
        if code == EXIT_INTERRUPTED:  # typer turns Ctrl-C into this exit code
            _interrupted()
        sys.exit(code if isinstance(code, int) else 0)
    except KeyboardInterrupt:
        _interrupted()
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:
        if is_usage_error(exc):
            _show_usage_problem(usage_problem(exc))
        if type(exc).__name__ == "Abort":  # click's Ctrl-C at a prompt
            _interrupted()
        if os.environ.get("FACTX_DEBUG"):
            raise
        from rich.markup import escape

        console = _stderr()
        console.print(f"[red]Error:[/] factx failed unexpectedly: {type(exc).__name__}: {escape(str(exc))}")
        console.print("Hint: this is a bug; run again with FACTX_DEBUG=1 to see where, and report it.")
        sys.exit(EXIT_BUG)


def _show_usage_problem(problem) -> None:
    from rich.markup import escape

    console = _stderr()
    if problem.help_text:
        console.print(problem.help_text, markup=False)
        console.print()
    console.print(f"[red]Error:[/] {escape(problem.message)}", markup=True)
    console.print(f"Hint: {problem.hint}", markup=False)
    sys.exit(problem.exit_code)


def _root_help() -> str:
    command = typer.main.get_command(app)
    settings = command.context_settings  # typer's own click, or click itself
    with command.context_class(command, info_name="factx", **settings) as ctx:
        return command.get_help(ctx)


def _interrupted() -> NoReturn:
    """Ctrl-C or SIGTERM: say so and exit 130 or 143 (see `factx.signals`)."""
    from factx import signals

    _stderr().print("Terminated." if signals.exit_code() == signals.EXIT_TERMINATED else "Interrupted.")
    signals.leave(signals.exit_code())
