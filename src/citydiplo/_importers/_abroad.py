"""A link made only through another name yields to a bigger city abroad bearing the name."""

from __future__ import annotations

from typing import Any

from citydiplo._normalize import clean

__all__ = ["own_name_abroad"]


def own_name_abroad(city_name: str, found: Any) -> str | None:
    """A city abroad, more populous than ``found``, that bears ``city_name`` as its own
    GeoNames name when ``found`` has it only as another name (a former name, an exonym), or
    ``None``. "Dartmouth" (United States) is Dartmouth, Massachusetts, which GeoNames lacks
    as a city, not Jefferson, New Hampshire, once called Dartmouth; Dartmouth, Nova Scotia
    bears the name, with :data:`DOMINANCE` times as many people or more: the cell stays
    unlinked. Not when the name is in ``found``'s own ("Anyang" is Anyang-si) or the city
    abroad is not that much bigger ("Syracuse", Italy, is Siracusa, against Syracuse,
    New York)."""
    from citydiplo._geo import DOMINANCE
    from citydiplo._geo._data import name_key
    from citydiplo._geo._gazetteer import gazetteer
    from citydiplo._geo._places import city_place

    key = name_key(clean(city_name))
    if f" {key} " in f" {name_key(found.name or '')} ":
        return None  # its own name ("Anyang" is Anyang-si, "Malvern" Great Malvern)
    gz = gazetteer()
    postings = gz.postings(key)
    if postings is None or not postings.own:
        return None
    if found.geonames_id in {gz.geonames_ids[row] for row in postings.own}:
        return None
    floor = DOMINANCE * (found.population or 0)
    for row in postings.own:  # the most populous first
        if gz.country_of(row) != found.country and gz.populations[row] >= floor:
            return f"{city_place(row, city_name).describe()} bears the name as its own"
    return None
