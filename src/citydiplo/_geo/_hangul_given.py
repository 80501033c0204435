"""A Japanese place's name written in Hangul right before a Japanese given name: a person's
surname (a check ``find_places`` runs on the mentions its scan read).

Korean news writes a Japanese person surname first, each part in Hangul as the Korean
standard of loanword spelling writes kana (``data/hangul_japanese.json``): "오사카 토모미"
(Osaka Tomomi), "나가사키 유코 씨". Many Japanese surnames are also places of Japan. A city
or subdivision of Japan followed by one space and one Hangul word that

* spells kana, syllable for syllable (:func:`citydiplo._geo._translit.romanizations`:
  Korean words with other syllables, "시장", "방문", "대표", spell none),
* is followed by "(" (the person's post and age, as lists of delegates give them) or an
  address, "씨", "여사", "님" (Korean words that spell kana are common: "다시", "기사",
  "사무소", so the word alone decides nothing),
* is no Korean word whose romanization is a Japanese name (``ordinary`` of that file) and
  names no place itself ("오사카 고베": a list of places),

is the person's surname, not the place. So is such a place opening a bracket and followed by
one such word that closes it, after an office: "운젠시 시장(가나자와 히데사부로)" is Mayor
Kanazawa Hidesaburo of Unzen.
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._data import name_key
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._geo._translit import ordinary, romanizations

__all__ = ["outside_hangul_given_names"]

M = TypeVar("M", bound=Mention)

_JAPAN = "JP"
_AFTER = re.compile(r" ([\uac00-\ud7a3]{2,5})(?:\(| ?씨| ?여사| ?님)")
_CLOSING = re.compile(r" ([\uac00-\ud7a3]{2,5})\)")


def _given_name(word: str) -> bool:
    if word in ordinary() or not romanizations(word):
        return False
    return not gazetteer().holds(name_key(word))


def outside_hangul_given_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the Japanese persons' surnames described above.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("일본 방문단의 나가사키 히로시(과장) 등", lang="ko")]
    ['일본']
    >>> [m.text for m in find_places("일본 오사카(大阪)를 방문했다.", lang="ko")]
    ['일본', '오사카', '大阪']
    >>> [m.text for m in find_places("일본 운젠시 시장(가나자와 히데사부로) 등", lang="ko")]
    ['일본', '운젠']
    """
    if lang != "ko" or not any(m.place.country == _JAPAN for m in mentions):
        return mentions
    out: list[M] = []
    for m in mentions:
        if m.place.country == _JAPAN and m.place.kind is not PlaceKind.COUNTRY:
            after = _AFTER.match(text, m.end)
            if after is None and text[m.start - 1 : m.start] == "(":
                after = _CLOSING.match(text, m.end)  # "시장(가나자와 히데사부로)"
            if after is not None and _given_name(after.group(1)):
                continue
        out.append(m)
    return out
