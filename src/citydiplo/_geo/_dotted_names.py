"""Parts of a foreign person's name joined by an interpunct (used by ``find_places``).

Chinese and Japanese write a foreign person's given name and surname with a middle dot
between them: "戴维·伊格" (David Ige), "大卫•纪梅尔福德", "リウ・グオジョン". Read alone,
a part can be the name of a small place abroad: "伊格" is Ig, a municipality of Slovenia,
and the text goes on calling the governor "伊格" ("伊格州长", "伊格表示"). A place read
right before or after such a dot, where the word on the other side of the dot holds no
place the text reads, is a part of a person's name, and so is every other reading of that
place in the text. A dot after a place or a word holding one ("中国·成都", "北京・上海",
"台湾中部・台中県") is a separator and keeps both;
so is a place of the text's own country ("聚焦·上海") and a big city or a country. A name
written with its generic word ("山東省", "山口県", "青森市") is a place's own name, never a
part of a transliterated person's name: Japanese news writes a person's office after a dot
("才利民・山東省副省長", Cai Limin, vice-governor of Shandong).
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._evidence import STRONG_POPULATION, script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["outside_dotted_names"]

M = TypeVar("M", bound=Mention)
_DOTS = frozenset("·・•‧･")
_WORD_SCRIPTS = frozenset({"CJK", "KATAKANA"})
_GENERIC_ENDINGS = frozenset("省県县縣州市区區郡町村府道")  # "山東省", "山口県", "青森市"
_NEAR = 4  # characters looked at beside the dot: a given name, or a place and a word after it


def _identity(place: Place) -> tuple[object, ...]:
    return place.kind, place.country, place.subdivision, place.geonames_id, place.name


def _small_abroad(place: Place, home: frozenset[str]) -> bool:
    if place.kind is PlaceKind.COUNTRY or place.country in home:
        return False
    return place.kind is PlaceKind.SUBDIVISION or (place.population or 0) < STRONG_POPULATION


def _name_part(text: str, k: int, step: int, covered: set[int]) -> bool:
    """Whether the :data:`_NEAR` characters of one script from ``text[k]`` on (in direction
    ``step``), on the other side of the dot, hold no place the text reads: "戴维" (David),
    not "台湾中部" (central Taiwan, in "台湾中部・台中県")."""
    kind = script(text[k])
    if kind not in _WORD_SCRIPTS:
        return False
    for _ in range(_NEAR):
        if not (0 <= k < len(text) and script(text[k]) == kind):
            break
        if k in covered:
            return False
        k += step
    return True


def outside_dotted_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the places read as parts of a dotted person's name.

    >>> from citydiplo import find_places
    >>> text = "省长朱小丹会见了美国夏威夷州州长戴维·伊格。伊格州长率领代表团来广州。"
    >>> [m.text for m in find_places(text, lang="zh")]
    ['美国', '夏威夷州', '广州']
    >>> [m.text for m in find_places("中国·成都与美国·纽约", lang="zh")]
    ['中国', '成都', '美国', '纽约']
    >>> [m.text for m in find_places("台湾中部・台中県の大肚郷と台中県", lang="ja")]
    ['台湾', '台中県', '台中県']
    >>> [m.text for m in find_places("才利民・山東省副省長が山東省を案内した", lang="ja")]
    ['山東省', '山東省']
    """
    if not mentions or _DOTS.isdisjoint(text):
        return mentions
    home = merged_cues(lang).home if lang is not None else frozenset()
    covered = {k for m in mentions for k in range(m.start, m.end)}
    persons = set()
    for m in mentions:
        if not _small_abroad(m.place, home) or m.text[-1:] in _GENERIC_ENDINGS:
            continue
        before = m.start >= 2 and text[m.start - 1] in _DOTS
        after = m.end + 1 < len(text) and text[m.end] in _DOTS
        if (before and _name_part(text, m.start - 2, -1, covered)) or (
            after and _name_part(text, m.end + 1, 1, covered)
        ):
            persons.add(_identity(m.place))
    if not persons:
        return mentions
    return [m for m in mentions if _identity(m.place) not in persons]
