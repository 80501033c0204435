"""A country's name after a place marker is the country, not a town of that name.

"В список городов-побратимов Новосибирска ... входят города США, Японии" (Novosibirsk's twin
towns include cities of the USA, of Japan): the marker "города" (cities, of the city) before
"США" built a town called "США", which became Novosibirsk's twin. Rule: a name that a place
marker builds (:meth:`citydiplo._extract._finder.Finder.marked_with_core`) whose core is
exactly a country the gazetteer finds at that spot is no town; the country's own mention
stays. A name that opens a quotation («Города России», the forum "Cities of Russia") is left
to :mod:`citydiplo._extract._inquotes`, which takes titles as no places at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from citydiplo._extract._inname import not_in_names
from citydiplo._extract._markedcore import read_cores
from citydiplo._extract._mention import Mention
from citydiplo._extract._places import PlaceHit

__all__ = ["built_places", "not_countries"]

_OPENING = "«\"“„‹'"


def not_countries(
    cored: list[tuple[Mention, str]], places: Sequence[PlaceHit], text: str
) -> list[tuple[Mention, str]]:
    """``cored`` (marker-built names and their cores) without the names whose core is a
    country the gazetteer found inside them.

    >>> from types import SimpleNamespace as S
    >>> t = "входят города США"
    >>> usa = S(kind="country", start=14, end=17, text="США")
    >>> built = (S(start=7, end=17), "США")
    >>> not_countries([built], [usa], t)
    []
    >>> not_countries([built], [S(kind="city", start=14, end=17, text="США")], t) == [built]
    True
    >>> titled = (S(start=8, end=18), "США")
    >>> not_countries([titled], [S(kind="country", start=15, end=18, text="США")],
    ...               "форуме «Города США»") == [titled]
    True
    """
    countries = [p for p in places if p.kind == "country"]
    if not countries:
        return cored
    return [
        (m, core)
        for m, core in cored
        if (m.start > 0 and text[m.start - 1] in _OPENING)
        or not any(p.text == core and m.start <= p.start and p.end <= m.end for p in countries)
    ]


def built_places(
    cored: list[tuple[Mention, str]],
    places: Sequence[PlaceHit],
    found: Sequence[Mention],
    text: str,
) -> list[tuple[Mention, str]]:
    """The marker-built names that are towns: not a country
    (:func:`not_countries`), not the end of a person's name
    (:func:`citydiplo._extract._inname.not_in_names`), each read against the places the
    gazetteer finds inside it (:func:`citydiplo._extract._markedcore.read_cores`)."""
    return read_cores(not_in_names(not_countries(cored, places, text), found, text), places,
                      text)
