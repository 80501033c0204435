"""A word in capitals that names a small town only through one of its other names (a check
``find_places`` runs on the mentions its scan read).

GeoNames lists airport codes and abbreviations among a town's other names: "CEO" is one of
Cela's (Angola). News writes such words as acronyms of its own ("President & CEO Mary D.
Kane", "the MOU", "VNA"). A word of two to four capital letters read as a city of fewer
than ``BIG`` inhabitants, when the gazetteer knows the word as no country's, no
subdivision's and no city's own name, is no place. Big cities keep their short forms
("HCMC", "NYC"), and so do towns written in capitals under their own name ("MUAN, South
Korea", a dateline).
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._candidates import candidates
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["BIG", "outside_capital_aliases"]

M = TypeVar("M", bound=Mention)
BIG = 1_000_000
_LONGEST = 4


def _alias_only(m: Mention) -> bool:
    word = m.text
    if not (2 <= len(word) <= _LONGEST and word.isascii() and word.isalpha() and word.isupper()):
        return False
    place = m.place
    if place.kind is not PlaceKind.CITY or (place.population or 0) >= BIG:
        return False
    found = candidates(match_key(word), respell=False)
    return not (found.countries or found.subdivisions or found.own)


def outside_capital_aliases(mentions: list[M]) -> list[M]:
    """``mentions`` without the acronyms described above.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("The CEO met the MOU team in Seattle", lang="en")]
    ['Seattle']
    >>> [m.text for m in find_places("MUAN, South Korea", lang="en")]
    ['MUAN', 'South Korea']
    """
    return [m for m in mentions if not _alias_only(m)]
