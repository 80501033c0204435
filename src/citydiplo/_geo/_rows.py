"""A name's city rows under a context: kept by country and subdivision, ranked by the
dominance rule's weight (see :mod:`citydiplo._geo._places`), and matched with the
subdivisions of the same name they are one place with.

Rows are gazetteer row numbers; the index stores them from the most populous city down,
so each list of rows is already in the order of population.
"""

from __future__ import annotations

from collections.abc import Sequence

from citydiplo._geo._extra import subdivision_of
from citydiplo._geo._gazetteer import Postings, gazetteer
from citydiplo._geo._hierarchy import city_like, parent, related

__all__ = ["DOMINANCE", "cities_in", "namesake", "namesakes", "ranking"]

DOMINANCE = 20


def cities_in(
    found: Postings, country: str | None, subdivision: str | None
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The rows of ``found`` (own, alternate) that the context allows."""
    gz = gazetteer()
    own, alternate = found.own, found.alternate
    if country is not None:
        own, alternate = gz.in_country(own, country), gz.in_country(alternate, country)
    if subdivision is not None:
        sub = subdivision_of
        inside = (
            tuple(r for r in own if related(sub(r), subdivision)),
            tuple(r for r in alternate if related(sub(r), subdivision)),
        )
        # a city whose subdivision GeoNames cannot tell stays possible, never certain
        own, alternate = (
            inside
            if inside[0] or inside[1]
            else (
                tuple(r for r in own if sub(r) is None),
                tuple(r for r in alternate if sub(r) is None),
            )
        )
    return own, alternate


def ranking(own: Sequence[int], alternate: Sequence[int], limit: int) -> list[tuple[int, bool]]:
    """The first ``limit`` cities (row, bears the name as its own) by the dominance rule's
    weight, then GeoNames id. Rows run from the most populous city down, so this merges
    the two lists from their heads, without reading the rest."""
    if not own or not alternate:
        return [(r, bool(own)) for r in (own or alternate)[:limit]]
    gz = gazetteer()
    population, ids = gz.populations, gz.geonames_ids
    ranked: list[tuple[int, bool]] = []
    i = j = 0
    while len(ranked) < limit and (i < len(own) or j < len(alternate)):
        if j == len(alternate) or (
            i < len(own)
            and (-population[own[i]], ids[own[i]])
            <= (-population[alternate[j]] / DOMINANCE, ids[alternate[j]])
        ):
            ranked.append((own[i], True))
            i += 1
        else:
            ranked.append((alternate[j], False))
            j += 1
    return ranked


def namesakes(own: Sequence[int], alternate: Sequence[int], subdivisions: list[str]) -> list[int]:
    """The cities that are one place with one of ``subdivisions`` (see :func:`namesake`),
    by the dominance rule's ranking; only cities of the subdivisions' countries can be."""
    gz = gazetteer()
    found: set[int] = set()
    for code in sorted({s.split("-")[0] for s in subdivisions}):
        inside = [s for s in subdivisions if s.split("-")[0] == code]
        found.update(r for r in gz.in_country(own, code) if namesake(r, True, inside))
        found.update(r for r in gz.in_country(alternate, code) if namesake(r, False, inside))
    if not found:
        return []
    return [r for r, _ in ranking(own, alternate, len(own) + len(alternate)) if r in found]


def namesake(row: int, own: bool, subdivisions: list[str]) -> bool:
    """Whether the city in ``row`` and one of ``subdivisions`` are the same place: the city
    has that name as its GeoNames name (``own``) and lies in it, or is a city of 100,000 or
    more of that country whose subdivision is unknown ("Минск", "Karbala"), or the
    subdivision is a city itself (Busan Metropolitan City, Hanoi Municipality) in the
    city's country."""
    gz = gazetteer()
    sub = subdivision_of(row)
    country = gz.country_of(row)
    for code in subdivisions:
        if own and related(sub, code):
            return True
        if sub is None and country == code[:2] and gz.populations[row] >= 100_000:
            return True  # a big city whose subdivision is unknown: the subdivision's namesake
        same_country = country == code.split("-")[0]
        if city_like(code) and same_country and sub in (None, code, parent(code)):
            return True
    return False
