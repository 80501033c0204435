"""Places (countries, subdivisions, cities) and how a set of candidates becomes one answer.

The dominance rule: once the context (a country, a subdivision, a qualifier, a cue word) has
filtered the candidates for a city name, the most populous candidate wins when it has at
least :data:`DOMINANCE` times the population of every other one ("Paris": 2.1 million
against 25,000 for Paris, Texas). Otherwise the name is ambiguous ("Córdoba": 2.1 million in
Argentina against 326,000 in Spain) and :class:`AmbiguousPlaceError` lists the candidates
with their country, subdivision and population. A candidate without a population never
dominates, nor is it dominated by a city of fewer than ``DOMINANCE`` × 1,000 people
(GeoNames leaves some district seats without a population: "Tepebaşı", Turkey, is a district
of Eskişehir of 350,000 as much as a village of 374), and a city that has the name only as
an alternate name counts with a population divided by the same factor when another city has
it as its own name.

Kinds: a subdivision and a city that share a name are one place when the city, by its
GeoNames name, lies in that subdivision ("Seoul", "Tokyo", "Paris"), or when the
subdivision is a city itself (a metropolitan city, municipality or capital: "부산",
"Hà Nội"): the city is the answer, with its subdivision. Otherwise the subdivision is
("Brandenburg" is the state, not Brandenburg an der Havel, which has that name only as an
alternate).
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Sequence
from functools import cache

import attrs

from citydiplo._errors import AmbiguousNameError
from citydiplo._geo._candidates import candidates, indexed
from citydiplo._geo._dominance import (
    DOMINANCE,
    cities_in,
    namesake,
    namesakes_of,
    ranking,
    rival_of_exonym,
    winner,
)
from citydiplo._geo._extra import extras
from citydiplo._geo._fast_place import slot_builder
from citydiplo._geo._gazetteer import Postings, gazetteer
from citydiplo._geo._hierarchy import ancestors, related, subdivision_name
from citydiplo._geo._sub_rivals import rivals_of_subdivisions

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


_city = slot_builder(Place, PlaceKind.CITY)  # Place(kind=CITY, ...) without attrs' __init__


class AmbiguousPlaceError(AmbiguousNameError):
    """A place name that fits several places; ``places`` holds them, most populous first.

    Raised with gazetteer cities, the error keeps their rows: their :class:`Place` objects
    and descriptions (``places``, ``candidates``, the message) are made when first read,
    so that a caller that only catches the error does not pay for them.
    """

    _short: str | None = None  # the message before the candidates, when they are lazy
    _listed: tuple[str, ...] | None = None
    _rows: tuple[int, ...] = ()
    _unranked: tuple[Sequence[int], Sequence[int]] | None = None  # (own, alternate) rows

    def __init__(self, message: str, *, name: str, places: Sequence[Place]) -> None:
        self._places: tuple[Place, ...] = tuple(places)
        super().__init__(message, name=name, candidates=[p.describe() for p in self._places])

    @classmethod
    def _among(
        cls, message: str, *, name: str, places: Sequence[Place], rows: Sequence[int]
    ) -> AmbiguousPlaceError:
        """The error for ``places`` and the gazetteer cities in ``rows``."""
        err = cls.__new__(cls)
        Exception.__init__(err, message)
        err.name = name
        err._short = message
        err._places = tuple(places)
        err._rows = tuple(rows)
        return err

    @classmethod
    def _ranked(
        cls, message: str, *, name: str, own: Sequence[int], alternate: Sequence[int]
    ) -> AmbiguousPlaceError:
        """The error for the first twelve cities of ``own`` and ``alternate`` by the rule of
        dominance, ranked when first read (a caller that only catches it never ranks)."""
        err = cls._among(message, name=name, places=(), rows=())
        err._unranked = (tuple(own), tuple(alternate))
        return err

    def _city_rows(self) -> tuple[int, ...]:
        if self._unranked is not None:
            own, alternate = self._unranked
            self._rows, self._unranked = tuple(r for r, _ in ranking(own, alternate, 12)), None
        return self._rows

    @property
    def candidates(self) -> tuple[str, ...]:
        """Each candidate described: name, kind, country, subdivision, population."""
        if self._listed is None:
            self._listed = tuple(p.describe() for p in self._places) + tuple(
                describe_city(r, self.name) for r in self._city_rows()
            )
        return self._listed

    @candidates.setter
    def candidates(self, value: tuple[str, ...]) -> None:
        self._listed = tuple(value)

    @property
    def places(self) -> tuple[Place, ...]:
        """The candidates, most populous first."""
        if self._city_rows():
            self._places += tuple(city_place(r, self.name) for r in self._rows)
            self._rows = ()
        return self._places

    def __str__(self) -> str:
        if self._short is None:
            return super().__str__()
        return f"{self._short}: {', '.join(self.candidates)}"


AmbiguousPlaceError.__module__ = "citydiplo"  # shown where users import it from


Candidates = Postings  # what a name names, by kind; city rows most populous first


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


def city_place(row: int, text: str) -> Place:
    """The :class:`Place` of the gazetteer city in ``row`` (its subdivision, where the
    gazetteer has none, from the extra names)."""
    geonames_id, name, country, sub, latitude, longitude, population = gazetteer().fields(row)
    if sub is None:
        sub = extras().city_subdivision(geonames_id)
    return _city(text, name, country, sub, geonames_id, latitude, longitude, population)


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


def dominant(
    own: Sequence[int], alternate: Sequence[int], text: str, country: str | None = None
) -> Place:
    """The one city of ``own`` and ``alternate`` (rows left by the context) under the
    dominance rule (:func:`citydiplo._geo._dominance.winner`), or the error listing the
    first twelve by the rule's ranking."""
    top = winner(own, alternate)
    if top is not None:
        return city_place(top, text) if own else _by_exonym(top, text, country)
    total = len(own) + len(alternate)
    more = f" and {total - 12} more" if total > 12 else ""
    raise AmbiguousPlaceError._ranked(
        f"{text!r} names {total} places{more}; give a country or subdivision",
        name=text,
        own=own,
        alternate=alternate,
    )


