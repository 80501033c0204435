"""A name read inside a longer word of Latin letters (used by ``find_places``).

English writes a possessive with an apostrophe ("George's"), which the match keys drop, so
"Georges" (of "Nuits-Saint Georges") folds like "George's" and the scan reads George, South
Africa in it. A name in Latin letters glued to a letter after it is part of another word.
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_glued_letters"]

M = TypeVar("M", bound=Mention)


def _glued(m: Mention, text: str) -> bool:
    if not text[m.end : m.end + 1].isalpha() or not m.text:
        return False
    # one word: "the Yunnan and Anhui provinces" is read as "Anhui province" and stays
    return " " not in m.text and script(m.text[-1]) == "LATIN"


def outside_glued_letters(mentions: list[M], text: str) -> list[M]:
    """``mentions`` without the names read inside a longer Latin word.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Nuits-Saint Georges has 6,000 people.", lang="en")]
    []
    >>> [m.text for m in find_places("We met Dijon's mayor and the mayor of Georges.", lang="en")]
    ['Dijon']
    """
    return [m for m in mentions if not _glued(m, text)]
