"""Names that a text lists as names (a check ``find_places`` runs on the mentions its scan
read; data in ``data/name_lists.json``).

A text may list names to speak of the names themselves: "漢江、丹陽、襄陽、江陵、利川......這些
相同的地名是一種緣分" (these shared place names are a bond) lists names that Hubei and Korea
both bear, and names neither of the two places. A list of names (two or more, joined by the
language's enumeration mark) that runs, in one clause, up to one of the language's words for
"place name" names no place.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_name_lists"]

M = TypeVar("M", bound=Mention)
_LONGEST = 120  # characters of a list at most


@cache
def _data(lang: str) -> tuple[tuple[str, ...], str, str]:
    data: dict[str, Any] = load_json("name_lists.json")
    words = tuple(data["words"].get(lang, ()))
    return words, data["separators"].get(lang, ""), data["boundaries"]


def _lists(text: str, lang: str) -> list[tuple[int, int]]:
    """The clauses that end with a word for "place name" and hold an enumeration."""
    words, separator, boundaries = _data(lang)
    spans = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            start = at
            while start > max(0, at - _LONGEST) and text[start - 1] not in boundaries:
                start -= 1
            if separator and separator in text[start:at]:
                spans.append((start, at))
            at = text.find(word, at + 1)
    return spans


def outside_name_lists(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the names of a list the text calls place names.

    >>> from citydiplo import find_places
    >>> text = "湖北與韓國交往源遠流長,漢江、丹陽、襄陽、江陵、利川......這些相同的地名是一種緣分。"
    >>> [m.text for m in find_places(text, lang="zh")]
    ['湖北', '韓國']
    """
    if not mentions or lang not in ("zh", "ja"):
        return mentions
    spans = _lists(text, lang)
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
