"""A foreign state named bare in Chinese, Japanese or Korean (used by ``find_places``).

These languages write a foreign state or province with its generic word ("华盛顿州",
"ワシントン州", "워싱턴주") and the capital that shares its name without one: "美国首都华盛顿"
is Washington, D.C., not the state of Washington. A subdivision listed in
``data/bare_capitals.json`` (a state named like a capital lying outside it), written without
a generic word on or after it, is read as that capital.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar, cast

import attrs

from citydiplo._geo._data import load_json
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind, city_place
from citydiplo._normalize import match_key

__all__ = ["as_bare_capitals"]

M = TypeVar("M", bound=Mention)


@cache
def _table() -> dict[str, Any]:
    table: dict[str, Any] = load_json("bare_capitals.json")
    return table


@cache
def _capital(name: str, subdivision: str) -> Place | None:
    """The capital named ``name`` that ``data/bare_capitals.json`` lists for ``subdivision``."""
    listed = _table()["cities"].get(subdivision)
    postings = gazetteer().postings(match_key(name)) if listed else None
    if listed is None or postings is None:
        return None
    geonames_id, code = listed
    for row in postings.cities:
        if gazetteer().fields(row)[0] == geonames_id:
            return attrs.evolve(city_place(row, name), subdivision=code)
    return None


def _city(m: Mention, text: str, lang: str) -> Place | None:
    spec = _table()["languages"].get(lang)
    place = m.place
    if spec is None or place.kind is not PlaceKind.SUBDIVISION or not place.name:
        return None
    generic = tuple(spec["generic"])
    if m.text.endswith(generic) or text.startswith(generic, m.end):
        return None
    capital = _capital(place.name, place.subdivision or "")
    return None if capital is None else attrs.evolve(capital, text=m.text)


def as_bare_capitals(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` with each bare state named like a capital elsewhere read as the capital.

    >>> from citydiplo import find_places
    >>> text = "美国首都华盛顿。华盛顿州州长"
    >>> [(m.text, m.place.kind.value, m.place.subdivision) for m in find_places(text, lang="zh")]
    [('美国', 'country', None), ('华盛顿', 'city', 'US-DC'), ('华盛顿州', 'subdivision', 'US-WA')]
    """
    if lang is None or lang not in _table()["languages"]:
        return mentions
    out: list[M] = []
    for m in mentions:
        city = _city(m, text, lang)
        out.append(m if city is None else attrs.evolve(cast(Any, m), place=city))
    return out
