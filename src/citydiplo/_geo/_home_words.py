"""Frequent words that are also small places of the text's own country (used by
``find_places``).

Chinese "合作" (cooperation) is Hezuo, Gansu; "友好" (friendly) Youhao, Heilongjiang; "胜利"
(victory) and "长征" (the Long March) name towns of China. News writes them as words, and
a generic character written after them makes no name of them: "经济合作区" is an economic
cooperation zone, "友好郡市" friendly counties and cities. Such a word
(``data/home_words.json``, built by ``tools/build_home_words.py`` from word frequencies) is
read as a place only where the text also names the place's own first-level subdivision,
by the subdivision itself or by another place in it ("甘肃省合作市"), or with the generic word
of a city written on it ("来宾市", Laibin; "来宾", guests, is no place); otherwise no reading
is given.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["home_words", "with_home_support"]

M = TypeVar("M", bound=Mention)
_CITY = "市"  # the generic word of a city (a prefecture-level or county-level city)


@cache
def home_words(lang: str | None) -> frozenset[str]:
    """The home words of ``lang`` (of every language for ``None``), as match keys.

    >>> "合作" in home_words("zh"), "北京" in home_words("zh"), home_words("en")
    (True, False, frozenset())
    """
    data: dict[str, list[str]] = load_json("home_words.json")["home"]
    codes = sorted(data) if lang is None else [lang]
    return frozenset(match_key(w) for c in codes for w in data.get(c, ())) - {""}


def _home(m: Mention, words: frozenset[str], text: str) -> bool:
    if m.place.kind is not PlaceKind.CITY:
        return False
    if m.text.endswith(_CITY) or text.startswith(_CITY, m.end):
        return False  # "来宾市": a city's own generic word names the city
    key = match_key(m.text)
    return key in words or (len(key) > 2 and key[:-1] in words)  # "合作区": a generic on it


def with_home_support(mentions: list[M], lang: str | None, text: str = "") -> list[M]:
    """``mentions`` without the home words whose subdivision no other mention names.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("建设越南-中国双边经济合作区。", lang="zh")]
    ['越南', '中国']
    >>> [m.text for m in find_places("甘肃省合作市与韩国签约。", lang="zh")]
    ['甘肃省', '合作市', '韩国']
    >>> [m.text for m in find_places("市长会见来宾。来宾市代表团来访。", lang="zh")]
    ['来宾市']
    """
    words = home_words(lang)
    if not words or not mentions:
        return mentions
    home = [_home(m, words, text) for m in mentions]
    named: dict[str, set[int | None]] = {}  # a subdivision: the places that name it
    for m, is_home in zip(mentions, home, strict=True):
        if not is_home and m.place.subdivision is not None:
            named.setdefault(m.place.subdivision, set()).add(m.place.geonames_id)
    return [
        m
        for m, is_home in zip(mentions, home, strict=True)
        if not is_home or named.get(m.place.subdivision or "", set()) - {m.place.geonames_id}
    ]
