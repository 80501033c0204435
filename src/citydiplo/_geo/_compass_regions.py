"""A direction glued before the name of a country or a first-level subdivision names a part
of it, not the small town of another country that bears the whole phrase (used by
:func:`citydiplo._geo._decide.decide`).

GeoNames has towns called after the regions their settlers came from: "North Wales" is a
borough of 3,250 people in Pennsylvania, "New Wales" and "West Wales" hamlets elsewhere.
In running text "the small North Wales town" and "the North Wales Pioneer" speak of the
north of Wales. A name read as a city that is a word of the compass (``data/compass_words.json``)
followed by the name of a country or of a first-level subdivision lying in another country,
where the city has fewer than :data:`~citydiplo._geo._evidence.STRONG_POPULATION`
inhabitants, is left unread: the text cannot tell the town from the region, and the region
is no place of the gazetteer's first level. Names that are a subdivision's own ("North
Carolina", "West Java") or a country's ("South Africa") never reach this rule: the
gazetteer reads them as that subdivision or country first.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import STRONG_POPULATION
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["region_of_compass"]

_WIDER = frozenset({PlaceKind.COUNTRY, PlaceKind.SUBDIVISION})


@cache
def _compass_heads() -> tuple[str, ...]:
    """The compass words as match keys followed by a space, longest first."""
    words = load_json("compass_words.json")["words"]
    return tuple(sorted((w + " " for w in words), key=lambda w: (-len(w), w)))


def region_of_compass(
    key: str, place: Place, read: Callable[[str], Place | None]
) -> bool:
    """Whether the city ``place`` that ``key`` names is rather the part of a wider place
    named by a compass word and that place's name (see the module); ``read`` reads a match
    key as a country or subdivision, or returns ``None``.

    >>> from citydiplo._geo._places import Place, PlaceKind
    >>> town = Place(text="North Wales", country="US", subdivision="US-PA",
    ...              kind=PlaceKind.CITY, population=3250)
    >>> wales = Place(text="Wales", country="GB", subdivision="GB-WLS",
    ...               kind=PlaceKind.SUBDIVISION)
    >>> region_of_compass("north wales", town, lambda k: wales if k == "wales" else None)
    True
    >>> region_of_compass("north wales", town, lambda k: None)
    False
    """
    if place.kind is not PlaceKind.CITY or (place.population or 0) >= STRONG_POPULATION:
        return False
    for head in _compass_heads():
        if key.startswith(head) and len(key) > len(head):
            wider = read(key[len(head) :])
            return (
                wider is not None and wider.kind in _WIDER and wider.country != place.country
            )
    return False
