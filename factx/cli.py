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
from enum import StrEnum
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
        help="Only these kinds, comma-separated: entity,money,count,percent,date,duration.",
    ),
]
OptionalPaths = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH...",
        show_default=False,
        help="Article files or folders; '-' reads standard input. Not with --mentions.",
    ),
]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
MentionsOpt = Annotated[
    Path | None,
    typer.Option(
        "--mentions",
        metavar="FILE",
        help="Reconcile the mentions 'factx extract -f jsonl' wrote, instead of reading articles (no NLP).",
    ),
]
DocumentsOpt = Annotated[
    Path | None,
    typer.Option(
        "--documents",
        metavar="FILE",
        help="With --mentions: the articles 'factx extract --documents FILE' wrote (text, dates, outlets).",
    ),
]


def _output_path(value: Path | None) -> Path | None:
    from factx.usage import OutputPathError, check_output_path

    try:
        return check_output_path(value)
    except OutputPathError as exc:
        raise typer.BadParameter(str(exc), param_hint="--output") from None


def _at_least_one(value: int | None) -> int | None:
    if value is not None and value < 1:
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
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        callback=_at_least_one,
        help="Worker processes for spaCy, and for aligning the claims of large inputs.",
    ),
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


class Engine(StrEnum):
    """Where the NLP runs: local processes (`--jobs`), or a Dask cluster."""

    LOCAL = "local"
    DASK = "dask"


EngineOpt = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="Run the NLP in local processes (--jobs), or on a Dask cluster: pip install 'factx[dask]'.",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="With --engine dask: the scheduler to use (tcp://host:8786); default: start a local cluster.",
    ),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        metavar="N",
        callback=_at_least_one,
        help="With --engine dask and no --scheduler: worker processes of the local cluster.",
    ),
]
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


def _check_format(fmt: OutputFormat, output: Path | None) -> None:
    """A binary format (SQLite) needs a file: without `--output` it is a usage error, before any work."""
    if fmt.binary and output is None:
        raise typer.BadParameter(
            f"--format {fmt.value} writes a database file, not text: name it, e.g. --output story.db",
            param_hint="'--output'",
        )


@contextlib.contextmanager
def _output(path: Path | None, binary: bool = False) -> Iterator[TextIO]:
    """stdout, or the `--output` file (see `factx.output`); a reader that goes away ends the run with 0."""
    from factx.output import ReaderGone, open_output

    try:
        with open_output(path, binary=binary) as out:
            yield out
    except ReaderGone:
        raise typer.Exit(0) from None


def _open_cache(path: Path | None, no_cache: bool, console):
    from factx.cache import MentionCache, default_path

    if no_cache:
        return None
    return MentionCache(path or default_path(), warn=lambda msg: console.print(f"[yellow]warning:[/] {msg}"))


def _run_extract(
    paths,
    kinds,
    jobs,
    published,
    model,
    keep_furniture,
    cache_path=None,
    no_cache=False,
    quiet=False,
    cluster=None,
):
    from factx.ingest import IngestOptions
    from factx.pipeline import extract_paths
    from factx.progress import article_progress

    console = _stderr()
    options = IngestOptions(published=_published(published), keep_furniture=keep_furniture)

    def report(error: InputError) -> None:
        _report_input(console, error)

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
            cluster=cluster,
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


def _write_by_story(result, fmt, output, filters: dict, view: dict, cluster, jobs: int = 1) -> None:
    """One table per story (`filters` for `filter_table`, `view` for the terminal report's `ReportView`)."""
    from factx.pipeline import reconcile_by_story
    from factx.reconcile import filter_table
    from factx.render import render_table
    from factx.render_stories import render_by_story
    from factx.report import ReportView

    stories = reconcile_by_story(result, cluster, jobs)
    tables = [(story, filter_table(full, **filters), full) for story, full in stories]

    def render(table, fmt, out, full) -> None:
        render_table(table, fmt, out, view=ReportView(full, **view))

    with _output(output) as out:
        render_by_story(tables, fmt, out, render)


def _paths_or_mentions(ctx: typer.Context, paths, mentions: Path | None, documents: Path | None) -> None:
    """PATH... or --mentions, exactly one; --documents only with --mentions (usage errors otherwise)."""
    if paths and mentions is not None:
        raise typer.BadParameter("give article paths or --mentions, not both", param_hint="--mentions")
    if documents is not None and mentions is None:
        raise typer.BadParameter("only with --mentions", param_hint="--documents")
    if not paths and mentions is None:
        exceptions = sys.modules[typer.BadParameter.__module__]  # click's, or typer's own copy of click
        param = next(p for p in ctx.command.params if p.name == "paths")
        raise exceptions.MissingParameter(ctx=ctx, param=param)


def _read_extracted(mentions: Path, documents: Path | None):
    from rich.markup import escape

    from factx.seam import read_extracted

    console = _stderr()
    return read_extracted(
        mentions, documents, on_error=lambda e: console.print(f"[red]error:[/] {escape(str(e))}")
    )


def _report_input(console, error: InputError) -> None:
    from rich.markup import escape

    if isinstance(error, InputWarning):
        console.print(f"[yellow]warning:[/] {escape(str(error))}")
    else:
        console.print(f"[red]error:[/] {escape(str(error))}")


