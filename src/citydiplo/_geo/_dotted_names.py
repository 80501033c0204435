"""Parts of a foreign person's name joined by an interpunct (used by ``find_places``).

Chinese and Japanese write a foreign person's given name and surname with a middle dot
between them: "戴维·伊格" (David Ige), "大卫•纪梅尔福德", "リウ・グオジョン". Read alone,
a part can be the name of a small place abroad: "伊格" is Ig, a municipality of Slovenia,
and the text goes on calling the governor "伊格" ("伊格州长", "伊格表示"). A place read
right before or after such a dot, where the other side of the dot is no place the text
reads, is a part of a person's name, and so is every other reading of that place in the
text. A dot between two places ("中国·成都", "北京・上海") is a separator and keeps both;
so is a place of the text's own country ("聚焦·上海") and a big city or a country.
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._evidence import STRONG_POPULATION
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["outside_dotted_names"]

M = TypeVar("M", bound=Mention)
_DOTS = frozenset("·・•‧･")


def _identity(place: Place) -> tuple[object, ...]:
    return place.kind, place.country, place.subdivision, place.geonames_id, place.name


def _small_abroad(place: Place, home: frozenset[str]) -> bool:
    if place.kind is PlaceKind.COUNTRY or place.country in home:
        return False
    return place.kind is PlaceKind.SUBDIVISION or (place.population or 0) < STRONG_POPULATION


def outside_dotted_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the places read as parts of a dotted person's name.

    >>> from citydiplo import find_places
    >>> text = "省长朱小丹会见了美国夏威夷州州长戴维·伊格。伊格州长率领代表团来广州。"
    >>> [m.text for m in find_places(text, lang="zh")]
    ['美国', '夏威夷州', '广州']
    >>> [m.text for m in find_places("中国·成都与美国·纽约", lang="zh")]
    ['中国', '成都', '美国', '纽约']
    """
    if not mentions or _DOTS.isdisjoint(text):
        return mentions
    home = merged_cues(lang).home if lang is not None else frozenset()
    covered = {k for m in mentions for k in range(m.start, m.end)}
    persons = set()
    for m in mentions:
        if not _small_abroad(m.place, home):
            continue
        before = m.start >= 2 and text[m.start - 1] in _DOTS and m.start - 2 not in covered
        after = m.end + 1 < len(text) and text[m.end] in _DOTS and m.end + 1 not in covered
        if before or after:
            persons.add(_identity(m.place))
    if not persons:
        return mentions
    return [m for m in mentions if _identity(m.place) not in persons]
