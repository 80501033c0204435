"""A place's name inside the name of a sea, gulf or bay (a check ``find_places`` runs on the
mentions its scan read; data in ``data/water_words.json``).

English names seas, gulfs and straits after a place: "the Sea of Japan", "the Gulf of
Mexico", "the Strait of Malacca". The name written after "<water word> of (the)" is part of
the water body's name and names no country or city there.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_waters"]

M = TypeVar("M", bound=Mention)
_LOOKBACK = 20


@cache
def _pattern(lang: str | None) -> re.Pattern[str] | None:
    data = load_json("water_words.json")
    codes = sorted(k for k in data if not k.startswith("_")) if lang is None else [lang]
    words = sorted({w for code in codes for w in data.get(code, ())})
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!\w)(?:{alternatives}) of (?:the )?$")


def outside_waters(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the names inside a water body's name.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Sakata, Japan, lies on the Sea of Japan.", lang="en")]
    ['Sakata', 'Japan']
    >>> [m.text for m in find_places("Japan and the Gulf of Mexico", lang="en")]
    ['Japan']
    """
    pattern = _pattern(lang)
    if pattern is None:
        return mentions
    return [m for m in mentions if not pattern.search(text, max(0, m.start - _LOOKBACK), m.start)]
