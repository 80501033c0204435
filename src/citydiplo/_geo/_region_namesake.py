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

from collections.abc import Iterable, Mapping, Sequence

from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["MIN_POPULATION", "region_named_after", "region_names"]

MIN_POPULATION = 100_000  # a big city: a town's name is likelier an ordinary word
_STEM = 4  # the fewest letters the shared stem has


def region_names(regions: Iterable[tuple[str, Place]]) -> dict[str | None, list[str]]:
    """The match keys of the names the text gives its subdivisions, by subdivision code, each
    once, from ``regions`` ((text, place) of the readings the text has); built once per text,
    so that a city asks only its own region's names."""
    names: dict[str | None, dict[str, None]] = {}
    for text, place in regions:
        if place.kind is PlaceKind.SUBDIVISION:
            names.setdefault(place.subdivision, {})[match_key(text)] = None
    return {code: list(keys) for code, keys in names.items()}


def region_named_after(city: Place, name: str, regions: Mapping[str | None, Sequence[str]]) -> bool:
    """Whether ``city``, written ``name``, lies in a region whose name in the text
    (``regions``: :func:`region_names`) starts with ``name`` less its last two letters.

    >>> ast = Place(text="Астрахань", country="RU", subdivision="RU-AST", kind=PlaceKind.CITY,
    ...     population=533925)
    >>> oblast = Place(text="x", country="RU", subdivision="RU-AST", kind=PlaceKind.SUBDIVISION)
    >>> region_named_after(ast, "Астрахань", region_names([("Астраханской области", oblast)]))
    True
    >>> region_named_after(ast, "Астрахань", region_names([("Волгоградской области", oblast)]))
    False
    """
    if city.kind is not PlaceKind.CITY or (city.population or 0) < MIN_POPULATION:
        return False
    key = match_key(name)
    stem = key[:-2] if len(key) > _STEM + 2 else key
    if len(stem) < _STEM:
        return False
    return any(text.startswith(stem) for text in regions.get(city.subdivision, ()))
