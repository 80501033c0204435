"""A foreign state named bare in Chinese, Japanese or Korean (used by ``find_places``).

These languages write a foreign state or province with its generic word ("华盛顿州",
"ワシントン州", "워싱턴주") and its big namesake city without one: "美国首都华盛顿" is
Washington, D.C., not the state of Washington. A subdivision of a country abroad (the
``home`` countries of ``data/bare_capitals.json`` name theirs bare) written without a
generic word after it is read as the most populous city of that country bearing the
subdivision's name, when that city has ``min_population`` inhabitants and lies elsewhere.
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
def _namesake(name: str, country: str, subdivision: str) -> int | None:
    """The row of the biggest city of ``country`` named ``name`` outside ``subdivision``."""
    gz = gazetteer()
    postings = gz.postings(match_key(name))
    if postings is None:
        return None
    rows = [r for r in postings.cities if gz.country_of(r) == country]
    if not rows:
        return None
    row = max(rows, key=lambda r: (gz.population(r), -r))
    if gz.population(row) < _table()["min_population"] or gz.subdivision_of(row) == subdivision:
        return None
    return row


def _city(m: Mention, text: str, lang: str) -> Place | None:
    spec = _table()["languages"].get(lang)
    place = m.place
    if spec is None or place.kind is not PlaceKind.SUBDIVISION or place.country in spec["home"]:
        return None
    generic = tuple(spec["generic"])
    if m.text.endswith(generic) or text.startswith(generic, m.end) or not place.name:
        return None
    row = _namesake(place.name, place.country, place.subdivision or "")
    return None if row is None else city_place(row, m.text)


def as_bare_capitals(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` with each bare foreign state read as its big namesake city.

    >>> from citydiplo import find_places
    >>> text = "美国首都华盛顿。华盛顿州州长"
    >>> [(m.text, m.place.kind.value) for m in find_places(text, lang="zh")]
    [('美国', 'country'), ('华盛顿', 'city'), ('华盛顿州', 'subdivision')]
    """
    if lang is None or lang not in _table()["languages"]:
        return mentions
    out: list[M] = []
    for m in mentions:
        city = _city(m, text, lang)
        out.append(m if city is None else attrs.evolve(cast(Any, m), place=city))
    return out
