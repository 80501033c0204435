"""A city held back at a sentence's start whose region the text names after it (used by
:func:`citydiplo._geo._held.read_elsewhere`).

A city opening a sentence without a cue word is held back ("Nice to meet you") unless the
text reads the same place elsewhere. A text that names the city's own region by the same
name ("Астраханской области ... Астрахань, как и Великий Новгород, город с богатым
культурным наследием": the oblast of Astrakhan, then Astrakhan) speaks of that place: the
city is read when it has :data:`MIN_POPULATION` inhabitants or more, lies in a region the
text reads as a subdivision, and that region's name there shares the city's name up to its
last two letters (Russian case endings: "Астраханской", "Астрахань").
"""

from __future__ import annotations

from collections.abc import Iterable

from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["MIN_POPULATION", "region_named_after"]

MIN_POPULATION = 100_000  # a big city: a town's name is likelier an ordinary word
_STEM = 4  # the fewest letters the shared stem has


def region_named_after(city: Place, name: str, regions: Iterable[tuple[str, Place]]) -> bool:
    """Whether ``city``, written ``name``, lies in one of ``regions`` ((text, place) of the
    subdivisions the text reads) whose name there starts with ``name`` less its last two
    letters.

    >>> ast = Place(text="Астрахань", country="RU", subdivision="RU-AST", kind=PlaceKind.CITY,
    ...     population=533925)
    >>> oblast = Place(text="x", country="RU", subdivision="RU-AST", kind=PlaceKind.SUBDIVISION)
    >>> region_named_after(ast, "Астрахань", [("Астраханской области", oblast)])
    True
    >>> region_named_after(ast, "Астрахань", [("Волгоградской области", oblast)])
    False
    """
    if city.kind is not PlaceKind.CITY or (city.population or 0) < MIN_POPULATION:
        return False
    key = match_key(name)
    stem = key[:-2] if len(key) > _STEM + 2 else key
    if len(stem) < _STEM:
        return False
    return any(
        place.kind is PlaceKind.SUBDIVISION
        and place.subdivision == city.subdivision
        and match_key(text).startswith(stem)
        for text, place in regions
    )
