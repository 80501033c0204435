"""A place read from two characters of a Chinese landform's name (a check ``find_places``
runs on the mentions its scan read; data in ``data/han_mountains.json``).

Many mountains, lakes and rivers are named by two characters and a landform character
(``landforms``: 山 岭 峰 湖 江 河). "普陀山" (Mount Putuo, an island of Zhoushan) opens with
普陀 (Putuo, a district of Shanghai), "黄浦江" (the Huangpu river) with 黄浦; "峨眉山" (Mount
Emei) ends with 眉山 (Meishan, a city 60 km away). Two rules, on frequent words of
``data/han_mountains.json`` (built by ``tools/build_han_mountains.py`` from wordfreq):

- a mention of two Han characters (no level word) followed by a landform character, the
  three a word of ``words``, is the landform's name and reads no place;
- a mention of two Han characters, alone or with a level word (区, 市, 县), right after a
  Han character that opens with them a word of ``closing`` ("峨眉山", "峨眉山市": Emeishan,
  not Meishan; "孙中山": Sun Yat-sen) is the tail of that word and reads no place.

A city named by the whole word ("马鞍山市") is a mention of three characters, and is not
touched.
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
def _data() -> tuple[str, frozenset[str], frozenset[str]]:
    data = load_json("han_mountains.json")
    return (data.get("landforms", {}).get("zh", "山"), frozenset(data["words"].get("zh", ())),
            frozenset(data.get("closing", {}).get("zh", ())))


_LEVELS = ("", "区", "市", "县")


def _opens_landform(m: Mention, text: str) -> bool:
    landforms, words, _ = _data()
    if len(m.text) != 2 or m.end >= len(text) or text[m.end] not in landforms:
        return False
    if not all(script(ch) == "CJK" for ch in m.text):
        return False
    return match_key(m.text + text[m.end]) in words


def _closes_landform(m: Mention, text: str) -> bool:
    _, _, closing = _data()
    name, level = m.text[:2], m.text[2:]
    if m.start < 1 or level not in _LEVELS or script(text[m.start - 1]) != "CJK":
        return False
    if not all(script(ch) == "CJK" for ch in name):
        return False
    return match_key(text[m.start - 1] + name) in closing


def outside_mountains(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the places that open a mountain's name (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("五台山与普陀山均为佛教名山。", lang="zh")]
    []
    >>> [m.place.subdivision for m in find_places("上海市普陀区", lang="zh")]
    ['CN-SH', 'CN-SH']
    >>> [m.text for m in find_places("参观了乐山大佛、峨眉山等景观，登上峨眉山市金顶", lang="zh")]
    ['乐山']
    >>> [m.text for m in find_places("沿黄浦江漫步", lang="zh")]
    []
    """
    if not mentions or lang not in (None, "zh"):
        return mentions
    return [m for m in mentions
            if not _opens_landform(m, text) and not _closes_landform(m, text)]
