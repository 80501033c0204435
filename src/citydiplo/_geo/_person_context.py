"""Names that a person's title or office makes a person's (a check ``find_places`` runs on
the mentions its scan read; data in ``data/person_context.json``, per language).

* An office title that ends with a generic word is followed by the office holder's name,
  not by a place the generic word introduces: Hebrew "ראש העיר" (the mayor, "the head of
  the city") in "ראש העיר עינת קליש רותם" makes "עינת" a given name (Einat), not the
  village 'Enat. The place stays when the name is read as a place without the generic word
  too (a city of :data:`BARE_FLOOR` people or more: "ראש העיר גבעתיים רן קוניק").
* A name written right after a title of address or degree and one more word (the given
  name) is a surname: "डॉ. रवि कोटा" (Dr Ravi Kota) names no Kota; right after the title,
  a given name or surname ("ד\"ר עינת"). Countries stay.
* A Vietnamese title of address or office written right before a name (``direct_titles``,
  no word between) makes it a person's: "Chủ tịch Hồ Chí Minh" (President Ho Chi Minh) names
  no city; "Chủ tịch UBND TP Hồ Chí Minh" (the chair of the city's committee) does.
* A country name that is also a common given name (``given_name_countries``: Hebrew
  "ישראל", Hindi "भारत") written as a whole word right after a title or an office is the
  person's given name: "השר ישראל כץ" (minister Israel Katz) names no Israel.
* A Chinese surname written in Cyrillic (``data/chinese_surnames.json`` through
  ``data/pinyin_scripts.json``) and followed by a capitalised word is a person's name
  written surname first: "мэры Сергей Собянин и Чэнь Цзинин" names no Chenzhou (the
  given name after such a surname is no place either: :mod:`._surnames`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import cues
from citydiplo._geo._data import load_json
from citydiplo._geo._given_surname import surname_follows
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._geo._surnames import chinese_surname
from citydiplo._normalize import match_key

__all__ = ["BARE_FLOOR", "outside_person_names"]

M = TypeVar("M", bound=Mention)
BARE_FLOOR = 15_000  # find_places' MIN_POPULATION: a city read without a generic word
_LOOKBACK = 60
_WORD = r"[^\s\d.,;:!?()\[\]\"“”«»]+"  # one word of a name
_GIVEN_AFTER = re.compile(r" [А-ЯЁ][а-яё]+")  # a capitalised Cyrillic word after one space


@cache
def _direct(lang: str | None) -> re.Pattern[str] | None:
    """Titles written right before a person's name (``direct_titles``), as one pattern."""
    data = load_json("person_context.json")["direct_titles"]
    words = [w for code in (sorted(data) if lang is None else [lang]) for w in data.get(code, ())]
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:^|[\s(\"“«])(?i:{alternatives})\s+$")


@cache
def _patterns(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load_json("person_context.json")
    langs = sorted(data["titles"]) if lang is None else [lang]
    offices = [w for code in langs for w in data["office_titles"].get(code, ())]
    titles = [w for code in langs for w in data["titles"].get(code, ())]

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))

    office = re.compile(rf"(?:^|\s)\w?(?:{alternation(offices)})\s+$") if offices else None
    # a title, then at most one word, then the name; the title a whole word (a Hebrew
    # prefix letter allowed: "ולד\"ר"; "במרחב" holds no "מר"), a space after it or its dot
    title = (
        re.compile(rf"(?:^|[\s(\"«„])\w?(?:{alternation(titles)})(?:\s+|(?<=\.))(?:({_WORD})\s+)?$")
        if titles
        else None
    )
    return office, title


@cache
def _given_name_countries(lang: str | None) -> tuple[frozenset[str], re.Pattern[str] | None]:
    data = load_json("person_context.json")
    langs = sorted(data["given_name_countries"]) if lang is None else [lang]
    names = frozenset(match_key(w) for c in langs for w in data["given_name_countries"].get(c, ()))
    parts = ("titles", "given_name_offices")
    words = [w for c in langs for part in parts for w in data[part].get(c, ())]
    if not names or not words:
        return names, None
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return names, re.compile(rf"(?:^|[\s(\"«„])(?:{alternation})(?:\s+|(?<=\.))$")


def outside_person_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the names a person's office title or personal title before them
    makes a person's name.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("ראש העיר עינת קליש רותם נפגשה עם השגריר", lang="he")]
    []
    >>> [m.text for m in find_places("डॉ. रवि कोटा ने स्वागत किया", lang="hi")]
    []
    >>> [m.text for m in find_places("ראש העיר גבעתיים רן קוניק", lang="he")]
    ['גבעתיים']
    >>> [m.text for m in find_places("שר החוץ ישראל כץ ביקר בחולון", lang="he")]
    ['חולון']
    >>> [m.text for m in find_places("мэры Москвы и Пекина Собянин и Чэнь Цзинин", lang="ru")]
    ['Москвы', 'Пекин']
    >>> text = "tư tưởng của Chủ tịch Hồ Chí Minh; Chủ tịch UBND TP Hồ Chí Minh"
    >>> [m.text for m in find_places(text, lang="vi")]
    ['TP Hồ Chí Minh']
    """
    office, title = _patterns(lang)
    direct = _direct(lang)
    kept = []
    for m in mentions:
        before = text[max(0, m.start - _LOOKBACK) : m.start]
        kind, population = m.place.kind, m.place.population or 0
        if kind is not PlaceKind.COUNTRY and _surname_first(text, m):
            continue
        if kind is not PlaceKind.COUNTRY and direct is not None and direct.search(before):
            continue  # "Chủ tịch Hồ Chí Minh": President Ho Chi Minh
        if kind is PlaceKind.COUNTRY and _titled_given_name(m, before, lang):
            continue
        if kind is PlaceKind.COUNTRY and surname_follows(m, text, lang):
            continue  # "ישראל גנץ ... גנץ הוסיף": Israel Gantz (:mod:`._given_surname`)
        if kind is not PlaceKind.COUNTRY:
            titled = title.search(before) if title is not None else None
            if titled is not None and not _office_word(titled.group(1), lang):
                continue
            small = kind is PlaceKind.CITY and population < BARE_FLOOR
            if office is not None and small and office.search(before):
                continue
        kept.append(m)
    return kept


def _titled_given_name(m: Mention, before: str, lang: str | None) -> bool:
    """Whether the country ``m`` reads is a given name written right after a title."""
    names, titled = _given_name_countries(lang)
    if titled is None or match_key(m.text) not in names or not before[-1:].isspace():
        return False
    return titled.search(before) is not None


def _office_word(word: str | None, lang: str | None) -> bool:
    """Whether the word between a title and a name is a generic word that introduces a
    place ("آقای شهردار تهران", Mr Mayor of Tehran): the name is then the place's."""
    if word is None or lang is None:
        return False
    return match_key(word) in {w for w, _ in cues(lang).before}


def _surname_first(text: str, m: Mention) -> bool:
    """Whether the mention is a Chinese surname in Cyrillic with a given name after it."""
    if " " in m.text or not "\u0400" <= m.text[:1] <= "\u04ff":
        return False
    return chinese_surname(match_key(m.text)) and _GIVEN_AFTER.match(text, m.end) is not None
