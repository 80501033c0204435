"""A country's name after a place marker is the country, not a town of that name.

"В список городов-побратимов Новосибирска ... входят города США, Японии" (Novosibirsk's twin
towns include cities of the USA, of Japan): the marker "города" (cities, of the city) before
"США" built a town called "США", which became Novosibirsk's twin. Rule: a name that a place
marker builds (:meth:`citydiplo._extract._finder.Finder.marked_with_core`) whose core is
exactly a country the gazetteer finds at that spot is no town; the country's own mention
stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from citydiplo._extract._mention import Mention
from citydiplo._extract._places import PlaceHit

__all__ = ["not_countries"]


def not_countries(
    cored: list[tuple[Mention, str]], places: Sequence[PlaceHit]
) -> list[tuple[Mention, str]]:
    """``cored`` (marker-built names and their cores) without the names whose core is a
    country the gazetteer found inside them.

    >>> from types import SimpleNamespace as S
    >>> usa = S(kind="country", start=8, end=11, text="США")
    >>> built = (S(start=1, end=11), "США")
    >>> not_countries([built], [usa])
    []
    >>> not_countries([built], [S(kind="city", start=8, end=11, text="США")]) == [built]
    True
    """
    countries = [p for p in places if p.kind == "country"]
    if not countries:
        return cored
    return [
        (m, core)
        for m, core in cored
        if not any(p.text == core and m.start <= p.start and p.end <= m.end for p in countries)
    ]
