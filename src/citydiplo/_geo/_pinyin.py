"""Chinese place names written in Hangul or Cyrillic, which GeoNames mostly lacks.

Korean news writes Chinese names by the national loanword standard ("진저우시" is Jinzhou,
"란저우" Lanzhou, "헤이룽장성" Heilongjiang), Russian news by the Palladius system
("Чжэньцзян" is Zhenjiang, "Сюйчжоу" Xuzhou). ``data/pinyin_scripts.json`` (built by
``tools/build_pinyin_scripts.py`` from those standards and Unihan's syllables) says how each
Mandarin syllable is written in either script; a word is read back by cutting it into written
syllables in every way the table allows, giving a few pinyin keys ("진저우" -> "jinzhou"),
which are the gazetteer's Latin keys of Chinese places.

Such a reading is far less certain than a name the gazetteer holds, so it stands only when the
keys name exactly one place, in China, written with a generic word ("시", "성", "город",
"провинция") or, in two written syllables or more ("웨이" alone is a person's Wei), a city of
at least :data:`FLOOR` people (:data:`FLOOR_CYRILLIC` in Cyrillic,
whose Palladius spellings "чж", "цз", "-янь" Russian words seldom make); ``find_places``
keeps it only beside a strong mention of China in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from citydiplo._geo._cues import Cues, cue_kinds, word_ends, word_tail
from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._inflect import base_forms
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._translit import MAX_READINGS, Read, names_a_city_in, places_read
from citydiplo._normalize import match_key

__all__ = [
    "CHINA",
    "FLOOR",
    "FLOOR_CYRILLIC",
    "MIN_CUED",
    "SCRIPTS",
    "chinese_at",
    "city_keys",
    "letters_run",
    "pinyin_readings",
]

CHINA = "CN"
FLOOR = 1_000_000  # a Chinese city read without a generic word: this big at least
FLOOR_CYRILLIC = 100_000
MIN_CUED = 15_000  # a Chinese city read with a generic word: this big at least
SCRIPTS = {"HANGUL": "hangul", "CYRILLIC": "cyrillic"}  # Unicode script -> table
_LONGEST_NAME = 12  # written characters of a name read here, at most


@cache
def _reverse(table: str) -> tuple[dict[str, tuple[str, ...]], int]:
    """Written syllable (as a match key) -> its pinyin syllables, and the longest one."""
    written: dict[str, list[str]] = {}
    for syllable, forms in load_json("pinyin_scripts.json")[table].items():
        for form in forms:
            written.setdefault(match_key(form), []).append(syllable)
    longest = max(map(len, written))
    return {w: tuple(sorted(set(s))) for w, s in sorted(written.items())}, longest


@cache
def _frequent(table: str) -> frozenset[str]:
    """Frequent words of the language ``table`` writes that spell a Chinese city
    (``data/pinyin_words.json``, built by ``tools/build_pinyin_words.py`` from wordfreq)."""
    words: list[str] = load_json("pinyin_words.json")[table]
    return frozenset(words)


@cache
def _letters(table: str) -> re.Pattern[str]:
    """A run of the characters the written syllables of ``table`` use (one C-level match:
    a Korean word with a syllable no Chinese name is written with is skipped at once)."""
    chars = sorted({c for written in _reverse(table)[0] for c in written})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]+")


@cache
def pinyin_readings(word: str, table: str) -> tuple[str, ...]:
    """The pinyin keys of ``word`` (a match key) written by ``table`` ("hangul",
    "cyrillic"); empty when no cut of it into written syllables exists, or too many do.

    >>> pinyin_readings("톈진", "hangul")
    ('tianjin',)
    >>> pinyin_readings("чжэньцзян", "cyrillic")
    ('zhenjiang',)
    >>> pinyin_readings("서울", "hangul")
    ()
    """
    written, longest = _reverse(table)
    n = len(word)
    found: list[list[str]] = [[] for _ in range(n + 1)]
    found[0] = [""]
    for k in range(n):
        if not found[k]:
            continue
        for size in range(1, min(longest, n - k) + 1):
            syllables = written.get(word[k : k + size])
            if syllables:
                found[k + size].extend(r + s for r in found[k] for s in syllables)
                if len(found[k + size]) > MAX_READINGS:
                    return ()
    return tuple(dict.fromkeys(found[n]))


def letters_run(folded: str, i: int, table: str) -> int | None:
    """The end of the run of letters of ``table``'s written syllables from ``folded[i]`` on,
    or ``None`` where it is too short or too long to be a name read here (it never holds a
    space: it stays inside the word)."""
    run = _letters(table).match(folded, i, i + _LONGEST_NAME + 1)
    if run is None or run.end() - i < 2 or run.end() - i > _LONGEST_NAME:
        return None  # no name of two written syllables or more starts here
    return run.end()


@lru_cache(maxsize=65536)
def city_keys(word: str, table: str) -> tuple[str, ...]:
    """The pinyin keys of ``word`` that name a Chinese city of :data:`MIN_CUED` or more."""
    return tuple(k for k in pinyin_readings(word, table) if names_a_city_in(k, CHINA, MIN_CUED))


def chinese_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A Chinese place written in Hangul or Cyrillic at ``folded[i:]`` that the gazetteer
    lacks, read by its pinyin keys (:func:`pinyin_readings`): one place, in China, with a
    generic word or big enough; or nothing. ``read`` reads a key at ``folded[i:j]`` as
    ``find_places`` does; the caller keeps the mention only beside a strong mention of
    China."""
    table = SCRIPTS.get(script(folded[i]))
    if table is None:
        return None
    end = letters_run(folded, i, table)
    if end is None:
        return None  # no name of two written syllables or more starts here
    floor = FLOOR_CYRILLIC if table == "cyrillic" else FLOOR
    for j in word_ends(folded, i, end, cues):
        tail = word_tail(folded, i, j, cues)
        if tail is None:
            continue
        word = folded[i:j]
        if word in _frequent(table) and not cue_kinds(folded, i, j, tail, cues):
            continue  # a word of the language: "지난" (last) is no Jinan, "지난시" is
        forms = [word, *base_forms(word, cues.inflect_last)] if not tail else [word]
        keys = tuple(dict.fromkeys(k for w in forms for k in city_keys(w, table)))
        places = places_read(keys, read, (i, j, tail, cues)) if keys else {}
        if not places:
            continue
        place = next(iter(places.values()))
        if len(places) > 1 or place.country != CHINA:
            return None  # several places, or a place elsewhere: never guessed
        cued = bool(cue_kinds(folded, i, j, tail, cues))
        if not cued and word in _reverse(table)[0]:
            return None  # one written syllable bare: a name's part ("웨이 홍", Wei Hong)
        if place.kind is PlaceKind.CITY and (place.population or 0) < MIN_CUED:
            return None  # a village of unknown size: "/Синьхуа/ — Город …" is the news agency
        if not cued and (place.kind is not PlaceKind.CITY or (place.population or 0) < floor):
            return None
        return place, j
    return None
