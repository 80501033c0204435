"""A Latin name read as the tail of a longer name the gazetteer holds (a check
``find_places`` runs on the mentions its scan read).

A name of several words can be left unread as ambiguous ("Santa Clara": California, Cuba,
Portugal...), and then its last word read alone with what follows: "Santa Clara City Hall"
gave "Clara City", Clara in Ireland. A capitalized word written right before a mention (one
space between) that makes with the mention's first word a name of the gazetteer ("Santa
Clara", "New York") shows that the mention is the tail of that longer name: it reads no
place of its own.
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._normalize import match_key

__all__ = ["outside_longer_names"]

M = TypeVar("M", bound=Mention)

_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")
# words written capitalized that begin no name: a sentence's first word ("The City of
# Madison") or a title's function word, and generic words a mention may start with
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "Of",
        "In",
        "At",
        "To",
        "From",
        "And",
        "For",
        "On",
        "By",
        "With",
        "This",
        "That",
        "Our",
        "Its",
        "His",
        "Her",
        "Their",
    ]
)
_GENERIC = frozenset(
    ["City", "County", "Province", "State", "Prefecture", "District", "Town", "Municipality"]
)


def _tail(m: Mention, text: str) -> bool:
    if not m.text[:1].isupper() or not m.text.isascii():
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is None:
        return False
    first = m.text.split()[0]
    if before.group(1) in _NOT_NAMES or first in _GENERIC:
        return False
    return gazetteer().holds(match_key(f"{before.group(1)} {first}"))


def outside_longer_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the tails of longer names (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("They toured Santa Clara City Hall.", lang="en")]
    []
    >>> [m.text for m in find_places("Clara City Hall in Offaly, Ireland", lang="en")][-1]
    'Ireland'
    >>> [m.text for m in find_places("The City of Madison, Wisconsin", lang="en")]
    ['City of Madison', 'Wisconsin']
    """
    if not mentions or lang not in (None, "en"):
        return mentions
    return [m for m in mentions if not _tail(m, text)]
