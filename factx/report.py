"""The terminal report: what a fact-checker reads first.

A summary line, then the facts, disagreements first; under each fact one line per source with its outlet, the
value as read and the words around it (the claim highlighted). Lines are laid out here, never by a table
widget: columns shrink, the context wraps between words, and an outlet, a value or a word is never broken.
On a terminal it has colour; anywhere else (a file, a pipe) it is plain aligned text with the claim between
« and ». The layout does not depend on the width except where lines wrap.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TextIO

from rich.text import Text

from factx.model import Claim, Document, Entity, Fact, Status, Table
from factx.records import plain
from factx.values import format_value

MAX_WIDTH = 120  # wider lines are harder to read, however wide the terminal
OUTLET_WIDTH = 20  # an outlet name or document id longer than this is shortened with "…"
SHORT_ID = 8  # a document id is cut to at least this many characters, more if needed to stay unique
CONTEXT_WORDS = 7  # words kept on each side of a claim
MIN_CONTEXT = 30  # below this many columns the context goes under the claim instead of beside it
INDENT = 4
PLAIN_MARKS = ("«", "»")
DISAGREES_MARK = "✗"
STATUS_STYLE = {
    Status.CONFLICT: "bold red",
    Status.COMPATIBLE: "yellow",
    Status.AGREE: "green",
    Status.SINGLE: "dim",
}
STATUS_MEANING = {
    Status.CONFLICT: "at least two sources cannot both be right",
    Status.COMPATIBLE: "the values can all be true, but the sources word or round them differently",
    Status.AGREE: "every source states the same value the same way",
    Status.SINGLE: "only one article states this",
}
HIGHLIGHT = "bold reverse"
# How `show` words an open interval, by qualifier; any other qualifier reads "30 or more" / "up to 30".
OPEN_ABOVE = {"more_than": "above {}, no upper limit"}
OPEN_BELOW = {"less_than": "below {}"}


@dataclass(frozen=True)
class ReportView:
    """What the report shows beyond the facts it is given.

    `full` is the table before any filter (the summary counts it); `single` keeps the facts only one article
    states, which the report otherwise leaves out (`--all`, or a `--status` that names them); `entities` asks
    for the entity table.
    """

    full: Table
    single: bool = True
    entities: bool = False


def write_report(shown: Table, out: TextIO, *, view: ReportView | None = None, entities_only=False) -> None:
    """Write the consolidated table as the terminal report to `out`."""
    view = view or ReportView(shown, entities=entities_only)
    page = _Page(out)
    outlets = outlet_names(view.full.documents)
    if entities_only:
        page.line(Text(_entity_summary(view.full)))
        page.blank()
        _entities(page, shown.entities)
        return
    if not view.single:
        shown = replace(shown, facts=tuple(f for f in shown.facts if f.status is not Status.SINGLE))
    for line in _summary(shown, view):
        page.wrapped(line, 0)
    facts = sorted(shown.facts, key=lambda f: list(Status).index(f.status))
    for fact in facts:
        page.blank()
        _fact(page, fact, outlets, _widths([fact], outlets))
    if view.entities:
        page.blank()
        page.line(Text(f"Entities ({len(shown.entities)})", style="bold"))
        _entities(page, shown.entities)


def write_fact(fact: Fact, documents: Sequence[Document], out: TextIO) -> None:
    """One fact in full: for each source its outlet, URL, publication date, value as read and sentence."""
    page = _Page(out)
    by_id = {d.id: d for d in documents}
    _fact_header(page, fact)
    page.wrapped(Text(f"why: {fact.why or STATUS_MEANING[fact.status]}"), INDENT)
    for claim in fact.claims:
        doc = by_id.get(claim.doc)
        page.blank()
        mark = f"{DISAGREES_MARK} " if claim.disagrees else ""
        title = Text(mark, style="bold red") + Text(claim.doc, style="bold")
        if doc and doc.source:
            title += Text(f"  {doc.source}")
        page.wrapped(title, INDENT)
        published = "unknown"
        if doc and doc.published:
            published = doc.published.isoformat() + (
                f" (from {doc.published_from})" if doc.published_from else ""
            )
        details = [
            ("url", doc.url if doc else None),
            ("file", doc.path if doc else None),
            ("published", published),
            ("read", f'"{claim.text}" → {format_value(claim, fact.kind.value, fact.unit)}'),
            ("allows", _interval(claim)),
        ]
        for label, value in details:
            if value:
                page.wrapped(Text(f"{label}: ", style="dim") + Text(value), INDENT + 2, hang=INDENT + 4)
        sentence, keep = _highlighted(" ".join(claim.sentence.split()), claim.text, page.terminal, words=None)
        page.wrapped(sentence, INDENT + 2, keep=keep)


def _interval(claim: Claim) -> str:
    """The values the wording allows: "27 to 33", "above 30, no upper limit", "" when unresolved."""
    qualifier = plain(claim.qualifier) or ""
    low, high = claim.low, claim.high
    if low is None and high is None:
        return ""
    if high is None:
        return OPEN_ABOVE.get(qualifier, "{} or more, no upper limit").format(_plain_number(low))
    if low is None:
        return OPEN_BELOW.get(qualifier, "up to {}").format(_plain_number(high))
    if low == high:
        return f"exactly {_plain_number(low)}"
    return f"{_plain_number(low)} to {_plain_number(high)}"


def _plain_number(x) -> str:
    if isinstance(x, float) and not x.is_integer():
        return f"{x:,.6g}"
    return f"{int(x):,}" if isinstance(x, int | float) else str(x)


class _Page:
    """Lines onto `out`: styled on a terminal, plain elsewhere, never wider than the page."""

    def __init__(self, out: TextIO):
        from rich.console import Console

        self.console = Console(file=out, highlight=False, emoji=False, markup=False)
        self.terminal = self.console.is_terminal
        self.width = max(40, min(self.console.width, MAX_WIDTH))

    def line(self, text: Text) -> None:
        text.rstrip()
        if self.terminal:
            self.console.print(text, soft_wrap=True, crop=False)
        else:
            self.console.file.write(text.plain + "\n")

    def blank(self) -> None:
        self.line(Text(""))

    def wrapped(self, text: Text, indent: int, hang: int | None = None, keep: tuple[int, int] | None = None):
        """`text` wrapped between words at the page width, the first line at `indent`, the rest at `hang`."""
        hang = indent if hang is None else hang
        for n, part in enumerate(self.lines(text, indent, hang, keep)):
            self.line(Text(" " * (indent if n == 0 else hang)) + part)

    def lines(self, text: Text, indent: int, hang: int, keep: tuple[int, int] | None = None) -> list[Text]:
        """`text` cut between words into lines that fit after `indent` (the first) and `hang` (the rest),
        keeping the characters in `keep` (a highlighted claim) on one line when they fit on one."""
        cuts = wrap_offsets(text.plain, self.width - indent, self.width - hang, keep)
        return [text[a:b] for a, b in cuts]


def wrap_offsets(
    plain: str, first: int, rest: int, keep: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """Where to cut `plain` into lines of at most `first`, then `rest`, characters, only between words.

    The words overlapping `keep` count as one word when that fits on a line. A single word longer than a
    line keeps its own line whole rather than being broken.
    """
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", plain)]
    if keep is not None:
        inside = [w for w in words if w[0] < keep[1] and w[1] > keep[0]]
        if inside and inside[-1][1] - inside[0][0] <= min(first, rest):
            words = [w for w in words if w not in inside]
            words.append((inside[0][0], inside[-1][1]))
            words.sort()
    lines: list[tuple[int, int]] = []
    start = end = None
    for word_start, word_end in words:
        width = first if not lines else rest
        if start is None:
            start, end = word_start, word_end
        elif word_end - start <= width:
            end = word_end
        else:
            lines.append((start, end))
            start, end = word_start, word_end
    if start is not None:
        lines.append((start, end))
    return lines or [(0, 0)]


def _summary(shown: Table, view: ReportView) -> list[Text]:
    counts = Counter(f.status for f in view.full.facts)
    articles = len(view.full.documents)
    line = Text(f"{_n(articles, 'article')}, {_n(len(view.full.facts), 'fact')}")
    for n, status in enumerate(s for s in Status if counts[s]):
        line += Text(", " if n else ": ") + Text(
            f"{counts[status]} {status.value}", style=STATUS_STYLE[status]
        )
    line += Text(f"; {_n(len(view.full.entities), 'entity', 'entities')}")
    lines = [line]
    if not view.full.documents:
        lines.append(Text("No article was read, so there is nothing to compare.", style="dim"))
        return lines
    hints = []
    if not view.single and counts[Status.SINGLE]:
        hints.append(f"--all adds the {_n(counts[Status.SINGLE], 'fact')} only one article states")
    if not view.entities and view.full.entities:
        hints.append("--entities lists the entities")
    shown_n = len(shown.facts)
    what = "No fact matches." if not shown_n else f"Showing {shown_n} of {_n(len(view.full.facts), 'fact')}."
    if shown_n == len(view.full.facts) and shown_n:
        what = ""
    text = " ".join(x for x in (what, "; ".join(hints) + ("." if hints else "")) if x)
    if text:
        lines.append(Text(text[0].upper() + text[1:], style="dim"))
    return lines


def _n(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def _entity_summary(t: Table) -> str:
    spelled = sum(1 for e in t.entities if e.spelling_variants)
    return f"{len(t.documents)} articles, {len(t.entities)} entities" + (
        f", {spelled} spelled differently across sources" if spelled else ""
    )


def outlet_names(documents: Iterable[Document]) -> dict[str, str]:
    """Each document's outlet as shown: its source name, else its id cut to a prefix no other id shares."""
    documents = list(documents)
    ids = [d.id for d in documents]
    names = {}
    for d in documents:
        name = d.source.strip() if d.source and d.source.strip() else _short_id(d.id, ids)
        names[d.id] = name if len(name) <= OUTLET_WIDTH else name[: OUTLET_WIDTH - 1].rstrip() + "…"
    return names


