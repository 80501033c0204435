"""What one name in running text names: the gazetteer's reading of a match key with the
kinds its cue words allow (:func:`decide`), and two readings of the key's neighbours."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from citydiplo._errors import AmbiguousNameError, CitydiploError
from citydiplo._geo._compass_regions import region_of_compass
from citydiplo._geo._countries import resolve_country
from citydiplo._geo._extra import subdivision_of
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import Candidates, Place, PlaceKind, candidates, choose, city_place
from citydiplo._normalize import match_key

__all__ = [
    "ALL_KINDS",
    "city_with_generic",
    "country_before_its_place",
    "decide",
    "homonym_without_generic",
    "namesake_city",
    "native_name",
    "region_named_after",
]

ALL_KINDS = frozenset(PlaceKind)


def country_before_its_place(key: str, keys: Sequence[str]) -> bool:
    """Whether ``key`` is a country's name glued to a name of the same place as ``key``
    ("中国上海" is "中国", then "上海"): both are read, each for what it names."""
    for head in keys:
        if len(head) >= len(key) or not key.startswith(head):
            continue
        country = decide(head, frozenset({PlaceKind.COUNTRY}), head, False)
        if country is None or country.kind is not PlaceKind.COUNTRY:
            continue
        whole = decide(key, ALL_KINDS, key, False)
        rest = decide(key[len(head) :], ALL_KINDS, key[len(head) :], False)
        if (
            whole is not None
            and rest is not None
            and whole.kind is not PlaceKind.COUNTRY
            and (whole.geonames_id, whole.subdivision) == (rest.geonames_id, rest.subdivision)
        ):
            return whole.country == country.country
    return False


def namesake_city(place: Place, span: str) -> Place | None:
    """The one city inside subdivision ``place`` that bears its name as its own GeoNames
    name, or, for a city read where a generic word for regions is written on its name, the
    region named after it (:func:`region_named_after`), or ``None``."""
    if place.kind is PlaceKind.CITY:
        return region_named_after(place, span)
    if place.kind is not PlaceKind.SUBDIVISION or place.subdivision is None:
        return None
    found = candidates(match_key(place.name or ""))
    rows = [r for r in found.own if subdivision_of(r) == place.subdivision]
    return city_place(rows[0], span) if len(rows) == 1 else None


_HAN_HOMES = frozenset({"CN", "TW", "HK", "MO", "JP", "KR"})  # 州 is a prefecture there


def region_named_after(city: Place, span: str) -> Place | None:
    """The one first-level subdivision of a city's country (outside the countries that write
    Han characters), other than the city's own, whose ISO 3166-2 name is the city's GeoNames
    name, alone or followed by one word for its level: Chinese "阿拉木图州" is Almaty oblysy
    (KZ-19), the region named after Almaty, not the city (KZ-75).

    >>> almaty = Place(text="阿拉木图", country="KZ", subdivision="KZ-75",
    ...                kind=PlaceKind.CITY, name="Almaty")
    >>> region_named_after(almaty, "阿拉木图州").subdivision
    'KZ-19'
    """
    if city.country is None or city.country in _HAN_HOMES or not city.name:
        return None
    found = [
        region
        for region in _regions_by_name(city.country).get(match_key(city.name), ())
        if region[0] != city.subdivision  # the city itself, a subdivision of its own (KZ-75)
    ]
    if len(found) != 1:
        return None
    code, name = found[0]
    return Place(
        text=span, country=city.country, subdivision=code, kind=PlaceKind.SUBDIVISION, name=name
    )


@lru_cache(maxsize=256)
def _regions_by_name(country: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The first-level subdivisions of ``country`` by their ISO name's match key, and by that
    key without its last word when it has two or more ("almaty" for "Almaty oblysy")."""
    import pycountry

    table: dict[str, list[tuple[str, str]]] = {}
    lookup: Callable[..., Any] = pycountry.subdivisions.get  # untyped in pycountry
    subs = sorted(lookup(country_code=country) or (), key=lambda s: s.code)
    for sub in subs:
        if sub.parent_code is not None:
            continue
        key = match_key(sub.name)
        keys = {key}
        if " " in key:
            keys.add(key.rsplit(" ", 1)[0])
        for k in sorted(keys):
            table.setdefault(k, []).append((sub.code, sub.name))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=65536)
