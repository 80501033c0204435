"""A city the text places where the gazetteer's namesake is not (used by ``find_places``).

"The City of Whitehorse, Victoria" names a city council of Victoria, Australia; the
gazetteer's Whitehorse is the capital of Yukon. When "City of" introduces a name and a
qualifier follows it ("City of X, Y"), the qualifier is the region of the city: if every
place the qualifier may name (a country, a subdivision, or a city's subdivision) leaves
the gazetteer's reading out, the text means another place, which the gazetteer lacks. The
name is then refuted for the whole text (:data:`citydiplo._geo._context.REFUTED`): its
bare mentions elsewhere ("Whitehorse – Matsudo") are the same council, not Yukon's capital.

Only "City of" decides: a bare "X, Y" is as often a list ("Paris, Berlin and Rome") as a
qualified name, and the reading stays with :func:`citydiplo._geo._context.qualified_city`.
"""

from __future__ import annotations

import re

from citydiplo._errors import CitydiploError
from citydiplo._geo._context import REFUTED
from citydiplo._geo._places import AmbiguousPlaceError, Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["refuted_by_qualifier"]

_CITY_OF = re.compile(r"\b(?:[Cc]ity|[Tt]own|[Ss]hire|[Mm]unicipality) of $")
_OF_END = (" of ", " of \n")  # ("$" also matches before a newline that ends the text)
# the qualifier: one to three capitalised words after the comma ("Victoria", "New South Wales")
_AFTER = re.compile(r", ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,2})")


def refuted_by_qualifier(text: str, start: int, end: int, place: Place) -> bool:
    """Whether "City of ``text[start:end]``, Y" puts the city where ``place`` is not.

    >>> from citydiplo import find_places
    >>> text = "The City of Whitehorse, Victoria and Matsudo City signed. Whitehorse grew."
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="en")]
    [('Matsudo', 'JP-12')]
    >>> text = "The City of Austin, Texas signed."
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="en")]
    [('City of Austin', 'US-TX'), ('Texas', 'US-TX')]
    """
    low = max(0, start - 16)
    if place.kind is not PlaceKind.CITY or not text.endswith(_OF_END, low, start):
        return False  # (what any match of _CITY_OF ends with: no search at most names)
    if not _CITY_OF.search(text, low, start):
        return False
    match = _AFTER.match(text, end)
    if match is None:
        return False
    words = match.group(1).split(" ")
    for size in range(len(words), 0, -1):  # "Victoria", not "Victoria And"
        regions = _regions(" ".join(words[:size]).rstrip("."))
        if regions:
            if any(_within(place, region) for region in regions):
                return False
            refuted = REFUTED.get()
            if refuted is not None:
                refuted.add(match_key(text[start:end]))
            return True
    return False


def _regions(qualifier: str) -> tuple[Place, ...]:
    """Every place ``qualifier`` may name (none when it names nothing)."""
    from citydiplo._geo._parse import parse_place

    try:
        return (parse_place(qualifier),)
    except AmbiguousPlaceError as err:
        return tuple(err.places)
    except CitydiploError:  # an unknown qualifier decides nothing
        return ()


def _within(place: Place, region: Place) -> bool:
    if region.country != place.country:
        return False
    if region.kind is PlaceKind.COUNTRY:
        return True
    return region.subdivision is None or region.subdivision == place.subdivision