def _short_id(doc_id: str, ids: Sequence[str]) -> str:
    if len(doc_id) <= SHORT_ID + 1:
        return doc_id
    for n in range(SHORT_ID, len(doc_id)):
        prefix = doc_id[:n]
        if sum(1 for other in ids if other.startswith(prefix)) == 1:
            return prefix + "…"
    return doc_id


@dataclass(frozen=True)
class _Widths:
    outlet: int
    value: int


def _widths(facts: Sequence[Fact], outlets: Mapping[str, str]) -> _Widths:
    claims = [(f, c) for f in facts for c in f.claims]
    outlet = max((len(outlets.get(c.doc, c.doc)) for _, c in claims), default=0)
    value = max((len(format_value(c, f.kind.value, f.unit)) for f, c in claims), default=0)
    return _Widths(outlet, value)


def _fact_header(page: _Page, fact: Fact) -> None:
    style = STATUS_STYLE[fact.status]
    what = fact.kind.value + (f" of {fact.unit}" if fact.unit and fact.kind.value == "count" else "")
    sources = _n(fact.sources, "source")
    head = Text(f"{fact.id}  ", style="bold") + Text(fact.status.value.upper(), style=style)
    head += Text(f"  {fact.about}") if fact.about else Text("")
    head += Text(f"  ({what}, {sources})", style="dim")
    page.wrapped(head, 0, hang=INDENT)


