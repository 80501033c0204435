"""A one-character ward read from the end of a longer district's name (a check
``find_places`` runs on the mentions its scan read).

Japanese cities have wards named by one character of the compass and 区: 北区 (Kita, Tokyo),
中区, 南区. Chinese and Japanese district names often end the same way with more characters
before: "港北区" (Gangbei, Guigang; Kōhoku, Yokohama), "城北区", "河东区". A ward of one
character and 区 (or 區) read right after another Han character is the tail of such a name,
unless that character ends a level word (市, 都, 県, 县, 省, 府, 道, 州: "东京都北区") or is
a function word (的, の): it reads no place.
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_ward_tails"]

M = TypeVar("M", bound=Mention)

_WARD = frozenset("区區")
_BOUNDARY = frozenset("市都県县縣省府道州的の与和及、")


def _tail(m: Mention, text: str) -> bool:
    if len(m.text) != 2 or m.text[1] not in _WARD or m.start == 0:
        return False
    before = text[m.start - 1]
    return script(before) == "CJK" and script(m.text[0]) == "CJK" and before not in _BOUNDARY


def outside_ward_tails(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the one-character wards that end a longer name (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("贵港市港北区港城镇", lang="zh")]
    ['贵港市']
    >>> [m.place.name for m in find_places("日本东京都北区", lang="zh")][-1]
    'Kita'
    """
    if not mentions or lang not in (None, "zh", "ja"):
        return mentions
    return [m for m in mentions if not _tail(m, text)]
