"""Small foreign towns written in Hangul right after the region they lie in (readings
``find_places`` adds to what its scan found).

Korean news writes a foreign town by its sounds in Hangul, by the Korean standard of loanword
spelling, and GeoNames gives a Korean name only to the larger ones: "미국 위스콘신주
매니토웍시" (Manitowoc, Wisconsin), "뉴욕주 호스헤즈 마을". As for katakana
(:mod:`._kana_towns`), the region decides among few towns and the sounds decide which: the
Hangul word and the GeoNames name of each town of the region are reduced to their consonant
skeletons (:func:`hangul_skeleton`; :func:`._kana_towns.latin_skeleton` as Korean spells:
"z" and a final "ds" with ㅈ, "l" and "r" with ㄹ, an "r" after a vowel not written). The
word is read as the town when a foreign first-level region read by the scan (not of Japan,
China or Vietnam, whose names the readers of :mod:`._foreign` spell by their own tables) ends
right
before it (a space between), a generic word of a municipality follows it, written on it
("시", "군") or as the next word ("시", "마을", "타운"), its skeleton has
:data:`._kana_towns.MIN_SKELETON` classes at least, and exactly one town of the region has
it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from citydiplo._geo._cues import cues
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._kana_towns import MIN_SKELETON, towns_by_skeleton
from citydiplo._geo._places import PlaceKind, city_place

__all__ = ["hangul_skeleton", "with_hangul_towns"]

M = TypeVar("M", bound=Mention)

# Korea, and the countries whose names other readers spell in Hangul by their own tables
# (Japanese kana, Sino-Korean and Mandarin readings, Vietnamese): not read by sounds here
_OWN_READERS = frozenset({"KR", "KP", "JP", "CN", "TW", "HK", "MO", "VN"})
_INITIALS = "GGNDDRMBBSS JJCKTPH"  # ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ (ㅇ: no consonant)
_FINALS = ["", "K", "K", "KS", "N", "NJ", "N", "T", "R", "RK", "RM", "RB", "RS", "RT", "RP",
           "R", "M", "P", "PS", "T", "T", "N", "T", "T", "K", "T", "P", "H"]  # fmt: skip
_ATTACHED = frozenset("시군")
_REGION_GENERIC = frozenset("주도성현")  # written on the region's name: "위스콘신주"
_AFTER = ("시", "마을", "타운", "카운티")
_WORD = re.compile("[\uac00-\ud7a3]+")


def hangul_skeleton(word: str) -> str:
    """The consonant skeleton of a Hangul word (empty if it holds another letter).

    >>> hangul_skeleton("매니토웍"), hangul_skeleton("호스헤즈"), hangul_skeleton("컬먼")
    ('MNTK', 'HSHJ', 'KRMN')
    """
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return ""
        initial, final = code // 588, code % 28
        out.append(_INITIALS[initial].strip() + _FINALS[final])
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def _town_word(text: str, at: int) -> str | None:
    """The Hangul name at ``text[at:]`` with a municipality's generic word after it."""
    word = _WORD.match(text, at)
    if word is None:
        return None
    name = word.group()
    particles = cues("ko").particles
    for k in range(2, len(name)):
        if name[k] in _ATTACHED and (k + 1 == len(name) or name[k + 1 :] in particles):
            return name[:k]  # "매니토웍시에서"
    rest = text[word.end() : word.end() + 5]
    if rest.startswith(" ") and rest[1:].startswith(_AFTER):
        return name
    return None


def with_hangul_towns(
    mentions: Sequence[M], text: str, lang: str | None, make: Callable[..., M]
) -> tuple[M, ...]:
    """``mentions`` with the towns described above, in text order (``make`` builds a
    mention from ``start=, end=, text=, place=``).

    >>> from citydiplo import find_places
    >>> text = "미국 위스콘신주 매니토웍시에서 열렸다"
    >>> [(m.text, m.place.name) for m in find_places(text, lang="ko")][2:]
    [('매니토웍', 'Manitowoc')]
    """
    if lang != "ko" or not mentions:
        return tuple(mentions)
    taken = [(m.start, m.end) for m in mentions]
    added: list[M] = []
    for m in mentions:
        region = m.place
        if region.kind is not PlaceKind.SUBDIVISION or region.country in _OWN_READERS:
            continue
        if region.subdivision is None:
            continue
        at = m.end + (1 if text[m.end : m.end + 1] in _REGION_GENERIC else 0)
        if text[at : at + 1] != " ":
            continue
        name = _town_word(text, at + 1)
        if name is None:
            continue
        start, end = at + 1, at + 1 + len(name)
        if any(s < end and start < e for s, e in taken):
            continue
        shape = hangul_skeleton(name)
        if len(shape) < MIN_SKELETON:
            continue
        rows = towns_by_skeleton(region.subdivision, korean=True).get(shape, ())
        if len(rows) == 1:
            added.append(make(start=start, end=end, text=name, place=city_place(rows[0], name)))
    return tuple(sorted([*mentions, *added], key=lambda x: x.start))
