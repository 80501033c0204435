"""A small town decided only by a city of its region, when its name is a far bigger city's
elsewhere (used by :func:`~citydiplo._geo._context.resolve_pending`).

An ambiguous name is decided by the regions the text names: one of its places lies in one of
them. A region is named by its own name ("Maine") or through a city the text reads in it
("Coimbra" names the district of Coimbra). Through a city alone that is weak evidence for a
small town whose name is also a far bigger city's: "Santa Clara" in a text that lists
"Coimbra, Portugal" among the sister cities of Santa Clara, California is not the parish of
9,600 people near Coimbra. So a town decided only through a city's region, and read nowhere
else in the text, stays undecided when another place bearing the name as its own has
:data:`RATIO` times its inhabitants or more.
"""

from __future__ import annotations

from collections.abc import Iterable

from citydiplo._geo._hierarchy import parent
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["RATIO", "outweighed"]

RATIO = 10


def outweighed(place: Place, places: Iterable[Place], named_regions: set[str]) -> bool:
    """Whether ``place`` (the one of ``places`` in a region the text reads) lies in no region
    the text names by its own name and is not read elsewhere in the text (``named_regions``:
    those regions' codes, their parents' codes after "^", and the GeoNames ids of the cities
    read, as strings, built once for all the names pending: "Sakata, Japan" decides a later
    "Sakata") while another of ``places`` has :data:`RATIO` times its
    inhabitants and the name as its own (GeoNames') name, not an alternate one ("Tây Ninh"
    is also Xining's Vietnamese name).

    >>> small = Place(text="Santa Clara", country="PT", subdivision="PT-06", kind="city",
    ...               name="Santa Clara", population=9_637)
    >>> big = Place(text="Santa Clara", country="US", subdivision="US-CA", kind="city",
    ...             name="Santa Clara", population=126_215)
    >>> outweighed(small, [small, big], set()), outweighed(small, [small, big], {"PT-06"})
    (True, False)
    """
    if place.kind is not PlaceKind.CITY or place.subdivision is None:
        return False
    if str(place.geonames_id) in named_regions:
        return False
    sub = place.subdivision
    if sub in named_regions or parent(sub) in named_regions:
        return False
    if "^" + sub in named_regions:  # the text names a region inside it
        return False
    floor = max((place.population or 0) * RATIO, 1)
    written = match_key(place.text)
    return any(
        p is not place and (p.population or 0) >= floor and match_key(p.name or "") == written
        for p in places
    )
