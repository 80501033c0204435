"""A name the text writes after a person's title is a surname throughout (used by
``find_places``).

"Mayor Rex Richardson" is no Richardson, Texas, and neither is "Richardson" later in the
same text ("Richardson said"); "Mr Matsumoto ... Matsumoto added" names no Matsumoto,
Nagano. In a language written with capitals, a one-word name that the text also writes
right after one of the language's person titles (``data/cues/<lang>.json``: "Mr", "Mayor",
"Councillor"), or after a title and a given name ("Mayor Rex Richardson"), is read nowhere as
a city, unless a qualifier follows it ("President Lincoln visited Lincoln, Nebraska"); a word
followed by another title names that title's place ("President Beijing Mayor Guo").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_titled_names"]

M = TypeVar("M", bound=Mention)
_NAME = r"([^\W\d_][\w'’-]*)"


@cache
def _pattern(titles: frozenset[str]) -> re.Pattern[str] | None:
    words = sorted((t for t in titles if t.isalpha()), key=lambda t: (-len(t), t))
    if not words:
        return None
    alternatives = "|".join(re.escape(t) for t in words)
    return re.compile(rf"(?<!\w)(?i:{alternatives})\.? {_NAME}(?: {_NAME})?")


def _surnames(text: str, titles: frozenset[str]) -> set[str]:
    """The words the text writes right after a capitalised title (``titles``: match keys),
    and the word after a given name there ("Mayor Rex Richardson")."""
    found: set[str] = set()
    pattern = _pattern(titles)
    if pattern is None:
        return found
    for m in pattern.finditer(text):
        first, second = m.group(1), m.group(2)
        if not m.group(0)[:1].isupper() or not first[:1].isupper():
            continue
        if second is not None and second[:1].isupper() and match_key(second) in titles:
            continue  # "President Beijing Mayor Guo": Beijing, the mayor's city (_jurisdiction)
        found.add(match_key(first))
        if second is not None and second[:1].isupper():
            found.add(match_key(second))  # "Mayor Rex Richardson": the surname
    return found


def outside_titled_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the cities named like a titled person of the text.

    >>> from citydiplo import find_places
    >>> text = "Mayor Rex Richardson visited Japan. Later Richardson said it was useful."
    >>> [m.text for m in find_places(text, lang="en")]
    ['Japan']
    >>> text = "President Lincoln visited Lincoln, Nebraska."
    >>> [m.text for m in find_places(text, lang="en")]
    ['Lincoln', 'Nebraska']
    """
    if not mentions or lang is None:
        return mentions
    cues = merged_cues(lang)
    if not cues.cased:
        return mentions
    titled = _surnames(text, frozenset(cues.person_titles))
    if not titled:
        return mentions
    starts = {m.start for m in mentions}
    return [
        m
        for m in mentions
        if m.place.kind is not PlaceKind.CITY
        or " " in m.text
        or match_key(m.text) not in titled
        or (text[m.end : m.end + 2] == ", " and m.end + 2 in starts)  # "Lincoln, Nebraska"
    ]
