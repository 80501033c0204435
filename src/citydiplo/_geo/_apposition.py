"""A city glued to a longer foreign name after its country (a check ``find_places`` runs on
the mentions its scan read; data in ``data/country_apposition.json``).

Chinese writes a city abroad right after its country, its name transliterated in
characters: "印度 绍拉普尔市" (Solapur, India), "毛里求斯博巴森-荷津市" (Beau Bassin-Rose
Hill, Mauritius). The tail of such a name may spell another place ("普尔" Poole, "津市"
Jinshi, Hunan). A city read in the characters right after a country, glued to more
characters of the same name before it (with no function word among them, nor another
place) and written with the generic word "市" (city), lies in that country: a city of
another country read there is part of a longer name, and so is the same name read as the
same city elsewhere in the text ("博巴森-荷津市市长"). "美国驻上海总领事" keeps Shanghai: "驻"
(stationed in) is a word of its own, and "日本企业进入上海" too: no "市" is written on it;
nor are characters that hold a frequent two-character word (``data/han_words.json``): "越南
欢迎釜山市" (Vietnam welcomes Busan) and "韩国企业投资胡志明市" keep Busan and Ho Chi Minh City.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._han_straddle import han_words
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_glued_tails"]

M = TypeVar("M", bound=Mention)
_SPAN = 6  # characters of a name before its tail


@cache
def _data(lang: str) -> tuple[str, str, str] | None:
    data = load_json("country_apposition.json").get(lang)
    return None if data is None else (data["joiners"], data["words"], data["city"])


def _glued(between: str, joiners: str, words: str) -> bool:
    between = between[1:] if between.startswith(" ") else between
    if not 0 < len(between) <= _SPAN:
        return False
    if any(match_key(between[i : i + 2]) in han_words() for i in range(len(between) - 1)):
        return False  # "越南欢迎釜山市", "韩国企业投资胡志明市": words, no transliteration
    return all((script(ch) == "CJK" or ch in joiners) and ch not in words for ch in between)


def outside_glued_tails(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the tails of longer foreign names described above.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("印度 绍拉普尔市(2005年)", lang="zh")]
    ['印度']
    >>> [m.text for m in find_places("毛里求斯博巴森-荷津市代表团。博巴森-荷津市市长", lang="zh")]
    ['毛里求斯']
    >>> [m.text for m in find_places("美国驻上海总领事馆", lang="zh")]
    ['美国', '上海']
    >>> [m.text for m in find_places("日本长野市(1981年)", lang="zh")]
    ['日本', '长野市']
    >>> [m.text for m in find_places("日本企业进入上海", lang="zh")]
    ['日本', '上海']
    >>> [m.text for m in find_places("越南欢迎釜山市乃至韩国企业投资胡志明市", lang="zh")]
    ['越南', '釜山市', '韩国', '胡志明市']
    """
    data = _data(lang or "")
    if data is None or not mentions:
        return mentions
    joiners, words, city = data
    kept: list[M] = []
    tails: set[int | None] = set()  # a city read wrong once, wrong where glued again
    country: M | None = None
    previous: M | None = None
    for m in mentions:
        if m.place.kind is PlaceKind.COUNTRY:
            country = previous = m
            kept.append(m)
            continue
        tail = (
            m.place.kind is PlaceKind.CITY
            and country is not None
            and previous is country
            and m.place.country != country.place.country
            and (m.text.endswith(city) or text.startswith(city, m.end))
            and _glued(text[country.end : m.start], joiners, words)
        )
        if tail:
            tails.add(m.place.geonames_id)
        else:
            kept.append(m)
        previous = m
    return [m for m in kept if m.place.geonames_id not in tails or not _after_name(text, m.start)]


def _after_name(text: str, start: int) -> bool:
    """Whether the character before ``start`` belongs to a name written in characters."""
    return start > 0 and (script(text[start - 1]) == "CJK" or text[start - 1] in "-‐·・‧")
