"""A capitalised name written right before a person's title names that title's jurisdiction
(used by ``find_places``).

English news names an official with the place they serve first: "Los Angeles Mayor Antonio
Villaraigosa", "Beijing Mayor Guo Jinlong". Such a place may follow another title ("the
Conference of Mayors President Los Angeles Mayor Antonio R. Villaraigosa"), where a
capitalised word after a title would otherwise read as a person's name. A name followed by
one of the language's person titles (``data/cues/<lang>.json``, capitalised) and then by a
capitalised word is therefore a place, not a surname.
"""

from __future__ import annotations

import re

from citydiplo._geo._cues import Cues
from citydiplo._geo._honorifics import before_honorific
from citydiplo._normalize import match_key

__all__ = ["before_titled_person", "named_as_person"]

_NEXT = re.compile(r" ([A-Z][\w'’-]*)\.? [A-Z]")


def before_titled_person(text: str, end: int, titles: frozenset[str]) -> bool:
    """Whether ``text[end:]`` goes on with a capitalised person's title (``titles``: match
    keys) and a capitalised name: "Los Angeles| Mayor Antonio".

    >>> titles = frozenset({"mayor", "mr"})
    >>> text = "President Los Angeles Mayor Antonio Villaraigosa"
    >>> before_titled_person(text, len("President Los Angeles"), titles)
    True
    >>> before_titled_person("Mayor Rex Richardson said", len("Mayor Rex"), titles)
    False
    >>> before_titled_person("Paris mayor Anne", len("Paris"), titles)
    False
    """
    m = _NEXT.match(text, end)
    return m is not None and match_key(m.group(1)) in titles


def named_as_person(previous: str, titled: bool, text: str, end: int, cues: Cues) -> bool:
    """Whether the name ending at ``end`` is a person's: introduced by a person's title
    (``previous``, the match key of the word before it: "Mr Paris") unless it names the
    jurisdiction of a title after it (``titled``), or followed by an honorific ("高市さん",
    Ms Takaichi)."""
    if previous in cues.person_titles and not titled:
        return True
    return before_honorific(text, end, cues.honorifics)
