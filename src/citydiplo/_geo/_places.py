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
from collections.abc import Sequence
from functools import lru_cache

import attrs

from citydiplo._errors import AmbiguousNameError
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import CityRow, Postings, gazetteer
from citydiplo._geo._hierarchy import ancestors, related, subdivision_name
from citydiplo._geo._rows import DOMINANCE, cities_in, namesake, namesakes
from citydiplo._geo._rows import ranking as _ranking

__all__ = [
    "ALL_KINDS",
    "DOMINANCE",
    "AmbiguousPlaceError",
    "Candidates",
    "Place",
    "PlaceKind",
    "candidates",
    "choose",
    "city_place",
    "indexed",
    "related",
    "union",
]

class PlaceKind(enum.Enum):
    """What a place name names."""

    COUNTRY = "country"
    SUBDIVISION = "subdivision"
    CITY = "city"

    # members are singletons: hashing by identity is right, and much cheaper than
    # Enum's hash of the member's name (kinds are looked up in sets on every call)
    __hash__ = object.__hash__


ALL_KINDS = frozenset(PlaceKind)


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
        self._places: tuple[Place, ...] = tuple(places)
        self._rows: tuple[int, ...] = ()
        super().__init__(message, name=name, candidates=[p.describe() for p in self._places])

    @classmethod
    def _among(
        cls, message: str, *, name: str, places: Sequence[Place], rows: Sequence[int]
    ) -> AmbiguousPlaceError:
        """The error for ``places`` and the gazetteer cities in ``rows``, whose
        :class:`Place` objects are built only when ``places`` is read."""
        err = cls.__new__(cls)
        err._places = tuple(places)
        err._rows = tuple(rows)
        listed = [p.describe() for p in err._places] + [describe_city(r, name) for r in rows]
        AmbiguousNameError.__init__(err, message, name=name, candidates=listed)
        return err

    @property
    def places(self) -> tuple[Place, ...]:
        """The candidates, most populous first."""
        if self._rows:
            self._places += tuple(city_place(r, self.name) for r in self._rows)
            self._rows = ()
        return self._places


AmbiguousPlaceError.__module__ = "citydiplo"  # shown where users import it from


Candidates = Postings  # what a name names, by kind; city rows most populous first


_NOTHING = Candidates((), ())


def union(found: list[tuple[Candidates, frozenset[PlaceKind]]]) -> Candidates:
    """The candidates of several readings of one name, each limited to its kinds."""
    if len(found) == 1 and found[0][1] == ALL_KINDS:
        return found[0][0]
    cities = [f for f, k in found if PlaceKind.CITY in k]
    own = sorted({r for f in cities for r in f.own})
    owned = set(own)
    return Candidates(
        tuple(sorted({c for f, k in found if PlaceKind.COUNTRY in k for c in f.countries})),
        tuple(sorted({s for f, k in found if PlaceKind.SUBDIVISION in k for s in f.subdivisions})),
        tuple(own),
        tuple(sorted({r for f in cities for r in f.alternate if r not in owned})),
        tuple(sorted({d for f in cities for d in f.districts}, key=lambda d: d.geonames_id)),
    )


@lru_cache(maxsize=65536)
def candidates(key: str) -> Candidates:
    """Every place whose name has the match key ``key``: the gazetteer's, and the CLDR
    subdivision names and GeoNames districts of :mod:`citydiplo._geo._extra` (read only
    for the keys those files hold)."""
    found = indexed(key)
    more = extras()
    return more.widen(found, key) if key in more else found


def indexed(key: str) -> Candidates:
    """Every place of the gazetteer itself whose name has the match key ``key``."""
    found = gazetteer().postings(key)
    return _NOTHING if found is None else found


def city_place(row: CityRow | int, text: str) -> Place:
    """The :class:`Place` of a gazetteer city (a :class:`CityRow` or its row number)."""
    if isinstance(row, int):
        geonames_id, name, country, sub, latitude, longitude, population = gazetteer().fields(row)
        if sub is None:
            sub = extras().city_subdivision(geonames_id)
        return Place(
            text=text,
            kind=PlaceKind.CITY,
            name=name,
            country=country,
            subdivision=sub,
            geonames_id=geonames_id,
            latitude=latitude,
            longitude=longitude,
            population=population,
        )
    return Place(
        text=text,
        kind=PlaceKind.CITY,
        name=row.name,
        country=row.country,
        subdivision=row.subdivision or extras().city_subdivision(row.geonames_id),
        geonames_id=row.geonames_id,
        latitude=row.latitude,
        longitude=row.longitude,
        population=row.population,
    )


