"""A place's name inside the name of a sea, gulf or bay, or naming a river or lake whose
bank the text speaks of (a check ``find_places`` runs on the mentions its scan read; data in
``data/water_words.json`` and ``data/water_banks.json``).

English names seas, gulfs and straits after a place: "the Sea of Japan", "the Gulf of
Mexico", "the Strait of Malacca". The name written after "<water word> of (the)" is part of
the water body's name and names no country or city there. Chinese and Japanese write the
bank or basin of a river or lake right after its name: "黑龙江畔的童年" (a childhood on the
bank of the Amur) names the river, not Heilongjiang province.
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
    """``mentions`` without the names inside a water body's name or naming a water's bank.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Sakata, Japan, lies on the Sea of Japan.", lang="en")]
    ['Sakata', 'Japan']
    >>> [m.text for m in find_places("Japan and the Gulf of Mexico", lang="en")]
    ['Japan']
    """
    pattern = _pattern(lang)
    if pattern is not None:
        mentions = [m for m in mentions if not _of_water(pattern, text, m.start)]
    return [m for m in mentions if not _on_bank(text, m.start, m.end)]


def _of_water(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether a water body's name ("Gulf of") ends right before ``start``."""
    return pattern.search(text, max(0, start - _LOOKBACK), start) is not None


@cache
def _banks() -> tuple[str, tuple[str, ...]]:
    data = load_json("water_banks.json")
    return data["water_ends"], tuple(data["after"])


def _on_bank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a character for river or lake and is followed by
    a word for its bank or basin ("黑龙江畔").

    >>> _on_bank("黑龙江畔的童年", 0, 3), _on_bank("黑龙江省", 0, 3)
    (True, False)
    """
    ends, after = _banks()
    return end > start and text[end - 1] in ends and text.startswith(after, end)