def decide(
    key: str,
    kinds: frozenset[PlaceKind],
    span: str,
    cued: bool,
    home: frozenset[str] = frozenset(),
) -> Place | None:
    """The place ``key`` names with these kinds, or ``None`` (ambiguous or ruled out).

    A name in the script of the text's language that GeoNames gives to one city only, as an
    alternate name, is that city's own where the city lies in a country of the language
    (``home``): Korean "양구군" is Yanggu, Gangwon, though Yanggu, Shandong, bears the same
    name in Latin letters (elsewhere such a name may be a transliteration of either)."""
    found = candidates(key)
    try:
        place = choose(found, span, kinds=kinds)
    except AmbiguousNameError:
        place = native_name(found, span, kinds, home)
        if place is None:
            return None
    except CitydiploError:
        return None
    if place is not None and place.kind is PlaceKind.CITY and homonym_without_generic(key, place):
        return None  # "고성군": GeoNames writes only one of the two Goseong counties so
    if place is not None and place.population is None and place.country in home:
        place = city_with_generic(key, place, span, kinds)  # "창원": the city of "창원시"
    if place is not None and region_of_compass(key, place, _wider):
        return None  # "North Wales" is the north of Wales, no borough of Pennsylvania
    if place is not None and place.kind is PlaceKind.COUNTRY:
        try:  # the country resolver's own rules ("Congo" is ambiguous, "Korea" is KR)
            return Place(text=span, country=resolve_country(span))
        except CitydiploError:
            pass
        try:  # an inflected name ("Россию") by its dictionary form
            return Place(text=span, country=resolve_country(key))
        except CitydiploError:
            return place if cued else None
    return place


def _wider(key: str) -> Place | None:
    """The country or first-level subdivision ``key`` names alone, or ``None``."""
    return decide(key, frozenset({PlaceKind.COUNTRY, PlaceKind.SUBDIVISION}), key, False)


@lru_cache(maxsize=1)
def _attached_city_words() -> tuple[str, ...]:
    """The generic words Korean writes on the name of a city or county ("시", "군")."""
    from citydiplo._geo._cues import cues

    words = {w for w, kind in cues("ko").attached_after if kind == "city"}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


_HOMONYM_FLOOR = 15_000  # a village of the same name is no rival
_BARE_FLOOR = 100_000  # a smaller county's bare name is often a word: "강화" (to strengthen)


def homonym_without_generic(key: str, place: Place) -> bool:
    """Whether the Korean city ``key`` names, written with its attached generic word, shares
    its bare name with another city of the same country, in another subdivision (at least
    15,000 people), that GeoNames does not write with that word: the generic word then does
    not tell them apart ("고성군" is Goseong, Gangwon, in GeoNames, while Goseong, South
    Gyeongsang, is a 군 too).

    >>> kosong = Place(text="고성군", country="KR", subdivision="KR-42", kind=PlaceKind.CITY)
    >>> homonym_without_generic("고성군", kosong)
    True
    >>> sangju = Place(text="상주시", country="KR", subdivision="KR-47", kind=PlaceKind.CITY)
    >>> homonym_without_generic("상주시", sangju)
    False
    >>> homonym_without_generic("부산시", Place(text="부산시", country="KR", kind=PlaceKind.CITY))
    False
    """
    for word in _attached_city_words():
        if len(key) > len(word) and key.endswith(word):
            whole, without = candidates(key).cities, candidates(key[: -len(word)]).cities
            return any(
                r not in whole
                and gazetteer().country_of(r) == place.country
                and gazetteer().subdivision_of(r) != place.subdivision
                and gazetteer().population(r) >= _HOMONYM_FLOOR
                for r in without
            )
    return False


def city_with_generic(key: str, place: Place, span: str, kinds: frozenset[PlaceKind]) -> Place:
    """The city that ``key`` names with a Korean generic word on it ("창원시", Changwon, a
    million people) where ``place``, what the bare name reads as, is a district of unknown
    size in the same subdivision (GeoNames' "Changwon-si" division holds the bare "창원"):
    the bare name of a home city of :data:`_BARE_FLOOR` people or more is the city; a
    smaller county's bare name is often a word ("강화", to strengthen); else ``place``.

    >>> district = decide("창원", ALL_KINDS, "창원", False)
    >>> city = city_with_generic("창원", district, "창원", ALL_KINDS)
    >>> district.population is None, city.population
    (True, 1025702)
    """
    if place.kind is not PlaceKind.CITY or PlaceKind.CITY not in kinds or span.isascii():
        return place
    for word in _attached_city_words():
        try:
            city = choose(candidates(key + word), span, kinds=frozenset({PlaceKind.CITY}))
        except CitydiploError:
            continue
        same = city is not None and (city.country, city.subdivision) == (
            place.country,
            place.subdivision,
        )
        big = city is not None and (city.population or 0) >= _BARE_FLOOR  # "강화" (to strengthen)
        if same and big and city is not None and not homonym_without_generic(
            key + word, city
        ):
            return city
    return place


def native_name(
    found: Candidates, span: str, kinds: frozenset[PlaceKind], home: frozenset[str]
) -> Place | None:
    """The one city ``found`` holds by an alternate name written in a script other than
    Latin, when that city lies at ``home`` (see :func:`decide`), else ``None``.

    >>> native_name(candidates("양구군"), "양구군", ALL_KINDS, frozenset({"KR"})).subdivision
    'KR-42'
    >>> native_name(candidates("양구군"), "양구군", ALL_KINDS, frozenset({"JP"})) is None
    True
    """
    latin = all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in span)
    lone = not found.own and len(found.alternate) == 1 and not found.countries
    if latin or not lone or PlaceKind.CITY not in kinds or found.subdivisions:
        return None
    row = found.alternate[0]
    return city_place(row, span) if gazetteer().country_of(row) in home else None
