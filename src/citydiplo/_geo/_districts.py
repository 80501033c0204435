"""Districts (GeoNames second-level divisions from ``data/districts.json``) as places.

A district has no population in the data, so the dominance rule never picks one: a name
shared by several districts (Jung-gu in six Korean cities) needs a country or subdivision.
"""

from __future__ import annotations

from citydiplo._geo._extra import District
from citydiplo._geo._hierarchy import related
from citydiplo._geo._places import AmbiguousPlaceError, Place, PlaceKind

__all__ = ["choose_district", "district_place"]


def district_place(district: District, text: str) -> Place:
    """The :class:`Place` of a GeoNames district (kind city; no coordinates or population)."""
    return Place(
        text=text,
        kind=PlaceKind.CITY,
        name=district.name,
        country=district.country,
        subdivision=district.subdivision,
        geonames_id=district.geonames_id,
    )


def choose_district(
    districts: tuple[District, ...], text: str, country: str | None, subdivision: str | None
) -> Place | None:
    """The one district of ``districts`` in this context, ``None`` when none lies there.

    Raises:
        AmbiguousPlaceError: several districts lie there.
    """
    inside = [
        d
        for d in districts
        if (country is None or d.country == country)
        and (subdivision is None or related(d.subdivision, subdivision))
    ]
    if len(inside) == 1:
        return district_place(inside[0], text)
    if not inside:
        return None
    raise AmbiguousPlaceError(
        f"{text!r} names {len(inside)} districts; give a country or subdivision",
        name=text,
        places=[district_place(d, text) for d in inside[:12]],
    )
