"""A city written after the region it lies in, in Chinese, Japanese and Korean (used by
``find_places``).

These languages write the region first: "버지니아주 비엔나시" (Vienna, Virginia),
"华盛顿州塔科马市" (Tacoma, Washington). A city read right after a subdivision (glued or
after one space) must lie in that subdivision's country: "비엔나시" read as Vienna, Austria
after "버지니아주" is no reading, there and wherever the text reads the name so (a wrong
country is worse than none). So is a city the gazetteer places in another subdivision of the
same country than the region written before it: "도쿄도 스기나미구" (Suginami, Tokyo) read
where GeoNames puts its one Suginami (in Ibaraki) is no reading of the ward.
In Korean, which spaces its words, a list written after its
country or region, its names joined by list dots with no space ("중국 징강산시․둔황시․이양시",
Jinggangshan, Dunhuang, Yiyang of China), holds places of that country only: "이양시" read
as Iyang, Korea, is no reading either. The English order, "Wucheng of Shandong", is
:mod:`._of_region`'s.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._hierarchy import related
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_other_countries"]

M = TypeVar("M", bound=Mention)
_LANGS = (None, "zh", "ja", "ko")
_HEADS = frozenset({PlaceKind.COUNTRY, PlaceKind.SUBDIVISION})
# after a list's head: one space at most, then words each ended by a list dot, no space
_LIST = re.compile(r"[ \t]?(?:[^\s·・․、,，]+[·・․])+")


@cache
def _generic(lang: str | None) -> frozenset[str]:
    """The generic words written on a name in ``lang`` ("州", "주"), as written."""
    return frozenset(w for w, _ in merged_cues(lang).attached_after)


def _abroad(region: Mention, city: Mention, text: str, lang: str | None) -> bool:
    if region.place.kind is not PlaceKind.SUBDIVISION or city.place.kind is not PlaceKind.CITY:
        return False
    gap = text[region.end : city.start]
    if len(gap) > 4 or (gap.strip() and gap.strip() not in _generic(lang)):
        return False  # the region's generic word and one space at most: "버지니아주 "
    if city.place.country != region.place.country:
        return True
    inside, named = city.place.subdivision, region.place.subdivision
    return inside is not None and named is not None and not related(inside, named)


def _listed_abroad(order: list[M], k: int, text: str) -> bool:
    """Whether ``order[k]``, a city, stands in a list after the country or region heading
    it ("중국 징강산시․둔황시․이양시") and lies in another country."""
    city = order[k]
    if city.place.kind is not PlaceKind.CITY:
        return False
    for head in reversed(order[:k]):
        gap = text[head.end : city.start]
        if head.place.kind in _HEADS:
            listed = _LIST.fullmatch(gap) is not None
            return listed and city.place.country != head.place.country
        if head.place.kind is not PlaceKind.CITY or any(ch.isspace() for ch in gap[1:]):
            return False  # a list's words are joined without a space: no head further back
    return False


def outside_other_countries(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the cities read in another country than the region before them.

    >>> from citydiplo import find_places
    >>> text = "미국 버지니아주 비엔나시와 오스트리아 비엔나시"
    >>> [(m.text, m.place.country) for m in find_places(text, lang="ko")]
    [('미국', 'US'), ('버지니아', 'US'), ('오스트리아', 'AT')]
    >>> text = "중국 징강산시․둔황시․이양시 등과 자매결연을 맺고"
    >>> [(m.text, m.place.country) for m in find_places(text, lang="ko")]
    [('중국', 'CN'), ('둔황시', 'CN')]
    """
    if len(mentions) < 2 or lang not in _LANGS:
        return mentions
    order = sorted(mentions, key=lambda m: m.start)
    dropped = {id(city) for region, city in pairwise(order) if _abroad(region, city, text, lang)}
    if lang == "ko":
        dropped |= {id(m) for k, m in enumerate(order) if _listed_abroad(order, k, text)}
    if not dropped:
        return order
    wrong = {(m.text, m.place) for m in order if id(m) in dropped}
    return [m for m in order if id(m) not in dropped and (m.text, m.place) not in wrong]
