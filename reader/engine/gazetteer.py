"""Place knowledge shipped with reader: countries, their demonyms and major cities
(resources/wordlists/countries.tsv), plus every country and subdivision name pycountry knows."""
from __future__ import annotations

from functools import lru_cache

from reader.engine.text import fold
from reader.paths import resource


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(folded country name -> country, folded demonym -> country, folded city -> country)."""
    countries, demonyms, cities = {}, {}, {}
    for line in resource("wordlists", "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, dems, towns = (line.split("\t") + ["", ""])[:3]
        countries[fold(country)] = country
        for d in filter(None, dems.split(",")):
            demonyms[fold(d)] = country
        for c in filter(None, towns.split(",")):
            cities[fold(c)] = country
    return countries, demonyms, cities


@lru_cache(maxsize=1)
def _pycountry_names() -> frozenset[str]:
    import pycountry
    from reader.engine.text import name_key

    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                names.add(name_key(getattr(c, attr)))
    for sub in pycountry.subdivisions:
        names.add(name_key(sub.name))
    return frozenset(names)


def country_of_demonym(word: str) -> str | None:
    return _table()[1].get(fold(word))


def country_of_city(name: str) -> str | None:
    return _table()[2].get(fold(name))


def is_country(name: str) -> bool:
    return fold(name) in _table()[0]


def is_place(name: str) -> bool:
    """A country, a listed city, or a country subdivision (province, state) by any spelling key."""
    from reader.engine.text import name_key

    f = fold(name)
    t = _table()
    return f in t[0] or f in t[2] or name_key(name) in _pycountry_names()
