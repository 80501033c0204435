"""How the places found in one text bear on each other (used by ``find_places``).

A place written right after a country or subdivision, with nothing but spaces between
them, is read as lying in it: "老挝万象省万荣县" (Laos, Vientiane Province, Vang Vieng
County), "경북 상주시", "Jalisco Mexico". When the gazetteer's answer for the second name
does not lie there (万荣县 is also a county of Shanxi, China), the answer is dropped: the
text says it is elsewhere. Conversely a country name glued to the capitalised place name
before it is read when that place lies in the country ("Jalisco Mexico", "Wisconsin USA";
not "Atlanta Georgia").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._hierarchy import related
from citydiplo._geo._places import Place, PlaceKind, candidates

__all__ = ["contradicts", "country_after_its_place", "drop_contradicted"]

_CONTAINERS = (PlaceKind.COUNTRY, PlaceKind.SUBDIVISION)
M = TypeVar("M")


def contradicts(outer: Place, inner: Place) -> bool:
    """Whether ``inner``, written right after ``outer``, cannot lie in it."""
    if outer.kind not in _CONTAINERS or inner.kind is PlaceKind.COUNTRY:
        return False
    if inner.country != outer.country:
        return True
    if outer.kind is PlaceKind.SUBDIVISION and outer.subdivision and inner.subdivision:
        return not related(inner.subdivision, outer.subdivision)
    return False


def drop_contradicted(
    text: str, found: Sequence[tuple[M, bool]], span: Callable[[M], tuple[int, int, Place]]
) -> list[tuple[M, bool]]:
    """``found`` without the places that a country or subdivision written just before them
    (spaces only between) contradicts."""
    kept: list[tuple[M, bool]] = []
    previous: tuple[int, Place] | None = None
    for item in found:
        start, end, place = span(item[0])
        adjacent = previous is not None and not text[previous[0] : start].strip()
        if adjacent and previous is not None and contradicts(previous[1], place):
            previous = None
            continue
        kept.append(item)
        previous = (end, place)
    return kept


@lru_cache(maxsize=8192)
def country_after_its_place(previous: str, key: str) -> bool:
    """Whether ``key`` names a country in which the place named ``previous`` lies."""
    countries = candidates(key).countries
    before = candidates(previous)
    gz = gazetteer()
    return any(code[:2] in countries for code in before.subdivisions) or any(
        gz.country_of(row) in countries for row in before.cities
    )
