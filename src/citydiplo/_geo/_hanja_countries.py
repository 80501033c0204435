"""Countries named by one Hanja character in Korean text (used by ``find_places``).

Korean headlines write "美 레이크우드시와 자매도시" (the US), "日 치즈정교류단" (Japan),
"韓中 정상회담" (Korea and China): one character of ``data/hanja_countries.json`` standing
alone, or in a run of such characters ("韓美日"), between characters that are no Hanja.
A run that holds any other Hanja is a word ("日本", "美術", "北韓"), and a Hangul syllable
glued after it must be a particle ("美와"; "佛교" is Buddhism). Read in Korean text only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["with_hanja_countries"]

M = TypeVar("M", bound=Mention)
_JOINERS = "·・"


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("hanja_countries.json")
    return data


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def hanja_countries(text: str) -> list[tuple[int, str]]:
    """Where ``text`` (Korean) names a country by one Hanja character, and its code.

    >>> hanja_countries("김해시, 美 레이크우드시와 자매도시로 협력관계 승격")
    [(5, 'US')]
    >>> hanja_countries("韓·中 정상회담, 日本 방문, 美術관")
    [(0, 'KR'), (2, 'CN')]
    """
    table: dict[str, str] = _data()["ko"]
    particles: str = _data()["after"]
    found: list[tuple[int, str]] = []
    i, n = 0, len(text)
    while i < n:
        if script(text[i]) != "CJK":
            i += 1
            continue
        j = i
        while j < n and (script(text[j]) == "CJK" or (text[j] in _JOINERS and j > i)):
            j += 1
        run = [k for k in range(i, j) if text[k] not in _JOINERS]
        after = text[j] if j < n else ""
        glued = _hangul(after) and after not in particles
        if run and all(text[k] in table for k in run) and not glued:
            found.extend((k, table[text[k]]) for k in run)
        i = j
    return found


def with_hanja_countries(
    mentions: Sequence[M], text: str, lang: str | None, make: Callable[..., M]
) -> tuple[M, ...]:
    """``mentions`` with the countries Korean ``text`` names by one Hanja character (made
    with ``make(start=, end=, text=, place=)``), in text order."""
    if lang != "ko":
        return tuple(mentions)
    taken = {m.start for m in mentions}
    added = [
        make(
            start=k,
            end=k + 1,
            text=text[k],
            place=Place(text=text[k], country=code, kind=PlaceKind.COUNTRY),
        )
        for k, code in hanja_countries(text)
        if k not in taken
    ]
    if not added:
        return tuple(mentions)
    return tuple(sorted((*mentions, *added), key=lambda m: m.start))