def _cluster(engine: Engine, scheduler: str | None, workers: int | None):
    """The Dask cluster options, or None for local processes; --scheduler/--workers need --engine dask."""
    from factx.pipeline import ClusterOptions

    if engine is Engine.LOCAL:
        for name, value in (("--scheduler", scheduler), ("--workers", workers)):
            if value is not None:
                raise typer.BadParameter("only with --engine dask", param_hint=name)
        return None
    return ClusterOptions(scheduler=scheduler, workers=workers or 2)


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
    documents: Annotated[
        Path | None,
        typer.Option(
            "--documents",
            metavar="FILE",
            callback=_output_path,
            help="Also write the articles as read (JSON Lines), for 'factx reconcile --mentions'.",
        ),
    ] = None,
    engine: EngineOpt = Engine.LOCAL,
    scheduler: SchedulerOpt = None,
    workers: WorkersOpt = None,
) -> None:
    """Extract entities, money, counts, percentages, dates and durations from each article, normalized.

    Example: factx extract seeds/ --kind money,date --format jsonl
    """
    from factx.render import render_mentions
    from factx.seam import write_documents

    kinds = _kinds(kind)
    _check_format(fmt, output)
    cluster = _cluster(engine, scheduler, workers)
    with _fault_boundary():
        result = _run_extract(
            paths, kinds, jobs, published, model, keep_furniture, cache, no_cache, quiet, cluster=cluster
        )
        with _output(output, fmt.binary) as out:
            render_mentions(result.mentions, result.documents, fmt, out)
        if documents is not None:
            with _output(documents) as out:
                write_documents(result.documents, out)
    _finish(result)


@app.command(cls=FactxCommand)
def reconcile(
    ctx: typer.Context,
    paths: OptionalPaths = None,
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
    mentions: MentionsOpt = None,
    documents: DocumentsOpt = None,
    by_story: Annotated[
        bool,
        typer.Option(
            "--by-story",
            help="Split the articles into stories first (as 'factx stories' does) and reconcile each apart.",
        ),
    ] = False,
    engine: EngineOpt = Engine.LOCAL,
    scheduler: SchedulerOpt = None,
    workers: WorkersOpt = None,
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
    _check_format(fmt, output)
    _paths_or_mentions(ctx, paths, mentions, documents)
    cluster = _cluster(engine, scheduler, workers)
    if by_story and fact is not None:
        raise typer.BadParameter("a fact id belongs to one table; leave out --by-story", param_hint="--fact")
    if by_story and fmt in (OutputFormat.HTML, OutputFormat.SQLITE):
        raise typer.BadParameter(
            "--by-story writes table, json, jsonl, csv or md; for a page or a database per story, run "
            "'factx stories' and reconcile each story's articles",
            param_hint="--format",
        )
    with _fault_boundary():
        if mentions is not None:
            result = _read_extracted(mentions, documents)
        else:
            result = _run_extract(
                paths,
                kinds | {Kind.ENTITY},
                jobs,
                published,
                model,
                keep_furniture,
                cache,
                no_cache,
                quiet,
                cluster=cluster,
            )
        if by_story:
            filters = {"statuses": statuses, "kinds": kinds, "entity": entity, "min_sources": min_sources}
            view = {"single": show_all or status is not None, "entities": show_entities}
            _write_by_story(result, fmt, output, filters, view, cluster, jobs)
            _finish(result)
            return
        full = reconcile_result(result, jobs)
        if fact is not None:
            _write_fact(full, fact, fmt, output)
        else:
            table = filter_table(full, statuses=statuses, kinds=kinds, entity=entity, min_sources=min_sources)
            view = ReportView(full, single=show_all or status is not None, entities=show_entities)
            with _output(output, fmt.binary) as out:
                render_table(table, fmt, out, view=view, mentions=result.mentions)
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

    _check_format(fmt, output)
    with _fault_boundary():
        result = _run_extract(
            paths, frozenset(Kind), jobs, published, model, keep_furniture, cache, no_cache, quiet
        )
        _write_fact(reconcile_result(result, jobs), fact, fmt, output)
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
    with _output(output, fmt.binary) as out:
        render_fact(found[0], table.documents, fmt, out)


@app.command(cls=FactxCommand)
def stories(
    paths: Paths,
    fmt: FormatOpt = OutputFormat.TABLE,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    keep_furniture: FurnitureOpt = False,
) -> None:
    """Split a mixed set of articles into stories: the articles each story has, the names that mark it, and
    its publication span. No NLP model runs; 'factx reconcile --by-story' reconciles each story apart.

    Example: factx stories feed/ --format csv -o stories.csv
    """
    from factx.ingest import IngestOptions
    from factx.pipeline import read_articles
    from factx.render_stories import render_stories
    from factx.stories import split_stories

    if fmt in (OutputFormat.HTML, OutputFormat.SQLITE):
        raise typer.BadParameter(
            "the story split is written as table, json, jsonl, csv or md", param_hint="--format"
        )
    console = _stderr()
    options = IngestOptions(published=_published(published), keep_furniture=keep_furniture)
    with _fault_boundary():
        result = read_articles(paths, options, on_error=lambda e: _report_input(console, e))
        if not result.documents and not result.errors:
            console.print("[yellow]warning:[/] no articles found under the paths given")
        with _output(output) as out:
            render_stories(split_stories(result.documents), fmt, out)
    _finish(result)


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

    _check_format(fmt, output)
    with _fault_boundary():
        result = _run_extract(
            paths, frozenset({Kind.ENTITY}), jobs, None, model, keep_furniture, cache, no_cache, quiet
        )
        with _output(output, fmt.binary) as out:
            render_table(reconcile_result(result), fmt, out, entities_only=True, mentions=result.mentions)
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
