"""What a number counts: the noun after it, or, when there is none, what the words around it say it counts.

News writes counts in more ways than "number + plural noun": "23 of the raiders", "two other buildings",
"seven AK-47 assault rifles", "23 Somali and Yemeni pirates", "a 10-metre dhow", "16GB of RAM", and numbers
that stand for people with no noun at all ("killing one", "2 hurt", "two others", "two of whom"). Each rule
here reads only the tokens (and, where the pipeline has them, tags and the parse); word lists are in
`patterns/counts.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from factx.components.base import with_qualifier
from factx.count_words import count_words
from factx.frame_words import words as frame_words
from factx.lexicon import lexicon
from factx.normalize.numbers import singular

MAX_MODIFIERS = 3
PERSON = "person"
_MODIFIER_POS = {"ADJ", "NOUN", "PROPN"}
_MODIFIER_TAGS = {"VBN", "VBG", "JJ", "JJR", "JJS"}
_CODE = re.compile(r"^[A-Za-z]{1,4}-?\d+[A-Za-z]?$")  # "AK-47", "M16", "F-16"
_PLURAL_CODE = re.compile(r"^[A-Za-z]{1,4}-?\d+s$")  # "AK-47s"
_VERB_ENDINGS = ("ing", "ed", "es", "s", "d")


@dataclass(frozen=True)
class Counted:
    """Where a count span ends (exclusive token index) and its unit when the span's last token does not
    give it (None: the lemma of that token)."""

    end: int
    unit: str | None = None


def counted(span: Span, *, tagged: bool, parsed: bool) -> Counted | None:
    """What the number phrase `span` counts, or None when it counts nothing this module can name."""
    outcome = _outcome_after(span)  # "3 dead, 7 missing"
    if outcome is not None:
        return outcome
    noun = counted_noun(span, tagged=tagged)
    measure = _measure_before(span)  # "a magnitude of 5.1 hit", "magnitude 4.6 earthquake"
    if measure is not None and (noun is None or not _plural(span.doc[noun])):
        return measure  # but "a majority of 151 votes" counts votes
    if noun is not None:
        return Counted(noun + 1, _demonym(span.doc[noun]))
    for rule in (_others, _pronoun_partitive, _people_verb_before, _people_agent, _apposed):
        found = rule(span)
        if found is not None:
            return found
    if parsed:
        return _part_of_set(span) or _people_role(span) or _nationality(span)
    return None


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") if tok.tag_ else singular(tok.lower_) != tok.lower_


def _demonym(tok: Token) -> str | None:
    """ "Somalis", "Iraqis": a plural nationality whose singular drops only the "s" (the general rule keeps
    "-is" words whole: "analysis", "tennis")."""
    plural = tok.ent_type_ == "NORP" or tok.tag_ == "NNPS"
    return tok.lower_[:-1] if plural and tok.is_title and tok.lower_.endswith("is") else None


def measure_compound(span: Span) -> Counted | None:
    """ "a 10-metre dhow", "a 6,900-tonne destroyer", "an 80-employee startup", "170,000-square-foot": a
    number joined by a hyphen to the unit it measures. Ages and durations ("30-year-old", "four-year") are
    not, nor codes like "7-Eleven"."""
    doc = span.doc
    w = count_words()
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != "-" or span[-1].whitespace_ or doc[i].whitespace_:
        return None
    unit = doc[i + 1]
    if not unit.is_alpha or unit.like_num or unit.is_stop or _excluded_unit(unit.lower_):
        return None
    end, words = i + 2, [unit.lower_]
    if unit.lower_ in w.compound_unit_prefixes and end + 1 < len(doc) and doc[end].text == "-":
        second = doc[end + 1]
        if second.is_alpha and not _excluded_unit(second.lower_):
            end, words = end + 2, [*words, second.lower_]
    words[-1] = singular(words[-1])
    return Counted(end, " ".join(words))


def _excluded_unit(word: str) -> bool:
    lex = lexicon()
    return (
        word in count_words().not_compound_units
        or singular(word) in lex["time_units"]
        or word in lex["count_stop"]
        or word in lex["number_words"]
        or word in lex["scales"]
        or word in lex["currency_words"]
        or word in lex["currency_words_extra"]
        or word.upper() in lex["currency_codes"]
    )


def counted_noun(span: Span, *, tagged: bool) -> int | None:
    """Index of the noun counted by the number phrase `span`, or None when it counts no noun.

    Steps over "of" after vague numbers ("dozens of"), a partitive "of the" ("23 of the raiders"), one
    "other"/"more" ("two other buildings"), up to three modifiers (adjectives, participles, nouns, codes
    like "AK-47"), adverbs before them ("fully loaded") and "and" between them ("Somali and Yemeni").
    `tagged` says whether the Doc has part-of-speech tags (checked once per Doc: it costs a pass over it).
    """
    doc = span.doc
    lex = lexicon()
    w = count_words()
    stop = set(lex["count_stop"])
    i = span.end
    if i < len(doc) and doc[i].lower_ == "of":
        if span[-1].lower_ in set(lex["vague_numbers"]) | {"dozen"}:
            i += 1
        elif i + 1 < len(doc) and doc[i + 1].lower_ in w.partitive_determiners and span[0].lower_ != "one":
            i += 2
    first = i
    if i < len(doc) and doc[i].lower_ in w.measure_units:
        return i
    if i < len(doc) and doc[i].lower_ in w.first_modifiers:
        i += 1
    modifiers = 0
    last_noun = None  # the run of modifiers so far ends on this singular noun ("one Thai crew member")
    for j in range(i, len(doc)):
        tok = doc[j]
        if _PLURAL_CODE.match(tok.text):
            return j
        if j == i and tok.is_quote:  # 'Three "aerials," fought the fire'
            continue
        if tok.lower_ in ("'s", "’s") and j > i:  # "two of the world's largest chipmakers"
            last_noun = None
            continue
        if _hyphen_joins(doc, j, i):
            modifiers -= 1  # "big-league", "single-core": one modifier
            continue
        if _CODE.match(tok.text) and not tok.like_num:
            modifiers += 1
        elif tagged and (_joins_modifiers(doc, j, i) or _adverb_of_modifier(doc, j)):
            continue
        elif tok.like_num and j > i and model_letters(doc[j - 1]):
            continue  # "12 AK 47 guns": the number is part of the model's name
        elif not tok.is_alpha or tok.lower_ in stop:
            break
        elif tagged:
            if _hyphen_joins(doc, j + 1, i):  # "co-workers": "co" (tagged plural) is half a word
                modifiers += 1
                continue
            if tok.tag_ in ("NNS", "NNPS"):
                return _unless_time(doc, j)
            if not (tok.pos_ in _MODIFIER_POS or tok.tag_ in _MODIFIER_TAGS):
                break
            modifiers += 1
            last_noun = j if tok.tag_ == "NN" else None
        else:
            if tok.is_stop:
                break
            if singular(tok.lower_) != tok.lower_ or tok.lower_ in lex["irregular_plurals"]:
                return _unless_time(doc, j)
            modifiers += 1
        if modifiers > MAX_MODIFIERS:
            break
    if last_noun is not None and last_noun > first:
        return _unless_time(doc, last_noun)
    if first < len(doc) and doc[first].is_alpha and doc[first].lower_ not in stop:
        tok = doc[first]
        singular_noun = (
            tok.pos_ == "NOUN" if tagged else not (tok.is_stop or tok.is_title or _participle(tok))
        )
        if singular_noun:
            return _unless_time(doc, first)
    return None


MODEL_LETTERS = 3  # "AK 47", "SR 71"; a longer run of capitals is an acronym, not a model prefix
_PLACE_OR_BODY = frozenset({"GPE", "NORP", "ORG", "LOC"})


def model_letters(tok: Token) -> bool:
    """ "AK 47", "B 52": a few capitals before a number name a model with it. A country or body ("US 300
    troops", when the model tags it) is no such prefix."""
    short_caps = tok.is_alpha and tok.is_upper and len(tok) <= MODEL_LETTERS and not tok.is_stop  # not "A 12"
    return short_caps and tok.ent_type_ not in _PLACE_OR_BODY


def _hyphen_joins(doc: Doc, j: int, start: int) -> bool:
    """A hyphen inside a modifier word ("big-league"), with no space on either side; not a dash before a
    number ("three bank workers-two women and a man")."""
    if j <= start or j + 1 >= len(doc) or doc[j].text != "-" or doc[j].whitespace_:
        return False
    before, after = doc[j - 1], doc[j + 1]
    if before.whitespace_ or before.like_num or before.lower_ in lexicon()["scales"]:
        return False  # "two million-euro heist" is money
    return before.is_alpha and after.is_alpha and not after.like_num


def _adverb_of_modifier(doc: Doc, j: int) -> bool:
    """ "fully" in "13 fully loaded magazines"."""
    tok = doc[j]
    return (
        tok.tag_ == "RB"
        and tok.lower_.endswith("ly")
        and j + 1 < len(doc)
        and doc[j + 1].tag_ in _MODIFIER_TAGS
    )


def _joins_modifiers(doc: Doc, j: int, start: int) -> bool:
    """ "and"/"or" between two adjectives or nationalities ("Somali and Yemeni pirates")."""
    if doc[j].lower_ not in ("and", "or") or j <= start or j + 1 >= len(doc):
        return False
    before, after = doc[j - 1], doc[j + 1]
    return _describes(before) and _describes(after) and not after.like_num


def _describes(tok: Token) -> bool:
    """An adjective or a nationality; not a place ("rattled Sonoma and Lake counties" is no count)."""
    return tok.pos_ == "ADJ" or tok.ent_type_ == "NORP"


def _unless_time(doc: Doc, j: int) -> int | None:
    lemma = singular(doc[j].lower_)
    return None if lemma in lexicon()["time_units"] else j


def _others(span: Span) -> Counted | None:
    """ "injured two others": the others are people."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in count_words().people_words_after:
        return Counted(span.end + 1, PERSON)
    return None


def _pronoun_partitive(span: Span) -> Counted | None:
    """ "two of them", "two of whom": counts what the nearest plural noun before it in the sentence names
    ("four robbers, two of whom" → robber); "whom" with none found counts people."""
    doc = span.doc
    i = span.end
    pronouns = count_words().partitive_pronouns
    if (
        i + 1 >= len(doc)
        or doc[i].lower_ != "of"
        or doc[i + 1].lower_ not in pronouns
        or span[0].lower_ == "one"
    ):
        return None
    sent_start = doc[span.start].sent.start if doc.has_annotation("SENT_START") else 0
    for k in range(span.start - 1, sent_start - 1, -1):
        tok = doc[k]
        plural = tok.tag_ in ("NNS", "NNPS") if tok.tag_ else singular(tok.lower_) != tok.lower_
        noun = tok.is_alpha and plural and not tok.is_stop and tok.lower_ not in lexicon()["count_stop"]
        if noun and _unless_time(doc, k) is not None:
            return Counted(i + 2, singular(tok.lemma_ or tok.lower_))
    return Counted(i + 2, PERSON) if doc[i + 1].lower_ == "whom" else None


def _apposed(span: Span) -> Counted | None:
    """ "Four armed robbers -- two dressed as women --": a bare number set off right after a plural noun
    counts a part of what that noun names."""
    doc = span.doc
    k = span.start - 2
    if k < 0 or doc[k + 1].text not in (",", "--", "—", "–", "(") or _noun_at(doc, span.end):
        return None
    noun = doc[k]
    if noun.is_alpha and _plural(noun) and not noun.is_stop and _unless_time(doc, k) is not None:
        return Counted(span.end, singular(noun.lemma_ or noun.lower_))
    return None


def _outcome_after(span: Span) -> Counted | None:
    """ "1 dead, 2 hurt", "2 Injured": a bare number before an outcome word (not one that describes a noun
    after it: "two wounded men") counts people."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ in count_words().outcome_words and not _noun_at(doc, i + 1):
        return Counted(i, PERSON)
    return None


def _noun_at(doc: Doc, i: int) -> bool:
    """A noun at `i` ("the two wounded men"): by its tag, or without tags any word that is not a stop word."""
    if i >= len(doc) or not doc[i].is_alpha:
        return False
    return doc[i].pos_ in ("NOUN", "PROPN") if doc[i].pos_ else not (doc[i].is_stop or _participle(doc[i]))


def _participle(tok: Token) -> bool:
    """Untagged, a long word in -ed reads as a participle ("two dressed as guards"), not a noun."""
    return len(tok) > 5 and tok.lower_.endswith("ed")


def event_class(tok: Token) -> str | None:
    """The frame event class of a word, trying its lemma, then its form without a verb ending."""
    event_of = frame_words().event_of
    lower = tok.lower_
    for form in (tok.lemma_.lower() if tok.lemma_ else "", lower):
        if form and form in event_of:
            return event_of[form]
    for ending in _VERB_ENDINGS:
        if lower.endswith(ending) and lower[: -len(ending)] in event_of:
            return event_of[lower[: -len(ending)]]
    if lower.endswith("ing") and lower[:-3] + "e" in event_of:  # "injuring"
        return event_of[lower[:-3] + "e"]
    return None


def names_people_event(tok: Token) -> bool:
    """Whether `tok` is a word of killing, wounding, arrest ("kills", "Wounds")."""
    return event_class(tok) in count_words().people_events


def _people_verb_before(span: Span) -> Counted | None:
    """ "killing one", "kills 1, wounds 2": a bare number right after a verb of killing, wounding, arrest."""
    doc = span.doc
    if span.start == 0:
        return None
    before = doc[span.start - 1]
    if not before.is_alpha or before.pos_ == "DET" or _noun_follows(doc, span.end):
        return None
    return Counted(span.end, PERSON) if event_class(before) in count_words().people_events else None


def _people_agent(span: Span) -> Counted | None:
    """ "attended by an estimated 200,000", "watched by 3 million": a bare number that is the doer after
    a verb only people do (`people_agent_verbs`) counts people."""
    doc = span.doc
    k = with_qualifier(span).start - 1
    if k < 1 or doc[k].lower_ != "by" or _noun_follows(doc, span.end):
        return None
    return Counted(span.end, PERSON) if doc[k - 1].lower_ in count_words().people_agent_verbs else None


def _noun_follows(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "PROPN")


def _measure_before(span: Span) -> Counted | None:
    """ "a magnitude of 4.6", "magnitude 2.9", "a majority of 160", "a quake measuring 4.6": the measure is
    named before the number."""
    doc = span.doc
    words = count_words().measures_before
    k = span.start - 1
    if k >= 0 and doc[k].lower_ == "of":
        k -= 1
    if k >= 0 and doc[k].lower_ in words:
        return Counted(span.end, doc[k].lower_)
    if k >= 1 and k == span.start - 1 and doc[k].lower_ in count_words().measure_verbs:
        thing = doc[k - 1]  # "an earthquake measuring 4.6": the thing measured names the measure
        if thing.is_alpha and not thing.is_stop and thing.pos_ in ("NOUN", ""):
            return Counted(span.end, singular(thing.lower_))
    return None


def _part_of_set(span: Span) -> Counted | None:
    """ "Of the 23 pirates arrested, 12 are reported to be Somali": a bare number that is a clause's subject,
    in a sentence that opens with "Of (the) N <things>" or "Out of N <things>", counts those things."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass", "conj"):
        return None
    doc = span.doc
    start = span.sent.start
    k = start + 1 if doc[start].lower_ == "out" else start
    if k >= span.start or doc[k].lower_ != "of":
        return None
    for noun in doc[k].children:
        counted_set = any(c.dep_ == "nummod" for c in noun.children)
        if noun.dep_ == "pobj" and noun.tag_ in ("NNS", "NNPS") and counted_set:
            return Counted(span.end, singular(noun.lemma_ or noun.lower_))
    return None


def _people_role(span: Span) -> Counted | None:
    """A bare number that is the subject or object of a clause about deaths, injuries or arrests: "one is
    confirmed dead", "two were arrested", "took 23 into custody". Needs the parse."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = root.head
    events = count_words().people_events
    words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp"))]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        words.extend(c for c in prep.children if c.dep_ == "pobj")
    if any(event_class(tok) in events for tok in words):
        return Counted(span.end, PERSON)
    return None


def _nationality(span: Span) -> Counted | None:
    """ "(12 Somali and 11 Yemeni)": a number before a nationality and no noun counts people of it."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].ent_type_ == "NORP" and not _noun_follows(doc, i + 1):
        return Counted(i + 1, singular(doc[i].lower_))
    return None
