"""Small cities that share their name with a municipality elsewhere in their country.

A twin-town list names municipalities, and cities500 lacks many of them: "Hemnes, Norway"
is the municipality of Hemnes in Nordland, not the village of Hemnes (613 people) in
Akershus, and "Avcılar, Turkey" is the district of Istanbul, not a village in Adana.
``data/district_namesakes.json`` (built by ``tools/build_district_namesakes.py`` from
GeoNames' second-level divisions) lists, for each city below the dominance rule's reach
over a rival of unknown population, the divisions of its country that bear its name as
their own GeoNames name and lie in another first-level division. A municipality's own seat
("Dovre", "Os") is not listed.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from citydiplo._normalize import clean

__all__ = ["district_elsewhere"]


@cache
def _table() -> dict[str, list[list[Any]]]:
    from citydiplo._geo._data import load_json

    table: dict[str, list[list[Any]]] = load_json("district_namesakes.json")["cities"]
    return table


def district_elsewhere(city_name: str, found: Any) -> str | None:
    """A description of a second-level division of ``found``'s country, in another
    first-level division, whose own GeoNames name is ``city_name``, or ``None``.

    >>> from citydiplo._geo._parse import find_city
    >>> district_elsewhere("Kvam", find_city("Kvam", country="NO", subdivision=None))
    'Kvam (second-level division of NO, geonames 3149017) bears the name as its own'
    >>> district_elsewhere("Dovre", find_city("Dovre", country="NO", subdivision=None))
    """
    from citydiplo._geo._data import name_key

    entries = _table().get(str(found.geonames_id))
    if not entries:
        return None
    key = name_key(clean(city_name))
    for district_key, geonames_id, name in entries:
        if district_key == key:
            return (
                f"{name} (second-level division of {found.country}, geonames {geonames_id}) "
                "bears the name as its own"
            )
    return None
