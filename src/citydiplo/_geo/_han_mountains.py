"""A place read from the first two characters of a Chinese mountain's name (a check
``find_places`` runs on the mentions its scan read; data in ``data/han_mountains.json``).

Many mountains are named by two characters and 山: "普陀山" (Mount Putuo, an island of
Zhoushan) opens with 普陀 (Putuo, a district of Shanghai), "天台山" with 天台. A mention of
two Han characters (no level word) followed by 山, where the three characters are a frequent
word of ``data/han_mountains.json`` (built by ``tools/build_han_mountains.py`` from
wordfreq), is the mountain's name and reads no place. A city named by the whole word
("马鞍山市", "峨眉山") is a mention of three characters and is not touched.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._normalize import match_key

__all__ = ["outside_mountains"]

M = TypeVar("M", bound=Mention)


@cache
def _words() -> frozenset[str]:
    data: dict[str, list[str]] = load_json("han_mountains.json")["words"]
    return frozenset(data.get("zh", ()))


def _opens_mountain(m: Mention, text: str) -> bool:
    if len(m.text) != 2 or m.end >= len(text) or text[m.end] != "山":
        return False
    if not all(script(ch) == "CJK" for ch in m.text):
        return False
    return match_key(m.text + "山") in _words()


def outside_mountains(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the places that open a mountain's name (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("五台山与普陀山均为佛教名山。", lang="zh")]
    []
    >>> [m.place.subdivision for m in find_places("上海市普陀区", lang="zh")]
    ['CN-SH', 'CN-SH']
    """
    if not mentions or lang not in (None, "zh"):
        return mentions
    return [m for m in mentions if not _opens_mountain(m, text)]
