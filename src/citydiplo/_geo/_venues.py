"""Venues named after a place (used by ``find_places``).

A hotel, hall or stadium often bears the name of a city it is not in: "Jinjiang Small Hall"
is a hall of the Jinjiang Hotel in Shanghai, not in Jinjiang, Fujian. A city's name that
opens such a name (capitalised words ending in one of the language's venue words, the cue
file's optional ``venues`` list) is read only where the text names the same place outside a
venue too; a venue named with a word of the optional ``own_venue_words`` list ("Busan
City Hall", "Suwon Municipal Stadium") is the place's own and stays read.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._languages import available
from citydiplo._geo._nested import inside_parents
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_venues", "own_venue_words", "venue_pattern"]


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def place(self) -> Place: ...


_M = TypeVar("_M", bound=_Mention)


@cache
def venue_pattern(lang: str | None) -> re.Pattern[str] | None:
    """Up to three capitalised words and a venue word of ``lang``, right after a name.

    >>> pattern = venue_pattern("en")
    >>> pattern is not None and pattern.match(" Small Hall, on Sunday") is not None
    True
    >>> pattern is not None and pattern.match("-Haenggung Palace in Suwon") is not None
    True
    """
    codes = available() if lang is None else (lang,) if lang in available() else ()
    words = sorted({w for c in codes for w in load_json(f"cues/{c}.json").get("venues", [])})
    if not words:
        return None
    venue = "|".join(re.escape(w) for w in words)
    return re.compile(rf"((?:[ -][A-Z][\w'’&-]*){{0,3}}) (?:{venue})\b")


@cache
def own_venue_words(lang: str | None) -> frozenset[str]:
    """The words that make a venue its place's own ("City" in "Busan City Hall"), folded.

    >>> "municipal" in own_venue_words("en")
    True
    """
    codes = available() if lang is None else (lang,) if lang in available() else ()
    data = [load_json(f"cues/{c}.json").get("own_venue_words", []) for c in codes]
    return frozenset(match_key(w) for words in data for w in words)


def outside_venues(mentions: list[_M], text: str, lang: str | None) -> list[_M]:
    """The mentions that do not only open a venue's name (see the module's docstring).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Han met the Chicago mayor in Shanghai at Jinjiang "
    ...     "Small Hall.", lang="en")]
    ['Chicago', 'Shanghai']
    >>> [m.text for m in find_places("They met at Busan City Hall in Busan.", lang="en")]
    ['Busan', 'Busan']
    """
    if len(mentions) > 1:  # "紹興市越城区": see _nested
        mentions = inside_parents(mentions, text, _generic(lang))
    pattern = venue_pattern(lang)
    if pattern is None or not mentions:
        return mentions
    venue: list[bool] = []
    for m in mentions:
        found = pattern.match(text, m.end) if m.place.kind is PlaceKind.CITY else None
        generic = found is not None and any(
            match_key(w) in own_venue_words(lang) for w in found.group(1).split()
        )
        venue.append(found is not None and not generic)
    elsewhere = {_id(m.place) for m, v in zip(mentions, venue, strict=True) if not v}
    return [m for m, v in zip(mentions, venue, strict=True) if not v or _id(m.place) in elsewhere]


def _id(place: Place) -> tuple[int | None, str, str | None]:
    return place.geonames_id, place.country, place.subdivision


@cache
def _generic(lang: str | None) -> tuple[str, ...]:
    """The generic words written on a name in ``lang`` ("市", "시"), as written."""
    from citydiplo._geo._cues import merged_cues

    return tuple(w for w, _ in merged_cues(lang).attached_after)
