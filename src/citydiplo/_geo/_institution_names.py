"""Places inside the name of an institution, an era or a historical thing (used by
``find_places``).

"香格里拉大饭店" (the Shangri-La Hotel in Qingdao) holds the name of Shangri-La, Yunnan,
"江戸時代" (the Edo period) that of Edo, "朝鮮通信使" (the Joseon missions) North Korea's
Chinese name: none names a place there. The words are data
(``data/institution_words.json``):

* a name followed by one of the ``after`` words (an institution's last word), with a few
  Han characters between at most (none a function word nor part of another name read
  there), or right after one of the ``before`` words (and the names dash-joined to it:
  "Hội hữu nghị Việt Nam – Trung Quốc"), is left unread when the text names the same place
  nowhere else: "桂林日报" in news from Guilin is the city's own daily and stays read, and
  so does a name written with its generic word ("荣州市国际交流协会", "足利市立美术馆",
  "云南省对外友好协会": the city's or the province's own institution);
* a name followed by an ``always_after`` word (an era) and a country followed by a
  ``countries_after`` word are always left unread.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key
from citydiplo._spans import SpanIndex

__all__ = ["outside_institution_names"]

M = TypeVar("M", bound=Mention)

_DASH = re.compile(r"\s*[–—-]\s*\Z")
# the generic words that make an institution the place's own: "荣州市国际交流协会"
_GENERIC = frozenset("市县縣省区區州県町村道郡都府盟旗镇鎮乡鄉")
# generic words that also end many names of their own: "广州", "德州", "京都", "成都"; such a
# last character is the generic word only where the name without it is a name too ("延吉州"
# no, "大阪府" yes: "大阪")
_ALSO_NAME_ENDS = frozenset("州都府")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("institution_words.json")
    return data


@cache
def _words(key: str, lang: str | None) -> tuple[str, ...]:
    table: dict[str, list[str]] = _data()[key]
    langs = sorted(table) if lang is None else [lang]
    words = {w for code in langs for w in table.get(code, ())}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _never_place(m: Mention, text: str, lang: str | None) -> bool:
    if text.startswith(_words("always_after", lang), m.end):
        return True
    return m.place.kind is PlaceKind.COUNTRY and text.startswith(
        _words("countries_after", lang), m.end
    )


def _named_after(m: Mention, text: str, taken: SpanIndex, lang: str | None) -> bool:
    words = _words("after", lang)
    if not words:
        return False
    if _with_generic(m.text) or text[m.end : m.end + 1] in _GENERIC:
        return False  # written with its generic word, the institution is the place's own
    stops: str = _data()["gap_stops"]
    k = m.end
    for _ in range(int(_data()["gap"]) + 1):
        if text.startswith(words, k):
            return k == m.end or not taken.overlaps(m.end, k)
        if k >= len(text) or script(text[k]) != "CJK" or text[k] in stops:
            return False
        k += 1
    return False


def _with_generic(name: str) -> bool:
    """Whether ``name`` ends with a generic word ("荣州市", "大阪府"), not with a character
    that is part of the name itself ("广州日报", "德州新闻网", "京都大学")."""
    last = name[-1:]
    if last not in _GENERIC:
        return False
    return last not in _ALSO_NAME_ENDS or gazetteer().holds(match_key(name[:-1]))


def _opened(m: Mention, text: str, words: tuple[str, ...], ends: set[int]) -> bool:
    head = m.start - 1 if m.start > 0 and text[m.start - 1].isspace() else m.start
    if text.endswith(words, 0, head):
        return True
    window = max(0, m.start - 4)
    dash = _DASH.search(text[window : m.start])
    return dash is not None and window + dash.start() in ends


def _id(place: Place) -> tuple[PlaceKind, str, str | None, int | None]:
    return place.kind, place.country, place.subdivision, place.geonames_id


def outside_institution_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the names held by another thing's name (see the module).

    >>> from citydiplo import find_places
    >>> text = "青岛市长在香格里拉大饭店会见代表团,青岛日报报道。"
    >>> [m.text for m in find_places(text, lang="zh")]
    ['青岛市', '青岛']
    >>> [m.text for m in find_places("韩国首尔大学", lang="zh")]
    ['韩国']
    >>> [m.text for m in find_places("韩国荣州市国际交流协会会长", lang="zh")]
    ['韩国', '荣州市']
    >>> [m.text for m in find_places("朝鮮通信使と朝鮮", lang="ja")]
    ['朝鮮']
    >>> text = "Hội hữu nghị Việt Nam – Trung Quốc tại Đà Nẵng"
    >>> [m.text for m in find_places(text, lang="vi")]
    ['Đà Nẵng']
    """
    if not mentions:
        return mentions
    taken = SpanIndex((m.start, m.end) for m in mentions)
    openers = _words("before", lang)
    held: list[bool] = []
    ends: set[int] = set()  # where a name inside an opened institution's name ends
    for m in mentions:
        inside = _named_after(m, text, taken, lang) or (
            bool(openers) and _opened(m, text, openers, ends)
        )
        if inside:
            ends.add(m.end)
        held.append(inside)
    elsewhere = {_id(m.place) for m, h in zip(mentions, held, strict=True) if not h}
    return [
        m
        for m, h in zip(mentions, held, strict=True)
        if not _never_place(m, text, lang) and (not h or _id(m.place) in elsewhere)
    ]
