"""The product line and the model size a price is of, read from the article around it.

Why a module of its own: "the 13-inch MacBook Air starts at $1,199" and "the 13-inch MacBook Pro starts at
$1,199" are two facts, and news text names the line once ("The new MacBook Air …") and gives its prices
sentences later ("The 13-inch models start at $1,199"). Reading which line a sum is of needs the whole
document's names, not the sum's clause; `frame_measures.money_measure` puts the line and the size into the
sum's measure (`money:13-inch@macbook air`) and reconciliation (`variants_apart`) keeps prices of two lines
or two sizes apart, whatever their values.

A product name is a run of capitalized name tokens that the document marks as a product line somewhere
(word lists in `patterns/products.json`): a size before it ("13-inch MacBook Air", `13" Macbook Air`), a
product noun after it ("MacBook Air models", "the MacBook Pro line") or a product word before it ("the new
MacBook Pro", "the existing MacBook Pro"). Once marked, the name stands for the line wherever the
document writes it, and so does its last word alone ("the Air"). A sum is of the line named nearest
before it in its sentence, else first after it there, else last in the few sentences before.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from factx.errors import PatternError
from factx.frame_words import lemma_of, words
from factx.normalize.money import normalize_money

MAX_SENTENCES_BACK = 6  # a line named this many sentences before a sum is still the one its prices are of
_INCH = "inch"
_VARIANT = re.compile(r"^(\d+(?:\.\d+)?)-([a-z]+)$", re.IGNORECASE)
_SIZE = re.compile(r"^\d+(?:\.\d+)?-inch$")
_PRODUCT = "@"  # between a sum's size and its product line in a measure
_TIER = "/"  # between a sum's product line and its tier
BASE, _TOP = "base", "top"
MIDDLE = "middle"  # a model priced between its line's base and top ones (`frame_measures._variant`)
_PAIR = frozenset({"and", "to", "or"})
_QUALITIES = frozenset({"ADJ", "ADV"})
_NOT_QUALITIES = frozenset({"well", "such"})  # "as well as", "such as": a list or examples, no comparison
_MODIFIERS = frozenset({"compound", "nmod", "amod"})  # a name set before another noun
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
MONEY_SPANS = "factx_money"  # the money component's span group
_SEGMENT_ENDS = frozenset({",", ";", ":", "and", "but", "while", "whereas", "(", ")"})
# Labels of names that are no product line: places, peoples and numbers ("New York", "13").
_NOT_PRODUCTS = frozenset(
    {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "ORDINAL"}
)


@dataclass(frozen=True)
class _Words:
    nouns: frozenset[str]
    cues: frozenset[str]
    marks: frozenset[str]
    base: frozenset[str]
    top: frozenset[str]
    starts: frozenset[str]
    spec_units: frozenset[str]


@cache
def _words() -> _Words:
    name = "products.json"
    try:
        data = json.loads(resources.files("factx.patterns").joinpath(name).read_text(encoding="utf-8"))
        return _Words(
            nouns=frozenset(data["product_nouns"]),
            cues=frozenset(data["product_cues"]),
            marks=frozenset(data["inch_marks"]),
            base=frozenset(data["base_words"]),
            top=frozenset(data["top_words"]),
            starts=frozenset(data["start_verbs"]),
            spec_units=frozenset(data["spec_units"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PatternError(f"{name}: {type(exc).__name__}: {exc}") from exc


def size_of(tok: Token) -> str | None:
    """ "13-inch" as one token or three ("13", "-", "inch"), or `13"` before a word, folded to "13-inch";
    else None."""
    units = words().variant_units
    found = _VARIANT.match(tok.text)
    if found and found.group(2).lower() in units:
        return f"{found.group(1)}-{_INCH}"
    if not tok.like_num or tok.i + 2 >= len(tok.doc):
        return None
    after, word = tok.nbor(1), tok.nbor(2)
    if after.text == "-" and word.lower_ in units:
        return f"{tok.text}-{_INCH}"
    if after.text in _words().marks and not tok.whitespace_ and word.is_alpha:  # `13" model`
        return f"{tok.text}-{_INCH}"
    return None


Variant = tuple[str | None, str | None, str | None]  # a price's model: (size, product line, tier)


def variant_measure(size: str | None, product: str | None, tier: str | None = None) -> str | None:
    """The measure part of a sum's model: "13-inch", "13-inch@macbook air", "@macbook air/base"; a tier
    only with a size or a line."""
    if product is None and (tier is None or size is None):
        return size
    return f"{size or ''}{_PRODUCT}{product or ''}{_TIER + tier if tier else ''}"


def variant_of(group: str | None) -> Variant | None:
    """(size, product line, tier) of a sum's measure group ("13-inch@macbook air/base" → ("13-inch",
    "macbook air", "base")), or None for a group that is no model of a line (a part of a deal: "cash")."""
    if not group:
        return None
    if _PRODUCT in group:
        size, _, rest = group.partition(_PRODUCT)
        product, _, tier = rest.partition(_TIER)
        return size or None, product or None, tier or None
    return (group, None, None) if _SIZE.match(group) else None


def variants_apart(a: Variant | None, b: Variant | None) -> bool:
    """Whether two sums are of other models: sizes, lines or tiers both stated and different. One that
    states less ("$1,199" of no named line) may be of either."""
    if a is None or b is None:
        return False
    return any(x is not None and y is not None and x != y for x, y in zip(a, b, strict=True))


def spec_line(span: Span, unit: str) -> str | None:
    """The product line a count told in a unit of a product's specification (`spec_units`: storage and
    memory, "up to 512 GB of flash storage") is of, as a measure's group ("@macbook air"), or None. Two
    lines' specs are two facts whatever their values, as their prices are."""
    if unit.lower() not in _words().spec_units:
        return None
    line = product_of(span)
    return variant_measure(None, line) if line else None


