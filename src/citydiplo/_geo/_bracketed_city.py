"""A city named in brackets right after another city says where that one lies (used by
``find_places``): "Saijo (Higashihiroshima city)" is the Saijō district of
Higashihiroshima, Hiroshima, so the reading of "Saijo" as Saijō, Ehime is dropped, with every
other mention of the name: the text says it is another place. Two cities of known
subdivisions that differ contradict each other; a bracketed name of unknown subdivision
says nothing.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TypeVar

from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_bracketed_city"]

M = TypeVar("M", bound=Mention)
_OPEN, _CLOSE = ("(", "（"), (")", "）")
MAX_GENERIC = 8  # "city", "市", "Stadt": the generic word between the name and the bracket


def outside_bracketed_city(mentions: list[M], text: str) -> list[M]:
    """``mentions`` (in text order) without the cities a bracketed city after them puts
    in another subdivision or country.

    >>> from citydiplo import find_places
    >>> [m.place.subdivision for m in find_places(
    ...     "sake breweries in Saijo (Higashihiroshima city) and Saijo.", lang="en")]
    ['JP-34']
    """
    refuted: set[str] = set()
    for m, after in pairwise(mentions):
        if m.place.kind is not PlaceKind.CITY or after.place.kind is not PlaceKind.CITY:
            continue
        if text[m.end : after.start].strip() not in _OPEN:
            continue
        rest = text[after.end : after.end + MAX_GENERIC + 1]
        close = min((rest.find(c) for c in _CLOSE if c in rest), default=-1)
        if close < 0 or not all(ch.isalpha() or ch == " " for ch in rest[:close]):
            continue
        here, there = m.place, after.place
        unknown = there.subdivision is None or here.subdivision is None
        if unknown and here.country == there.country:
            continue
        if (here.country, here.subdivision) != (there.country, there.subdivision):
            refuted.add(match_key(m.text))
    return [m for m in mentions if match_key(m.text) not in refuted]