def describe_city(row: int, text: str) -> str:
    """``city_place(row, text).describe()``, without building the :class:`Place`."""
    geonames_id, name, country, sub, _, _, population = gazetteer().fields(row)
    if sub is None:
        sub = extras().city_subdivision(geonames_id)
    where = f"{country}, {sub}" if sub else country
    return f"{name or text} (city, {where}, population {population:,}, geonames {geonames_id})"


def subdivision_place(code: str, text: str) -> Place:
    """The :class:`Place` of an ISO 3166-2 subdivision."""
    name = subdivision_name(code)
    return Place(
        text=text, kind=PlaceKind.SUBDIVISION, country=code[:2], subdivision=code, name=name
    )


def dominant(own: Sequence[int], alternate: Sequence[int], text: str) -> Place:
    """The one city of ``own`` and ``alternate`` (rows left by the context) under the
    dominance rule, or the error.

    A city that has the name only as an alternate (an exonym, an old or misspelt form)
    counts with its population divided by :data:`DOMINANCE` when a city has it as its own
    GeoNames name: "Pittsburgh" is Pittsburgh, Pennsylvania, not Pittsburg, California,
    and "Munich" is still München against a hamlet whose own name is Munich — but never
    against a place of its own country that bears the name as its own.
    """
    gz = gazetteer()
    population = gz.populations
    discount = bool(own)

    def weight(row: int, is_own: bool) -> float:
        return population[row] if is_own or not discount else population[row] / DOMINANCE

    ranked = _ranking(own, alternate, 2)
    top, top_own = ranked[0]
    # an old or alternate name never beats a place of the same country that bears it as its
    # own name ("Xiangshan" is also an old name of Zhongshan)
    country = gz.country_numbers
    rival = discount and not top_own and any(country[r] == country[top] for r in own)
    if len(ranked) == 1 or (
        not rival and population[top] > 0 and weight(top, top_own) >= DOMINANCE * weight(*ranked[1])
    ):
        return city_place(top, text)
    total = len(own) + len(alternate)
    more = f" and {total - 12} more" if total > 12 else ""
    raise AmbiguousPlaceError._among(
        f"{text!r} names {total} places{more}; give a country or subdivision",
        name=text,
        places=(),
        rows=[r for r, _ in _ranking(own, alternate, 12)],
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
    if PlaceKind.COUNTRY in kinds and subdivision is None and found.countries:
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
    if PlaceKind.SUBDIVISION in kinds and found.subdivisions:
        subs = [
            s
            for s in found.subdivisions
            if (country is None or s.startswith(country + "-"))
            and (subdivision is None or related(s, subdivision))
        ]
        subs = [s for s in subs if not (set(ancestors(s)) & set(subs))]
    own: tuple[int, ...] = ()
    alternate: tuple[int, ...] = ()
    if PlaceKind.CITY in kinds:
        own, alternate = cities_in(found, country, subdivision)
    if subs:
        twins = namesakes(own, alternate, subs)
        owned = set(own)
        alone = [s for s in subs if not any(namesake(r, r in owned, [s]) for r in twins)]
        if twins and not alone:
            place = dominant(own, alternate, text)
            if place.subdivision is None and len(subs) == 1:
                # a city-like subdivision is its namesake city's ("Москва": RU-MOW)
                place = attrs.evolve(place, subdivision=subs[0])
            return place
        if len(alone) == 1 and not twins:
            return subdivision_place(alone[0], text)
        raise AmbiguousPlaceError._among(
            f"{text!r} names several places",
            name=text,
            places=[subdivision_place(s, text) for s in alone],
            rows=twins,
        )
    if own or alternate:
        return dominant(own, alternate, text)
    if PlaceKind.CITY in kinds and found.districts:
        from citydiplo._geo._districts import choose_district

        return choose_district(found.districts, text, country, subdivision)
    return None