def _fact(page: _Page, fact: Fact, outlets: Mapping[str, str], widths: _Widths) -> None:
    _fact_header(page, fact)
    if fact.why:
        page.wrapped(Text(fact.why, style="italic"), INDENT)
    for claim in fact.claims:
        _claim(page, fact, claim, outlets, widths)


def _claim(page: _Page, fact: Fact, claim: Claim, outlets: Mapping[str, str], widths: _Widths) -> None:
    mark = Text(f"{DISAGREES_MARK} " if claim.disagrees else "  ", style="bold red")
    outlet = outlets.get(claim.doc, claim.doc)
    value = format_value(claim, fact.kind.value, fact.unit)
    prefix = (
        Text(" " * (INDENT - 2))
        + mark
        + Text(outlet.ljust(widths.outlet))
        + Text("  ")
        + Text(value.ljust(widths.value), style=STATUS_STYLE[fact.status] if claim.disagrees else "bold")
        + Text("  ")
    )
    context, keep = _highlighted(
        " ".join(claim.sentence.split()), claim.text, page.terminal, words=CONTEXT_WORDS
    )
    room = page.width - len(prefix.plain)
    if room >= MIN_CONTEXT:
        lines = page.lines(context, len(prefix.plain), len(prefix.plain), keep)
        page.line(prefix + lines[0])
        for line in lines[1:]:
            page.line(Text(" " * len(prefix.plain)) + line)
    else:
        page.line(prefix)
        page.wrapped(context, INDENT + 4, keep=keep)


def _highlighted(
    sentence: str, claim_text: str, terminal: bool, *, words: int | None
) -> tuple[Text, tuple[int, int] | None]:
    """The sentence (cut to `words` words each side of the claim) with the claim highlighted, and where
    the claim is in it."""
    needle = " ".join(claim_text.split())
    at = sentence.find(needle)
    if at < 0:
        at = sentence.lower().find(needle.lower())
    if at < 0:
        return Text(sentence), None
    before, found, after = sentence[:at], sentence[at : at + len(needle)], sentence[at + len(needle) :]
    if words is not None:
        head = re.findall(r"\S+\s*", before)
        tail = re.findall(r"\s*\S+", after)
        before = ("…" if len(head) > words else "") + "".join(head[-words:])
        after = "".join(tail[:words]) + ("…" if len(tail) > words else "")
    if terminal:
        text = Text(before) + Text(found, style=HIGHLIGHT) + Text(after)
        return text, (len(before), len(before) + len(found))
    marked = f"{PLAIN_MARKS[0]}{found}{PLAIN_MARKS[1]}"
    return Text(f"{before}{marked}{after}"), (len(before), len(before) + len(marked))


def _entities(page: _Page, entities: Sequence[Entity]) -> None:
    if not entities:
        page.line(Text("No entities.", style="dim"))
        return
    name_width = min(max(len(e.name) for e in entities), 28)
    type_width = max(len(e.type) for e in entities)
    for e in entities:
        variants = ", ".join(f"{v.text} ({len(v.docs)})" for v in e.variants if v.text != e.name)
        tail = Text(
            f"{e.type.ljust(type_width)}  {_n(len(e.docs), 'article')}  ",
            style="dim",
        )
        if e.spelling_variants:
            tail += Text("spelled differently: ", style="yellow")
        tail += Text(variants)
        name = Text(e.name, style="bold")
        if len(e.name) > name_width:
            page.wrapped(name, INDENT - 2)
            page.wrapped(tail, INDENT + name_width, hang=INDENT + name_width)
            continue
        indent = INDENT - 2 + name_width + 2
        lines = page.lines(tail, indent, indent)
        page.line(Text(" " * (INDENT - 2)) + name + Text(" " * (name_width - len(e.name) + 2)) + lines[0])
        for line in lines[1:]:
            page.line(Text(" " * indent) + line)
