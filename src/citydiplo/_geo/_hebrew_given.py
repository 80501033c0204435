"""A Hebrew given name before a surname that is also a town's name (a check ``find_places``
runs on the mentions its scan read; names in ``data/hebrew_given_names.json``).

Israeli surnames are often a town's name: "ירון לונדון" (Yaron London), "ישעיהו ברלין"
(Isaiah Berlin), "אבי פריז". A town read in a word written right after a given name, as a
word of its own (no proclitic: "אבי בפריז" is in Paris), is the person's surname.
Countries stay: a country after a name is a phrase of its own more often than a surname.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_hebrew_surnames"]

M = TypeVar("M", bound=Mention)


@cache
def _given() -> frozenset[str]:
    names: list[str] = load_json("hebrew_given_names.json")["names"]
    return frozenset(names)


def _after_given(text: str, start: int) -> bool:
    """Whether a given name, as a word of its own, ends one space before ``start``."""
    if start < 2 or text[start - 1] != " " or text[start - 2] == " ":
        return False
    head = text[max(0, start - 20) : start - 1]
    word = head.rsplit(None, 1)[-1] if head.strip() else ""
    return word in _given()


def outside_hebrew_surnames(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the towns that are a person's surname after a given name.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("ירון לונדון ראיין את ראש עיריית חיפה", lang="he")]
    ['חיפה']
    >>> [m.text for m in find_places("אבי בפריז", lang="he")]
    ['פריז']
    """
    if lang not in (None, "he") or not mentions:
        return mentions
    return [
        m for m in mentions if m.place.kind is PlaceKind.COUNTRY or not _after_given(text, m.start)
    ]
