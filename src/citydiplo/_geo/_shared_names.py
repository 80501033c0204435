"""A city's name that is also a region of another country: read only where the text names
the city's country (a check ``find_places`` runs on the mentions its scan read).

Exonyms are shared: Chinese "圣地亚哥" is Santiago (Chile) in GeoNames, and also names the
province of Santiago de Cuba and the Dominican province of Santiago, while Chinese news
writes San Diego so as well. Where a name read as a city of one country names regions of
another country too (``candidates``: its cities all lie in one country, some of its
subdivisions in another), the name is shared, and the city is read only where the text
names its country or another place of it ("智利圣地亚哥"); elsewhere it stays unread
("美国加州的圣地亚哥市长" is no Santiago of Chile): a wrong country is worse than none.
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind, candidates
from citydiplo._normalize import match_key

__all__ = ["outside_shared_names"]

M = TypeVar("M", bound=Mention)

# a city's generic word right after a name written in kana or Hangul ("フエ市で", "후에시의"),
# not a mayor's title ("市長", "시장"): the name is the city, not the other country's region
# (a name in Han letters keeps the rule: Chinese news writes San Diego "圣地亚哥市")
_CITY_WORD = re.compile(r"(?:市(?![長长])|시(?!장))")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _named_city(m: Mention, text: str) -> bool:
    return _HAN.search(m.text) is None and _CITY_WORD.match(text, m.end) is not None


def _shared(m: Mention) -> bool:
    found = candidates(match_key(m.text))
    if found.countries or not found.subdivisions or not found.cities:
        return False
    gz = gazetteer()
    homes = {gz.country_of(r) for r in found.cities}
    if homes != {m.place.country}:
        return False
    return any(code[:2] != m.place.country for code in found.subdivisions)


def outside_shared_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the cities read through a name shared with another country's
    region where the text names no place of the city's country (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("美国加州的圣地亚哥市长访问上海", lang="zh")]
    ['美国', '上海']
    >>> [m.text for m in find_places("智利圣地亚哥市长", lang="zh")]
    ['智利', '圣地亚哥']
    >>> [m.place.country for m in find_places("フエ市で開かれた", lang="ja")]
    ['VN']
    """
    if lang not in (None, "zh", "ja", "ko"):
        return mentions
    shared = [
        m
        for m in mentions
        if m.place.kind is PlaceKind.CITY and not _named_city(m, text) and _shared(m)
    ]
    if not shared:
        return mentions
    dropped = {
        id(m)
        for m in shared
        if not any(o.place.country == m.place.country for o in mentions if o.text != m.text)
    }
    return [m for m in mentions if id(m) not in dropped]
