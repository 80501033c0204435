"""A given name before a middle initial (a check ``find_places`` runs on the mentions its scan
read).

English writes a person's middle name as one capital letter and a full stop between the
given name and the surname: "Mary D. Kane" (no Mary, Turkmenistan), "Thomas A. Lisk". A
city's one-word name written right before such an initial and a capitalised word is the
person's given name; so is one written right after "X. " that follows a capitalised word
("John F. Kennedy"). Countries and subdivisions stay ("Washington D.C." holds no initial
followed by a name).
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_initialed_names"]

M = TypeVar("M", bound=Mention)
_INITIAL_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+ [A-Z]\. $")


def _given_or_surname(m: Mention, text: str) -> bool:
    if m.place.kind is not PlaceKind.CITY or " " in m.text or not m.text[:1].isupper():
        return False
    if _INITIAL_AFTER.match(text, m.end):
        return True
    return _INITIAL_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


def outside_initialed_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the parts of names described above (languages written with
    capitals in Latin letters).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("CEO Mary D. Kane visited Mary, Turkmenistan.", lang="en")]
    ['Mary', 'Turkmenistan']
    >>> [m.text for m in find_places("John F. Kennedy flew to Dallas, Texas.", lang="en")]
    ['Dallas', 'Texas']
    """
    if lang not in (None, "en", "vi") or not mentions:
        return mentions
    return [m for m in mentions if not _given_or_surname(m, text)]
