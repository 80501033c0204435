"""A Hebrew name followed by "ש" + "ב" + its country or region is a place there.

Hebrew news locates a place with a relative clause glued to the next word: "אומן
שבאוקראינה" (Uman, which is in Ukraine), "שיאמן שבסין", "הוף שבגרמניה". The clause is a
cue word for the name before it, as a generic word is, when the country or subdivision it
names holds a city of that name: "אומן" (also "artist") is then Uman. A name that no city
of the qualifier's country bears gets no cue from it.
"""

from __future__ import annotations

import re

from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import PlaceKind, candidates
from citydiplo._normalize import match_key

__all__ = ["located_after"]

_WHICH_IN = re.compile(r" ?(?:ו?ש)ב([\u05d0-\u05ea][\u05d0-\u05ea\"'׳״-]*(?: [\u05d0-\u05ea]+)?)")
_CITY = frozenset({PlaceKind.CITY})


def located_after(text: str, end: int, key: str) -> frozenset[PlaceKind]:
    """The cue kinds that a "ש" + "ב" + place clause right after ``text[:end]`` (a name of
    match key ``key``) gives: a city, when a city of that name lies in the place named.

    >>> located_after("עם אומן שבאוקראינה", 7, "אומן")
    frozenset({<PlaceKind.CITY: 'city'>})
    >>> located_after("עם אומן שבצרפת", 7, "אומן")
    frozenset()
    >>> located_after("עם אומן שבא אתמול", 7, "אומן")
    frozenset()
    """
    m = _WHICH_IN.match(text, end)
    if m is None:
        return frozenset()
    gz = gazetteer()
    cities = [*candidates(key).cities]
    if not cities:
        return frozenset()
    words = m.group(1).split(" ")
    for size in (len(words), 1) if len(words) > 1 else (1,):
        where = candidates(match_key(" ".join(words[:size])))
        countries = set(where.countries) | {code[:2] for code in where.subdivisions}
        if not countries:
            continue
        subdivisions = set(where.subdivisions)
        for row in cities:
            inside = gz.country_of(row) in set(where.countries) or (
                gz.subdivision_of(row) in subdivisions
            )
            if inside:
                return _CITY
    return frozenset()
