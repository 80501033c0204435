"""Words written around a name that limit what it can name (used by ``find_places``; data in
``data/reading_limits.json``, per language):

* a country's name with the word "language" written on it is a language: "中国語" (Chinese)
  names no China; with the word for an ocean, a region ("インド太平洋", the Indo-Pacific);
* the word after a number with a counter word on it is a counted noun: "104개 사가
  참가한다" (104 companies take part) names no Saga;
* a city's name written right after the name and generic word of a municipality of the
  language's own country that holds no other municipality is a part of it: "中津川市山口"
  is the Yamaguchi district of Nakatsugawa, not the city of Yamaguchi; the text names that
  part, so every other mention of the name is dropped with it ("(山口・馬籠)");
* a city's adjective before the word "district" names a district that may lie anywhere:
  "в Смоленском районе" (Altai Krai) is no Smolensk;
* a commune's generic word before the name of a city bigger than any commune names a
  namesake commune: "xã Đông Hà" (Hà Giang) is no Đông Hà (Quảng Trị).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._home_countries import home_countries as _home_countries
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["within_limits"]

M = TypeVar("M", bound=Mention)
_LOOKBACK = 12  # longer than any commune word
_NEXT_WORD = re.compile(r"\w*\s+(\w+)")


@cache
def home_countries(lang: str) -> frozenset[str]:
    """:func:`citydiplo._geo._home_countries.home_countries`, read once per language (it
    walks all of CLDR's territory languages: milliseconds, once for each city mention
    otherwise)."""
    return _home_countries(lang)


@cache
def _limits() -> Mapping[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = load_json("reading_limits.json")
    return data


def _words(kind: str, lang: str | None) -> tuple[str, ...]:
    table = _limits().get(kind, {})
    langs = sorted(table) if lang is None else [lang] if lang in table else []
    words: list[str] = []
    for code in langs:
        entry = table[code]
        words += entry if isinstance(entry, list) else []
    return tuple(words)


@cache
def _commune_limit(lang: str | None) -> tuple[frozenset[str], frozenset[str], int] | None:
    table = _limits().get("commune_words", {})
    entry = table.get(lang) if lang is not None else None
    if not isinstance(entry, dict):
        return None
    words = frozenset(match_key(w) for w in entry["words"])
    others = frozenset(match_key(w) for w in entry.get("other_ranks", []))
    return words, others, int(entry["max_population"])


@cache
def _counted(lang: str | None) -> re.Pattern[str] | None:
    """A number with a counter word on it, ending a text ("104개 ")."""
    words = _words("counters", lang)
    if not words:
        return None
    return re.compile(r"\d(?:" + "|".join(map(re.escape, words)) + r")\s+$")


def _word_after(text: str, end: int) -> str:
    """The match key of the word after the one that holds ``text[end - 1]`` ("Смоленск|ом
    районе": "районе")."""
    after = _NEXT_WORD.match(text, end)
    return match_key(after.group(1)) if after else ""


def within_limits(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` (in text order) without those the words around them rule out.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("中国語と韓国語で案内する。中国の上海市", lang="ja")]
    ['中国', '上海市']
    """
    language = _words("language_words", lang) + _words("region_words", lang)
    counted = _counted(lang)
    inside = _words("inside_city", lang)
    district = tuple(match_key(w) for w in _words("district_after", lang))
    commune = _commune_limit(lang)
    refuted: set[str] = set()
    kept: list[M] = []
    previous: M | None = None
    # where a part of a municipality may be written: right after a home city's generic word
    parts_at = frozenset(
        c.end for c in mentions
        if inside and c.place.kind is PlaceKind.CITY and text[c.end - 1 : c.end] in inside
        and c.place.country in home_countries(lang or ""))
    written: dict[int, frozenset[str]] = {}  # the text at those places, by length, read once
    for m in mentions:
        if parts_at and m.place.kind is PlaceKind.CITY and _written_at(
                text, m.text, parts_at, written):
            refuted.add(match_key(m.text))  # "中津川市山口", even where the scan left it unread
            continue
        drop = m.place.kind is PlaceKind.COUNTRY and bool(language)
        drop = drop and text.startswith(language, m.end)
        if not drop and counted is not None:
            window = text[max(0, m.start - _LOOKBACK) : m.start]
            drop = window[-1:].isspace() and counted.search(window) is not None
        if not drop and inside and previous is not None and previous.end == m.start:
            home = previous.place.country in home_countries(lang or "")
            city = previous.place.kind is PlaceKind.CITY and m.place.kind is PlaceKind.CITY
            drop = home and city and text[m.start - 1] in inside
            if drop:
                refuted.add(match_key(m.text))
        if not drop and district and m.place.kind is PlaceKind.CITY:
            drop = _word_after(text, m.end).startswith(district)
        if not drop and commune is not None and m.place.kind is PlaceKind.CITY:
            words, others, most = commune
            words_before = text[max(0, m.start - _LOOKBACK) : m.start].split()
            rank = match_key(words_before[-1]) if words_before else ""
            longer = match_key(" ".join(words_before[-2:])) in others
            drop = rank in words and not longer and (m.place.population or 0) > most
        if not drop:
            kept.append(m)
        previous = m
    if refuted:
        kept = [m for m in kept if match_key(m.text) not in refuted]
    return kept


def _written_at(
    text: str, name: str, positions: frozenset[int], written: dict[int, frozenset[str]]
) -> bool:
    """Whether ``name`` is written at one of ``positions`` of ``text`` (``written`` holds
    the pieces of text of each length read at the positions so far)."""
    size = len(name)
    if size not in written:
        written[size] = frozenset(text[at : at + size] for at in positions)
    return name in written[size]
