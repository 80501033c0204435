"""A generic word that begins another word (used by ``find_places``).

"新兴市场" is an emerging market: "市场" (market) begins with "市" (city), so the scan reads
"新兴" with a generic word after it, and a name with its generic word stands for a place of
any size (Xinxing, a town of 97,000). A city smaller than ``find_places``' floor for names
without a generic word (:data:`MIN_POPULATION_CJK`), followed by one of the words of
``data/generic_compounds.json``, is no place; a big one ("上海市场", the Shanghai market)
still is. A subdivision read through such a word that begins with a subdivision's generic
word is no place either: "湾岸都市" is a port city ("都市", city, begins with "都", a
metropolis), not Gulf province of Papua New Guinea.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_generic_compounds"]

M = TypeVar("M", bound=Mention)
MIN_POPULATION_CJK = 100_000  # as find_places' floor for a name without a generic word


@cache
def _words(lang: str) -> tuple[str, ...]:
    table: dict[str, list[str]] = load_json("generic_compounds.json")["words"]
    return tuple(table.get(lang, ()))


def outside_generic_compounds(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the small cities read through a word that begins with a generic
    word.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("中国和巴西同为重要新兴市场国家", lang="zh")]
    ['中国', '巴西']
    >>> [m.text for m in find_places("上海市场监管局", lang="zh")]
    ['上海市']
    >>> [m.text for m in find_places("横浜市は湾岸都市です", lang="ja")]
    ['横浜市']
    """
    words = _words(lang) if lang is not None else ()
    if not words or not mentions:
        return mentions
    regional = _regional(lang or "")
    return [
        m
        for m in mentions
        if not (m.place.kind is PlaceKind.SUBDIVISION and text.startswith(regional, m.end))
        and (
            m.place.kind is not PlaceKind.CITY
            or (m.place.population or 0) >= MIN_POPULATION_CJK
            or not (text.startswith(words, m.end) or text.startswith(words, m.end - 1))
        )
    ]


@cache
def _regional(lang: str) -> tuple[str, ...]:
    """The words of ``lang`` that begin with a subdivision's generic word ("都市")."""
    generic = tuple(w for w, kind in merged_cues(lang).attached_after if kind == "subdivision")
    return tuple(w for w in _words(lang) if w.startswith(generic))
