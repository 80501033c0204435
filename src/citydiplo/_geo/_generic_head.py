"""A name that is the first word of a generic word (used by ``find_places``).

Vietnamese writes its generic words capitalised after an office's initials: "UBND Thành
phố Hồ Chí Minh" (the City People's Committee of Ho Chi Minh City). "Thành" is also an
alternate name of a hamlet, but with the word after it, it is the generic word "thành phố"
(city): a mention that, with the next word, spells a generic word of some language is no
place.
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._evidence import generic_words
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_generic_heads"]

M = TypeVar("M", bound=Mention)
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _head(m: Mention, text: str, generic: frozenset[str]) -> bool:
    if m.place.kind is PlaceKind.COUNTRY:
        return False
    after = _NEXT_WORD.match(text, m.end)
    return after is not None and match_key(f"{m.text} {after.group(1)}") in generic


def outside_generic_heads(mentions: list[M], text: str) -> list[M]:
    """``mentions`` without those that begin a generic word.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Chủ tịch UBND Thành phố Hồ Chí Minh", lang="vi")]
    ['Hồ Chí Minh']
    """
    if not mentions:
        return mentions
    generic = generic_words()
    return [m for m in mentions if not _head(m, text, generic)]