@dataclass(frozen=True)
class _Name:
    start: int  # first token
    end: int  # one past the last token
    sentence: int  # index of its sentence in the document
    key: str


_last: list = [None, None]  # the document last read and its names: extraction goes document by document


def product_of(span: Span) -> str | None:
    """The product line the sum `span` is of, folded ("macbook air"), or None when its document marks none
    (see the module docstring)."""
    names, sentences = _names(span.doc)
    if not names:
        return None
    sent = span.sent
    k = bisect_left(names, span.start, key=lambda n: n.end)  # the names that end before the sum: [:k]
    if k and names[k - 1].start >= sent.start:
        return names[k - 1].key
    end = _segment(span)[1]  # after the sum, only in its own part of the sentence: "$1,099 for the MacBook"
    j = bisect_left(names, span.end, key=lambda n: n.start)
    if j < len(names) and names[j].end <= end:
        return names[j].key
    here = sentences.get(sent.start, 0)
    return names[k - 1].key if k and names[k - 1].sentence >= here - MAX_SENTENCES_BACK else None


def _names(doc: Doc) -> tuple[list[_Name], dict[int, int]]:
    """The document's product names in text order and its sentences' indexes by first token, read once per
    document."""
    # No factx component changes the tokens' tags or entities after the model: the names the money
    # component reads are the ones extraction reads.
    if _last[0] is doc:
        return _last[1]
    sentences = {s.start: k for k, s in enumerate(doc.sents)} if doc.has_annotation("SENT_START") else {}
    runs = [(a, b, _key(doc[a:b])) for a, b in _runs(doc)]
    marked = sorted({key for a, b, key in runs if _marked(doc, a, b)}, key=lambda k: (len(k), k))
    # "air" → "macbook air": the shortest of the longer lines ending in the word
    lines = {key.rsplit(" ", 1)[-1]: key for key in reversed(marked) if " " in key}
    found = []
    for a, b, key in runs:
        line = _line_of(key, marked, lines)
        if line is not None and not _compared_with(doc, a):
            found.append(_Name(a, b, sentences.get(doc[a].sent.start, 0) if sentences else 0, line))
    _last[:] = doc, (found, sentences)
    return found, sentences


