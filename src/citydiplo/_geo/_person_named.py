"""A place that bears a person's full name names the person unless its level word is written
before it (a check ``find_places`` runs on the mentions its scan read; data in
``data/person_context.json``, key ``person_named``, per language).

Vietnamese news writes the city "TP Hồ Chí Minh" or "Thành phố Hồ Chí Minh"; the bare name
is the president: "tư tưởng Hồ Chí Minh" (Ho Chi Minh Thought), "không gian văn hóa Việt
Nam, Hồ Chí Minh". The name is compared as written, marks included, so an English "Ho Chi
Minh" is not concerned.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_person_named"]

M = TypeVar("M", bound=Mention)
_LOOKBACK = 16


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@cache
def _names(lang: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(name, its level words) of every person-named place of ``lang`` (all, for None),
    case-folded."""
    data: dict[str, dict[str, list[str]]] = load_json("person_context.json")["person_named"]
    langs = sorted(data) if lang is None else [lang]
    return tuple(
        (_folded(name), tuple(_folded(w) for w in words))
        for code in langs
        for name, words in sorted(data.get(code, {}).items())
    )


def _leveled(before: str, words: tuple[str, ...]) -> bool:
    """Whether ``before`` (folded, right-stripped) ends with one of ``words`` as a word."""
    for word in words:
        if before.endswith(word):
            head = before[: len(before) - len(word)]
            if not head or not head[-1].isalnum():
                return True
    return False


def outside_person_named(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the person-named places written without their level word.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("tư tưởng Hồ Chí Minh và TP. Hồ Chí Minh", lang="vi")]
    ['TP. Hồ Chí Minh']
    """
    names = _names(lang)
    if not names:
        return mentions
    kept = []
    for m in mentions:
        span = _folded(m.text)
        for name, words in names:
            if span.endswith(name) and (
                len(span) == len(name) or not span[-len(name) - 1].isalnum()
            ):
                before = _folded(text[max(0, m.start - _LOOKBACK) : m.start] + m.text[: -len(name)])
                if not _leveled(before.rstrip(), words):
                    break
        else:
            kept.append(m)
    return kept
