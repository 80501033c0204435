"""An ambiguous city name that the text's named country decides (used by ``find_places``
when it resolves the names it left ambiguous).

"惠灵顿" (Wellington) names New Zealand's capital and four towns of the United States;
"新西兰首都惠灵顿" (New Zealand's capital Wellington) means the capital. A name whose places
are all cities is read as the most populous of them when that one lies in a country the text
writes beside the name (:func:`countries_beside`: "Wellington, New Zealand", "新西兰首都惠灵顿";
an ordinary word that a country's mention merely shares a text with, "Biên bản" (minutes) in
a text naming Vietnam, stays unread), and is at least :data:`COUNTRY_DOMINANCE` times as
populous as every other namesake in that country, the factor of a name read anywhere
(:data:`citydiplo._geo._dominance.DOMINANCE`): "Sakai (Nhật Bản)" stays undecided (Sakai,
Osaka is nine times as populous as Sakai, Fukui), and so do "美国 得梅因市" (Des Moines, Iowa
and Washington) and a name whose most populous place lies in a country the text does not
name. Once decided beside its country, the same name is that
place throughout the text (:func:`decided_beside`: "惠灵顿市市长" after "新西兰首都惠灵顿").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from citydiplo._geo._dominance import DOMINANCE, UNKNOWN_POPULATION
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["COUNTRY_DOMINANCE", "countries_beside", "decided_beside", "dominant_in_named_country"]

COUNTRY_DOMINANCE = DOMINANCE  # as for a name read anywhere: rivals in the country count
_AFTER_SPACED = re.compile(r"\s*[(,（]\s*")  # "Sakai (Nhật Bản)", "Wellington, New Zealand"
_HAN_GAP = 2  # characters between a country and its city in Han script ("首都", capital)
_HAN_AFTER = "市州县郡与和及、，。（(）) "  # what may follow the city's name there


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def countries_beside(
    text: str, start: int, end: int, countries: Sequence[tuple[int, int, str]]
) -> set[str]:
    """The countries of ``countries`` (``(start, end, code)`` of the text's country mentions)
    written beside the name ``text[start:end]``: right after it, in brackets or after a comma
    ("Sakai (Nhật Bản)"), or, in Han script, right before it (at most two characters
    between) with the name ending there ("新西兰首都惠灵顿与", "美国 得梅因市")."""
    beside = set()
    han = _han(text[start : start + 1])
    for s, e, code in countries:
        if not han and s >= end and _AFTER_SPACED.fullmatch(text, end, s):
            beside.add(code)
        gap = text[e:start].strip(" ")
        ends_there = end >= len(text) or text[end] in _HAN_AFTER
        if han and e <= start and len(gap) <= _HAN_GAP and all(map(_han, gap)) and ends_there:
            beside.add(code)
    return beside


def _people(place: Place) -> int:
    return place.population or UNKNOWN_POPULATION


def dominant_in_named_country(places: Sequence[Place], countries: Collection[str]) -> list[Place]:
    """The one place of ``places`` that the named ``countries`` decide, as a list (empty if
    none).

    >>> nz = Place(text="W", kind="city", country="NZ", population=381_900)
    >>> us = Place(text="W", kind="city", country="US", population=62_560)
    >>> [p.country for p in dominant_in_named_country([nz, us], {"NZ"})]
    ['NZ']
    >>> dominant_in_named_country([nz, us], {"US"})
    []
    """
    if not places or any(p.kind is not PlaceKind.CITY for p in places):
        return []
    best = max(places, key=_people)
    if best.country not in countries:
        return []
    if any(p is not best and _people(p) >= _people(best) for p in places):
        return []
    rivals = [p for p in places if p is not best and p.country == best.country]
    if any(_people(best) < COUNTRY_DOMINANCE * _people(p) for p in rivals):
        return []
    return [best]


def decided_beside(
    text: str,
    pending: Sequence[tuple[int, int, tuple[Place, ...], bool]],
    countries: Sequence[tuple[int, int, str]],
) -> dict[str, Place]:
    """The places that the countries written beside one of their names decide, by the
    name's match key (``pending``: the text's ambiguous names, ``(start, end, places,
    cued)``; ``countries``: its country mentions, ``(start, end, code)``)."""
    decided: dict[str, Place] = {}
    for start, end, places, _ in pending:
        beside = countries_beside(text, start, end, countries)
        one = dominant_in_named_country(places, beside) if beside else []
        if one:
            decided.setdefault(match_key(text[start:end]), one[0])
    return decided
