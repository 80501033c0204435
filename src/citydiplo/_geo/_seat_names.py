"""A Chinese city read through the name of its seat town (a check ``find_places`` runs on the
mentions its scan read; data in ``data/han_seat_names.json``).

GeoNames gives some county-level cities the name of the town or subdistrict that is their
seat as well: Yixing (宜兴市) is also "宜城" after 宜城街道, Fuling's Lizhi subdistrict makes
"荔枝" (lychee) a name of the city. Such a name is often another place's (宜城 is Yicheng in
Hubei) or an ordinary word, so a city read through it (``data/han_seat_names.json``, built
by ``tools/build_han_seat_names.py``) is kept only where the text reads another place in
the city's province, or the city itself by another name ("襄阳市樊城区").

A seat's name takes the town's generic words (镇, 街道) but never a county-level one: the
county is named otherwise (临高县 has its seat at 临城镇; "临城县" is a county of Hebei, and
"普安县" one of Guizhou while the seat 普安镇 is of 剑阁县, Sichuan). A seat name followed by
市 or 县 therefore never reads the city, whatever else the text names
(:func:`seat_with_level`, also read by ``parse_place``).

A town (镇, 乡) never takes a county-level word either. GeoNames names some rows only as a
town: the row "Honghu" of Chongqing (30,000 people) is "洪湖" and "洪湖镇", never "洪湖市";
"洪湖市" is the county-level city of Hubei, which GeoNames names otherwise (Xindi). A row of
fewer than :data:`TOWN_POPULATION` people that GeoNames names with a town's word and never
with a level word is not read for its name with 市 or 县 (:func:`town_with_level`).
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._candidates import candidates
from citydiplo._geo._data import load_json
from citydiplo._geo._gazetteer import Postings, gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._hierarchy import related

__all__ = ["TOWN_POPULATION", "outside_seat_names", "seat_with_level", "town_with_level",
           "without_seat_rows"]

M = TypeVar("M", bound=Mention)

_TRAILING = ("街道", "市", "县", "區", "区", "縣", "镇", "鎮")
LEVELS = frozenset("市县縣")  # the county-level words a seat's name never takes (a 区 may hold it)
TOWN_POPULATION = 100_000  # a town named only as a town, smaller than this, is no 市 or 县
_TOWN_WORDS = ("镇", "鎮", "乡", "鄉")
_LEVEL_WORDS = ("市", "县", "縣", "区", "區")


@cache
def _seats() -> dict[int, frozenset[str]]:
    data: dict[str, list[str]] = load_json("han_seat_names.json")["cities"]
    return {int(gid): frozenset(names) for gid, names in data.items()}


def _stem(span: str) -> str:
    for word in _TRAILING:
        if span.endswith(word) and len(span) > len(word) + 1:
            return span[: -len(word)]
    return span


def seat_with_level(geonames_id: int | None, name: str, following: str) -> bool:
    """Whether ``name`` followed by ``following`` (its next character, or the generic word
    peeled from it) is the seat name of the city ``geonames_id`` with a county-level word,
    which names another county ("临城" + "县").

    >>> seat_with_level(1803560, "临城", "县"), seat_with_level(1803560, "临城", "镇")
    (True, False)
    """
    if following not in LEVELS:
        return False
    seats = _seats().get(geonames_id or -1)
    return seats is not None and name in seats


def town_with_level(row: int, name: str, following: str) -> bool:
    """Whether the city in gazetteer ``row`` is a town that ``name`` followed by the
    county-level word ``following`` cannot name (see above).

    >>> from citydiplo import parse_place
    >>> parse_place("洪湖").subdivision, parse_place("洪湖镇").subdivision
    ('CN-CQ', 'CN-CQ')
    >>> parse_place("洪湖市")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    citydiplo.UnknownNameError: no place is called '洪湖市' ...
    """
    if following not in LEVELS or gazetteer().population(row) >= TOWN_POPULATION:
        return False

    def named(words: tuple[str, ...]) -> bool:
        return any(row in (f := candidates(name + w)).own or row in f.alternate for w in words)

    return named(_TOWN_WORDS) and not named(_LEVEL_WORDS)


def without_seat_rows(found: Postings, name: str, generic: str) -> Postings:
    """``found`` (what ``name`` names) without the cities whose seat is named ``name`` when
    the county-level word ``generic`` follows it (see above)."""
    if generic not in LEVELS or not (found.own or found.alternate):
        return found
    table = gazetteer()

    def keep(rows: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(
            r
            for r in rows
            if not seat_with_level(table.geonames_ids[r], name, generic)
            and not town_with_level(r, name, generic)
        )

    own, alternate = keep(found.own), keep(found.alternate)
    if own == found.own and alternate == found.alternate:
        return found
    return found._replace(own=own, alternate=alternate)


def _by_seat(m: Mention) -> bool:
    seats = _seats().get(m.place.geonames_id or -1)
    return seats is not None and _stem(m.text) in seats


def outside_seat_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the cities read through their seat's name alone (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("宜城站为新建车站。湖北襄阳", lang="zh")]
    ['湖北', '襄阳']
    >>> [m.text for m in find_places("荔枝很好吃", lang="zh")]
    []
    >>> [m.place.name for m in find_places("湖北省襄阳市樊城区", lang="zh")][-1]
    'Xiangyang'
    """
    if not mentions or lang not in (None, "zh", "ja"):
        return mentions
    # a seat's name with a county-level word names another county ("海南省临城县")
    mentions = [
        m
        for m in mentions
        if not seat_with_level(m.place.geonames_id, m.text, text[m.end : m.end + 1])
        and not seat_with_level(m.place.geonames_id, m.text[:-1], m.text[-1:])
    ]
    weak = [m for m in mentions if _by_seat(m)]
    if not weak:
        return mentions
    firm = [m for m in mentions if not _by_seat(m)]
    dropped = set()
    for m in weak:
        sub = m.place.subdivision
        if not any(
            f.place.geonames_id == m.place.geonames_id
            or (
                sub is not None
                and f.place.subdivision is not None
                and related(f.place.subdivision, sub)
            )
            for f in firm
        ):
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]
