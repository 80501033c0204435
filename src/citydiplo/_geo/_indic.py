"""Indian place names written in Devanagari or Gujarati that GeoNames' alternate names lack.

GeoNames names most Indian towns in Latin letters only ("Gandhidham", "Nadiad"); Gujarati
and Hindi news write them in their own script ("ગાંધીધામ", "નડિયાદ"). A word is romanized
letter by letter with the ``anyascii`` package's table (ISC licence; the letters of both
scripts follow ISO 15919 there), then spelled the ways the Hunterian system behind India's
Latin place names writes the same sounds: the inherent vowel "a" after a consonant written
with no vowel sign, kept or dropped (Hindi and Gujarati drop it inside and at the end of many
words: "નવસારી" is Navsari), the anusvara as "n" or "m", "च" as "ch", "श"/"ष" as "sh" or
"s", and "iya" as "ia" ("નડિયાદ", Nadiad). The spellings are the gazetteer's Latin keys.

Such a reading is far less certain than a name the gazetteer holds, so it stands only when
the spellings name exactly one place: a city in a country where the text's language is
official (India for Hindi and Gujarati), of :data:`FLOOR` people at least (with a generic
word too: "सीहोर", Sehore, spells Sihor, a town of Gujarat of 47,000), and not one of the
frequent words of the language that spell a town (``data/indic_words.json``) unless a
generic word is written on it ("झांसी जिले", of Jhansi district: Hindi news names its towns
often enough to make them frequent words; "बस्ती जिले" is Basti, "बस्ती" alone a settlement),
and written with a generic word or in a text that names the town's state ("ગુજરાત"):
Hindi and Gujarati news is about India, so India named is no evidence, and surnames spell
towns ("अंटोनी डिसा", Antony Dsa, is no Deesa). ``find_places`` keeps it only beside a
strong mention of that country.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from anyascii import anyascii

from citydiplo._geo._cues import Cues, cue_kinds, word_ends, word_tail
from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._translit import MAX_READINGS, Read, names_a_city_in, places_read
from citydiplo._normalize import match_key

__all__ = [
    "FLOOR",
    "INDIC",
    "MIN_TOWN",
    "frequent_word",
    "home_cued",
    "indian_at",
    "latin_spellings",
    "subdivisions_named",
    "town_tries",
]

FLOOR = 100_000  # a town read without a generic word: this big at least
FOREIGN_FLOOR = 500_000  # a city abroad: this big, and one of its name only
FOREIGN_KEY = 7  # letters of its own Latin name at least: "मिलन" (meeting) is no Milan
MIN_TOWN = 15_000  # a town a frequent word may spell (data/indic_words.json)
INDIC = frozenset({"DEVANAGARI", "GUJARATI"})
_LONGEST_NAME = 16
_LONGEST_WORD = 48  # a longer "word" (no space for long) is read in the text, not kept
_RUN = re.compile("[\u0900-\u097f\u0a80-\u0aff]+")  # Devanagari and Gujarati letters
# letters whose Hunterian spellings differ from anyascii's: the ISO 15919 name of the sound
_SPELLINGS = {"c": ("ch", "c"), "ch": ("chh", "ch")}
_SIBILANTS = frozenset("शषશષ")
_NASAL = frozenset("\u0902\u0a82")  # anusvara


@cache
def _frequent() -> frozenset[str]:
    words: list[str] = load_json("indic_words.json")["words"]
    return frozenset(words)


def frequent_word(folded: str) -> bool:
    """Whether ``folded`` is a frequent word of Hindi or Gujarati that spells a town."""
    return folded in _frequent()


@cache
def latin_spellings(word: str) -> tuple[str, ...]:
    """The Latin spellings of a Devanagari or Gujarati word (a match key) as India's place
    names write it; empty for a word with other characters, or too many spellings.

    >>> latin_spellings("ગાંધીધામ")[:2]
    ('gandhidham', 'gandhidhama')
    >>> "navsari" in latin_spellings("નવસારી")
    True
    """
    spellings = [""]
    for k, char in enumerate(word):
        if script(char) not in INDIC:
            return ()
        roman = anyascii(char)
        if char in _NASAL:
            options: tuple[str, ...] = ("n", "m")
        elif char in _SIBILANTS:
            options = ("s", "sh")
        else:
            options = _SPELLINGS.get(roman, (roman,))
        spellings = [s + o for s in spellings for o in options]
        following = word[k + 1] if k + 1 < len(word) else ""
        if _consonant(char) and not _sign(following):
            spellings = [s + a for s in spellings for a in ("", "a")]
        if len(spellings) > MAX_READINGS:
            return ()
    spellings += [s.replace("iya", "ia") for s in spellings if "iya" in s]
    return tuple(dict.fromkeys(s for s in spellings if s))


@cache
def _consonant(char: str) -> bool:
    name = unicodedata.name(char, "")
    if "LETTER" not in name or "VOCALIC" in name:
        return False
    letter = name.rsplit(" ", 1)[-1]
    return letter not in {"A", "AA", "I", "II", "U", "UU", "E", "EE", "AI", "O", "OO", "AU"}


@cache
def _sign(char: str) -> bool:
    """A vowel sign or virama (the consonant before it has no inherent vowel)."""
    name = unicodedata.name(char, "") if char else ""
    return "VOWEL SIGN" in name or "SIGN VIRAMA" in name or "SIGN NUKTA" in name


@lru_cache(maxsize=65536)
def _town_keys(word: str, home: tuple[str, ...]) -> tuple[str, ...]:
    """The Latin spellings of ``word`` that name a town of ``home`` of :data:`FLOOR`.

    A word ending in a consonant without a vowel sign is pronounced without the inherent
    vowel at its end, and India's Latin names follow: "પાટણ" is Patan, while Patna is
    written "पटना", its last vowel signed. Where a spelling without that vowel names a
    town, a spelling that adds it is kept only when it names no other town: it may be
    another name of the same town ("Bharatpura", Bharatpur), never a new one, so a Gujarati
    Patan is never read as Patna. With no such spelling all are kept (Hindi writes "केरल"
    for Kerala).

    >>> _town_keys("પાટણ", ("IN",))
    ('patan',)
    """
    keys = tuple(
        k for k in latin_spellings(word) if any(names_a_city_in(k, c, FLOOR) for c in home)
    )
    if not keys or not _consonant(word[-1]):
        return keys
    spelled = set(latin_spellings(word))
    added = {k for k in keys if k.endswith("a") and k[:-1] in spelled}
    plain = [k for k in keys if k not in added]
    if not plain:
        return keys
    named = set().union(*(_towns(k, home) for k in plain))
    return tuple(k for k in keys if k not in added or _towns(k, home) <= named)


def _towns(key: str, home: tuple[str, ...]) -> set[int]:
    """The gazetteer rows of the towns of ``home`` of :data:`FLOOR` people ``key`` names."""
    gz = gazetteer()
    found = gz.postings(key)
    if found is None:
        return set()
    rows = (*found.own, *found.alternate)
    return {r for c in home for r in gz.in_country(rows, c) if gz.populations[r] >= FLOOR}


def reads_no_town(word: str, cues: Cues) -> bool:
    """Whether :func:`indian_at` reads nothing at a word ``word`` of the folded text, by
    the word alone (no home towns, or no Latin spelling of the word names one).

    >>> from citydiplo._geo._cues import merged_cues
    >>> reads_no_town("बैठक", merged_cues("hi")), reads_no_town("पाटण", merged_cues("gu"))
    (True, False)
    """
    return not cues.home or (len(word) <= _LONGEST_WORD and not _tries(word, cues))


def indian_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """An Indian town written in Devanagari or Gujarati at ``folded[i:]`` that the gazetteer
    lacks, read by its Latin spellings (:func:`latin_spellings`); or nothing. ``read`` reads
    a key at ``folded[i:j]`` as ``find_places`` does; the caller keeps the mention only beside
    a strong mention of the town's country."""
    if not cues.home:
        return None  # a language official nowhere, or in several scripts: no home towns
    space = folded.find(" ", i)
    stop = len(folded) if space < 0 else space
    if stop - i <= _LONGEST_WORD:  # the word decides what may be read: kept per word
        tries = _tries(folded[i:stop], cues)
    else:
        tries = _word_tries(folded, i, cues)
    for j, tail, keys in tries:
        j += i
        frequent = folded[i:j] in _frequent()  # "झांसी": read only with a generic word on it
        if frequent and not cue_kinds(folded, i, j, tail, cues):
            continue
        places = places_read(keys, read, (i, j, tail, cues)) if keys else {}
        if not places:
            if frequent:
                continue
            foreign = foreign_city(folded[i:j], read, (i, j, tail, cues))
            if foreign is not None:
                return foreign, j
            continue
        place = next(iter(places.values()))
        if len(places) > 1 or place.country not in cues.home or place.kind is not PlaceKind.CITY:
            return None
        if (place.population or 0) < FLOOR:
            return None
        cued = bool(cue_kinds(folded, i, j, tail, cues))
        if not cued and place.subdivision not in subdivisions_named(folded):
            return None  # "मुख्य सचिव अंटोनी डिसा": a surname, not Deesa (Gujarat unnamed)
        return place, j
    return None


