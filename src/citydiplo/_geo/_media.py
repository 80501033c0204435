"""News outlets named after a place (used by ``find_places``).

Hindi and Gujarati news name their sources by a place and a word for news: "इंडिया
न्यूज़" (India News), "ગુજરાત સમાચાર" (the newspaper Gujarat Samachar), "इंडिया टुडे".
The words are data (``data/media_words.json``); a mention right before one of them, as a
whole word, names the outlet and is dropped.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import Protocol, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._normalize import match_key

__all__ = ["media_words", "outside_media"]


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_M = TypeVar("_M", bound=_Span)


@cache
def media_words(lang: str | None) -> tuple[str, ...]:
    """The media words of ``lang`` (of every language for ``None``), as match keys.

    >>> match_key("न्यूज़") in media_words("hi"), media_words("ru")
    (True, ())
    """
    data: dict[str, list[str]] = load_json("media_words.json")["words"]
    codes = sorted(data) if lang is None else [lang]
    return tuple(sorted({match_key(w) for c in codes for w in data.get(c, ())} - {""}))


def outside_media(
    mentions: list[_M], folded: str, ends: Sequence[int], lang: str | None
) -> list[_M]:
    """The mentions not right before a media word of ``lang`` (``folded``'s character
    ``k`` ends at the text's ``ends[k]``).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("इंडिया न्यूज़ (गांधीनगर): भारत", lang="hi")]
    ['गांधीनगर', 'भारत']
    >>> [m.text for m in find_places("ऑस्ट्रेलिया, न्यूजीलैंड", lang="hi")]
    ['ऑस्ट्रेलिया', 'न्यूजीलैंड']
    """
    words = media_words(lang)
    if not words or not mentions:
        return mentions
    return [m for m in mentions if not _before_media(folded, ends, m.end, words)]


def _in_word(char: str) -> bool:
    """Whether ``char`` continues a word: a letter, a digit or a vowel sign ("न्यूज़" is no
    whole word of "न्यूजीलैंड", New Zealand, whose "ी" is a mark, not a letter)."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _before_media(folded: str, ends: Sequence[int], end: int, words: Sequence[str]) -> bool:
    k = bisect_left(ends, end)
    if k >= len(ends) or ends[k] != end:
        return False
    at = k + 2 if folded[k + 1 : k + 2] == " " else k + 1
    for word in words:
        stop = at + len(word)
        if folded.startswith(word, at) and (stop == len(folded) or not _in_word(folded[stop])):
            return True
    return False
