"""A name that carries the generic word of a first-level city settles a homonym for
``parse_place`` (data in ``data/first_level_words.json``).

"광주광역시", "Gwangju Metropolitan City" and "重庆直辖市" name the city that is itself a
first-level subdivision (Gwangju, KR-29), never a homonym of lower rank (Gwangju-si in
Gyeonggi-do): among the cities the bare name leaves ambiguous, the one whose subdivision
is a city itself is the answer when it is the only one. ``find_places`` reads the same
words in running text (:mod:`citydiplo._geo._settle`).
"""

from __future__ import annotations

from functools import cache

import attrs

from citydiplo._errors import CitydiploError
from citydiplo._geo._data import load_json
from citydiplo._geo._hierarchy import city_like
from citydiplo._geo._places import AmbiguousPlaceError, Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["settled_by_level"]

_LISTED = 12  # an error lists at most this many cities: a longer list may hide another


@cache
def _endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of the words written glued to the name, and of those written after a space."""
    data = load_json("first_level_words.json")
    glued = sorted({match_key(w) for ws in data["words"].values() for w in ws})
    spaced = sorted({match_key(w) for ws in data["words_after_space"].values() for w in ws})
    return tuple(glued), tuple(spaced)


def _carries_level_word(text: str) -> bool:
    key = match_key(text)
    glued, spaced = _endings()
    return any(key.endswith(w) and len(key) > len(w) for w in glued) or any(
        key.endswith(" " + w) for w in spaced
    )


def settled_by_level(text: str, err: CitydiploError) -> Place | CitydiploError:
    """The one first-level city among the candidates of ``err`` when ``text`` carries a
    first-level city's generic word; otherwise ``err`` (without its frames).

    >>> from citydiplo import parse_place
    >>> parse_place("광주광역시").subdivision, parse_place("Gwangju Metropolitan City").subdivision
    ('KR-29', 'KR-29')
    """
    if not isinstance(err, AmbiguousPlaceError) or not _carries_level_word(text):
        return err.with_traceback(None)
    places = err.places
    if len(places) >= _LISTED:
        return err.with_traceback(None)
    first_level = [
        p
        for p in places
        if p.kind is PlaceKind.CITY and p.subdivision is not None and city_like(p.subdivision)
    ]
    if len(first_level) != 1:
        return err.with_traceback(None)
    return attrs.evolve(first_level[0], text=text)
