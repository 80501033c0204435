"""A city the list writes by its own name is not what another cell means by a shorter name.

The twin-town list writes Rostov-on-Don as "Rostov-on-Don" (twelve rows); "Rostov" (Polotsk,
Stevens Point) is Rostov Veliky, which also bears the name "Rostov". The dominance rule gave
both cells to Rostov-on-Don, thirty-six times as populous. When the list writes a linked
city by its own GeoNames name in one cell, another cell linked to it only through another
name that a second city of the country also bears stays unlinked: the list itself sets the
two apart, and which of the others it means is not certain.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from citydiplo._normalize import clean

__all__ = ["written_apart"]


def written_apart(linked: Iterable[tuple[Any, str, Any]]) -> dict[Any, str]:
    """The cells of ``linked`` (cell, city text, linked place) to leave unlinked, with why.

    >>> from citydiplo._geo._parse import find_city
    >>> don = find_city("Rostov-on-Don", country="RU", subdivision=None)
    >>> short = find_city("Rostov", country="RU", subdivision=None)
    >>> list(written_apart([(1, "Rostov-on-Don", don), (2, "Rostov", short)]).items())[0][0]
    2
    >>> written_apart([(2, "Rostov", short)])
    {}
    """
    from citydiplo._geo._data import name_key

    by_id: dict[int, list[tuple[Any, str, Any]]] = {}
    for cell, text, place in linked:
        by_id.setdefault(place.geonames_id, []).append((cell, text, place))
    out: dict[Any, str] = {}
    for gid in sorted(gid for gid, cells in by_id.items() if len(cells) > 1):
        cells = [(cell, name_key(clean(text)), place) for cell, text, place in by_id[gid]]
        own = name_key(cells[0][2].name or "")
        if len({key for _, key, _ in cells}) < 2 or all(key != own for _, key, _ in cells):
            continue
        for cell, key, place in cells:
            if key == own:
                continue
            rival = _rival(key, place)
            if rival is not None:
                out[cell] = (
                    f"ambiguous between {place.describe()}, which the list writes "
                    f"{place.name!r}, and {rival} bearing the name too"
                )
    return out


def _rival(key: str, place: Any) -> str | None:
    """Another city of ``place``'s country that bears ``key`` as a name, described."""
    from citydiplo._geo._gazetteer import gazetteer
    from citydiplo._geo._places import city_place

    gz = gazetteer()
    found = gz.postings(key)
    if found is None:
        return None
    for row in (*found.own, *found.alternate):
        if gz.country_of(row) == place.country and gz.geonames_ids[row] != place.geonames_id:
            return city_place(row, key).describe()
    return None
