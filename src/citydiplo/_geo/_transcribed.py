"""A Chinese city whose name ends in 州, read at the end of a longer transcribed foreign name
(a check ``find_places`` runs on the mentions its scan read; data in
``data/transcription_han.json``).

Chinese names a foreign region by the transcription of its name and the generic word 州:
"杰特苏州" (Jetisu region, Kazakhstan), "卡拉干达州" (Karaganda region), "伊塞克湖州" (Issyk-Kul
region). Where the gazetteer lacks the whole name, its last characters read a Chinese city:
苏州 (Suzhou), 达州 (Dazhou), 湖州 (Huzhou), silently wrong. A city ending in 州 right after two
Han characters of the syllables used for transcription, that form no frequent word
(:func:`~citydiplo._geo._han_straddle.han_words`: "美丽杭州" is beautiful Hangzhou) and end no
place the text reads ("海南儋州"), is part of that longer name and left unread.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._han_straddle import han_words
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_transcribed_tails"]

M = TypeVar("M", bound=Mention)


@cache
def _syllables() -> frozenset[str]:
    return frozenset(load_json("transcription_han.json")["chars"])


def outside_transcribed_tails(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without a city ending in 州 read inside a transcribed name (see the
    module).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("哈萨克斯坦从阿拉木图州拆分出杰特苏州。", lang="zh")]
    ['哈萨克斯坦', '阿拉木图']
    >>> [m.text for m in find_places("代表团访问了苏州。", lang="zh")]
    ['苏州']
    """
    if lang not in (None, "zh"):
        return mentions
    ends = {m.end for m in mentions}
    return [m for m in mentions if not _transcribed_tail(m, text, ends)]


def _transcribed_tail(m: M, text: str, ends: set[int]) -> bool:
    if m.place.kind is not PlaceKind.CITY or not m.text.endswith("州") or m.start < 2:
        return False
    before = text[m.start - 2 : m.start]
    return (
        all(script(ch) == "CJK" and ch in _syllables() for ch in before)
        and before not in han_words()
        and m.start not in ends
    )
