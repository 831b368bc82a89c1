"""Claim frames: what a number or date mention is about, read from the dependency parse.

A frame has three slots (DESIGN.md, "Claim frames"):

* measure: what a count counts, as a class ("people", "Palestinians", "the dead" → `person`; children or
  soldiers are a narrower group of it, `person:child`); other nouns are their own class (`frame_measures`);
* event: the event or relation the number belongs to, as a class from `patterns/frames.json` (kill, die,
  death toll → `death`; pay, buy, deal → `price`), else the lemma of the predicate (read here);
* anchors: the entities named in the mention's clause and the year it refers to ("in 2002")
  (`frame_anchors`).

Reconciliation puts claims with matching frames in one fact whatever their values, so the work happens
here, once per mention, and reconciling stays a pass over blocks of claims. The word lists and the questions
asked of them live in `frame_words`; the names reconciliation and the count component import from here are
re-exported below.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from factx.frame_anchors import anchors_of, is_earlier, owner_of, year_of
from factx.frame_answer import question_before
from factx.frame_asides import hidden_subjects
from factx.frame_fronted import dated_noun, fronted_verb
from factx.frame_measures import (
    MAGNITUDE,
    NATION,
    PERSON,
    counted,
    measure_of,
    money_measure,
)
from factx.frame_products import spec_line
from factx.frame_words import (
    TENURE,
    VERBS,
    is_rate,
    lemma_of,
    words,
)
from factx.normalize.numbers import singular

MAX_HOPS = 6  # head-chain steps searched for the event
_NOUNS = {"NOUN", "PROPN"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "compound", "amod", "acomp", "npadvmod", "appos"}
_TRANSPARENT = "worth"  # "the offer is worth $160 million" is about the offer: worth only when nothing else
_MONEY = "MONEY"  # the label of money spans
_COUNT = "COUNT"  # counts: their spans carry no label, but a unit
_DATE = "DATE"  # the label of date spans
_SPAN_LABELS = {"factx_money": _MONEY, "factx_percent": "PERCENT"}  # span groups (components' defaults)
_COMPARATIVES = ("JJR", "RBR")  # "$100 cheaper", "$5 less"


@dataclass(frozen=True)
class Frame:
    """What one mention states: see the module docstring."""

    measure: str | None = None
    event: str | None = None
    anchors: tuple[str, ...] = ()
    time: str | None = None
    earlier: bool = False


def frame_of(span: Span, *, unit: str | None, entities: list[Span], parsed: bool, dated: bool) -> Frame:
    """The frame of one number or date mention.

    Args:
        span: the mention.
        unit: a count's unit (its counted noun's lemma), else None.
        entities: the entity spans of the document, in order.
        parsed: whether the pipeline parses; without a parse only the measure is known.
        dated: whether the mention is a date (a date's own year is not its time anchor).
    """
    nations = frozenset(e.text.lower() for e in entities if e.label_ == NATION) if unit else frozenset()
    measure = measure_of(unit, counted(span, unit), span=span, nations=nations)
    if unit is not None and (phrase := _phrase_measure(span, unit)) is not None:
        measure = phrase  # "drove in 105 runs": runs batted in
    if unit is not None and measure and ":" not in measure and (line := spec_line(span, unit)):
        measure = f"{measure}:{line}"  # "up to 512 GB" of the MacBook Air
    label = _label(span, unit)
    if label == _MONEY:
        measure = money_measure(span)
    if not parsed:
        return Frame(measure=measure)
    event, clause = _event(span, label)
    if event is None and (asked := question_before(span)):
        event = _asked(asked)  # "The final price tag for the new laptop?" / "$2199."
    if dated and (noun := dated_noun(span)) is not None:
        found = _class_near(noun)  # "its 2012 guidance": the year the guidance is for
        event = found if found and found != _TRANSPARENT else lemma_of(noun)
    elif dated and event is None and (done := fronted_verb(span)) is not None:
        found = _class_near(done)  # "By 2007, it was clear ..., and the state shut it": what was done
        event = found if found and found != _TRANSPARENT else _fallback(done, label)
    if unit is not None and unit in words().measurement_units:
        # "4 miles from Cobb": the verb of the clause ("struck") is not what a distance is of; the
        # dimension it is told with is ("a depth of 1.2 miles", "one mile below ground").
        event = _dimension(span)
    if measure is not None and measure.partition(":")[0] == MAGNITUDE:
        event = MAGNITUDE  # "a 2.9 aftershock struck": the figure is the quake's size, whatever it did
    if unit is not None and measure == PERSON and unit in words().event_of:
        event = event or words().event_of[unit]
    if is_rate(event) and span.root.dep_ == "pobj":
        event = None  # "averaged 30 homers in his six seasons": the seasons are the span, not a rate
    named = anchors_of(span, clause, entities)
    if unit is not None and unit in words().unit_events:
        # A count of years is an age ("Smith, 45, was arrested"): the clause's verb is what the person did,
        # not what the number is of, and the age is of the name it follows, not of everyone in the clause
        # ("Riva, 47, and Steinberg, 48").
        event = words().unit_events[unit]
        named = owner_of(span, entities)
        event = words().coming.get(event, event) if _to_come(span) else event
    return Frame(
        measure=measure,
        event=event,
        anchors=named,
        time=None if dated else year_of(span, clause),
        earlier=is_earlier(span, clause),
    )


def _asked(question: list[Token]) -> str | None:
    """The event class the words of a question name ("the final price tag for …?": a price), if any."""
    for tok in question:
        found = _class_near(tok)
        if found and found != _TRANSPARENT:
            return found
    return None


def _phrase_measure(span: Span, unit: str) -> str | None:
    """The measure a verb and its particle make of the counted noun (`phrase_measures`): runs "driven in"
    are runs batted in, whether the parse takes "in" for a particle ("drove in 105 runs") or a preposition
    ("driven in at least 105 runs")."""
    table = words().phrase_measures
    noun = span.root
    verb, particle = noun.head, None
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb, particle = verb.head, verb
    elif noun.dep_ == "dobj":
        particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    if particle is None or verb.pos_ not in VERBS:
        return None
    return table.get(f"{lemma_of(verb)} {particle.lower_} {unit}")


def _event(span: Span, label: str) -> tuple[str | None, Token | None]:
    """The event of the mention and the head of its clause.

    Looks at the counted noun's own modifiers ("40 people killed", "three dead"), then up the head chain;
    at each step at the word, its compound ("death toll") and, for a verb, its subject, objects and the
    objects of its prepositions ("the toll rose to 40", "shot to death"). The climb ends at the mention's own
    verb: the verbs above it state other things. It goes on only through "worth"/"valued", which give way to
    the thing whose worth they state (not past the subject a relative clause describes), through a light
    verb in a relative clause ("the deal, which is worth …") or "including", and past the other nouns of a
    list. Falls back to that verb's class for the mention's kind (`fallback_events`: a sum a product
    "starts at" is its price) or its lemma, or, when it is a light one, to the noun the number modifies
    ("a $144 billion bailout"). `label` is the mention's kind ("MONEY", "PERCENT", "COUNT").
    """
    w = words()
    root = span.root
    if root.dep_ in ("amod", "compound", "nummod") and lemma_of(root.head) in w.tenure_nouns:
        return TENURE, None  # "in the club's seven-year history": how long it has lasted
    for child in root.children:
        # An appositive noun names what the number is: "a €110 billion (Dh472.72bn) debt bailout", which the
        # parse often makes an appositive of the sum when a bracketed conversion stands between them.
        modifier = child.dep_ in ("acl", "relcl", "amod") or (child.dep_ == "appos" and child.pos_ == "NOUN")
        if modifier and not (span.start <= child.i < span.end):
            found = _class_near(child)
            if found:
                return found, child
    if label == _MONEY and (found := _money_in(root)):
        return found, None
    if label == _MONEY and (changed := _changed_to(span)) is not None:
        return changed
    # "$100 cheaper than its predecessor": the sum is a difference, of the class its adjective gives.
    compared = root.dep_ == "npadvmod" and root.head.tag_ in _COMPARATIVES
    if label == _MONEY and compared and (found := words().fallback_events[label].get(lemma_of(root.head))):
        return found, root.head
    verb_fallback: str | None = None
    noun_fallback: str | None = None
    transparent = False
    clause: Token | None = None
    described = -1  # the noun a relative clause the climb left describes (its index)
    tok = root
    for _ in range(MAX_HOPS):
        found = _class_near(tok) if tok is not root or tok.dep_ in ("compound", "nummod") else None
        if found and tok.pos_ in VERBS:
            found = _outcome(tok, span) or found
            if label == _MONEY and found in w.taken_by_doers and _done_by_doers(tok):
                found = w.taken_by_doers[found]  # "thieves nab $2.5 million worth of jewellery": stolen
        if found == _TRANSPARENT:
            transparent = True
        elif found:
            return _proposed(tok, found), clause or tok
        if tok.pos_ == "NOUN" and not tok.ent_type_ and tok is not root and noun_fallback is None:
            noun_fallback = lemma_of(tok)  # a name ("the Orioles (seven years, $140 million)") is no event
        if tok.i == described:
            break
        if _compared(span, tok, label):
            # "the new offer would double the record, the $90 million paid to Jones": the figure a verb
            # of comparison measures against is not what its subject is; it is what its own words say.
            return noun_fallback, clause or tok
        if tok.pos_ in VERBS:
            clause = clause or tok
            for child in _arguments(tok):
                if child.pos_ in _NOUNS | {"ADJ"} and child.i not in range(span.start, span.end):
                    near = _class_near(child)
                    if near and near != _TRANSPARENT:
                        return near, clause
                    transparent = transparent or near == _TRANSPARENT
            light = lemma_of(tok) in w.light or tok.pos_ == "AUX"
            if not light and found != _TRANSPARENT and verb_fallback is None:
                verb_fallback = _fallback(tok, label)
            # A light verb's infinitive ("is believed to be worth") says nothing itself: the climb goes on
            # to the verb it completes.
            if not (found == _TRANSPARENT or (light and tok.dep_ in ("relcl", "acl", "prep", "xcomp"))):
                break
            if tok.dep_ in ("relcl", "acl") and tok.head.dep_ in _SUBJECTS:
                # A worth said of a clause's subject is not what its verb says of it: "the building, which
                # the city valued at $380,600, was a total loss". Of an object, it is: "stole diamonds
                # valued at $108 million".
                described = tok.head.i
        if tok.head.i == tok.i:  # the root (spaCy makes a new Token object on each access)
            break
        # Nouns listed together ("seven rifles, a rocket launcher and three machine guns") are other
        # things, not what this one is of: the climb goes on from the head of the list.
        while tok.dep_ == "conj" and tok.pos_ in _NOUNS and tok.head.pos_ in _NOUNS:
            tok = tok.head
        tok = tok.head
    if transparent:
        return _TRANSPARENT, clause
    return verb_fallback or _antecedent(clause) or noun_fallback, clause


_PRONOUNS = frozenset({"it", "this", "that"})


def _antecedent(clause: Token | None) -> str | None:
    """The class of what "it" is when a number is what "it" was: "reports of the offer varied, but one said it
    was eight years and $184 million" is the offer's figure. The nearest noun of a class before the pronoun,
    in its sentence or the one before, is taken for it."""
    if clause is None or lemma_of(clause) != "be":
        return None
    pronoun = next((c for c in clause.children if c.dep_ in _SUBJECTS and c.lower_ in _PRONOUNS), None)
    if pronoun is None:
        return None
    sent = pronoun.sent
    lo = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(sent.doc[lo : pronoun.i]):
        if tok.pos_ == "NOUN" and (found := _class_near(tok)) and found != _TRANSPARENT:
            return found
    return None


def _proposed(noun: Token, found: str) -> str:
    """A deal that a verb offers or asks for is an offer or an ask, not a price paid: "offered him a
    five-year deal", "asking for a longer contract", "her request for a new deal", "hoping he could land a
    bigger deal" (`proposal_verbs`). Only a noun of a deal (`proposed_events`) is read so, through a
    preposition ("for") and one clause its verb completes ("hoping … land")."""
    w = words()
    if found not in w.proposed or noun.pos_ != "NOUN":
        return found
    while noun.dep_ == "appos" and noun.head.i != noun.i:  # "offered Smith, 28, a deal"
        noun = noun.head
    governor = noun.head
    if noun.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head
    elif noun.dep_ not in ("dobj", "dative", "attr"):
        return found
    for _ in range(2):
        # The word as written too: the lemmatizer takes "hoping" for a form of "hop".
        event = w.proposal_verbs.get(lemma_of(governor)) or w.proposal_verbs.get(governor.lower_)
        if event is not None:
            return _countered(governor) or event
        if governor.dep_ not in ("ccomp", "pcomp") or governor.head.i == governor.i:
            break
        governor = governor.head
    return found


def _countered(verb: Token) -> str | None:
    """The event of a proposal made in answer to another ("Boras countered by asking for an eight-year
    contract": `counter_verbs`): a new proposal, not the one its maker stood by before."""
    up = verb.head
    if verb.dep_ == "pcomp" and up.dep_ == "prep":
        up = up.head
    elif verb.dep_ not in ("xcomp", "advcl"):
        return None
    return words().counters.get(lemma_of(up)) if up.i != verb.i else None


def _changed_to(span: Span) -> tuple[str | None, Token] | None:
    """The event of a sum a verb of change reaches ("has dropped $100 to $1,199", "raised its bid to $50
    million"): not the change (the verb's own class, "cut"), but the class of what changed, named by its
    subject or object ("bid": an offer), else none. None when the sum is no level reached."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "to":
        return None
    verb = span.root
    for _ in range(3):
        if verb.pos_ in VERBS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in VERBS or lemma_of(verb) not in words().change_verbs:
        return None
    changed = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
    for child in changed:
        if not any(c.like_num for c in child.subtree) and (found := _class_near(child)):
            return found, verb
    return None, verb


def _dimension(span: Span) -> str | None:
    """The dimension a measure is told with (`dimension_words`), from the words it hangs from within two
    steps ("a depth of 1.2 miles", "one mile below ground", "12 miles deep") or the word right after it
    ("1.2 miles deep"); None for a plain distance ("4 miles from Cobb"), which its anchors place."""
    table = words().dimensions
    tok = span.root
    near = [span.doc[span.end]] if span.end < len(span.doc) else []
    for _ in range(2):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        near.append(tok)
    for tok in near:
        if (lemma := lemma_of(tok)) in table and not (span.start <= tok.i < span.end):
            return table[lemma]
    return None


def _class_near(tok: Token) -> str | None:
    """The event class of `tok` itself, of a two-word form with its compound ("death toll"), or of one of its
    compound or adjective modifiers."""
    w = words()
    lemma = lemma_of(tok)
    if tok.pos_ == "NOUN" and lemma in w.kinds_of:
        return None  # a weapon is a thing counted or carried ("seized 12 guns, a grenade launcher"), no event
    if phrase := _phrase(tok, w.event_of):
        return w.event_of[phrase]
    for child in tok.children:
        if child.dep_ == "compound":
            two = f"{lemma_of(child)} {lemma}"
            if two in w.event_of:
                return w.event_of[two]
    if tok.pos_ == "NOUN" and (two := f"{lemma_of(tok.head)} {lemma}") in w.event_of:
        return w.event_of[two]  # "came under fire", "opened fire": shots, not a blaze
    if tok.pos_ == "NOUN" and lemma in w.noun_events:  # "the fire" burned; "fired" shells
        return w.noun_events[lemma]
    if lemma in w.event_of:
        return w.event_of[lemma]
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and lemma_of(child) in w.event_of:
            return w.event_of[lemma_of(child)]
    return None


def _phrase(tok: Token, table: dict[str, str]) -> str | None:
    """A verb with its particle or bare object, as a key of `table`: the two may mean what neither does
    ("made off with" is stolen, "caught fire" burned, "closed down" fell, "dates back to" built)."""
    if tok.pos_ not in VERBS:
        return None
    for child in tok.children:
        phrase = f"{lemma_of(tok)} {child.lower_}"
        if child.dep_ in ("prt", "advmod", "dobj", "prep") and child.i > tok.i and phrase in table:
            return phrase
    return None


def _compared(span: Span, verb: Token, label: str) -> bool:
    """Whether the mention is the other figure a verb of comparison sets its subject against: inside its
    object when that object names a figure ("would double the record, the $90 million paid to Jones",
    "exceeded the previous high of $2 billion"). A figure that is the object itself is what the verb did
    ("profit surpassed $2 billion", "the toll surpassed 300 people"), and a date is when it did it."""
    if verb.pos_ not in VERBS or lemma_of(verb) not in words().comparison_verbs or label == _DATE:
        return False
    root = span.root
    return any(
        c.dep_ == "dobj"
        and c.i != root.i
        and lemma_of(c) in words().compared_nouns
        and c.left_edge.i <= root.i <= c.right_edge.i
        for c in verb.children
    )


def _arguments(verb: Token) -> list[Token]:
    """A verb's subject, objects and complements, with the objects of its prepositions ("shot to death"). A
    verb joined to another by "and" without a subject of its own shares that verb's ("the deal is said to
    be for eight years and could be worth $180 million")."""
    found = []
    children = list(verb.children)
    if verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in _SUBJECTS for c in children):
        children += [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    children += hidden_subjects(verb)  # "no other offer (including …) was thought to be": the offer
    for child in children:
        if child.dep_ in _ARGUMENTS:
            found.append(child)
        elif child.dep_ in ("prep", "agent"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    # A noun with its own number is another count ("seized seven rifles and three machine guns"), not
    # what this one is of.
    return [tok for tok in found if not any(c.dep_ == "nummod" for c in tok.children)]


def _done_by_doers(verb: Token) -> bool:
    """Whether the subject of `verb` names the doers of a crime ("thieves", "robbers"; `doer_of`)."""
    w = words()
    subjects = (c for c in verb.children if c.dep_ == "nsubj")
    return any(lemma_of(c) in w.doers or singular(c.lower_) in w.doers for c in subjects)  # "Robbers" opening


def _outcome(verb: Token, span: Span) -> str | None:
    """An outcome named among a verb's arguments, which says more than the verb: "shot to death" is a death,
    "shelled and wounded" an injury."""
    for child in _arguments(verb):
        if child.i not in range(span.start, span.end):
            near = _class_near(child)
            if near in words().outcomes:
                return near
    return None


def _money_in(root: Token) -> str | None:
    """The class a sum is given "in" ("30 billion euros in savings", "$35m in two rounds of funding")."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if found := _class_near(noun):
                    return found
                for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for inner in (c for c in of.children if c.dep_ == "pobj"):
                        if found := _class_near(inner):
                            return found
    return None


def _fallback(verb: Token, label: str) -> str:
    """The event a verb gives when nothing near names a class: a class of `fallback_events` for the
    mention's label (money that a product "starts at" or "asks" is its price; a percentage that shares
    "plunged" or "closed down" is a fall), else the verb's lemma."""
    table = words().fallback_events.get(label, {})
    phrase = _phrase(verb, table)
    return table[phrase] if phrase else table.get(lemma_of(verb), lemma_of(verb))


def _to_come(span: Span) -> bool:
    """Whether the number is one its subject will reach ("turns 29 in April", "will be 29"), not has: a man
    who "turns 29" is 28 today."""
    verb = span.root.head
    if verb.pos_ not in VERBS or span.root.dep_ in _SUBJECTS:  # "the 28-year-old will turn 29"
        return False
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    return lemma_of(verb) in words().coming_verbs or future


def _label(span: Span, unit: str | None) -> str:
    """The mention's kind: COUNT when it has a unit, else its span's label, else the label of the span group
    that holds it (a money span widened to its qualifier, "up to $1099", may carry no label)."""
    if unit is not None:
        return _COUNT
    if span.label_:
        return span.label_
    for key, label in _SPAN_LABELS.items():
        if any(s.start == span.start and s.end == span.end for s in span.doc.spans.get(key, [])):
            return label
    return ""
