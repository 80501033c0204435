"""A cell placed in a city ("Rîșcani (Chișinău)") must be linked to a place near that city.

"Rîșcani (Chișinău)" is a sector of Chișinău; GeoNames lacks it, and the name alone found
the town of Rîșcani, 142 km north. When the parenthesised qualifier is a city by its own
GeoNames name and the place linked lies more than :data:`FAR_KM` from it, the link is
unsure and the cell stays unlinked. A city's districts and villages lie within that reach
(Belgrade's Lazarevac is 49 km from Belgrade, Jinan's Laiwu 79 km); only a few
province-sized cities reach farther (Chongqing's Wanzhou, 221 km), and those cells stay
unlinked too.
"""

from __future__ import annotations

import re
from typing import Any

from citydiplo._importers._seats import distance_km
from citydiplo._normalize import clean

__all__ = ["FAR_KM", "far_from_qualifier"]

FAR_KM = 100.0
_PARENS = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")


def far_from_qualifier(city_name: str, found: Any) -> str | None:
    """Why ``found`` cannot be the place that ``city_name`` ("Name (City)") puts in a city
    (it lies more than :data:`FAR_KM` from it), or ``None``.

    >>> from citydiplo._geo._parse import find_city
    >>> town = find_city("Rîșcani", country="MD", subdivision=None)
    >>> far_from_qualifier("Rîșcani (Chișinău)", town)[:30]
    'it lies 143 km from Chisinau ('
    >>> village = find_city("Lazarevac", country="RS", subdivision=None)
    >>> far_from_qualifier("Lazarevac (Belgrade)", village) is None
    True
    """
    from citydiplo._errors import CitydiploError
    from citydiplo._geo._data import name_key
    from citydiplo._geo._parse import find_city

    match = _PARENS.match(clean(city_name))
    if match is None or found.latitude is None or found.country is None:
        return None
    try:
        city = find_city(match["inner"], country=found.country, subdivision=None)
    except CitydiploError:
        return None
    if city is None or city.latitude is None:
        return None
    if name_key(city.name or "") != name_key(clean(match["inner"])):
        return None  # "Lingen (Ems)": a river, read as Bad Ems by another name
    km = distance_km(found, city)
    return f"it lies {km:.0f} km from {city.describe()}" if km > FAR_KM else None
