"""Places (countries, subdivisions, cities) and how a set of candidates becomes one answer.

The dominance rule: once the context (a country, a subdivision, a qualifier, a cue word) has
filtered the candidates for a city name, the most populous candidate wins when it has at
least :data:`DOMINANCE` times the population of every other one ("Paris": 2.1 million
against 25,000 for Paris, Texas). Otherwise the name is ambiguous ("Córdoba": 2.1 million in
Argentina against 326,000 in Spain) and :class:`AmbiguousPlaceError` lists the candidates
with their country, subdivision and population. A candidate without a population never
dominates, and a city that has the name only as an alternate name counts with a
population divided by the same factor when another city has it as its own name.

Kinds: a subdivision and a city that share a name are one place when the city, by its
GeoNames name, lies in that subdivision ("Seoul", "Tokyo", "Paris"), or when the
subdivision is a city itself (a metropolitan city, municipality or capital: "부산",
"Hà Nội"): the city is the answer, with its subdivision. Otherwise the subdivision is
("Brandenburg" is the state, not Brandenburg an der Havel, which has that name only as an
alternate).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

import attrs

from citydiplo._errors import AmbiguousNameError
from citydiplo._geo._extra import District, extras, filled
from citydiplo._geo._gazetteer import COUNTRY, PRIMARY, SUBDIVISION, CityRow, gazetteer

__all__ = [
    "DOMINANCE",
    "AmbiguousPlaceError",
    "Candidates",
    "Place",
    "PlaceKind",
    "candidates",
    "choose",
    "city_place",
    "indexed",
    "union",
]

DOMINANCE = 20


class PlaceKind(enum.Enum):
    """What a place name names."""

    COUNTRY = "country"
    SUBDIVISION = "subdivision"
    CITY = "city"


def _kind(value: PlaceKind | str) -> PlaceKind:
    return value if isinstance(value, PlaceKind) else PlaceKind(value)


@attrs.frozen(kw_only=True)
class Place:
    """A place named in a text: a country, a first-level subdivision or a city.

    Attributes:
        text: the text as given.
        country: ISO 3166-1 alpha-2 code.
        subdivision: ISO 3166-2 code, when known (never guessed).
        locality: a qualifier that is no known place of the country ("Rauma" in
            "Rauma, Norway"), kept so that nothing in the text is silently dropped.
        kind: country, subdivision or city.
        name: the place's name (GeoNames' name for a city, the English name otherwise).
        geonames_id: the GeoNames id of a city.
        latitude, longitude: a city's coordinates (WGS 84 degrees).
        population: a city's population in GeoNames (0 when unknown).
    """

    text: str
    country: str
    subdivision: str | None = None
    locality: str | None = None
    kind: PlaceKind = attrs.field(default=PlaceKind.COUNTRY, converter=_kind)
    name: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None

    def describe(self) -> str:
        """A one-line description for error messages and listings.

        >>> Place(text="x", country="DE", subdivision="DE-BB", kind="city", name="Friedland",
        ...       geonames_id=2925177, population=2807).describe()
        'Friedland (city, DE, DE-BB, population 2,807, geonames 2925177)'
        """
        parts = [self.kind.value, self.country]
        if self.subdivision:
            parts.append(self.subdivision)
        if self.population is not None:
            parts.append(f"population {self.population:,}")
        if self.geonames_id is not None:
            parts.append(f"geonames {self.geonames_id}")
        return f"{self.name or self.text} ({', '.join(parts)})"


class AmbiguousPlaceError(AmbiguousNameError):
    """A place name that fits several places; ``places`` holds them, most populous first."""

    def __init__(self, message: str, *, name: str, places: Sequence[Place]) -> None:
        self.places: tuple[Place, ...] = tuple(places)
        super().__init__(message, name=name, candidates=[p.describe() for p in self.places])


AmbiguousPlaceError.__module__ = "citydiplo"  # shown where users import it from


@attrs.frozen
class Candidates:
    """What a name names, split by kind."""

    countries: tuple[str, ...]
    subdivisions: tuple[str, ...]
    cities: tuple[int, ...]  # gazetteer rows
    primary: frozenset[int]  # rows matched by their GeoNames name
    districts: tuple[District, ...] = ()  # from data/districts.json (cities500 lacks them)

    def __bool__(self) -> bool:
        return bool(self.countries or self.subdivisions or self.cities or self.districts)


def union(found: list[tuple[Candidates, frozenset[PlaceKind]]]) -> Candidates:
    """The candidates of several readings of one name, each limited to its kinds."""
    return Candidates(
        tuple(sorted({c for f, k in found if PlaceKind.COUNTRY in k for c in f.countries})),
        tuple(sorted({s for f, k in found if PlaceKind.SUBDIVISION in k for s in f.subdivisions})),
        tuple(sorted({r for f, k in found if PlaceKind.CITY in k for r in f.cities})),
        frozenset(r for f, k in found if PlaceKind.CITY in k for r in f.primary),
        tuple(
            sorted(
                {d for f, k in found if PlaceKind.CITY in k for d in f.districts},
                key=lambda d: d.geonames_id,
            )
        ),
    )


@lru_cache(maxsize=65536)
def candidates(key: str) -> Candidates:
    """Every place whose name has the match key ``key``: the gazetteer's, and the CLDR
    subdivision names and GeoNames districts of :mod:`citydiplo._geo._extra`."""
    found = indexed(key)
    more = extras()
    subdivisions = more.subdivisions(key)
    districts = more.districts_named(key)
    namesake = more.namesake(key)
    if not subdivisions and not districts and namesake is None:
        return found
    cities, primary = set(found.cities), set(found.primary)
    if namesake is not None:  # the subdivision's namesake city, as if by its own name
        geonames_id, city_key = namesake
        gz = gazetteer()
        rows = [r for r in indexed(city_key).primary if gz.city(r).geonames_id == geonames_id]
        cities.update(rows)
        primary.update(rows)
    return Candidates(
        found.countries,
        tuple(sorted({*found.subdivisions, *subdivisions})),
        tuple(sorted(cities)),
        frozenset(primary),
        districts,
    )


def indexed(key: str) -> Candidates:
    """Every place of the gazetteer whose name has the match key ``key``."""
    gz = gazetteer()
    countries: list[str] = []
    subdivisions: list[str] = []
    cities: list[int] = []
    primary: set[int] = set()
    for kind, index in gz.records(key):
        if kind == COUNTRY:
            countries.append(gz.countries[index])
        elif kind == SUBDIVISION:
            subdivisions.append(gz.subdivisions[index])
        else:
            cities.append(index)
            if kind == PRIMARY:
                primary.add(index)
    return Candidates(
        tuple(sorted(set(countries))),
        tuple(sorted(set(subdivisions))),
        tuple(sorted(set(cities))),
        frozenset(primary),
    )


@cache
def _subdivision_names() -> dict[str, str]:
    import pycountry

    return {s.code: s.name for s in pycountry.subdivisions}


@cache
def _parents() -> dict[str, str | None]:
    import pycountry

    return {s.code: s.parent_code for s in pycountry.subdivisions}


def related(sub: str | None, wanted: str) -> bool:
    """Whether subdivision ``sub`` is ``wanted`` or lies inside it (or contains it)."""
    if sub is None:
        return False
    parents = _parents()
    return sub == wanted or parents.get(sub) == wanted or parents.get(wanted) == sub


def city_place(row: CityRow, text: str) -> Place:
    """The :class:`Place` of a gazetteer city."""
    subdivision = row.subdivision or extras().city_subdivision(row.geonames_id)
    return Place(
        text=text,
        kind=PlaceKind.CITY,
        name=row.name,
        country=row.country,
        subdivision=subdivision,
        geonames_id=row.geonames_id,
        latitude=row.latitude,
        longitude=row.longitude,
        population=row.population,
    )


def subdivision_place(code: str, text: str) -> Place:
    """The :class:`Place` of an ISO 3166-2 subdivision."""
    name = _subdivision_names().get(code, code)
    return Place(
        text=text, kind=PlaceKind.SUBDIVISION, country=code[:2], subdivision=code, name=name
    )


def _cities_in(rows: Iterable[int], country: str | None, subdivision: str | None) -> list[CityRow]:
    gz = gazetteer()
    if country is not None:
        rows = [r for r in rows if gz.country_of(r) == country]
    found = [filled(gz.city(r)) for r in rows]
    if subdivision is not None:
        inside = [c for c in found if related(c.subdivision, subdivision)]
        # a city whose subdivision GeoNames cannot tell stays possible, never certain
        found = inside or [c for c in found if c.subdivision is None]
    return found


def dominant(cities: list[CityRow], text: str, primary: frozenset[int] = frozenset()) -> Place:
    """The one city of ``cities`` (after context) under the dominance rule, or the error.

    A city that has the name only as an alternate (an exonym, an old or misspelt form)
    counts with its population divided by :data:`DOMINANCE` when a city has it as its own
    GeoNames name: "Pittsburgh" is Pittsburgh, Pennsylvania, not Pittsburg, California,
    and "Munich" is still München against a hamlet whose own name is Munich — but never
    against a place of its own country that bears the name as its own.
    """
    unique = {c.geonames_id: c for c in cities}
    discount = any(c.row in primary for c in unique.values())

    def weight(c: CityRow) -> float:
        own = not discount or c.row in primary
        return c.population if own else c.population / DOMINANCE

    ranked = sorted(unique.values(), key=lambda c: (-weight(c), c.geonames_id))
    top = ranked[0]
    # an old or alternate name never beats a place of the same country that bears it as its
    # own name ("Xiangshan" is also an old name of Zhongshan)
    rival = (
        discount
        and top.row not in primary
        and any(c.row in primary and c.country == top.country for c in ranked[1:])
    )
    if len(ranked) == 1 or (
        not rival and top.population > 0 and weight(top) >= DOMINANCE * weight(ranked[1])
    ):
        return city_place(top, text)
    shown = [city_place(c, text) for c in ranked[:12]]
    more = f" and {len(ranked) - 12} more" if len(ranked) > 12 else ""
    raise AmbiguousPlaceError(
        f"{text!r} names {len(ranked)} places{more}; give a country or subdivision",
        name=text,
        places=shown,
    )


def choose(
    found: Candidates,
    text: str,
    *,
    kinds: frozenset[PlaceKind],
    country: str | None = None,
    subdivision: str | None = None,
) -> Place | None:
    """The place ``found`` names in this context; ``None`` when the context rules out all.

    Raises:
        AmbiguousPlaceError: several candidates remain and none dominates.
    """
    if PlaceKind.COUNTRY in kinds and subdivision is None:
        codes = [c for c in found.countries if country is None or c == country]
        if len(codes) == 1:
            return Place(text=text, kind=PlaceKind.COUNTRY, country=codes[0])
        if len(codes) > 1:
            raise AmbiguousPlaceError(
                f"{text!r} may name several countries",
                name=text,
                places=[Place(text=text, country=c) for c in codes],
            )
    subs: list[str] = []
    if PlaceKind.SUBDIVISION in kinds:
        subs = [
            s
            for s in found.subdivisions
            if (country is None or s.startswith(country + "-"))
            and (subdivision is None or related(s, subdivision))
        ]
        subs = [s for s in subs if not (set(_ancestors(s)) & set(subs))]
    cities: list[CityRow] = []
    if PlaceKind.CITY in kinds:
        cities = _cities_in(found.cities, country, subdivision)
    if subs:
        namesakes = [c for c in cities if _namesake(c, subs, found.primary)]
        alone = [s for s in subs if not any(_namesake(c, [s], found.primary) for c in namesakes)]
        if namesakes and not alone:
            place = dominant(cities, text, found.primary)
            if place.subdivision is None and len(subs) == 1:
                # a city-like subdivision is its namesake city's ("Москва": RU-MOW)
                place = attrs.evolve(place, subdivision=subs[0])
            return place
        if len(alone) == 1 and not namesakes:
            return subdivision_place(alone[0], text)
        places = [subdivision_place(s, text) for s in alone]
        places += [city_place(c, text) for c in namesakes]
        raise AmbiguousPlaceError(f"{text!r} names several places", name=text, places=places)
    if cities:
        return dominant(cities, text, found.primary)
    if PlaceKind.CITY in kinds and found.districts:
        from citydiplo._geo._districts import choose_district

        return choose_district(found.districts, text, country, subdivision)
    return None


def _namesake(city: CityRow, subdivisions: list[str], primary: frozenset[int]) -> bool:
    """Whether ``city`` and one of ``subdivisions`` are the same place: the city has that
    name as its GeoNames name and lies in it, or is a city of 100,000 or more of that
    country whose subdivision is unknown ("Минск", "Karbala"), or the subdivision is a city
    itself (Busan Metropolitan City, Hanoi Municipality) in the city's country."""
    for code in subdivisions:
        if city.row in primary and related(city.subdivision, code):
            return True
        if city.subdivision is None and city.country == code[:2] and city.population >= 100_000:
            return True  # a big city whose subdivision is unknown: the subdivision's namesake
        same_country = city.country == code.split("-")[0]
        if _city_like(code) and same_country and city.subdivision in (None, code, _parent(code)):
            return True
    return False


_CITY_TYPES = ("city", "municipality", "capital", "metropolitan")


def _city_like(code: str) -> bool:
    return any(word in _subdivision_types().get(code, "") for word in _CITY_TYPES)


def _parent(code: str) -> str | None:
    return _parents().get(code)


@cache
def _subdivision_types() -> dict[str, str]:
    import pycountry

    return {s.code: s.type.lower() for s in pycountry.subdivisions}


def _ancestors(code: str) -> list[str]:
    parents = _parents()
    seen: list[str] = []
    parent = parents.get(code)
    while parent is not None and parent not in seen:
        seen.append(parent)
        parent = parents.get(parent)
    return seen
