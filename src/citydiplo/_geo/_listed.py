"""Names listed after the subdivision they lie in, without their generic word (used by
``find_places``): Korean news writes "충북 제천" (Jecheon city, North Chungcheong) and
"경북 고령·울진" (the counties Goryeong and Uljin, North Gyeongsang). Such a name is read
only as the one city or county of that name inside the subdivision written just before it
(spaces, or a list's separators, between), never elsewhere: the subdivision decides, and a
name it does not decide stays unread.
"""

from __future__ import annotations

import re

from citydiplo._errors import CitydiploError
from citydiplo._geo._cues import Cues, word_tail
from citydiplo._geo._evidence import generic_words, script
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._hierarchy import related
from citydiplo._geo._places import Place, PlaceKind, candidates, choose

__all__ = ["Container", "contained_at", "container_after"]

# (end of the last name of the list, its subdivision, whether the list's head is weak)
Container = tuple[int, str, bool]
_CITY = frozenset({PlaceKind.CITY})
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK"})

# between a subdivision and the names listed after it: spaces, a list's separators
_LISTED = re.compile(r"[ \t]*(?:[·・,、][ \t]*)?")


def container_after(
    text: str,
    container: Container | None,
    place: Place,
    start: int,
    end: int,
    needs: bool,
) -> Container | None:
    """The subdivision that the names right after a place found at ``text[start:end]`` may
    be read in: that place when it is a subdivision, the same one as before when the place
    was listed in it, else none."""
    if place.kind is PlaceKind.SUBDIVISION and place.subdivision is not None:
        return (end, place.subdivision, needs)
    if (
        container is not None
        and place.subdivision is not None
        and related(place.subdivision, container[1])
        and _LISTED.fullmatch(text, container[0], start)
    ):
        return (end, container[1], container[2])
    return None


def contained_at(
    text: str,
    folded: str,
    starts: list[int],
    ends: list[int],
    i: int,
    cues: Cues,
    container: Container,
) -> tuple[Place, int] | None:
    """The city or county written at ``folded[i:]`` without its generic word right after
    the subdivision it lies in, or listed after it ("충북 제천", "경북 고령·울진"), with the
    end of its name: the one place of that name inside the subdivision, or ``None``."""
    if not _LISTED.fullmatch(text, container[0], starts[i]):
        return None
    if script(folded[i]) in _CASED and not text[starts[i]].isupper():
        return None
    window = folded[i : i + gazetteer().max_key_length]
    keys = [*gazetteer().prefixes(window), *extras().prefixes(window)]
    for key in sorted(set(keys), key=lambda k: (-len(k), k)):
        j = i + len(key)
        if word_tail(folded, i, j, cues) is None:
            continue
        if key in cues.ordinary_words or key in generic_words():
            return None
        span = text[starts[i] : ends[j - 1]]
        try:
            place = choose(candidates(key), span, kinds=_CITY, subdivision=container[1])
        except CitydiploError:
            return None
        if place is None or place.subdivision is None:
            continue
        if not related(place.subdivision, container[1]):
            continue
        return place, j
    return None
