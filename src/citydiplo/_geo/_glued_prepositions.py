"""Countries named right after a preposition glued to them (used by ``find_places``; data
in ``data/glued_prepositions.json``).

Persian news sometimes writes a preposition glued to the next word: "درایران" is "در ایران"
(in Iran). The scan reads names at the start of a word, so it reads nothing there. A word
made of one of the language's glued prepositions and a country's whole name in the language
names that country; no smaller place is read so, since many words begin with the letters of
a preposition ("درمان", treatment, is no "مان").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from citydiplo._errors import CitydiploError
from citydiplo._geo._countries import find_country
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["with_glued_prepositions"]

M = TypeVar("M", bound=Mention)
_WORD = re.compile(r"[^\W\d_]+")
_SHORTEST = 3  # letters of a country's name after the preposition


@cache
def _prepositions(lang: str) -> tuple[str, ...]:
    data: dict[str, list[str]] = load_json("glued_prepositions.json")["prepositions"]
    return tuple(sorted(data.get(lang, ()), key=len, reverse=True))


def with_glued_prepositions(
    mentions: Sequence[M], text: str, lang: str | None, make: Callable[..., M]
) -> list[M]:
    """``mentions`` with the countries named after a glued preposition.

    >>> from citydiplo import find_places
    >>> [(m.text, m.place.country) for m in find_places("سفیر چین درایران گفت", lang="fa")]
    [('چین', 'CN'), ('ایران', 'IR')]
    >>> [m.text for m in find_places("درمان بیماران", lang="fa")]
    []
    """
    prepositions = _prepositions(lang) if lang else ()
    if not prepositions:
        return list(mentions)
    found = list(mentions)
    taken = bytearray(len(text) + 1)  # the characters a mention covers
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    for word in _WORD.finditer(text):
        start, end = word.span()
        if not word.group().startswith(prepositions) or any(taken[start:end]):
            continue
        for prefix in prepositions:
            rest = word.group()[len(prefix) :]
            if not word.group().startswith(prefix) or len(rest) < _SHORTEST:
                continue
            try:
                code = find_country(rest, lang=lang)
            except CitydiploError:
                code = None
            if code is not None:
                at = start + len(prefix)
                place = Place(text=rest, country=code, kind=PlaceKind.COUNTRY)
                found.append(make(start=at, end=end, text=rest, place=place))
                break
    return sorted(found, key=lambda m: m.start)
