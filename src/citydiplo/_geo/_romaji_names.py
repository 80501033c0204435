"""A Japanese place's name written in Latin letters beside a Japanese given name or surname
(a check ``find_places`` runs on the mentions its scan read; data in ``data/romaji.json``).

English news writes Japanese persons given name first: "Kotaro Murakami", "Yoichi Miyajima";
Vietnamese news writes them in Latin letters too, surname first ("ông Hagiwara Seiji"),
beside words whose marks make them no romaji. Many surnames and some given names are also
places of Japan (Murakami, Niigata; Yoichi, Hokkaido). A place of Japan written in Latin
letters right before or after another capitalised word (one space between) that is made only
of the syllables of Hepburn romanization, is no frequent English word, no generic word and
no other place, is part of a person's name, unless a third capitalised word follows the two
("the Kumagaya Uchiwa Festival" is an event). Short English words spelled with the same
syllables end with a silent "e" ("the Tokyo Dome", "Osaka Gate") and are no names. "Sakata
City", "Osaka, Japan" and "Tokyo Station" stay, and so does the country's own name ("In
Japan the group": a person is named after no country). News names a person in full once and
then by the surname alone: a bare name that the text writes elsewhere as part of such a
person's name is that person too ("Governor Kotaro Nagasaki ... Nagasaki expressed his
admiration"), unless it is written with more than the name ("Nagasaki Prefecture")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._geo._repeated import english_words
from citydiplo._normalize import match_key

__all__ = ["outside_romaji_names"]

M = TypeVar("M", bound=Mention)
_JAPAN = "JP"
_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![-'’])")
_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
_SILENT_E = re.compile(r"[a-z]{1,3}[^aeiou]e")  # a short English word: "Dome", "Gate"
_GOES_ON = re.compile(r" [A-Z]")  # a third capitalised word: the name of an event or a body
_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+\b")  # a capitalised word


@cache
def _romaji() -> re.Pattern[str]:
    syllables = load_json("romaji.json")["syllables"]
    return re.compile(rf"(?:{'|'.join(syllables)})+")


def _japanese_word(word: str, generic: frozenset[str]) -> bool:
    key = word.lower()
    if key in english_words() or match_key(word) in generic or _SILENT_E.fullmatch(key):
        return False
    return _romaji().fullmatch(key) is not None


def outside_romaji_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the parts of Japanese persons' names described above.

    >>> from citydiplo import find_places
    >>> text = "Kotaro Murakami of Osaka, Japan, and Yoichi Miyajima"
    >>> [m.text for m in find_places(text, lang="en")]
    ['Osaka', 'Japan']
    >>> [m.text for m in find_places("a concert at the Tokyo Dome, Japan", lang="en")]
    ['Tokyo', 'Japan']
    >>> [m.text for m in find_places("the Kumagaya Uchiwa Festival in Kumagaya, Japan", lang="en")]
    ['Kumagaya', 'Kumagaya', 'Japan']
    >>> [m.text for m in find_places("In Japan the group will visit Osaka.", lang="en")]
    ['Japan', 'Osaka']
    >>> text = "Kotaro Nagasaki, Governor of Yamanashi, visited Agra, India. "
    >>> text += "Nagasaki thanked Japan."
    >>> [m.text for m in find_places(text, lang="en")]
    ['Yamanashi', 'Agra', 'India', 'Japan']
    >>> text = "Thị trưởng Hagiwara Seiji thăm Osaka, Nhật Bản."
    >>> [m.text for m in find_places(text, lang="vi")]
    ['Osaka', 'Nhật Bản']
    """
    if lang not in (None, "en", "vi") or not mentions:
        return mentions
    cues = merged_cues(lang or "en")
    generic = frozenset(w for w, _ in (*cues.before, *cues.after))
    spans = [(m.start, m.end) for m in mentions]
    named = partial(_in_person_name, text, generic, spans)
    japanese = [
        m
        for m in mentions
        if m.place.country == _JAPAN
        and m.place.kind is not PlaceKind.COUNTRY  # "In Japan the group": no person
        and m.text.isascii()
        and m.text[:1].isupper()
    ]
    persons = _persons(text, {m.text for m in japanese if m.text.isalpha()}, named)
    dropped = {id(m) for m in japanese if named(m.start, m.end) or m.text in persons}
    return [m for m in mentions if id(m) not in dropped]


def _persons(text: str, names: set[str], named: Callable[[int, int], bool]) -> set[str]:
    """The ``names`` that the text writes somewhere as part of a person's name (one pass)."""
    if not names:
        return set()
    return {w.group() for w in _WORD.finditer(text) if w.group() in names and named(*w.span())}


def _in_person_name(
    text: str, generic: frozenset[str], spans: list[tuple[int, int]], start: int, end: int
) -> bool:
    """Whether the name at ``start:end`` stands beside a Japanese given name or surname."""
    after = _AFTER.match(text, end)
    before = _BEFORE.search(text, max(0, start - 30), start)
    words = [
        (w.start(1), w.end(1), w.group(1))
        for w in (after, before)
        if w and not _GOES_ON.match(text, max(end, w.end(1)))  # "Uchiwa Festival"
    ]
    return any(
        _japanese_word(word, generic) and not any(b < e and s < t for b, t in spans)
        for s, e, word in words
    )
