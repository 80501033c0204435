"""What one name in running text names: the gazetteer's reading of a match key with the
kinds its cue words allow (:func:`decide`), and two readings of the key's neighbours."""

from __future__ import annotations

from functools import lru_cache

from citydiplo._errors import CitydiploError
from citydiplo._geo._countries import resolve_country
from citydiplo._geo._extra import subdivision_of
from citydiplo._geo._places import Place, PlaceKind, candidates, choose, city_place
from citydiplo._normalize import match_key

__all__ = ["ALL_KINDS", "country_before_its_place", "decide", "namesake_city"]

ALL_KINDS = frozenset(PlaceKind)


def country_before_its_place(key: str, keys: list[str]) -> bool:
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
    name, or ``None``."""
    if place.kind is not PlaceKind.SUBDIVISION or place.subdivision is None:
        return None
    found = candidates(match_key(place.name or ""))
    rows = [r for r in found.own if subdivision_of(r) == place.subdivision]
    return city_place(rows[0], span) if len(rows) == 1 else None


@lru_cache(maxsize=65536)
def decide(key: str, kinds: frozenset[PlaceKind], span: str, cued: bool) -> Place | None:
    """The place ``key`` names with these kinds, or ``None`` (ambiguous or ruled out)."""
    try:
        place = choose(candidates(key), span, kinds=kinds)
    except CitydiploError:
        return None
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
