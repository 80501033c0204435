"""A city cell that names a state or province, reached only through a town's other name.

"Alagoas", Brazil, is the state (BR-AL); GeoNames gives the name also to Marechal Deodoro,
its capital of old, and the name alone linked the cell to that town. "Goa" (India) linked
Mormugao and "Quảng Nam" (Vietnam) Điện Bàn the same way. When the cell is the name of a
first-level subdivision of the city's country and the city was found only by another of
its names, one that does not even resemble the city's own name (less than :data:`LIKE` by
:class:`difflib.SequenceMatcher`), the city is not the region's namesake and the cell stays
unlinked. A namesake city whose own name is the region's in another spelling ("Veliko
Tarnovo": Veliko Tŭrnovo; "Duhok": Dihok; "Lucerne": Luzern) keeps its link, and so does
the seat of a subdivision that is a municipality, council, commune, parish or town by its
ISO 3166-2 type ("Fjarðabyggð": Reyðarfjörður; "Birgu": Vittoriosa).
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any

from citydiplo._normalize import clean

__all__ = ["LIKE", "SEAT_TYPES", "names_a_region"]

LIKE = 0.5
# ISO 3166-2 subdivision types (pycountry's) whose seat a list may name by the subdivision
SEAT_TYPES = ("municipality", "council", "commune", "parish", "town", "city")


def names_a_region(city_name: str, found: Any) -> str | None:
    """The subdivision ``city_name`` names when ``found`` (a city) bears that name only as
    an unlike other name, or ``None``.

    >>> from citydiplo._geo._parse import find_city
    >>> names_a_region("Alagoas", find_city("Alagoas", country="BR", subdivision=None))
    'BR-AL'
    >>> town = find_city("Veliko Tarnovo", country="BG", subdivision=None)
    >>> names_a_region("Veliko Tarnovo", town) is None
    True
    """
    import pycountry

    from citydiplo._errors import CitydiploError
    from citydiplo._geo import parse_place
    from citydiplo._geo._data import name_key

    if city_name == found.name:
        return None  # its own name as written: the usual case, at no cost
    key = name_key(clean(city_name))
    own = name_key(found.name or "")
    if f" {key} " in f" {own} " or found.country is None:
        return None  # its own name ("Anyang" is Anyang-si)
    if SequenceMatcher(None, key, own).ratio() >= LIKE:
        return None  # its own name in another spelling
    try:
        code = parse_place(city_name, country=found.country, kind="subdivision").subdivision
    except CitydiploError:
        return None
    if code is None:
        return None
    lookup: Callable[..., Any] = pycountry.subdivisions.get  # untyped in pycountry
    entry = lookup(code=code)
    kind = (entry.type if entry is not None else "").lower()
    if entry is None or entry.parent_code or any(word in kind for word in SEAT_TYPES):
        return None  # a municipality's seat ("Fjarðabyggð"), or no first-level division
    return code
