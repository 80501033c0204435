"""A place named after the Korean prefix 주 (駐, resident in) of a diplomatic mission (a check
``find_places`` runs on the mentions its scan read; data in ``data/resident_prefixes.json``).

Korean writes the place where an embassy or consulate sits with the prefix 주 glued on it:
"주몽골 대사관" (the embassy in Mongolia), "주베트남 한국대사관", "주요코하마 총영사관". The
scan reads the name after the prefix (``data/cues/ko.json``'s ``attached_before``). The same
syllable also opens ordinary words whose rest is a place's name: "주인도 왔다" (the owner came
too) holds no India. A name read right after the prefix (itself at a word's start) stands
only where a word for a mission follows within :data:`REACH` characters.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention

__all__ = ["REACH", "with_missions"]

M = TypeVar("M", bound=Mention)
REACH = 12  # "주베트남 한국대사관": a nationality may stand before the mission's word


@cache
def _rule() -> tuple[str, tuple[str, ...]]:
    data = load_json("resident_prefixes.json")["ko"]
    return data["prefix"], tuple(data["missions"])


def with_missions(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without a name read after the prefix 주 that no mission follows.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("행사에 주몽골 대사관 관계자가 참석했다.", lang="ko")]
    ['몽골']
    >>> [m.text for m in find_places("주인도 왔다.", lang="ko")]
    []
    """
    if lang not in (None, "ko"):
        return mentions
    prefix, missions = _rule()
    return [m for m in mentions if not _unmissioned(m, text, prefix, missions)]


def _unmissioned(m: M, text: str, prefix: str, missions: tuple[str, ...]) -> bool:
    at = m.start - len(prefix)
    if at < 0 or not text.startswith(prefix, at):
        return False
    if at > 0 and script(text[at - 1]) == "HANGUL":
        return False  # the prefix is no word's start: the name was read for other reasons
    after = text[m.end : m.end + REACH]
    return not any(word in after for word in missions)
