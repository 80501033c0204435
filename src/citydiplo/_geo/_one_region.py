"""An ambiguous name whose places all lie in one region (used by ``find_places``).

GeoNames records some towns twice, under an old and a new name: "Hakusan" is the city
formed in 2005 around Mattō (110,000 inhabitants, recorded as "Matsutō" with Hakusan as an
alternate name) and a record of its own without a population; both lie in Ishikawa. When
every place an ambiguous name may be lies in the same first-level subdivision, the name is
read as the one of them with the most inhabitants: its country and subdivision are certain
whichever it is. Places of unknown size, or of several subdivisions, decide nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from citydiplo._geo._places import Place, PlaceKind

__all__ = ["one_region"]


def one_region(places: Sequence[Place]) -> list[Place]:
    """``[place]``, the most populous of ``places`` when all are cities of one subdivision
    and it has a known population; otherwise ``[]``.

    >>> a = Place(text="Hakusan", country="JP", subdivision="JP-17", kind=PlaceKind.CITY,
    ...     population=110408, geonames_id=1857470)
    >>> b = Place(text="Hakusan", country="JP", subdivision="JP-17", kind=PlaceKind.CITY,
    ...     geonames_id=11612706)
    >>> [p.geonames_id for p in one_region([b, a])]
    [1857470]
    >>> c = Place(text="Sendai", country="JP", subdivision="JP-46", kind=PlaceKind.CITY,
    ...     population=92403)
    >>> one_region([a, c])
    []
    """
    if not places or any(p.kind is not PlaceKind.CITY for p in places):
        return []
    regions = {(p.country, p.subdivision) for p in places}
    if len(regions) != 1 or places[0].subdivision is None:
        return []
    best = min(places, key=lambda p: (-(p.population or 0), p.geonames_id or 0))
    return [best] if best.population else []
