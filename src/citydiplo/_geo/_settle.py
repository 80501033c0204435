"""Last checks on the places ``find_places`` read, where a name's neighbours decide.

* A name written right after the name of a subdivision, with at most spaces between
  ("강원 영동", "山梨県身延町", "충남 논산"), names a place inside that subdivision: read as a
  city of another subdivision of the same country, it was a homonym ("영동" is also
  Yeongdong county in North Chungcheong, but "강원 영동" is the east of Gangwon) and is left
  unread.
* A name followed by a first-level city's generic word (``data/first_level_words.json``:
  "광역시", the metropolitan city; "直辖市") names the city that is itself a first-level
  subdivision, never its homonym of lower rank: "광주광역시" is Gwangju (KR-29), not the
  city of Gwangju in Gyeonggi, which a "광주시" elsewhere in the same text names.
* A name that is also the name of a subdivision, read as a city of that country whose
  subdivision GeoNames leaves unknown, names the subdivision: "Hà Nam" in a list of
  provinces is Hà Nam province, not its capital Phủ Lý (which bears the name as an
  alternate one) of no known province.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from citydiplo._geo._candidates import candidates
from citydiplo._geo._context import ambiguous_places
from citydiplo._geo._data import load_json
from citydiplo._geo._decide import decide
from citydiplo._geo._evidence import script
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._hierarchy import city_like, related
from citydiplo._geo._places import Place, PlaceKind, subdivision_place
from citydiplo._normalize import match_key

__all__ = ["settled"]

M = TypeVar("M", bound=Mention)

_CITY = frozenset({PlaceKind.CITY})
_LONGEST_NAME = 6  # Han or Hangul letters tried before a first-level word


@cache
def _first_level_words() -> tuple[str, ...]:
    table: dict[str, list[str]] = load_json("first_level_words.json")["words"]
    return tuple(sorted({w for words in table.values() for w in words}, key=len, reverse=True))


def _first_level_word_at(text: str, k: int) -> str | None:
    return next((w for w in _first_level_words() if text.startswith(w, k)), None)


def _first_level(key: str, span: str) -> Place | None:
    """The one city ``key`` names that is itself a first-level subdivision, if one."""
    place = decide(key, _CITY, span, True)
    choices = (place,) if place is not None else ambiguous_places(key, _CITY)
    ranked = [p for p in choices if p.subdivision is not None and city_like(p.subdivision)]
    return ranked[0] if len(ranked) == 1 else None


def _named_subdivision(m: Mention) -> Place | None:
    """The subdivision of ``m``'s country that ``m``'s name names, if exactly one."""
    found = gazetteer().postings(match_key(m.text))
    if found is None:
        return None
    subs = [s for s in found.subdivisions if s.startswith(m.place.country + "-")]
    return subdivision_place(subs[0], m.text) if len(subs) == 1 else None


def _homonym_after_subdivision(before: Mention | None, m: Mention, text: str) -> bool:
    inner = m.place
    if inner.subdivision is None or not (
        inner.kind is PlaceKind.CITY or city_like(inner.subdivision)  # "경기 광주": no KR-29
    ):
        return False
    if before is not None and text[before.end : m.start].strip(" ") == "":
        outer = before.place
        if outer.kind is PlaceKind.SUBDIVISION and outer.subdivision is not None:
            if city_like(outer.subdivision):
                return False  # "서울 부산": a list of cities
            same = inner.country == outer.country
            return same and not related(inner.subdivision, outer.subdivision)
    # a short name of a subdivision the scan left unread: "강원" before "영동"
    word = text[: m.start]
    if not word.endswith(" ") or script(text[m.start]) != "HANGUL":
        return False
    word = word.rstrip(" ")
    word = word[word.rfind(" ") + 1 :]
    if not word or not all(script(ch) == "HANGUL" for ch in word):
        return False  # "경남, 인천": a list, not a place inside a province
    found = candidates(match_key(word))
    if found.countries or found.own or found.alternate:
        return False
    subs = [s for s in found.subdivisions if s.startswith(inner.country + "-")]
    return bool(subs) and not any(related(inner.subdivision, s) for s in subs)


def _level_checked(m: M, text: str, make: Callable[[int, int, Place], M]) -> M | None:
    """``m``, or the first-level city its generic word names, or ``None``."""
    word = _first_level_word_at(text, m.end) or next(
        (w for w in _first_level_words() if m.text.endswith(w)), None
    )
    if word is None or m.place.kind is not PlaceKind.CITY:
        return m
    if m.place.subdivision is not None and city_like(m.place.subdivision):
        return m
    key = m.text[: -len(word)] if m.text.endswith(word) else m.text
    place = _first_level(match_key(key), m.text)
    return None if place is None else make(m.start, m.end, place)


def _first_level_unread(
    text: str, taken: Sequence[Mention], make: Callable[[int, int, Place], M]
) -> list[M]:
    """The first-level cities named with their generic word that nothing read."""
    out: list[M] = []
    for word in _first_level_words():
        k = text.find(word)
        while k > 0:
            first = script(text[k - 1])
            start = k
            while start > 0 and k - start < _LONGEST_NAME and script(text[start - 1]) == first:
                start -= 1
            spans = [(t.start, t.end) for t in taken] + [(t.start, t.end) for t in out]
            if first in ("HANGUL", "CJK") and not any(
                a < k + len(word) and start < b for a, b in spans
            ):
                for s in range(start, k - 1):  # the longest name first
                    place = _first_level(match_key(text[s:k]), text[s:k])
                    if place is not None:
                        out.append(make(s, k, place))
                        break
            k = text.find(word, k + len(word))
    return out


def settled(found: Sequence[M], text: str, make: Callable[[int, int, Place], M]) -> list[M]:
    """``found`` (in text order) after the checks of the module; ``make(start, end,
    place)`` builds a mention of a first-level city that nothing read."""
    kept: list[M] = []
    for m in found:
        checked = _level_checked(m, text, make)
        if checked is None:
            continue
        m = checked
        if m.place.kind is PlaceKind.CITY and m.place.subdivision is None:
            named = _named_subdivision(m)
            m = m if named is None else make(m.start, m.end, named)
        if _homonym_after_subdivision(kept[-1] if kept else None, m, text):
            continue
        kept.append(m)
    added = _first_level_unread(text, kept, make)
    return sorted([*kept, *added], key=lambda m: m.start) if added else kept
