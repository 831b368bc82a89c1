"""The measure slot of a claim frame: what a number counts or what a sum is of, as a class.

Why a module of its own: a count's measure ("people", "Palestinians", "the dead" → `person`; "crew members"
→ `person:crew`; "seven AK-47s" → `model:ak47`; "a 2.9 aftershock" → `magnitude:aftershock`) and a sum's
("$281 million in cash" → `money:cash`; the 13-inch model's price → `money:13-inch`) are read from the
mention and its noun, not from the clause's event; `frames.frame_of` puts the slots together.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from factx.currencies import symbols
from factx.frame_products import BASE, MIDDLE, MONEY_SPANS, product_of, size_of, tier_of, variant_measure
from factx.frame_words import lemma_of, words
from factx.normalize.money import normalize_money

PERSON = "person"  # the measure class of people
MAGNITUDE = "magnitude"  # the measure of a quake's size, and its event
NATION = "NORP"  # the label of nationality entities
_MONEY_MEASURE = "money"
_MODEL_MEASURE = "model"
_LINE = "@"  # a product line in a measure's group (`frame_products.variant_measure`)
# A model name: one to three capitals and a number ("AK-47", "AK 47", "M16", "F-16"), plural or not.
_MODEL = re.compile(r"(?<![\w-])([A-Z]{1,3})[- ]?(\d{1,4})s?(?![\w-])")
_SEGMENT_ENDS = frozenset({",", ";", "and", "while", "whereas", "but", "(", ")"})
_DECIMAL = re.compile(r"^\d+\.\d+$")


def measure_of(
    unit: str | None,
    root: Token | None = None,
    *,
    span: Span | None = None,
    nations: frozenset[str] = frozenset(),
) -> str | None:
    """The measure class of a count's unit: `person`, `person:<group>`, `<kind>:<thing>` for a thing of a
    kind ("rifles" → `weapon:rifle`), `model:<name>` for a count of a model ("seven AK-47s", "seven AK-47
    assault rifles"), or the unit itself, through `same_measure` ("vessels" → `ship`).

    Args:
        unit: the counted noun's lemma.
        root: the counted noun (its modifiers say more: "crew members", "piracy suspects").
        span: the whole count, where a model name or a decimal number may be.
        nations: the lower-case names the document's entities tag as nationalities ("somali").
    """
    if unit is None:
        return None
    w = words()
    if unit in w.partitives and root is not None and (whole := _whole_of(root)) is not None:
        unit, root = lemma_of(whole), whole  # "31 pieces of firefighting apparatus" counts apparatus
    if unit in w.people or (unit in w.event_of and w.event_of[unit] in ("death", "injury")):
        return PERSON
    if root is not None and _is_nation(root, nations):
        return PERSON
    if unit in w.groups or (unit in w.harmed_groups and root is not None and _harmed(root)):
        group = _doer(unit, root) if unit in w.role_nouns else _member_of(unit, root)
        if group in w.doers and root is not None and _one_nation(root, span, nations):
            return PERSON  # "11 Yemeni pirates" are the 11 Yemenis, not a part of "23 pirates" in conflict
        return f"{PERSON}:{group}"
    model = _model(span) if span is not None else None
    if model:
        return f"{_MODEL_MEASURE}:{model}"
    if root is not None and (tally := _tally(root)) is not None:
        return tally
    same = _same(unit, root)
    if unit in w.quake_nouns and span is not None and any(_DECIMAL.match(t.text) for t in span):
        return f"{MAGNITUDE}:{w.quake_nouns[unit]}"  # "a 2.9 aftershock" is a magnitude, not 2.9 quakes
    if unit == MAGNITUDE and span is not None:
        return _magnitude_of(span)
    kind = w.kinds_of.get(same)
    if kind is not None and kind != same:
        return f"{kind}:{same}"
    return same


def counted(span: Span, unit: str | None) -> Token:
    """The counted noun of a count: the word of its unit ("Somali" in "12 Somali"), else the span's root."""
    for tok in reversed(span):
        if unit is not None and (tok.lower_ == unit or lemma_of(tok) == unit):
            return tok
    return span.root


def _tally(root: Token) -> str | None:
    """The events a count of things tallies: "pirates have attacked 100 vessels (this year)" counts
    attacks, as "100 attacks" does (`tally_verbs`). Only in the perfect, which sums up a period: "the
    warship attacked two boats" counts the boats of one attack. Only of vessels, vehicles and aircraft
    (`tallied_objects`), which are attacked one by one: "police have raided 30 homes" counts the homes,
    as "police raided 30 homes" does."""
    w = words()
    verb = root.head
    if root.dep_ != "dobj" or (tally := w.tally_of.get(lemma_of(verb))) is None:
        return None
    lemma = lemma_of(root)
    if lemma not in w.tallied and _same(lemma, root) not in w.tallied:
        return None
    return tally if any(c.dep_ == "aux" and lemma_of(c) == "have" for c in verb.children) else None


def _harmed(root: Token) -> bool:
    """Whether the sentence of a count tells what befalls people (`harmed_groups`): "two managing partners
    wounded" are people, "30 partners in Asia, including Sony" are firms."""
    w = words()
    return any(w.event_of.get(lemma_of(t)) in w.harms for t in root.sent)


def _cued(unit: str, root: Token) -> str | None:
    """The class of a word that names it only among its cues (`cued_measures`): firefighters' "aerials"
    ("ladders with hoses, fought the fire") are ladder trucks, a station's "12 aerials" are antennas."""
    found = words().cued.get(unit)
    if found is None:
        return None
    measure, cues = found
    return measure if any(lemma_of(t) in cues for t in root.sent if t.i != root.i) else None


def _magnitude_of(span: Span) -> str:
    """A magnitude as `magnitude:<quake>` when it names which quake it is of ("a 4.6 magnitude earthquake",
    "two aftershocks, magnitude 2.9 and 2.2"): the main quake's size and an aftershock's are two facts."""
    quakes = words().quake_nouns
    near = list(span)
    tok = span.root
    for _ in range(3):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        near.append(tok)
    for tok in near:
        if (lemma := lemma_of(tok)) in quakes:
            return f"{MAGNITUDE}:{quakes[lemma]}"
    return MAGNITUDE


def _same(unit: str, root: Token | None) -> str:
    """The unit through `same_measure`, first as a two-word form with its compound ("fire truck") or a
    noun-like modifier written as one word or hyphenated ("firefighting equipment", "fire-fighting
    equipment")."""
    w = words()
    if root is not None and (cued := _cued(unit, root)) is not None:
        return cued
    if root is not None:
        for child in root.children:
            if child.dep_ == "compound" and (two := f"{lemma_of(child)} {unit}") in w.same_as:
                return w.same_as[two]
            if child.dep_ in ("compound", "amod") and child.i < root.i:
                modifier = "".join(t.lower_ for t in child.subtree if t.text != "-")
                if (two := f"{modifier} {unit}") in w.same_as:
                    return w.same_as[two]
    return w.same_as.get(unit, unit)


def _determined(noun: Token) -> bool:
    """Whether a noun has a determiner or possessive ("the building", "its staff")."""
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def _whole_of(root: Token) -> Token | None:
    """What a partitive noun ("pieces", "units") counts: the bare noun of its "of" ("31 pieces of
    firefighting apparatus"; not "units of the building"), else the nearest noun before it in its
    sentence that names a class of `same_measure`, which it restates ("the fire-fighting equipment in
    the county was called, more than two dozen units"); None when neither is there ("30 units of the
    building": the units are as written). The noun before it must be of its clause, and the partitive
    bare: "1,200 housing units burned" after fire trucks arrived are homes, and "400 units were sold",
    as the vessel's owner said, are the owner's goods."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                # "pieces of equipment" counts equipment; "units of the building" are parts of a whole
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and not _determined(noun):
                    return noun
    if any(c.dep_ in ("compound", "amod") and c.i < root.i for c in root.children):
        return None  # "housing units", "rental units": the partitive says what it counts
    clause = _clause(root).i
    for tok in reversed(root.doc[root.sent.start : root.i]):
        if tok.pos_ == "NOUN" and not tok.ent_type_ and tok.dep_ not in ("quantmod", "nummod"):
            if _clause(tok).i != clause:
                continue
            lemma = lemma_of(tok)
            if lemma not in words().partitives and _same(lemma, tok) != lemma:
                return tok
    return None


# Dependencies that start a clause of their own under the word they hang on.
_CLAUSES = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj", "csubjpass", "pcomp"}
)


def _clause(tok: Token) -> Token:
    """The verb that heads the clause of a token (the sentence's root at most)."""
    while tok.head.i != tok.i and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSES):
        tok = tok.head
    return tok


def _is_nation(tok: Token, nations: frozenset[str]) -> bool:
    """A nationality, by the entity tagger, or, when it missed one, by a capitalized word joined to one
    ("12 Somali and 11 Yemeni")."""
    if tok.ent_type_ == NATION or tok.lower_ in nations:
        return True
    return tok.is_title and any(c.ent_type_ == NATION or c.lower_ in nations for c in tok.conjuncts)


def _one_nation(root: Token, span: Span | None, nations: frozenset[str]) -> bool:
    """Whether one nationality, and not two joined ("Somali and Yemeni pirates"), qualifies the noun within
    the count ("12 Somali and 11 Yemeni pirates" has two counts, each of one nation)."""
    found = [
        c
        for c in root.children
        if c.dep_ in ("amod", "compound", "nmod")
        and _is_nation(c, nations)
        and (span is None or span.start <= c.i < span.end)
    ]
    if len(found) != 1 or any(c.dep_ == "conj" for c in found[0].children):
        return False
    return span is None or _breakdown(span, nations)


def _breakdown(span: Span, nations: frozenset[str]) -> bool:
    """Whether the sentence counts people by nation beside this count ("12 Somali and 11 Yemeni pirates"):
    only then is "11 Yemeni pirates" a count of Yemenis; alone, "23 Somali pirates" counts the pirates."""
    sent = span.sent
    for tok in sent:
        if span.start <= tok.i < span.end or not tok.like_num or tok.i + 1 >= sent.end:
            continue
        if _is_nation(tok.nbor(1), nations):
            return True
    return False


def _doer(unit: str, root: Token | None) -> str:
    """Whom a role noun ("suspects", "raiders", "attackers") names: the doer of the crime it is compounded
    with ("piracy suspects" are pirates), else the doer its document names last before it, or first after
    it (news text varies the noun for one band: "attacked by pirates …, capturing 23 of the raiders"),
    else itself."""
    w = words()
    if root is None:
        return unit
    for child in root.children:
        if child.dep_ in ("compound", "amod", "nmod") and lemma_of(child) in w.doer_of:
            return w.same_as.get(w.doer_of[lemma_of(child)], w.doer_of[lemma_of(child)])
    before = (tok for tok in reversed(root.doc[: root.i]) if lemma_of(tok) in w.doers)
    after = (tok for tok in root.doc[root.i + 1 :] if lemma_of(tok) in w.doers)
    found = next(before, None) or next(after, None)  # the band named last before, as a pronoun's antecedent
    return w.same_as.get(lemma_of(found), lemma_of(found)) if found is not None else unit


def _model(span: Span) -> str | None:
    """A model name among the words of a count ("seven AK-47 rifles", "12 AK 47 guns"), folded ("ak47")."""
    text = span.text
    first = span[0]
    if first.like_num:
        text = text[first.idx + len(first.text) - span.start_char :]
    found = _MODEL.search(text)
    return f"{found.group(1)}{found.group(2)}".lower() if found else None


def _member_of(unit: str, root: Token | None) -> str:
    """A member noun is a member of its compound's group: "crew members" are crew, "union members" union
    members; "crewmen" are crew too (`same_as`)."""
    w = words()
    if unit in w.member_nouns and root is not None:
        for child in root.children:
            if child.dep_ == "compound":
                found = lemma_of(child)
                return w.same_as.get(found, found)
    return w.same_as.get(unit, unit)


def _portion(span: Span) -> str | None:
    """The part of a sum an amount is ("$281 million in cash" of "$334 million", "$53m in stock"), as
    `money:<part>`: a deal's total and its cash part are two figures, not a conflict. None for a sum
    given in parts together ("in cash and stock")."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "in":
        return _portion_of_verb(span)
    noun = doc[i + 1]
    if noun.pos_ == "DET" and i + 2 < len(doc):
        noun = doc[i + 2]
    return _portion_noun(noun)


def _portion_of_verb(span: Span) -> str | None:
    """The part of a sum a clause says its subject is paid in: "of which $281 million will be paid in cash",
    "$281 million of the price will be in cash". Only of the clause's subject: what "AMD paid $334 million,
    mostly in cash" pays is the whole."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > root.i:
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    return _portion_noun(noun)
    return None


def _portion_noun(noun: Token) -> str | None:
    """`money:<part>` for a noun of `money_portions` ("cash"), None for another noun or for parts joined
    ("in cash and stock": the whole sum)."""
    doc = noun.doc
    part = lemma_of(noun)
    if part not in words().portions:
        return None
    joined = noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("and", "or", "plus")
    if joined and lemma_of(doc[noun.i + 2]) in words().portions:  # "in cash and stock": the whole sum
        return None
    return f"{_MONEY_MEASURE}:{part}"


def _variant(span: Span) -> str | None:
    """The model a price is of, when the text names models by size ("the 13-inch model starts at $1,199,
    while the 15-inch sells for $1,799"): the size in the amount's own part of the sentence (between
    commas, "and", "while"), else the last one before it ("13-inch"), with the product line the sum is of
    (`frame_products`) when its document names one. Two prices of one product line are then one figure
    only when they are of one model."""
    size, product = _size_near(span), product_of(span)
    tier = tier_of(span) if size or product else None
    if tier == BASE and size and _priced_lower(span, size, product):
        tier = MIDDLE  # "sells for $1,499. … offered in $1,799 and $2,199 models": $1,799 is no base model
    variant = variant_measure(size, product, tier)
    return f"{_MONEY_MEASURE}:{variant}" if variant else None


def _size_near(span: Span) -> str | None:
    """The size written in the sum's own part of its sentence (between commas, "and", "while"), else the
    last one before it in the sentence."""
    sent = span.sent
    lo = span.start
    while lo > sent.start and span.doc[lo - 1].lower_ not in _SEGMENT_ENDS:
        lo -= 1
    hi = span.end
    while hi < sent.end and span.doc[hi].lower_ not in _SEGMENT_ENDS:
        hi += 1
    sizes = [(tok.i, size) for tok in sent if (size := size_of(tok)) and not span.start <= tok.i < span.end]
    own = [(abs(i - span.start), size) for i, size in sizes if lo <= i < hi]
    before = [(span.start - i, size) for i, size in sizes if i < span.start]
    found = min(own or before, default=None)
    return found[1] if found else None


def _priced_lower(span: Span, size: str, product: str | None) -> bool:
    """Whether the document gives the sum's model (its size and line) a lower price elsewhere, in the same
    currency: the lower of a pair ("offered in $1,799 and $2,199 models") is its base model's only when
    nothing cheaper is."""
    found = normalize_money(span.text)
    if found is None:
        return False
    for other in span.doc.spans.get(MONEY_SPANS, ()):
        if other.start == span.start or (value := normalize_money(other.text)) is None:
            continue
        cheaper = value.value < found.value and value.currency == found.currency
        if cheaper and _size_near(other) == size and product_of(other) == product:
            return True
    return False


@cache
def currency_family(unit: str) -> str:
    """The bare symbol a currency code is one of ("USD", "CAD" → "$"; "US$", "CA$" are their symbols), or
    the unit itself: a story's "$5.4 billion" may be the "US $5.4 billion" of another source, while USD and
    CAD amounts are never one figure."""
    table = symbols()
    bare = [s for s, code in table.items() if s == code]
    for symbol, code in table.items():
        if code == unit:
            for b in bare:
                if symbol.endswith(b):
                    return b
    return unit


def money_measure(span: Span) -> str | None:
    """The measure of a sum: the part of a whole it is (`money:cash`), else the model it is the price of
    (`money:13-inch`), else None."""
    return _portion(span) or _variant(span)


@cache
def thing_family(measure: str | None) -> str | None:
    """The family a counted object belongs to, for telling objects of one kind apart: "weapon:rifle" and
    "weapon:gun" are both firearms (`thing_families`), "weapon:grenade" is a grenade; None for people,
    for a kind named alone ("weapons"), for models and for measures without a kind."""
    if not measure:
        return None
    kind, _, thing = measure.partition(":")
    if not thing or kind in (PERSON, MAGNITUDE, _MONEY_MEASURE, _MODEL_MEASURE) or thing.startswith(_LINE):
        return None  # a product line's spec ("gb:@macbook air") is told apart by its line (`variants_apart`)
    return words().family_of.get(thing, thing)
