"""A short province name that is also a word, read before a city of that province.

Korean news writes a city after the short name of its province: "경기 남양주시" (Namyangju,
Gyeonggi Province). "경기" is also the word for a match and for the economy ("경기 침체"),
so it is no alias of the province: it is read as the province only where the next word is a
city or county the text reads in that province (``data/province_before_city.json``). One
space, nothing else, stands between.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["with_provinces_before"]

M = TypeVar("M", bound=Mention)


@cache
def _short_names(lang: str) -> tuple[tuple[str, Place], ...]:
    """(short name, the province's place) of ``lang``."""
    from citydiplo._geo._parse import parse_place

    table: dict[str, str] = load_json("province_before_city.json").get(lang, {})
    return tuple((short, parse_place(full)) for short, full in sorted(table.items()))


def with_provinces_before(
    mentions: Sequence[M], text: str, lang: str | None, make: Callable[..., M]
) -> list[M]:
    """``mentions`` with the short province names read before a city of their province.

    >>> from citydiplo import find_places
    >>> [(m.text, m.place.subdivision) for m in find_places("경기 남양주시는 밝혔다", lang="ko")]
    [('경기', 'KR-41'), ('남양주시', 'KR-41')]
    >>> [m.text for m in find_places("경기 침체로 수원시는 밝혔다", lang="ko")]
    ['수원시']
    """
    found = list(mentions)
    if lang is None or not mentions:
        return found
    for short, province in _short_names(lang):
        if short not in text:
            continue
        for m in mentions:
            start = m.start - len(short) - 1
            if (
                start >= 0
                and text.startswith(short + " ", start)
                and (start == 0 or not text[start - 1].isalnum())
                and m.place.kind is PlaceKind.CITY
                and m.place.subdivision == province.subdivision
            ):
                place = _as_written(province, short)
                found.append(make(start=start, end=start + len(short), text=short, place=place))
    return sorted(found, key=lambda m: m.start)


def _as_written(place: Place, text: str) -> Place:
    import attrs

    return attrs.evolve(place, text=text)
