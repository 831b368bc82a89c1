"""The library entry points the CLI calls: paths in, typed results out."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from factx.errors import InputError
from factx.ingest import IngestOptions, read_documents
from factx.model import Document, Kind, Mention, Table

ALL_KINDS = frozenset(Kind)


@dataclass
class ExtractResult:
    """What `extract_paths` found: the documents read, their mentions, and what could not be read."""

    documents: list[Document] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def extract_paths(
    paths: Sequence[str],
    *,
    options: IngestOptions | None = None,
    model: str | None = None,
    kinds: Iterable[Kind] = ALL_KINDS,
    jobs: int = 1,
    on_error: Callable[[InputError], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> ExtractResult:
    """Read the articles under `paths` and extract their mentions.

    Args:
        paths: files, directories, or "-" for standard input.
        options: how to read (publication dates, furniture).
        model: the spaCy pipeline (see `nlp.resolve_model`); "blank" for rules only.
        kinds: the kinds of mention wanted.
        jobs: worker processes for spaCy.
        on_error: called with each input that could not be read, as soon as it is found.
        on_document: called after each document is processed (progress).

    Raises:
        ModelError: when no spaCy pipeline can be loaded.
    """
    from factx.extract import extract_all
    from factx.nlp import build_pipeline

    result = ExtractResult()

    def documents() -> Iterable[Document]:
        for item in read_documents(paths, options):
            if isinstance(item, InputError):
                result.errors.append(item)
                if on_error:
                    on_error(item)
            else:
                yield item

    nlp = build_pipeline(model)
    for document, mentions, failure in extract_all(documents(), nlp, kinds=kinds, n_process=jobs):
        if failure:
            error = InputError(document.path or document.id, f"could not be processed ({failure})")
            result.errors.append(error)
            if on_error:
                on_error(error)
            continue
        result.documents.append(document)
        result.mentions.extend(mentions)
        if on_document:
            on_document(document)
    return result


def reconcile_result(result: ExtractResult) -> Table:
    """Consolidate extracted mentions into entities and facts."""
    from factx.reconcile import build_table

    return build_table(result.documents, result.mentions)
