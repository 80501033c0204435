"""A Chinese city read through the name of its seat town (a check ``find_places`` runs on the
mentions its scan read; data in ``data/han_seat_names.json``).

GeoNames gives some county-level cities the name of the town or subdistrict that is their
seat as well: Yixing (宜兴市) is also "宜城" after 宜城街道, Fuling's Lizhi subdistrict makes
"荔枝" (lychee) a name of the city. Such a name is often another place's (宜城 is Yicheng in
Hubei) or an ordinary word, so a city read through it (``data/han_seat_names.json``, built
by ``tools/build_han_seat_names.py``) is kept only where the text reads another place in
the city's province, or the city itself by another name ("襄阳市樊城区").
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._hierarchy import related

__all__ = ["outside_seat_names"]

M = TypeVar("M", bound=Mention)

_TRAILING = ("街道", "市", "县", "區", "区", "縣", "镇", "鎮")


@cache
def _seats() -> dict[int, frozenset[str]]:
    data: dict[str, list[str]] = load_json("han_seat_names.json")["cities"]
    return {int(gid): frozenset(names) for gid, names in data.items()}


def _stem(span: str) -> str:
    for word in _TRAILING:
        if span.endswith(word) and len(span) > len(word) + 1:
            return span[: -len(word)]
    return span


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
