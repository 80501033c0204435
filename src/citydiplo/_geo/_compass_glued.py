"""A foreign region's name glued after a compass character in Chinese or Japanese (used by
``find_places``).

"西苏门答腊省" is West Sumatra (Sumatera Barat), not the island group Sumatera that
"苏门答腊" alone names: Chinese and Japanese glue a compass character before a foreign
region's name to name another region. A foreign subdivision read right after one of the
characters of ``data/compass_prefixes.json`` is left unread (not silently the wrong
region), unless that character ends another name read there ("越南高平省": Cao Bằng of
Vietnam); names at home ("河南", "北海道") are whole names the scan reads as such.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_compass_glued"]

M = TypeVar("M", bound=Mention)


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("compass_prefixes.json")
    return data


@cache
def _prefixes(lang: str | None) -> str:
    table: dict[str, str] = _data()["prefixes"]
    langs = sorted(table) if lang is None else [lang]
    return "".join(sorted({ch for code in langs for ch in table.get(code, "")}))


def outside_compass_glued(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without foreign subdivisions glued after a compass character.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("印尼西苏门答腊省与苏门答腊", lang="zh")]
    ['印尼', '苏门答腊']
    >>> [m.text for m in find_places("越南高平省与巴西伯南布哥州", lang="zh")]
    ['越南', '高平省', '巴西', '伯南布哥']
    """
    compass = _prefixes(lang)
    if not compass or not mentions:
        return mentions
    home = frozenset(_data()["home"])
    ends = {m.end for m in mentions}  # "越南高平省": the 南 of 越南 is no compass word
    return [
        m
        for m in mentions
        if not (
            m.place.kind is PlaceKind.SUBDIVISION
            and m.place.country not in home
            and m.start > 0
            and text[m.start - 1] in compass
            and m.start not in ends
        )
    ]
