"""People: full names that name one person, and bare or shortened names joined to the one person they fit.

Full names merge when nameparser's parts agree: one surname, one given name (an initial or a short form
such as "Bill" / "William" agrees), and middle names and suffixes that agree where both are given ("John W.
Henry" / "John Henry", "Anthony LaCalamita III" / "Anthony LaCalamita"). A shorter name ("Carney", "Mr.
Carney", "Maria Machado") then joins the one person whose name it ends like. When it fits several people it
joins the one the story is about (`DOMINANT_MENTIONS` times the mentions of any other, in at least
`DOMINANT_MIN_DOCS` articles), else it stays apart and is marked ambiguous. Only groups typed PERSON with a
parsable full name count as people, so junk spans do not make a surname ambiguous.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from factx.normalize.names import fold, is_acronym, person_name, same_person, tokens
from factx.normalize.places import is_place
from factx.reconcile.groups import Group

PERSON = "PERSON"
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")
DOMINANT_MENTIONS = 3
DOMINANT_MIN_DOCS = 2
SLIP_RATIO = 5  # a spelling written once beside five of another is a typo, not a second person
MAX_NAME_WORDS = 3  # "Madeline Kafoury", "Mary Ann Smith"; longer Title-Case runs are rarely one person

SameWord = Callable[[str, str], bool]


def _full_names(g: Group):
    return [p for p in (person_name(f) for f in g.forms) if p is not None]


def _is_person(g: Group) -> bool:
    return g.type == PERSON and bool(_full_names(g))


def retype_people(groups: list[Group], titled: set[str] = frozenset()) -> None:
    """A full personal name the model typed otherwise is a person when the story shows its surname is a
    person's: another person of the story bears it ("Madeline Kafoury" beside "Charlie Kafoury"), or the
    story writes it after a personal title (`titled`: "Professor Varoufakis"). A name that starts with a
    place or is one ("Napa Valley") is left alone."""
    surnames = {
        _surname_words(f)[-1].casefold() for g in groups if _is_person(g) for f in g.forms if tokens(f)
    }
    surnames |= {fold(t) for t in titled}
    for g in groups:
        if g.type == PERSON or g.type in PLACE_LABELS:
            continue
        for f in g.forms:
            words = f.split()
            named = 2 <= len(words) <= MAX_NAME_WORDS and all(
                w[:1].isupper() and not w.isupper() for w in words
            )
            if not named or person_name(f) is None or is_place(words[0]) or is_place(f):
                continue
            if _surname_words(f)[-1].casefold() in surnames:
                g.retyped = PERSON
                break


def merge_full_names(groups: list[Group], same_word: SameWord, skeleton: Callable[[str], str]) -> list[Group]:
    """Join people whose full names can name one person; a less complete name that fits several distinct
    people joins none of them.

    Each name is compared only with the earlier people whose surname has its consonant skeleton word by word
    (`skeleton`, which `same_word` implies: equal or spelling variants), not with every earlier person: a
    story of hundreds of people would otherwise compare every pair."""
    people = sorted(
        (g for g in groups if _is_person(g)),
        key=lambda g: (-max(len(tokens(f)) for f in g.forms), -sum(g.forms.values()), g.name),
    )
    names = [_full_names(g) for g in people]
    keys = [{tuple(map(skeleton, tokens(name.last))) for name in mine} for mine in names]
    earlier: dict[tuple, set[int]] = defaultdict(set)  # surname key → people before, by position
    absorbed: set[int] = set()
    for n, mine in enumerate(names):
        candidates = set().union(*(earlier[key] for key in keys[n])) - absorbed
        fits = [
            k for k in sorted(candidates) if any(same_person(a, b, same_word) for a in mine for b in names[k])
        ]
        if len(fits) == 1:
            k = fits[0]
            people[k].absorb(people[n])
            names[k] = names[k] + mine
            for key in keys[n] - keys[k]:
                earlier[key].add(k)
            keys[k] |= keys[n]
            absorbed.add(n)
            continue
        for key in keys[n]:
            earlier[key].add(n)
    gone = {id(people[n]) for n in absorbed}
    return [g for g in groups if id(g) not in gone]


def _is_partial(short: list[str], full: list[str], same_word: SameWord) -> bool:
    """Whether `short` is a shorter form of the name `full`: its words appear in order among the full name's
    words, ending with the same last word (a surname: "Carney", "Maria Machado" of "Maria Corina Machado")."""
    if len(short) >= len(full) or not same_word(short[-1], full[-1]):
        return False
    rest = iter(full)
    return all(any(same_word(w, f) for f in rest) for w in short)


def _exact(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def _surname_words(form: str) -> list[str]:
    """A full name's words without a suffix ("Anthony LaCalamita III" → [Anthony, LaCalamita])."""
    words = tokens(form)
    parts = person_name(form)
    if parts is not None and parts.suffix and len(words) > 2:
        words = words[:-1]
    return words


def _fits(g: Group, short: list[str], person: Group, same: SameWord, slips: bool) -> bool:
    """Whether the short name `g` fits `person`: exactly, or as another spelling when no article uses both
    spellings (an article writing "Palin" and "Paulin" means two people) or when it is a slip: written
    once, beside a person named `SLIP_RATIO` times as often ("Olsen" once among six "Olson")."""
    if any(_is_partial(short, _surname_words(f), _exact) for f in person.forms):
        return True
    spelled = any(_is_partial(short, _surname_words(f), same) for f in person.forms)
    slip = slips and sum(g.forms.values()) == 1 and sum(person.forms.values()) >= SLIP_RATIO
    return spelled and (slip or not (g.all_docs & person.all_docs))


def _dominant(fits: list[Group]) -> Group | None:
    ranked = sorted(fits, key=lambda g: -sum(g.forms.values()))
    top, second = ranked[0], ranked[1]
    enough = sum(top.forms.values()) >= DOMINANT_MENTIONS * sum(second.forms.values())
    return top if enough and len(top.all_docs) >= DOMINANT_MIN_DOCS else None


def merge_partials(groups: list[Group], same_word: SameWord, skeleton: Callable[[str], str]) -> list[Group]:
    """Join shortened names to the one person they belong to."""
    people = [g for g in groups if _is_person(g)]
    is_person = {id(p) for p in people}
    by_surname: dict[str, list[Group]] = defaultdict(list)  # a partial name ends like its full name, and
    for p in people:  # spelling variants share a skeleton: only these candidates need comparing
        for key in {skeleton(_surname_words(f)[-1]) for f in p.forms if tokens(f)}:
            by_surname[key].append(p)
    absorbed: set[int] = set()
    for slips in (False, True):  # slips are judged once every exact short form has joined its person
        for g in groups:
            if id(g) in is_person or id(g) in absorbed:
                continue
            short = tokens(g.name)
            if not short or is_acronym(g.name):
                continue
            candidates = {id(p): p for p in by_surname.get(skeleton(short[-1]), [])}.values()
            same = _exact if is_place(g.name) else same_word  # "Vallejo" is no spelling of "Valley"
            fits = [p for p in candidates if _fits(g, short, p, same, slips)]
            target = fits[0] if len(fits) == 1 else _dominant(fits) if fits else None
            if target is not None and (PERSON in g.labels or g.type not in PLACE_LABELS):
                target.absorb(g)
                absorbed.add(id(g))
            elif len(fits) > 1:
                g.ambiguous = True
    return [g for g in groups if id(g) not in absorbed]
