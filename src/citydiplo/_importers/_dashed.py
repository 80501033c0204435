"""City cells of the form "City – District": a district named after its city.

The twin-town list names a city's districts with the city first and an en dash:
"Havana – Diez de Octubre", "Prague 20 – Horní Počernice", "Budapest XX – Pesterzsébet",
"Yantai – Penglai". Such a cell is read as "District (City)", the form the list also uses
("Stari Grad (Sarajevo)"): the district is looked for in the city's region and must lie near
the city (:func:`citydiplo._importers._qualified.far_from_qualifier`). The city's own
district number ("Vienna 1", "Budapest XX") is dropped from the qualifier.
"""

from __future__ import annotations

import re
from typing import Any

from citydiplo._normalize import clean

__all__ = ["as_parenthesised", "find_dashed"]

_DASHED = re.compile(r"^(?P<city>[^–()]+?)\s+–\s+(?P<district>[^–()]+)$")
_NUMBER = re.compile(r"\s+(?:\d+|[IVXLC]+)\.?$")


def as_parenthesised(city_name: str) -> str | None:
    """``"District (City)"`` for a ``"City – District"`` cell, or ``None``.

    >>> as_parenthesised("Havana – Diez de Octubre")
    'Diez de Octubre (Havana)'
    >>> as_parenthesised("Budapest XX – Pesterzsébet")
    'Pesterzsébet (Budapest)'
    >>> as_parenthesised("Vienna 1 – Innere Stadt"), as_parenthesised("Havana")
    ('Innere Stadt (Vienna)', None)
    """
    match = _DASHED.match(clean(city_name))
    if match is None:
        return None
    city = _NUMBER.sub("", match["city"]).strip()
    district = match["district"].strip()
    if not city or not district:
        return None
    return f"{district} ({city})"


def find_dashed(city_name: str, country: str, subdivision: str | None) -> Any:
    """The district a ``"City – District"`` cell names, or ``None`` when the cell has not
    that form, the city or the district is not found, or the district is not shown to lie
    near the city.

    Raises:
        AmbiguousPlaceError: several districts of the name lie in the city's region.

    >>> find_dashed("Havana – Diez de Octubre", "CU", None).geonames_id
    6956648
    >>> find_dashed("Diez de Octubre", "CU", None) is None
    True
    """
    from citydiplo._errors import CitydiploError
    from citydiplo._geo._data import name_key
    from citydiplo._geo._parse import find_city
    from citydiplo._importers._qualified import FAR_KM
    from citydiplo._importers._seats import distance_km

    text = as_parenthesised(city_name)
    if text is None:
        return None
    found = find_city(text, country=country, subdivision=subdivision)
    if found is None:
        return None
    inner = text[text.rindex("(") + 1 : -1]
    try:
        city = find_city(inner, country=found.country, subdivision=None)
    except CitydiploError:
        return None
    if city is None or name_key(city.name or "") != name_key(inner):
        return None  # the city by its own name only
    if found.latitude is None or city.latitude is None:
        near = found.subdivision is not None and found.subdivision == city.subdivision
    else:
        near = distance_km(found, city) <= FAR_KM
    return found if near and found.geonames_id != city.geonames_id else None