def _compared_with(doc: Doc, a: int) -> bool:
    """Whether the name opening at token `a` is what something is compared with ("about as thin as a MacBook
    Air", "lighter than the Air"): the figures after it are of the thing compared, not of this line. Not a
    list ("as well as the Air") nor examples ("such as the Air")."""
    k = a - 1
    if k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ == "than":
        return True
    if doc[k].lower_ != "as" or k < 2:
        return False
    quality = doc[k - 1]  # "as thin as"
    return doc[k - 2].lower_ == "as" and quality.pos_ in _QUALITIES and quality.lower_ not in _NOT_QUALITIES


def _line_of(key: str, marked: list[str], lines: dict[str, str]) -> str | None:
    """The marked line a name stands for: the shortest line a single word is the last word of ("Air" for
    "MacBook Air"), the very name, or, unmarked, a line it ends with ("the Next Generation MacBook Pro",
    where only "MacBook Pro" is marked), or the name itself when it opens with a family of one word the
    document marks ("updates to the MacBook line. The MacBook Air gets …": a line of that family)."""
    if " " not in key and key in lines:
        return lines[key]
    if key in marked:
        return key
    for line in marked:  # shortest first
        if key.endswith(f" {line}"):
            return line
    if any(" " not in line and key.startswith(f"{line} ") for line in marked):
        return key
    return None


def _is_name(tok: Token) -> bool:
    """A capitalized word the tagger reads as a name ("MacBook", "Pro"), or as a noun or adjective inside
    an entity ("Air" in "Macbook Pro and Air models", "Pro" in "13-inch MacBook Pro spec upgrade")."""
    if not tok.text[:1].isalpha() or tok.text.islower() or tok.ent_type_ in _NOT_PRODUCTS:
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "ADJ") and bool(tok.ent_type_))


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of consecutive name words."""
    found, start = [], None
    for tok in doc:
        name = _is_name(tok)
        if start is not None and (not name or tok.is_sent_start):
            found.append((start, tok.i))
            start = None
        if name and start is None:
            start = tok.i
    if start is not None:
        found.append((start, len(doc)))
    return found


def _marked(doc: Doc, a: int, b: int) -> bool:
    """Whether the document marks the name `doc[a:b]` as a product line here: a size or a product word
    before it, a product noun after it or above it."""
    w = _words()
    if any(k >= 0 and size_of(doc[k]) for k in (a - 1, a - 3)):
        return True
    if a >= 2 and doc[a - 1].text in w.marks and doc[a - 2].like_num:  # `13" Macbook Air`
        return True
    if b < len(doc) and lemma_of(doc[b]) in w.nouns:
        return True
    heads = [tok for tok in doc[a:b] if not a <= tok.head.i < b]
    owner = b < len(doc) and doc[b].lower_ in _POSSESSIVES  # "SeaMicro's small computers": the maker
    for tok in [] if owner else heads:  # "MacBook Air models", "Macbook Pro and Air models"
        head = tok.head.head if tok.dep_ == "conj" else tok.head
        if tok.dep_ in _MODIFIERS | {"conj"} and head.pos_ == "NOUN" and lemma_of(head) in w.nouns:
            return True
    # A product word marks the name only where the name heads its phrase: "the new MacBook Pro", not "a new
    # MagSafe connector" (a part) or "new Ivy Bridge processors"; and only written in lower case, as an
    # adjective ("Updated Thu 6 May" is a date line).
    if any(tok.dep_ in _MODIFIERS for tok in heads):
        return False
    before = doc[max(a - 3, 0) : a].text.replace(" ", "")
    if (a > 0 and doc[a - 1].text in w.cues) or any(before.endswith(cue) for cue in w.cues if "-" in cue):
        return True
    return any(c.dep_ == "amod" and c.text in w.cues for tok in heads for c in tok.children)


def _key(run: Span) -> str:
    """A name folded for comparison: lower case, a plural last word made singular ("MacBook Pros"), without
    the product words it opens with (`_uncued`)."""
    parts = _uncued(run.text.lower().split())
    last = parts[-1]
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        parts[-1] = last[:-1]
    return " ".join(parts)


def _uncued(parts: list[str]) -> list[str]:
    """A name's words without the product words (`product_cues`) it opens with: a headline or a title-cased
    sentence writes "the Next Generation MacBook Pro" where another writes "the next-generation MacBook Pro",
    and the line is the MacBook Pro either way (a cue in lower case is never part of the name)."""
    cues = _words().cues
    while len(parts) > 1:
        if parts[0] in cues:
            parts = parts[1:]
        elif len(parts) > 2 and f"{parts[0]}-{parts[1]}" in cues:
            parts = parts[2:]
        else:
            break
    return parts


def tier_of(span: Span) -> str | None:
    """Which model of its line a price is of: `base` (the cheapest) or `top` (the dearest), else None.
    Words in the sum's own part of the sentence say it ("the base 13-inch version", "an upgraded model going
    for", "The higher end model costs"); else a pair of sums joined by "and" or "to" ("comes in $1,199 and
    $1,499 versions", a line's range split in two by `money_parts`) gives the lower the base model and the
    higher the top one; else a sum a line "starts at", or costs "from", is its base model's."""
    w = _words()
    doc = span.doc
    lo, hi = _segment(span)
    said = {tok.lower_ for tok in doc[lo:hi] if not span.start <= tok.i < span.end}
    if said & w.top:
        return _TOP
    if said & w.base:
        return BASE
    if (paired := _paired(span)) is not None:
        return paired
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or _after_change(before):
        return None
    if before.lower_ == "from" or (before.lower_ == "at" and lemma_of(before.head) in w.starts):
        return BASE
    return None