def home_cued(folded: str, i: int, place: Place, j: int, cues: Cues) -> bool:
    """Whether the town :func:`indian_at` read at ``folded[i:j]`` stands without a strong
    mention of its country: a home town of :data:`FLOOR` people or more written in
    Devanagari or Gujarati with a cue word on it ("ભરૂચ જિલ્લાના", of Bharuch district;
    "ડીસા તાલુકાના", of Deesa taluka). Local news names its district and taluka and
    seldom the state or India; the cue is the evidence a bare name lacks ("अंटोनी डिसा", a
    surname, is no Deesa).

    >>> from citydiplo import find_places
    >>> [m.place.name for m in find_places("ભરૂચ જિલ્લાના ઝઘડીયા ખાતે પોલીસ સ્ટેશન", lang="gu")]
    ['Bharūch']
    >>> [m.place.name for m in find_places("મુખ્ય સચિવ ભરૂચ આવ્યા", lang="gu")]
    []
    """
    if place.country not in cues.home or place.kind is not PlaceKind.CITY:
        return False
    if script(folded[i]) not in INDIC or (place.population or 0) < FLOOR:
        return False
    tail = word_tail(folded, i, j, cues)
    return tail is not None and bool(cue_kinds(folded, i, j, tail, cues))


_Try = tuple[int, str, tuple[str, ...]]  # (the name's length, its tail, its town keys)


