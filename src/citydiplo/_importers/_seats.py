"""One municipality that GeoNames records twice: its own record and its populated centre.

GeoNames keeps many municipalities as a record of their own name without a population (the
seat of Akō, Kakogawa, Bad Krozingen) beside the populated place at their centre, which
bears the municipality's name only as another name (Kariya, Kakogawachō-honmachi,
Unterkrozingen). A city cell naming the municipality then fits both and was left
ambiguous. When exactly one candidate bears the cell's name as its own GeoNames name and
has no population, and every other candidate bears the name only as another name and lies
within :data:`NEAR_KM` of it in the same country, the candidates are one place: the cell
is linked to the record of its own name.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from citydiplo._normalize import clean

__all__ = ["NEAR_KM", "distance_km", "one_place"]

NEAR_KM = 10.0
_LISTED = 12  # an ambiguity error lists at most this many candidates


def distance_km(a: Any, b: Any) -> float:
    """The great-circle distance between two places with coordinates, in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def one_place(city_name: str, places: Sequence[Any]) -> Any:
    """The record of ``city_name``'s own name when ``places`` (the candidates of an
    ambiguity) are that municipality and its populated centre, or ``None``.

    >>> from citydiplo._geo._parse import find_city
    >>> from citydiplo._geo._places import AmbiguousPlaceError
    >>> try:
    ...     find_city("Akō", country="JP", subdivision=None)
    ... except AmbiguousPlaceError as err:
    ...     print(one_place("Akō", err.places).geonames_id)
    11611945
    """
    from citydiplo._geo._data import name_key

    key = name_key(clean(city_name))
    own = [p for p in places if name_key(p.name or "") == key]
    if len(own) != 1 or len(places) < 2 or len(places) >= _LISTED:
        return None
    seat = own[0]
    if seat.population != 0 or seat.latitude is None:
        return None
    for other in places:
        if other is seat:
            continue
        if other.latitude is None or other.country != seat.country:
            return None
        if distance_km(seat, other) > NEAR_KM:
            return None
    return seat
