"""A country's name after a word that makes it another region's (used by ``find_places``).

Japanese writes Inner Mongolia, a region of China, "内モンゴル", and both Chinese and
Japanese "内蒙古": read from the second character on, the name is Mongolia's. A country read
right after one of ``data/inner_prefixes.json``'s characters, where that character starts a
word (it follows no other Han character: "(内モンゴル)", not "都内モンゴル料理店", a Mongolian
restaurant in Tokyo), is no mention of that country.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_inner_regions"]

M = TypeVar("M", bound=Mention)


@cache
def _prefixes() -> frozenset[str]:
    from citydiplo._geo._data import load_json

    return frozenset(load_json("inner_prefixes.json")["prefixes"])


def _inner(text: str, start: int) -> bool:
    if start < 1 or text[start - 1] not in _prefixes():
        return False
    return start < 2 or script(text[start - 2]) != "CJK"


def outside_inner_regions(mentions: list[M], text: str) -> list[M]:
    """``mentions`` without the countries named inside another region's name.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("内蒙古(内モンゴル)自治区とモンゴル", lang="ja")]
    ['モンゴル']
    >>> [m.text for m in find_places("都内モンゴル料理店", lang="ja")]
    ['モンゴル']
    """
    return [
        m for m in mentions if m.place.kind is not PlaceKind.COUNTRY or not _inner(text, m.start)
    ]
