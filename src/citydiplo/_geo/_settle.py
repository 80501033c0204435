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
* A subdivision that ISO 3166-1 also codes as a country (``data/territories.json``:
  "香港特别行政區" is CN-HK and HK) is read as that country, as its short name is ("香港").
* A city read by a Latin name shorter than five letters that is not its own spelling is no
  mention, whatever path read it (as :func:`citydiplo._geo._evidence.own_spelling` rules for
  names read directly): "Áng" (a Vietnamese village) is GeoNames' airport code "ANG" of
  Angoulême and two towns near it, which lie in one region.
* A Korean city or county read with its generic word ("횡성군") is the place its bare name
  names in the same text ("횡성에서"), where that name stands as a word of its own or with
  a particle: GeoNames often carries only the name with the generic word.
* On a line of a fixture list (two names on either side of "vs" or "v.", with a clock time
  or a score on the line: "Plainview Christian vs Waco Live Oak 6pm Friday at Bryson"), the
  names beside "vs" are teams (a school or a club named after its town), no places; the
  venues named after "at" or "in" stay. A pairing written with "vs." without a time or a
  score ("Sunnyvale of California vs. Anqing of Anhui") is no fixture.
* In a passage written in capitals, capitals tell no name from a word: a city read there
  whose country the text names nowhere else is left unread ("IN VIRGINIA, ... BATH,
  BEDFORD": Bath County, Virginia, not Bath, England).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from citydiplo._geo._candidates import candidates
from citydiplo._geo._context import ambiguous_places
from citydiplo._geo._cues import cues
from citydiplo._geo._data import load_json
from citydiplo._geo._decide import decide
from citydiplo._geo._evidence import own_spelling, script
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._hierarchy import city_like, related
from citydiplo._geo._places import Place, PlaceKind, subdivision_place
from citydiplo._geo._us_counties import with_us_counties
from citydiplo._normalize import match_key
from citydiplo._spans import SpanIndex

__all__ = ["settled"]

_SHORT = 5  # a Latin key this short must be the place's own spelling
_AROUND = 40  # the characters either side that tell a passage in capitals
_LINE = 200  # the characters either side looked at for a fixture's line
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
_VERSUS = re.compile(r"\s(?:vs\.?|v\.)\s")
_VERSUS_BEFORE = re.compile(r"\s(?:vs\.?|v\.)\s+\Z")
_VERSUS_AFTER = re.compile(r"(?:\s+[A-Z][\w'.-]*){0,3}\s+(?:vs\.?|v\.)\s")
_TIME_OR_SCORE = re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]m|[ap]\.m\.)|\b\d{1,3}-\d{1,3}\b", re.I)

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
    word = text[max(0, m.start - _AROUND) : m.start]  # (a window: linear on long texts)
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


@cache
def _territories() -> dict[str, str]:
    table: dict[str, str] = load_json("territories.json")["territories"]
    return table


def _as_country(m: M, make: Callable[[int, int, Place], M]) -> M:
    code = m.place.subdivision if m.place.kind is PlaceKind.SUBDIVISION else None
    country = _territories().get(code or "")
    if country is None:
        return m
    return make(m.start, m.end, Place(text=m.text, kind=PlaceKind.COUNTRY, country=country))


def _short_alias(m: Mention) -> bool:
    if m.place.kind is not PlaceKind.CITY or script(m.text[:1]) != "LATIN":
        return False
    if m.text.isupper():
        return False  # a dateline in capitals ("MUAN, South Korea") is read as it stands
    key = match_key(m.text)
    return len(key) < _SHORT and not own_spelling(m.place, key, m.text)


def _in_capitals(m: Mention, text: str) -> bool:
    if m.place.kind is not PlaceKind.CITY or not (len(m.text) > 1 and m.text.isupper()):
        return False
    around = text[max(0, m.start - _AROUND) : m.end + _AROUND]
    return not any(ch.islower() for ch in around)


