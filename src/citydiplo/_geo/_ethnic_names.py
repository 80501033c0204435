"""A people named after a place (used by ``find_places``).

"朝鮮族" (the Korean ethnic group of China) holds the name of North Korea, "蒙古族" that of
Mongolia: a name written right before one of the words of ``data/ethnic_suffixes.json``
("族", Korean "족") names a people, not a place.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_ethnic_names"]

M = TypeVar("M", bound=Mention)


@cache
def _suffixes(lang: str | None) -> tuple[str, ...]:
    table: dict[str, list[str]] = load_json("ethnic_suffixes.json")["suffixes"]
    langs = sorted(table) if lang is None else [lang]
    words = {w for code in langs for w in table.get(code, ())}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def outside_ethnic_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the names of peoples.

    >>> from citydiplo import find_places
    >>> text = "湯原県には朝鮮族郷が1つある。中国の朝鮮とは違う。"
    >>> [m.text for m in find_places(text, lang="ja")]
    ['中国', '朝鮮']
    >>> [m.text for m in find_places("延边朝鲜族自治州与朝鲜交流", lang="zh")]
    ['朝鲜']
    >>> [m.text for m in find_places("包括中国舞狮、中国民族管弦乐合奏", lang="zh")]
    ['中国', '中国']
    """
    suffixes = _suffixes(lang)
    if not suffixes:
        return mentions
    return [m for m in mentions if not text.startswith(suffixes, m.end)]
