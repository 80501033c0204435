"""The dominance rule on gazetteer rows: which of a name's cities the context leaves, how
they rank, and whether the first dominates (see :mod:`citydiplo._geo._places`).

Rows run from the most populous city down (ties by GeoNames id), so a name's two lists of
rows (cities that bear it as their own GeoNames name, and cities that have it as another
name) are each already in the rule's order; the rule reads only their heads.
"""

from __future__ import annotations

from collections.abc import Sequence

from citydiplo._geo._capitals import without_conflated
from citydiplo._geo._extra import subdivision_of
from citydiplo._geo._gazetteer import Postings, gazetteer
from citydiplo._geo._hierarchy import city_like, parent, related
from citydiplo._geo._twins import same_town

__all__ = [
    "DOMINANCE",
    "UNKNOWN_POPULATION",
    "cities_in",
    "namesake",
    "namesakes_of",
    "ranking",
    "rival_of_exonym",
    "winner",
]

DOMINANCE = 20
UNKNOWN_POPULATION = 1_000  # what a rival of unknown population counts as


def cities_in(
    found: Postings, country: str | None, subdivision: str | None
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The rows of ``found`` (own, alternate) that the context allows (a city's subdivision
    is the gazetteer's, or the extra names' where it has none)."""
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


def winner(own: Sequence[int], alternate: Sequence[int]) -> int | None:
    """The row of the one city of ``own`` and ``alternate`` (rows left by the context)
    that the dominance rule picks, or ``None`` when none dominates.

    A city that has the name only as an alternate (an exonym, an old or misspelt form)
    counts with its population divided by :data:`DOMINANCE` when a city has it as its own
    GeoNames name: "Pittsburgh" is Pittsburgh, Pennsylvania, not Pittsburg, California,
    and "Munich" is still München against a hamlet whose own name is Munich — but never
    against a place of its own country that bears the name as its own. A country's
    capital is not outweighed by the cities of its country that carry its name only as an
    alternate name (:mod:`citydiplo._geo._capitals`: "New Delhi" is New Delhi, not Delhi).
    """
    own, alternate = without_conflated(own, alternate)
    gz = gazetteer()
    population = gz.populations
    discount = bool(own)

    def weight(row: int, is_own: bool) -> float:
        return population[row] if is_own or not discount else population[row] / DOMINANCE

    ranked = ranking(own, alternate, 2)
    if len(ranked) > 1 and 0 < population[ranked[0][0]] == population[ranked[1][0]]:
        # a town GeoNames records twice is no rival of itself ("Kashan", "Kāshān")
        first = ranked[0][0]
        rest = ranking(own, alternate, 4)[1:]
        ranked = [ranked[0], *(p for p in rest if not same_town(first, p[0]))][:2]
    top, top_own = ranked[0]
    # an old or alternate name never beats a place of the same country that bears it as its
    # own name ("Xiangshan" is also an old name of Zhongshan)
    country = gz.country_numbers
    rival = discount and not top_own and any(country[r] == country[top] for r in own)
    # a rival of unknown population (GeoNames keeps admin seats without one: Tepebaşı, the
    # district of Eskişehir) counts as UNKNOWN_POPULATION people, not as none
    second = 0.0
    if len(ranked) > 1:
        row, is_own = ranked[1]
        unknown = UNKNOWN_POPULATION if is_own or not discount else UNKNOWN_POPULATION / DOMINANCE
        second = weight(row, is_own) if population[row] > 0 else unknown
    if len(ranked) == 1 or (
        not rival and population[top] > 0 and weight(top, top_own) >= DOMINANCE * second
    ):
        return top
    return None


def namesakes_of(
    own: Sequence[int], alternate: Sequence[int], subdivisions: list[str]
) -> list[int]:
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
    # the rule's ranking of the namesakes alone: both lists are in the rule's order, so
    # ranking their namesakes is the whole ranking without the others (not read at all)
    own, alternate = [r for r in own if r in found], [r for r in alternate if r in found]
    return [r for r, _ in ranking(own, alternate, len(own) + len(alternate))]


def namesake(row: int, own: bool, subdivisions: list[str]) -> bool:
    """Whether the city in ``row`` and one of ``subdivisions`` are the same place: the city
    has that name as its GeoNames name (``own``), or is a city of 100,000 or more known by it
    in another language ("תל אביב", "ירושלים"), and lies in it, or is a city of 100,000 or
    more of that country whose subdivision is unknown ("Минск", "Karbala"), or the
    subdivision is a city itself (Busan Metropolitan City, Hanoi Municipality) in the
    city's country, or the city of 100,000 or more is itself a city-like subdivision of
    that country and the other subdivision is the region around it bearing its name
    (Tashkent, UZ-TK, and the Tashkent region, UZ-TO: "Ташкент" is the city)."""
    gz = gazetteer()
    sub = subdivision_of(row)
    country = gz.country_of(row)
    for code in subdivisions:
        if related(sub, code) and (own or gz.populations[row] >= 100_000):
            return True  # (by a translated name only a big city: "תל אביב", IL-TA)
        if sub is None and country == code[:2] and gz.populations[row] >= 100_000:
            return True  # a big city whose subdivision is unknown: the subdivision's namesake
        same_country = country == code.split("-")[0]
        if city_like(code) and same_country and sub in (None, code, parent(code)):
            return True
        capital = sub is not None and city_like(sub) and gz.populations[row] >= 100_000
        if same_country and own and capital:
            return True  # a capital city named like the region around it
    return False


def rival_of_exonym(row: int) -> int | None:
    """A city more populous than the city in ``row`` whose own GeoNames name is the own
    name of ``row``, or ``None``.

    For a city found only by an alternate name (a transliteration such as Chinese
    "得梅因"): GeoNames' alternate names are incomplete, so the transliteration may as well
    name a city bearing the same name in Latin letters that lacks it. Des Moines,
    Washington (31,000) has "得梅因" and Des Moines, Iowa (214,000) has not: the name is
    ambiguous. The more populous namesake is the one a writer is likelier to mean, so a
    less populous one never decides against ``row`` (Hebrew "בר" stays Bar, Montenegro,
    17,700, against Bar, Ukraine, 15,300).
    """
    from citydiplo._normalize import match_key

    gz = gazetteer()
    found = gz.postings(match_key(gz.name(row)))
    if found is None:
        return None
    population = gz.populations
    for other in found.own:  # from the most populous down: the first other one decides
        if other != row:
            return other if population[other] > population[row] else None
    return None