def town_tries(word: str, cues: Cues) -> tuple[_Try, ...]:
    """The names a word (up to the next space, folded) may hold, longest first: each with
    its length, the particle or generic word after it and its Latin spellings that name a
    home town of :data:`FLOOR` people (frequent words included: the caller decides)."""
    return tuple(t for t in _tries(word, cues) if t[2])


@lru_cache(maxsize=65536)
def _tries(word: str, cues: Cues) -> tuple[_Try, ...]:
    """:func:`_word_tries` of a word (up to the next space), kept per word: what
    :func:`indian_at` reads there depends on the word alone, and words recur."""
    return _word_tries(word, 0, cues)


def _word_tries(folded: str, i: int, cues: Cues) -> tuple[_Try, ...]:
    """The names :func:`indian_at` tries at ``folded[i:]``, longest first: each with its
    length, the particle or generic word after it in its word and its Latin spellings that
    name a home town; a name with none of these nor of :func:`_foreign_keys` reads nothing,
    and is left out."""
    run = _RUN.match(folded, i, i + _LONGEST_NAME + 1)
    if run is None or run.end() - i > _LONGEST_NAME:
        return ()
    home = tuple(sorted(cues.home))
    out: list[_Try] = []
    for j in word_ends(folded, i, run.end(), cues):
        tail = word_tail(folded, i, j, cues)
        if tail is None:
            continue
        keys = _town_keys(folded[i:j], home)
        if keys or (j - i >= 4 and _foreign_keys(folded[i:j])):
            out.append((j - i, tail, keys))
    return tuple(out)


@lru_cache(maxsize=4)
def subdivisions_named(folded: str) -> frozenset[str]:
    """The subdivisions a name at some word of ``folded`` may name (keys of the gazetteer
    and of the extra names that start a word, particles glued or not), and those of the
    cities of :data:`FLOOR` people or more that a key names: a text that names Vadodara
    ("વડોદરા") is about Gujarat as much as one that names the state."""
    gz, more = gazetteer(), extras()
    found: set[str] = set()
    start = 0
    while start < len(folded):
        window = folded[start : start + _LONGEST_NAME * 3]
        for key in (*gz.prefixes(window), *more.prefixes(window)):
            postings = gz.postings(key)
            if postings is not None:
                found.update(postings.subdivisions)
                for row in (*postings.own, *postings.alternate):
                    sub = gz.subdivision_of(row) if gz.populations[row] >= FLOOR else None
                    found.update((sub,) if sub else ())
            found.update(more.subdivisions(key) if key in more else ())
        space = folded.find(" ", start)
        start = len(folded) if space < 0 else space + 1
    return frozenset(found)


def foreign_city(
    word: str,
    read: Callable[[int, int, str, str, Cues], Read],
    at: tuple[int, int, str, Cues],
) -> Place | None:
    """A city abroad of :data:`FOREIGN_FLOOR` people or more whose own Latin name (of
    :data:`FOREIGN_KEY` letters or more) the Devanagari or Gujarati ``word`` spells letter
    for letter (:func:`latin_spellings`), no other city sharing the spelling
    ("હામામાત્સુ": Hamamatsu), or ``None``; ``read`` reads a key at ``at``
    as ``find_places`` does, and the caller keeps the city only beside a strong mention of
    its country (a Japanese city in a text that names Japan).

    >>> from citydiplo import find_places
    >>> [m.place.name for m in find_places("જાપાનના હામામાત્સુ શહેર", lang="gu")]
    [None, 'Hamamatsu']
    >>> [m.text for m in find_places("जापान और इटली: मिलन समारोह", lang="hi")]
    ['जापान', 'इटली']
    """
    if len(word) < 4 or word in _frequent():
        return None
    keys = _foreign_keys(word)
    places = places_read(keys, read, at) if keys else {}
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    own = match_key(place.name or "") in keys  # the city's own name, letter for letter
    big = (place.population or 0) >= FOREIGN_FLOOR
    return place if place.kind is PlaceKind.CITY and big and own else None


@lru_cache(maxsize=65536)
def _foreign_keys(word: str) -> tuple[str, ...]:
    """The Latin spellings of ``word`` of :data:`FOREIGN_KEY` letters or more that are the
    own name of a city of :data:`FOREIGN_FLOOR` people or more (words recur)."""
    gz = gazetteer()
    return tuple(
        k
        for k in latin_spellings(word)
        if len(k) >= FOREIGN_KEY
        and (found := gz.postings(k)) is not None
        and any(gz.populations[r] >= FOREIGN_FLOOR for r in found.own)
    )
