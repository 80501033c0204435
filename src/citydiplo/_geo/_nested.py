"""A district glued to the city before it lies in that city.

"紹興市越城区" is Yuecheng district of Shaoxing, Zhejiang: a reading of "越城" as the
Yuecheng of Sichuan (the one the gazetteer knows) names the wrong place, so a name written
right after a city or subdivision that carries its generic word ("市", "省", "시", "도"...)
or, in Han script, glued to a place before it while carrying its own ("湖北荆州洪湖市"),
with nothing or one space between them, stands only if it lies in the same first-level
subdivision as that place (when both are known). Otherwise no reading is given: a wrong
subdivision is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from citydiplo._geo._evidence import script
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["han_at", "inside_parents", "subdivision_of_named_country"]


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def place(self) -> Place: ...


_M = TypeVar("_M", bound=_Mention)


def han_at(text: str, start: int) -> bool:
    """Whether ``text[start]`` is a Han character: a name there may be the end or the start
    of a longer word (a katakana name is a deliberate transliteration: "タムワース").

    >>> han_at("赴林肯中学", 1), han_at("タムワース", 0), han_at("Lincoln", 0)
    (True, False, False)
    """
    return start < len(text) and script(text[start]) == "CJK"


def inside_parents(mentions: Sequence[_M], text: str, generic: Sequence[str]) -> list[_M]:
    """``mentions`` without the names glued to a parent place (written with one of the
    ``generic`` words) of another first-level subdivision of the same country.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("紹興市越城区の代表", lang="ja")]
    ['紹興市']
    >>> [m.text for m in find_places("四川省成都市を訪問", lang="ja")]
    ['四川省', '成都市']
    >>> [m.text for m in find_places("湖北荆州洪湖市17日与韩国签约。洪湖市", lang="zh")]
    ['湖北', '荆州', '韩国']
    """
    order = sorted(mentions, key=lambda m: (m.start, m.end))
    dropped = {
        id(m)
        for parent, m in pairwise(order)
        if m.start - 1 <= parent.end <= m.start and _outside(parent, m, text, generic)
    }
    if not dropped:
        return list(mentions)
    # the same name read as the same place elsewhere is that wrong place too ("洪湖市")
    wrong = [(text[m.start : m.end], m.place) for m in mentions if id(m) in dropped]
    return [
        m
        for m in mentions
        if id(m) not in dropped and (text[m.start : m.end], m.place) not in wrong
    ]


def _outside(parent: _Mention, m: _Mention, text: str, generic: Sequence[str]) -> bool:
    gap = text[parent.end : m.start]
    if gap not in ("", " ") or m.place.kind is not PlaceKind.CITY:
        return False
    if parent.place.kind is PlaceKind.COUNTRY or parent.place.country != m.place.country:
        return False
    name = text[parent.start : parent.end]
    if not any(name.endswith(w) for w in generic if w) and not _han_chain(parent, m, text, generic):
        return False
    mine, theirs = m.place.subdivision, parent.place.subdivision
    return mine is not None and theirs is not None and not _related(mine, theirs)


def _han_chain(parent: _Mention, m: _Mention, text: str, generic: Sequence[str]) -> bool:
    """A Han name glued to the Han name before it, and carrying its own generic word, is a
    part of that place: "湖北荆州洪湖市" is Honghu city of Jingzhou, Hubei."""
    child = text[m.start : m.end]
    return (
        parent.end == m.start
        and han_at(text, parent.end - 1)
        and han_at(text, m.start)
        and any(child.endswith(w) for w in generic if w)
    )


def _related(a: str, b: str) -> bool:
    from citydiplo._geo._hierarchy import related

    return related(a, b)


def subdivision_of_named_country(places: Sequence[Place], countries: set[str]) -> list[Place]:
    """The one subdivision among the candidates ``places`` of an ambiguous name that lies in
    a country the text names as a country (``countries``), when no other candidate lies in
    one of them: "Victoria of Australia" is the state (not Victoria, British Columbia, nor
    the capital of the Seychelles). Otherwise ``[]``: the name stays unread.

    >>> from citydiplo._geo._places import Place, PlaceKind
    >>> state = Place(text="Victoria", country="AU", subdivision="AU-VIC",
    ...     kind=PlaceKind.SUBDIVISION)
    >>> city = Place(text="Victoria", country="CA", subdivision="CA-BC", kind=PlaceKind.CITY)
    >>> subdivision_of_named_country([state, city], {"AU"}) == [state]
    True
    >>> subdivision_of_named_country([state, city], {"AU", "CA"})
    []
    """
    inside = [p for p in places if p.country in countries]
    if len(inside) == 1 and inside[0].kind is PlaceKind.SUBDIVISION:
        return inside
    return []
