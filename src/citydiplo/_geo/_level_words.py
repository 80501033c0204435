"""A municipality's level word that the place read does not carry (a check ``find_places``
runs on the mentions its scan read; data in ``data/level_words.json``).

Japanese and Korean write a municipality's level right after its name, and a municipality
has one level: a city (市, 시), a town (町) or village (村), a county (군) or district (구).
A name read without its level word names another municipality when that word contradicts
the place's:

* Japanese: "旧丹波町長" (the former mayor of Tanba town, now in Kyōtamba, Kyoto) is no
  Tamba City, Hyōgo: the gazetteer knows "丹波市" but no "丹波町", so the town written is
  another one;
* Korean: "청도시" (Qingdao, in Korean) is no Cheongdo-gun, the county: GeoNames writes a
  Korean municipality's level as the suffix of its name.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_other_levels"]

M = TypeVar("M", bound=Mention)
_KOREA = "KR"


@cache
def _japanese() -> tuple[str, ...]:
    return tuple(load_json("level_words.json")["ja"])


@cache
def _korean() -> dict[str, str]:
    return dict(load_json("level_words.json")["ko"])


def _other_japanese_level(m: Mention, text: str) -> bool:
    levels = _japanese()
    written = text[m.end : m.end + 1]
    if written not in levels or m.text[-1:] in levels:
        return False
    known = gazetteer()
    if known.postings(match_key(m.text + written)) is not None:
        return False
    return any(known.postings(match_key(m.text + w)) is not None for w in levels if w != written)


def _other_korean_level(m: Mention, text: str) -> bool:
    levels = _korean()
    written = text[m.end : m.end + 1]
    if written not in levels or m.place.country != _KOREA or m.text[-1:] in levels:
        return False
    name = (m.place.name or "").lower()
    own = [suffix for suffix in levels.values() if name.endswith(suffix)]
    return bool(own) and levels[written] not in own


def outside_other_levels(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the names whose written level contradicts the place's.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("旧丹波町長のご子息", lang="ja")]
    []
    >>> [m.text for m in find_places("兵庫県丹波市の市長", lang="ja")]
    ['兵庫県', '丹波市']
    >>> [m.text for m in find_places("중국 천진시 대항구와 청도시 보세구", lang="ko")]
    ['중국', '천진']
    >>> [m.text for m in find_places("경북 청도군 청도읍", lang="ko")][:2]
    ['경북', '청도군']
    """
    if lang not in ("ja", "ko"):
        return mentions
    check = _other_japanese_level if lang == "ja" else _other_korean_level
    return [m for m in mentions if m.place.kind is not PlaceKind.CITY or not check(m, text)]