def _capitals_abroad(m: Mention, text: str, countries: set[str]) -> bool:
    """A city in capitals whose country only other cities in capitals name (``countries``:
    those that the other mentions name)."""
    return _in_capitals(m, text) and m.place.country not in countries


def _korean_bare(
    text: str, taken: Sequence[Mention], make: Callable[[int, int, Place], M]
) -> list[M]:
    """The bare names of the Korean cities and counties read with their generic word."""
    ko = cues("ko")
    generic = [w for w, kind in ko.attached_after if kind == "city"]
    places: dict[str, set[Place]] = {}
    for m in taken:
        if m.place.kind is PlaceKind.CITY and script(m.text[:1]) == "HANGUL":
            for word in generic:
                if m.text.endswith(word) and len(m.text) - len(word) >= 2:
                    places.setdefault(m.text[: -len(word)], set()).add(m.place)
    names = {bare: next(iter(ps)) for bare, ps in places.items() if len(ps) == 1}
    if not names:
        return []
    particles = set(ko.particles)
    spans = [(t.start, t.end) for t in taken]
    out: list[M] = []
    for found in _HANGUL_WORD.finditer(text):
        if found.group() in ko.ordinary_words:  # "고양이", a cat, beside "고양시"
            continue
        bare = next((b for b in names if found.group().startswith(b)), None)
        if bare is None or (
            found.group()[len(bare) :] not in particles and found.end() - found.start() > len(bare)
        ):
            continue
        start, end = found.start(), found.start() + len(bare)
        if not any(a < end and start < b for a, b in spans):
            out.append(make(start, end, names[bare]))
            spans.append((start, end))
    return out


def _fixture_team(m: Mention, text: str) -> bool:
    if script(m.text[:1]) != "LATIN":
        return False
    start = text.rfind("\n", max(0, m.start - _LINE), m.start) + 1
    end = text.find("\n", m.end, m.end + _LINE)
    line = text[max(start, m.start - _LINE) : m.end + _LINE if end < 0 else end]
    if not _VERSUS.search(line) or not _TIME_OR_SCORE.search(line):
        return False
    if _VERSUS_BEFORE.search(text, max(0, m.start - 6), m.start):
        return True
    return _VERSUS_AFTER.match(text, m.end) is not None


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
    hits = []
    for word in _first_level_words():
        k = text.find(word)
        while k > 0:
            hits.append((k, word))
            k = text.find(word, k + len(word))
    if not hits:
        return []
    read = SpanIndex((t.start, t.end) for t in taken)
    out: list[M] = []
    for k, word in sorted(hits):
        first = script(text[k - 1])
        start = k
        while start > 0 and k - start < _LONGEST_NAME and script(text[start - 1]) == first:
            start -= 1
        if first not in ("HANGUL", "CJK") or read.overlaps(start, k + len(word)):
            continue
        if out and out[-1].end > start:
            continue
        for s in range(start, k - 1):  # the longest name first
            place = _first_level(match_key(text[s:k]), text[s:k])
            if place is not None:
                out.append(make(s, k, place))
                break
    return out


def settled(found: Sequence[M], text: str, make: Callable[[int, int, Place], M]) -> list[M]:
    """``found`` (in text order) after the checks of the module; ``make(start, end,
    place)`` builds a mention of a first-level city that nothing read."""
    kept: list[M] = []
    found = with_us_counties(list(found), text, make)
    countries = {m.place.country for m in found if not _in_capitals(m, text)}
    versus = _VERSUS.search(text) is not None
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
        if (
            _short_alias(m)
            or _capitals_abroad(m, text, countries)
            or (versus and _fixture_team(m, text))
        ):
            continue
        m = _as_country(m, make)
        kept.append(m)
    added = _first_level_unread(text, kept, make)
    added += _korean_bare(text, [*kept, *added], make)
    return sorted([*kept, *added], key=lambda m: m.start) if added else kept
