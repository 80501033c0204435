"""A name the text qualifies elsewhere (used by ``find_places``).

A text that writes "Anyang, South Korea" or "Seward, Alaska" once tells which place the
bare name means everywhere else: the bare "Anyang" of the same text is that city, not the
bigger Anyang of Henan the gazetteer would choose alone. When the text qualifies the same
name as two different places ("Anyang, South Korea; Anyang City, China"), a bare mention
may be either, and is left unread: a wrong place is worse than none.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

import attrs

from citydiplo._geo._context import qualified_city
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention, with_changes
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["following_qualified"]

M = TypeVar("M", bound=Mention)
MIN_POPULATION = 15_000  # as find_places' floor for a city without a cue word


def _identity(place: Place) -> tuple[str, str | None, int | None]:
    return place.country, place.subdivision, place.geonames_id


def following_qualified(mentions: list[M], text: str) -> list[M]:
    """``mentions`` with each bare city read as the place the text qualifies its name as.

    >>> from citydiplo import find_places
    >>> text = "Anyang City, South Korea hosted the forum. People in Anyang voted."
    >>> [(m.text, m.place.country) for m in find_places(text, lang="en")]
    [('Anyang', 'KR'), ('South Korea', 'KR'), ('Anyang', 'KR')]
    >>> text = "Anyang, South Korea and Anyang City, China met. People in Anyang voted."
    >>> [(m.text, m.place.country) for m in find_places(text, lang="en")]
    [('Anyang', 'KR'), ('South Korea', 'KR'), ('Anyang', 'CN'), ('China', 'CN')]
    """
    qualified: dict[str, list[Place]] = {}
    bare: list[tuple[M, str]] = []
    for m in mentions:
        if m.place.kind is not PlaceKind.CITY or not m.text or script(m.text[0]) != "LATIN":
            continue
        key = match_key(m.text)
        place = qualified_city(text, m.text, m.end, MIN_POPULATION)
        if place is None:
            bare.append((m, key))
        elif all(_identity(p) != _identity(place) for p in qualified.get(key, [])):
            qualified.setdefault(key, []).append(place)
    if not qualified:
        return mentions
    changed: dict[int, M | None] = {}
    for m, key in bare:
        places = qualified.get(key)
        if not places:
            continue
        if len(places) > 1:
            changed[id(m)] = None  # the text names two places so: either may be meant
        elif _identity(places[0]) != _identity(m.place):
            changed[id(m)] = attrs.evolve(cast(Any, m), place=attrs.evolve(places[0], text=m.text))
    return with_changes(mentions, changed)