def _by_exonym(row: int, text: str, country: str | None = None) -> Place:
    """The city in ``row``, found by one of its alternate names, unless that name is in
    another script than Latin and a city bearing its own name in Latin letters (in
    ``country`` when the context gives one) may be meant (:func:`rival_of_exonym`). A
    Latin alternate ("Gmünd in Kärnten", "Saky") names its city as GeoNames spells it."""
    if text.isascii() or all(map(_latin_or_no_letter, text)):
        return city_place(row, text)
    rival = rival_of_exonym(row)
    if rival is None or (country is not None and gazetteer().country_of(rival) != country):
        return city_place(row, text)
    raise AmbiguousPlaceError._among(
        f"{text!r} may name several places; give a country or subdivision",
        name=text,
        places=(),
        rows=[row, rival],
    )


@cache
def _latin_or_no_letter(char: str) -> bool:
    return not char.isalpha() or unicodedata.name(char, "").startswith("LATIN")


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
    if (
        not found.countries
        and not found.subdivisions
        and len(found.own) + len(found.alternate) == 1
        and country is None
        and subdivision is None
        and PlaceKind.CITY in kinds
    ):
        if found.own:
            return city_place(found.own[0], text)  # one city, no rival
        return _by_exonym(found.alternate[0], text)
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
        namesakes = namesakes_of(own, alternate, subs)
        owned = set(own)
        alone = [s for s in subs if not any(namesake(r, r in owned, [s]) for r in namesakes)]
        if namesakes and not alone:
            place = dominant(own, alternate, text, country)
            if place.subdivision is None and len(subs) == 1:
                # a city-like subdivision is its namesake city's ("Москва": RU-MOW)
                place = attrs.evolve(place, subdivision=subs[0])
            return place
        rivals, others = rivals_of_subdivisions(own, alternate, alone, namesakes)  # "Portland"
        if len(alone) == 1 and not namesakes and not rivals:
            return subdivision_place(alone[0], text)
        more = f" ({len(others) - 12} more cities not listed)" if len(others) > 12 else ""
        raise AmbiguousPlaceError._among(
            f"{text!r} names several places{more}",
            name=text,
            places=[subdivision_place(s, text) for s in alone],
            rows=[*namesakes, *others[:12]],
        )
    if own or alternate:
        return dominant(own, alternate, text, country)
    if PlaceKind.CITY in kinds and found.districts:
        from citydiplo._geo._districts import choose_district

        return choose_district(found.districts, text, country, subdivision)
    return None
