"""Han characters are written by several countries (used by ``find_places``).

In a Chinese or Japanese text, a two- or three-character word is often also the name of a
city of another country that writes Han characters: "全州" ("the whole prefecture") is
Jeonju, Korea; "富山" ("rich mountains") Toyama, Japan; "関口" (inside "玄関口", entrance)
Guankou, China. Such a city, named bare (no generic word such as 市 written on it) and
smaller than a million, is read only when the text names its country by another mention
(the country itself, or a place of it that is no such bare name); the countries of the
text's own language (CLDR: where it is official) need no such support.

Those countries share the language but not its place names: "九龙" is Kowloon, Hong Kong,
and also Jiulong, a county of Sichuan. A bare Han name read in one country of the language
(the most populous namesake), while the text names no other place of that country and names
a subdivision of another one where a namesake lies ("四川 ... 甘孜州丹巴、道孚、...、九龙"),
is left unread: the text cannot separate them.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._evidence import script
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["han_countries", "supported_abroad"]

M = TypeVar("M", bound=Mention)
BIG_CITY = 1_000_000
_HAN_LANGUAGES = frozenset({"zh", "ja"})


@cache
def han_countries(lang: str) -> frozenset[str]:
    """The countries where ``lang`` (in any script) is official, from CLDR.

    >>> sorted(han_countries("ja")), "TW" in han_countries("zh")
    (['JP'], True)
    """
    from babel.core import get_global

    found = set()
    for country, languages in get_global("territory_languages").items():
        for code, info in languages.items():
            if code.split("_")[0] == lang and "official" in (info.get("official_status") or ""):
                found.add(country)
    return frozenset(found)


def _bare_abroad(m: Mention, text: str, home: frozenset[str], generic: tuple[str, ...]) -> bool:
    place = m.place
    return (
        place.kind is PlaceKind.CITY
        and place.country not in home
        and 0 < (place.population or 0) < BIG_CITY
        and all(script(ch) == "CJK" for ch in m.text)
        and not m.text.endswith(generic)
        and not text.startswith(generic, m.end)
    )


def supported_abroad(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the bare Han names of small cities abroad whose country the
    text does not name otherwise.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("2015年全州预计20个村承办旅游节。", lang="zh")]
    []
    >>> [m.text for m in find_places("韩国全州市与中国苏州签约。全州", lang="zh")][:2]
    ['韩国', '全州市']
    """
    if lang not in _HAN_LANGUAGES:
        return mentions
    home = han_countries(lang)
    city = PlaceKind.CITY.value
    generic = tuple(w for w, kind in merged_cues(lang).attached_after if kind == city)
    bare = [_bare_abroad(m, text, home, generic) for m in mentions]
    named = {m.place.country for m, b in zip(mentions, bare, strict=True) if not b}
    kept = [m for m, b in zip(mentions, bare, strict=True) if not b or m.place.country in named]
    return [m for m in kept if not _namesake_named(m, kept, home, generic, text)]


def _namesake_named(
    m: M, mentions: list[M], home: frozenset[str], generic: tuple[str, ...], text: str
) -> bool:
    """Whether bare Han name ``m``, read in a country of the text's language that no other
    mention names, has a namesake in a subdivision of another such country that the text
    names ("九龙" beside "四川": Jiulong, Sichuan, as well as Kowloon)."""
    place = m.place
    if (
        place.kind is not PlaceKind.CITY
        or place.country not in home
        or not all(script(ch) == "CJK" for ch in m.text)
        or m.text.endswith(generic)
        or text.startswith(generic, m.end)
    ):
        return False
    others = [o.place for o in mentions if o.text != m.text]
    if any(o.country == place.country for o in others):
        return False
    regions = {o.subdivision for o in others if o.country != place.country and o.subdivision}
    if not regions:
        return False
    gz = gazetteer()
    found = gz.postings(match_key(m.text))
    rows = () if found is None else (*found.own, *found.alternate)
    return any(gz.city(row).subdivision in regions for row in rows)
