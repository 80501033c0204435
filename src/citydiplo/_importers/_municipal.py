"""City cells that name a municipality, county or council area that cities500 lacks.

A twin-town list names municipalities: "Botkyrka", Sweden, is Botkyrka Municipality, whose
seat is Tumba; "Stevns", Denmark, "Sel", Norway, "Kirklees", England, and "Bland",
Australia, are municipalities, council areas and shires that GeoNames keeps only as
second-level divisions. When no city of the cell's country bears the name, the cell is
linked to the division of that country that bears it as its GeoNames name (or, in Sweden
and Denmark, as its name before the word "Kommun(e)"), provided there is exactly one and it
lies in the cell's "Region, Country" qualifier where one is given. Several divisions of the
name ("Madison County", United States) leave the cell ambiguous. The divisions are in
``data/twin_divisions.json`` (built by ``tools/build_twin_divisions.py`` from GeoNames'
second-level divisions).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from citydiplo._normalize import clean

__all__ = ["find_division"]

_QUALIFIED = re.compile(r"[(),–]")


@cache
def _table() -> dict[str, dict[str, list[list[Any]]]]:
    from citydiplo._geo._data import load_json

    table: dict[str, dict[str, list[list[Any]]]] = load_json("twin_divisions.json")["divisions"]
    return table


def find_division(city_name: str, country: str, subdivision: str | None) -> Any:
    """The GeoNames second-level division of ``country`` that ``city_name`` names, or
    ``None``; only for a cell no city of the country bears (the caller's look-up failed).

    A cell with a qualifier of its own ("Name (Region)", "City – District") is not read.

    Raises:
        AmbiguousPlaceError: several divisions of the country bear the name.

    >>> find_division("Botkyrka", "SE", None).name
    'Botkyrka Kommun'
    >>> find_division("Kirklees", "GB", "GB-ENG").geonames_id
    3333161
    >>> find_division("Kirklees", "GB", "GB-SCT") is None
    True
    """
    from citydiplo._geo._data import name_key
    from citydiplo._geo._districts import choose_district
    from citydiplo._geo._gazetteer import District

    text = clean(city_name)
    if _QUALIFIED.search(text):
        return None
    entries = _table().get(country, {}).get(name_key(text))
    if not entries:
        return None
    districts = tuple(District(int(gid), str(name), country, sub) for gid, name, sub in entries)
    if subdivision is not None and any(d.subdivision is None for d in districts):
        return None  # whether it lies in the qualifier's region is unknown
    return choose_district(districts, city_name, country, subdivision)