def _segment(span: Span) -> tuple[int, int]:
    """The token range of the sum's own part of its sentence: between commas, "and", "while"."""
    doc, sent = span.doc, span.sent
    lo = span.start
    while lo > sent.start and doc[lo - 1].lower_ not in _SEGMENT_ENDS:
        lo -= 1
    hi = span.end
    while hi < sent.end and doc[hi].lower_ not in _SEGMENT_ENDS:
        hi += 1
    return lo, hi


def _paired(span: Span) -> str | None:
    """`base` or `top` for one of two sums joined by "and", "to" or "or" (the lower is the base model's),
    unless the first follows a verb of change ("dropped $100 to $1,199": a cut and a price)."""
    doc = span.doc
    starts, ends = _money_index(doc)
    if span.end < len(doc) and doc[span.end].lower_ in _PAIR:
        other = starts.get(span.end + 1)
        first, second = span, other
    elif span.start > 1 and doc[span.start - 1].lower_ in _PAIR:
        other = ends.get(span.start - 1)
        first, second = other, span
    else:
        return None
    if other is None or first is None or second is None:
        return None
    if first.start > 0 and _after_change(doc[first.start - 1]):
        return None
    values = [normalize_money(s.text) for s in (span, other)]
    if values[0] is None or values[1] is None or values[0].value == values[1].value:
        return None
    return BASE if values[0].value < values[1].value else _TOP


def _after_change(tok: Token) -> bool:
    """Whether `tok` is a verb of change, or the "by" after one ("dropped by")."""
    if tok.lower_ == "by" and tok.i > 0:
        tok = tok.doc[tok.i - 1]
    return lemma_of(tok) in words().change_verbs


_indexed: list = [None, 0, None]  # the document, its count of money spans, and their index


def _money_index(doc: Doc) -> tuple[dict[int, Span], dict[int, Span]]:
    """The document's money spans by first token and by end, built once per document."""
    spans = doc.spans.get(MONEY_SPANS, [])
    if _indexed[0] is not doc or _indexed[1] != len(spans):
        _indexed[:] = doc, len(spans), ({s.start: s for s in spans}, {s.end: s for s in spans})
    return _indexed[2]
