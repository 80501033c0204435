"""A Japanese place's name written in Devanagari or Gujarati right after a Japanese given
name: a person's surname (a check ``find_places`` runs on the mentions its scan read).

Hindi and Gujarati news write a Japanese person given name first, as English news does:
"यामानाशी के राज्यपाल कोटारो नागासाकी" (the governor of Yamanashi, Kotaro Nagasaki). Many
Japanese surnames are also places of Japan (Nagasaki, Ishikawa, Okayama), and the text then
names the person by the surname alone ("नागासाकी ने कहा", Nagasaki said). A city or
subdivision of Japan written right after a word (one space between) that

* writes every vowel (each consonant carries a vowel sign, as Japanese names written in
  these scripts do: "कोटारो"; "શહેર", city, and "રોજ", daily, leave one unwritten) and
  spells, letter for letter (:func:`citydiplo._geo._indic.latin_spellings`), a word of
  five letters or more made only of the syllables of Hepburn romanization
  (``data/romaji.json``), ending with a vowel or "n" as Japanese given names do,
* is none of the language's commonest words (``data/surname_words.json``, wordfreq; Gujarati
  is checked through Hindi, letter for letter): "के", "में", "से" spell romaji too,
* and holds no place the scan read ("જાપાનના શિઝુઓકા", Japan's Shizuoka),

is part of the person's name, and so is every other mention of the same name of the same
place in the text that has no generic word beside it ("नागासाकी शहर", Nagasaki city, stays
a place).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TypeVar

from citydiplo._geo._brahmic import parallel_key
from citydiplo._geo._cues import cues
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._indic import latin_spellings
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key
from citydiplo._spans import SpanIndex

__all__ = ["outside_japanese_given_names"]

M = TypeVar("M", bound=Mention)
_JAPAN = "JP"
_LANGUAGES = {"hi": "hi", "gu": "hi"}  # the language whose commonest words are checked
_BEFORE = re.compile(r"([\u0900-\u097f\u0a80-\u0aff]+) $")  # a Devanagari or Gujarati word
_NEXT_WORD = re.compile(r" ?([^\s\d.,;:!?()\[\]\"“”«»।]+)")
_MIN_LETTERS = 5
_VOWELS = frozenset({"A", "AA", "I", "II", "U", "UU", "E", "EE", "AI", "O", "OO", "AU"})


@cache
def _romaji() -> re.Pattern[str]:
    syllables = load_json("romaji.json")["syllables"]
    return re.compile(rf"(?:{'|'.join(syllables)})+")


@cache
def _common(lang: str) -> frozenset[str]:
    words = load_json("surname_words.json")["words"]
    return frozenset(words.get(_LANGUAGES[lang], ()))


def _spelled_out(word: str) -> bool:
    """Whether every consonant of ``word`` carries a vowel sign or a virama, as a Japanese
    name written in Devanagari or Gujarati does ("कोटारो"); "શહેર" (city) and "રોજ" (daily)
    leave a vowel unwritten."""
    for k, char in enumerate(word):
        following = unicodedata.name(word[k + 1], "") if k + 1 < len(word) else ""
        letter = unicodedata.name(char, "")
        consonant = "LETTER" in letter and letter.rsplit(" ", 1)[-1] not in _VOWELS
        if consonant and "VOWEL SIGN" not in following and "VIRAMA" not in following:
            return False
    return True


def _given_name(word: str, lang: str) -> bool:
    key = match_key(word)
    checked = (parallel_key(key) or key) if _LANGUAGES[lang] != lang else key
    if not key or checked in _common(lang) or not _spelled_out(key):
        return False
    return any(
        len(s) >= _MIN_LETTERS and s[-1] in "aeioun" and _romaji().fullmatch(s) is not None
        for s in latin_spellings(key)
    )


def _cued(m: Mention, text: str, words: frozenset[str]) -> bool:
    """Whether a generic or cue word of the language is written right before or after."""
    after = _NEXT_WORD.match(text, m.end)
    before = re.search(r"(\S+) $", text[max(0, m.start - 40) : m.start])
    near = (after.group(1) if after else "", before.group(1) if before else "")
    return any(match_key(w) in words for w in near if w)


def outside_japanese_given_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the Japanese persons' surnames described above.

    >>> from citydiplo import find_places
    >>> text = "जापान के राज्यपाल कोटारो नागासाकी ने आगरा का दौरा किया। नागासाकी ने कहा"
    >>> [m.text for m in find_places(text, lang="hi")]
    ['जापान', 'आगरा']
    >>> [m.text for m in find_places("जापान के नागासाकी शहर का दौरा", lang="hi")]
    ['जापान', 'नागासाकी']
    >>> [m.text for m in find_places("જાપાનના હામામાત્સુ શહેર", lang="gu")]
    ['જાપાન', 'હામામાત્સુ']
    """
    if lang not in _LANGUAGES or not any(m.place.country == _JAPAN for m in mentions):
        return mentions
    given: set[int] = set()  # the starts of the mentions written after a given name
    taken = SpanIndex((o.start, o.end) for o in mentions)  # read once, asked per mention
    for m in mentions:
        if m.place.country != _JAPAN or m.place.kind is PlaceKind.COUNTRY:
            continue
        before = _BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is None or taken.overlaps(before.start(1), before.end(1)):
            continue  # no word before, or a place in it ("જાપાનના", Japan's)
        if _given_name(before.group(1), lang):
            given.add(m.start)
    if not given:
        return mentions
    surnames = {match_key(m.text) for m in mentions if m.start in given}
    c = cues(lang)
    words = frozenset(w for w, _ in (*c.before, *c.after))
    return [
        m
        for m in mentions
        if m.place.country != _JAPAN
        or m.place.kind is PlaceKind.COUNTRY
        or match_key(m.text) not in surnames
        or (m.start not in given and _cued(m, text, words))
    ]
