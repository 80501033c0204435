"""An English given name right before a place's name: the person's surname (a check
``find_places`` runs on the mentions its scan read; names in
``data/english_given_names.json``).

Surnames are often a place's name: "Whitney Houston", "Isaiah Berlin", "Michael Jordan".
Within a sentence the scan leaves a name glued to the capitalised word before it unread;
at the start of a sentence every word is capitalised, so the capital tells nothing there
and the scan reads "Whitney Houston sang" as Houston. A place written right after a
common given name (one space between; the name a whole word, capitalised as a name is) is
the person's surname, wherever the two stand. The list leaves out the names that are also
lower-case English words ("Will", "Mark") or places themselves ("Austin", "Florence").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_english_given_names"]

M = TypeVar("M", bound=Mention)
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z][a-z]+) \Z")
_LOOKBACK = 24  # longer than any listed name and its space


@cache
def _names() -> frozenset[str]:
    return frozenset(load_json("english_given_names.json")["names"]["en"])


def _after_given_name(m: Mention, text: str) -> bool:
    if not m.text[:1].isupper():
        return False
    before = _NAME_BEFORE.search(text[max(0, m.start - _LOOKBACK) : m.start])
    if before is None or (m.start - _LOOKBACK > 0 and before.start() == 0):
        return False  # (a word cut by the window is no whole word)
    return before.group(1) in _names()


def outside_english_given_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the places written right after an English given name.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Whitney Houston sang in Houston.", lang="en")]
    ['Houston']
    """
    if lang != "en":
        return mentions
    return [m for m in mentions if not _after_given_name(m, text)]
