"""The one place look-up extraction uses: :func:`find_places`.

Everything place-related in extraction goes through this function, so a better gazetteer
changes one function. It reads :func:`citydiplo.find_places` (countries, first-level
subdivisions and cities from GeoNames and CLDR, in ten languages, each kept only when the
context separates its candidates) and turns each mention into a :class:`PlaceHit`. Cities
are also found from their markers ("X City", "하남시", "thành phố X") in
:mod:`citydiplo._extract._mentions`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

import attrs

__all__ = ["PlaceHit", "find_places"]

_KINDS = {"country": "country", "subdivision": "region", "city": "city"}


@attrs.frozen(kw_only=True)
class PlaceHit:
    """A place named in a text: ``kind`` is "country", "region" or "city"."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    country: str | None = None
    subdivision: str | None = None
    geonames: int | None = None


@cache
def _country_name(code: str) -> str:
    from citydiplo._geo import country_name

    return country_name(code)


_GENERIC_KO = ("시", "군", "구", "도", "읍", "면", "동")
_LISTED = frozenset(",·、(")
_TOWN = 100_000  # people: a county's size (Jangsu 26,000; Eumseong 90,000)


def _bare_once(m: Any, text: str, found: Sequence[Any], ends: list[int], seen: dict[str, int]
               ) -> bool:
    """Whether a small place of Korea is named bare (without its generic word: "장수", not
    "장수군"), once in a running text, with no place right before it ("전북 장수"): Korean
    news introduces a town of its own country with its generic word, so a bare word said
    once, in no list, is a common noun that spells a county ("장수", long life; "영광",
    glory; "음성", voice) -- no place. A name looked up alone is no running text."""
    if m.place.country != "KR" or m.place.kind.value != "city" or len(text) < 4 * len(m.text) \
            or m.text.endswith(_GENERIC_KO) or (m.place.population or 0) >= _TOWN:
        return False  # a city of its size is named bare ("부산", "수원")
    if m.text not in seen:
        seen[m.text] = text.count(m.text)  # once per name: linear in the text
    if seen[m.text] > 1 or text[m.end:m.end + 1] in _LISTED \
            or text[max(0, m.start - 3):m.start].rstrip()[-1:] in _LISTED:
        return False  # named again, or one of a list ("진안, 장수 등")
    at = bisect.bisect_left(ends, m.start - 2)
    return not any(0 <= m.start - p.end <= 2 for p in found[at:at + 3] if p is not m)


_SHORT = 64  # characters: a name looked up alone (a title's city, a municipality's name)


def find_places(text: str, lang: str) -> list[PlaceHit]:
    """The places named in ``text``, in text order.

    >>> [(p.text, p.kind, p.country) for p in find_places("Kim visited Zibo in China.", "en")]
    [('Zibo', 'city', 'CN'), ('China', 'country', 'CN')]
    """
    if len(text) <= _SHORT:  # the same names recur from article to article: kept (bounded)
        return list(_short(text, lang))
    return _hits(text, lang)


@lru_cache(maxsize=4096)
def _short(text: str, lang: str) -> tuple[PlaceHit, ...]:
    return tuple(_hits(text, lang))


def _hits(text: str, lang: str) -> list[PlaceHit]:
    from citydiplo._extract._cues import cues
    from citydiplo._extract._joined import in_joined_name
    from citydiplo._geo import find_places as find  # the gazetteer loads on first use
    from citydiplo._geo._cues import office_after

    joiners = tuple(cues(lang).get("name_joiners", ()))
    out = []
    found = find(text, lang=lang)
    seen: dict[str, int] = {}
    ends = [m.end for m in found] if lang == "ko" else []
    for m in found:
        if lang == "ko" and _bare_once(m, text, found, ends, seen):
            continue  # "번영과 장수를 바라는" (prosperity and long life): no county Jangsu
        if office_after(text, m.end, lang):
            continue  # "하남시장": the title finder reads the city and its office (_people.py)
        if in_joined_name(text, m.start, m.end, joiners):
            continue  # "拉萨罗·布凯尔": Lazaro Bukel, no Lhasa (_joined.py)
        place = m.place
        kind = _KINDS[place.kind.value]
        name = place.name or (_country_name(place.country) if kind == "country" else m.text)
        out.append(PlaceHit(start=m.start, end=m.end, text=m.text, kind=kind, name=name,
                            country=place.country, subdivision=place.subdivision,
                            geonames=place.geonames_id))
    return out
