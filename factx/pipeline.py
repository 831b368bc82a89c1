"""The library entry points the CLI calls: paths in, typed results out."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from factx.cache import MentionCache
from factx.errors import InputError, InputWarning, OptionError
from factx.ingest import IngestOptions, read_documents
from factx.model import ALL_KINDS, Document, Kind, Mention, Table

if TYPE_CHECKING:
    from factx.stories import Story

CACHE_BATCH = 200  # documents per cache write: an interrupted run keeps what it finished


def max_jobs() -> int:
    """The most worker processes worth starting: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ClusterOptions:
    """Where `--engine dask` runs: an existing scheduler's address, or a local cluster of `workers`."""

    scheduler: str | None = None
    workers: int = 2


@dataclass
class ExtractResult:
    """What `extract_paths` found: the documents read, their mentions, what could not be read, and what was
    left out of inputs that were read (`InputWarning`)."""

    documents: list[Document] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)


def extract_paths(
    paths: Sequence[str],
    *,
    options: IngestOptions | None = None,
    model: str | None = None,
    kinds: Iterable[Kind] = ALL_KINDS,
    jobs: int = 1,
    cache: MentionCache | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    cluster: ClusterOptions | None = None,
) -> ExtractResult:
    """Read the articles under `paths` and extract their mentions.

    Args:
        paths: files, directories, or "-" for standard input.
        options: how to read (publication dates, furniture).
        model: the spaCy pipeline (see `nlp.resolve_model`); "blank" for rules only.
        kinds: the kinds of mention wanted.
        jobs: worker processes for spaCy; at most `max_jobs()` are started.
        cache: where to look up and store mentions; documents found there skip the NLP (and when all are
            found, the model is not even loaded).
        on_error: called with each input that could not be read, and each `InputWarning`, as soon as found.
        on_document: called after each document is processed (progress).
        on_start: called once with the number of documents the NLP will process (progress).
        cluster: run the NLP on a Dask cluster (`factx.distributed`) instead of local processes.

    Raises:
        ModelError: when no spaCy pipeline can be loaded.
        OptionError: when `--published DOC=DATE` names a document that is not among those read.
    """
    from factx import __version__
    from factx.cache import cache_key
    from factx.ingest import processing_text
    from factx.resolve import resolve_model

    result = ExtractResult()
    kinds = frozenset(kinds)
    name = resolve_model(model)

    def report(error: InputError) -> None:
        (result.warnings if isinstance(error, InputWarning) else result.errors).append(error)
        if on_error:
            on_error(error)

    documents = read_articles(paths, options, on_error=report).documents
    check_published_ids(options, documents)
    keys = [cache_key(processing_text(d), d, kinds, name, __version__) for d in documents] if cache else []
    cached = cache.get_many(sorted(set(keys))) if cache else {}
    misses = [n for n in range(len(documents)) if not cache or keys[n] not in cached]
    fresh: dict[int, list[Mention]] = {}  # mentions by the document's position in `documents`
    if on_start:
        on_start(len(misses))
    if misses:
        from factx.extract import extract_all  # spaCy is imported only when something has to be processed
        from factx.nlp import build_pipeline

        pending: list[tuple[str, list[Mention]]] = []
        if cluster is not None:
            from factx.distributed import extract_on_cluster

            outcomes = extract_on_cluster(
                [documents[n] for n in misses],
                name,
                kinds,
                scheduler=cluster.scheduler,
                workers=cluster.workers,
            )
        else:
            outcomes = extract_all(
                (documents[n] for n in misses),
                build_pipeline(name),
                kinds=kinds,
                n_process=min(jobs, max_jobs()),
            )
        for n, (document, mentions, failure) in zip(misses, outcomes, strict=True):
            if failure:
                report(InputError(document.path or document.id, f"could not be processed ({failure})"))
                continue
            fresh[n] = mentions
            if cache:
                pending.append((keys[n], mentions))
                if len(pending) >= CACHE_BATCH:
                    cache.put_many(pending)
                    pending = []
            if on_document:
                on_document(document)
        if cache:
            cache.put_many(pending)
    for n, document in enumerate(documents):
        if n in fresh:
            mentions = fresh[n]
        elif cache and keys[n] in cached:
            mentions = [replace(m, doc=document.id) for m in cached[keys[n]]]
        else:
            continue
        result.documents.append(document)
        result.mentions.extend(mentions)
    return result


def read_articles(
    paths: Sequence[str],
    options: IngestOptions | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> ExtractResult:
    """The articles under `paths` without their mentions; each input that could not be read goes to
    `on_error` (and `errors`, or `warnings` for an `InputWarning`)."""
    result = ExtractResult()
    for item in read_documents(paths, options):
        if isinstance(item, InputError):
            (result.warnings if isinstance(item, InputWarning) else result.errors).append(item)
            if on_error:
                on_error(item)
        else:
            result.documents.append(item)
    return result


def check_published_ids(options: IngestOptions | None, documents: Sequence[Document]) -> None:
    """Every `DOC` of `--published DOC=DATE` must be the id of a document read: a typo is not ignored.

    Raises:
        OptionError: naming the ids that match nothing and a few that exist.
    """
    wanted = set(options.published.per_doc) if options else set()
    unknown = sorted(wanted - {d.id for d in documents})
    if not unknown:
        return
    known = ", ".join(d.id for d in documents[:3]) + (", …" if len(documents) > 3 else "")
    raise OptionError(
        f"--published names {', '.join(repr(u) for u in unknown)}, which is no article's id",
        hint=f"an id is the file name without its extension ({known or 'no articles were read'}), or a "
        "JSON Lines record's 'id'",
    )


def reconcile_result(result: ExtractResult, jobs: int = 1) -> Table:
    """Consolidate extracted mentions into entities and facts (in up to `jobs` processes: the same table)."""
    from factx.reconcile import build_table

    return build_table(result.documents, result.mentions, jobs=min(jobs, max_jobs()))


def reconcile_by_story(
    result: ExtractResult, cluster: ClusterOptions | None = None, jobs: int = 1
) -> list[tuple[Story, Table]]:
    """Split the articles into stories (`factx.stories`) and consolidate each story's mentions apart: on the
    Dask cluster when one is given and there is more than one story, else in this process."""
    from factx.stories import split_stories

    by_doc: dict[str, list[Mention]] = {}
    for m in result.mentions:
        by_doc.setdefault(m.doc, []).append(m)
    index = {d.id: d for d in result.documents}
    stories = split_stories(result.documents)
    parts = [
        ExtractResult(
            documents=[index[d] for d in story.documents],
            mentions=[m for d in story.documents for m in by_doc.get(d, ())],
        )
        for story in stories
    ]
    if cluster is not None and len(parts) > 1:
        from factx.distributed import map_on_cluster

        tables = map_on_cluster(reconcile_result, parts, scheduler=cluster.scheduler, workers=cluster.workers)
    else:
        tables = [reconcile_result(part, jobs) for part in parts]
    return list(zip(stories, tables, strict=True))
