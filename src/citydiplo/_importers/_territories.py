"""Cities of a country's overseas parts, which GeoNames files under their own country code.

A twin-town list writes "Kourou, France" and "La Possession, Réunion, France", while
GeoNames files Kourou under GF and La Possession under RE. When the country cell's own
country has no city of the name, the city is looked for in the parts of that country that
ISO 3166-1 also codes as countries (``data/territories.json``): in the one that the
"Region, Country" qualifier names, or else in all of them, where exactly one city must fit.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from citydiplo._normalize import clean

__all__ = ["find_overseas", "is_overseas"]


@cache
def _territories() -> dict[str, tuple[str, ...]]:
    """Overseas part codes by the subdivision code and by the country code."""
    from citydiplo._geo._data import load_json

    table: dict[str, str] = load_json("territories.json")["territories"]
    by_key: dict[str, list[str]] = {}
    for subdivision, code in sorted(table.items()):
        by_key.setdefault(subdivision, []).append(code)
        by_key.setdefault(subdivision.split("-")[0], []).append(code)
    return {key: tuple(codes) for key, codes in by_key.items()}


def is_overseas(subdivision: str | None) -> bool:
    """Whether ``subdivision`` is a part of its country that ISO 3166-1 codes as a country.

    >>> is_overseas("FR-974"), is_overseas("FR-IDF"), is_overseas(None)
    (True, False, False)
    """
    return subdivision is not None and "-" in subdivision and subdivision in _territories()


def _named_in(city_name: str, codes: tuple[str, ...]) -> bool:
    """Whether a gazetteer city of one of ``codes`` bears the name ``city_name``."""
    from citydiplo._geo._data import name_key
    from citydiplo._geo._gazetteer import gazetteer
    from citydiplo._geo._places import candidates

    found = candidates(name_key(clean(city_name)))
    gz = gazetteer()
    return any(gz.country_of(row) in codes for row in (*found.own, *found.alternate))


def find_overseas(city_name: str, country: str, subdivision: str | None) -> Any:
    """The city of an overseas part of ``country`` that ``city_name`` names, or ``None``.

    Raises:
        AmbiguousPlaceError: several fit (in one part, or one in each of several parts).

    >>> find_overseas("Kourou", "FR", None).country
    'GF'
    >>> find_overseas("Le Port", "FR", "FR-974").country
    'RE'
    >>> find_overseas("Paris", "FR", "FR-IDF") is None
    True
    """
    from citydiplo._geo._parse import find_city
    from citydiplo._geo._places import AmbiguousPlaceError

    codes = _territories().get(subdivision or country, ())
    if codes and not _named_in(city_name, codes):
        return None  # the usual case, answered from the index alone
    found = [
        place
        for code in codes
        if (place := find_city(city_name, country=code, subdivision=None)) is not None
    ]
    if len(found) > 1:
        raise AmbiguousPlaceError(
            f"{city_name!r} names a city in each of {len(found)} overseas parts of {country}",
            name=city_name,
            places=found,
        )
    return found[0] if found else None
