"""How far a place name found in running text can be trusted on its own.

Used by :func:`citydiplo._geo._find.find_places`: whether a mention is *weak* (it needs a
strong mention of its country elsewhere in the text), whether an accented one-word name
is the place's own spelling, and which words are generic (never places by themselves).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache

from citydiplo._geo._exonyms import exonym_of
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._spelled import subdivision_spelled, vietnamese_abroad
from citydiplo._geo._tone_marks import marks_name_another
from citydiplo._normalize import match_key

__all__ = [
    "STRONG_POPULATION",
    "accents_agree",
    "generic_tail",
    "generic_words",
    "own_name",
    "own_spelling",
    "previous_word",
    "script",
    "weak",
    "whole_word",
]

STRONG_POPULATION = 100_000
LOOKBACK = 40  # characters looked at before a name


@lru_cache(maxsize=8192)  # asked about a thousand times per article, of a few letters
def script(ch: str) -> str:
    """The Unicode script name of a character's first word ("LATIN", "CJK", "HANGUL");
    empty for no character (the end of a text)."""
    return unicodedata.name(ch, "").split(" ")[0] if len(ch) == 1 else ""


def own_name(place: Place, key: str) -> bool:
    return match_key(place.name or "") == key


def own_spelling(place: Place, key: str, span: str = "") -> bool:
    """Whether a short ``key`` is as good as the place's own name: it is, or it names a city
    of a million or more in the (non-Latin) script of its country: Russian "Уфа" for
    GeoNames' "Ufa"; not "Ага" (aha), an alternate name of Aginskoye, nor Latin "The". A
    short ``span`` written all in capitals is a word of a text in capitals or an acronym
    ("MINUTES OF THE BOARD", "OF District V" is no Of, Turkey), unless the city is big
    (:data:`STRONG_POPULATION`): "ULM", "HUE"."""
    if len(span) > 1 and span.isupper() and (place.population or 0) < STRONG_POPULATION:
        return False
    if own_name(place, key):
        return True
    if not key or script(key[0]) == "LATIN" or (place.population or 0) < 1_000_000:
        return False
    codes = _SCRIPT_CODES.get(script(key[0]), ())
    return any(code in _country_scripts().get(place.country, ()) for code in codes)


def weak(place: Place, key: str, cued: bool, home: frozenset[str] = frozenset()) -> bool:
    """Whether a mention needs a strong mention of its country elsewhere in the text.

    Without a cue word: a subdivision (unless the name is also its city of a million or
    more: "东京", Tokyo, or it lies in a ``home`` country of the text's language and is named
    in its script: Gujarati "ગુજરાત", unless a longer name of it starts with the name,
    "ઉત્તર", north, of "ઉત્તર પ્રદેશ"); a one-word city under :data:`STRONG_POPULATION`;
    a one-word city named by an alternate name (an exonym, a transliteration) under a
    million ("מוביל" is Hebrew for "leading" and Mobile, Alabama). With one: a one-word
    city named by an alternate name under :data:`STRONG_POPULATION` (Persian "حزب شهر
    بیان", "the city party committee stated", is no Bayān, Kuwait), unless the city lies in
    one of the ``home`` countries of the text's language and is named in their script: a
    Japanese text's "四万十市" is as good as Shimanto's own name. A subdivision named by a
    direction only (:func:`compass`) is weak even with a cue word ("استان شرق").
    """
    # GeoNames names are in Latin letters: a name in the script of the city's own country
    # (Краснодар, Душанбе, 서울) is as good as its own name
    scripts = _country_scripts().get(place.country, ())
    codes = _SCRIPT_CODES.get(script(key[0]), ()) if key else ()
    own_script = any(code in scripts for code in codes)
    if place.kind is PlaceKind.SUBDIVISION and compass(place.subdivision):
        return True  # Persian "شرق", "east", is no region East of Cameroon alone
    if place.kind is PlaceKind.SUBDIVISION:
        at_home = home_subdivision(place, key, home)  # Gujarati "ગુજરાત"
        return not cued and not at_home and not _big_namesake(key, place.subdivision)
    if place.kind is not PlaceKind.CITY or " " in key:
        return False
    population = place.population or 0
    own_name = match_key(place.name or "") == key
    if cued:
        at_home = place.country in home and own_script
        return not own_name and not at_home and population < STRONG_POPULATION
    own_name = own_name or own_script
    return population < STRONG_POPULATION or (not own_name and population < 1_000_000)


def home_subdivision(place: Place, key: str, home: frozenset[str]) -> bool:
    """Whether ``key`` names subdivision ``place`` of one of the ``home`` countries of the
    text's language in their script, by a whole name: "ગુજરાત", "बिहार"; not "ઉત્તર"
    (north), which cuts CLDR's "ઉત્તર પ્રદેશ" (Uttar Pradesh) short, nor Hindi "मध्य"
    (middle), read through Gujarati "મધ્ય", a cut of "મધ્ય પ્રદેશ" (Madhya Pradesh)."""
    from citydiplo._geo._brahmic import parallel_key
    from citydiplo._geo._extra import extras

    if place.kind is not PlaceKind.SUBDIVISION or place.country not in home or not key:
        return False
    scripts = _country_scripts().get(place.country, ())
    if not any(code in scripts for code in _SCRIPT_CODES.get(script(key[0]), ())):
        return False
    code = place.subdivision or ""
    other = parallel_key(key)  # a Devanagari word read by its Gujarati letter-for-letter form
    cut = extras().longer_name_of(key, code) or (
        other is not None and extras().longer_name_of(other, code)
    )
    return not cut


def compass(subdivision: str | None) -> bool:
    """Whether a subdivision's name is only a direction ("East", "Norte"): see
    ``data/compass_words.json``."""
    return subdivision is not None and subdivision in _compass_subdivisions()


@cache
def _compass_subdivisions() -> frozenset[str]:
    import pycountry

    from citydiplo._geo._data import load_json

    words = set(load_json("compass_words.json")["words"])
    found = set()
    for sub in pycountry.subdivisions:
        parts = match_key(sub.name).replace("-", " ").split()
        if parts and all(p in words for p in parts):
            found.add(sub.code)
    return frozenset(found)


@lru_cache(maxsize=8192)
def _big_namesake(key: str, subdivision: str | None) -> bool:
    """Whether ``key`` also names a city of a million or more inside ``subdivision``."""
    from citydiplo._geo._extra import subdivision_of
    from citydiplo._geo._gazetteer import gazetteer
    from citydiplo._geo._hierarchy import related

    gz = gazetteer()
    found = gz.postings(key)
    if found is None or subdivision is None:
        return False
    return any(
        gz.populations[row] >= 1_000_000 and related(subdivision_of(row), subdivision)
        for row in (*found.own, *found.alternate)
    )


_SCRIPT_CODES = {
    "LATIN": ("Latn",),
    "CYRILLIC": ("Cyrl",),
    "HANGUL": ("Kore", "Hang"),
    "CJK": ("Hans", "Hant", "Hani", "Jpan", "Kore"),
    "HIRAGANA": ("Jpan",),
    "KATAKANA": ("Jpan",),
    "HEBREW": ("Hebr",),
    "ARABIC": ("Arab",),
    "DEVANAGARI": ("Deva",),
    "GUJARATI": ("Gujr",),
    "GREEK": ("Grek",),
}


@cache
def _country_scripts() -> dict[str, tuple[str, ...]]:
    """Country -> the ISO 15924 scripts of its languages (CLDR via Babel): the script of its
    most likely language, then those of the languages CLDR gives an official status there
    (national or regional) spoken by at least 1 % of its people: "RU" -> ("Cyrl",), "IN" ->
    ("Deva", "Beng", ..., "Gujr", ...), so that a Gujarati name of an Indian city is one of
    its own names."""
    from babel.core import get_global

    likely: Mapping[str, str] = get_global("likely_subtags")
    spoken: Mapping[str, Mapping[str, Mapping[str, object]]] = get_global("territory_languages")
    scripts: dict[str, tuple[str, ...]] = {}
    for tag, full in likely.items():
        if tag.startswith("und_") and len(tag) == 6 and tag[4:].isupper():
            parts = full.split("_")
            if len(parts) == 3:
                scripts[tag[4:]] = (parts[1],)
    for country, languages in sorted(spoken.items()):
        found = list(scripts.get(country, ()))
        for lang, info in sorted(languages.items()):
            share = info.get("population_percent", 0)
            if not info.get("official_status") or not isinstance(share, float | int):
                continue
            if share < 1:
                continue
            lang_script = _script_of(lang, likely)
            # Latin names are GeoNames' own (the rule reads them by name, not by script)
            if lang_script not in (None, "Latn") and lang_script not in found:
                found.append(lang_script)
        if found:
            scripts[country] = tuple(found)
    return scripts


def _script_of(lang: str, likely: Mapping[str, str]) -> str | None:
    """The script of a CLDR language tag: its own ("sd_Deva") or its likely one ("gu")."""
    parts = lang.split("_")
    if len(parts) > 1 and len(parts[1]) == 4:
        return parts[1]
    full = likely.get(parts[0], "").split("_")
    return full[1] if len(full) == 3 else None


@cache
def generic_words() -> frozenset[str]:
    """Every cue word of every language: "City" or "Province" alone is no place."""
    from citydiplo._geo._cues import cues
    from citydiplo._geo._languages import available

    words: set[str] = set()
    for lang in available():
        c = cues(lang)
        words.update(w for w, _ in (*c.before, *c.after, *c.attached_after))
    return frozenset(words)


@cache
def _romanized_words() -> frozenset[str]:
    from citydiplo._geo._data import load_json
    from citydiplo._geo._languages import available

    words: set[str] = set()
    for lang in available():
        words.update(match_key(w) for w in load_json(f"cues/{lang}.json")["romanized_after"])
    return frozenset(w for w in words if w)


@lru_cache(maxsize=8192)
def generic_tail(key: str) -> bool:
    """Whether a name ends with a generic word of some language, written apart or in
    romanised form ("boeun gun", "orange county") or attached in Korean ("보은군"), or opens
    with one and "of" ("state of wisconsin": an alternate name that holds its cue)."""
    from citydiplo._geo._cues import cues

    last = key.rsplit(" ", 1)[-1]
    if " " in key and (last in generic_words() or last in _romanized_words()):
        return True
    head, of, _ = key.partition(" of ")
    if of and head in generic_words():
        return True
    return any(key.endswith(word) and len(key) > len(word) for word, _ in cues("ko").attached_after)


_OPENING = frozenset('([{«“„"')


def previous_word(text: str, start: int) -> tuple[str, int]:
    """The word before ``text[start:]`` (at most ``LOOKBACK`` characters back), from after an
    opening bracket or quote written on it: "황선짜(Hoàng Sơn Trà)" has "Hoàng" before "Sơn"."""
    floor = max(0, start - LOOKBACK)
    k = start
    while k > floor and text[k - 1] == " ":
        k -= 1
    m = k
    while m > floor and not text[m - 1].isspace() and text[m - 1] not in _OPENING:
        m -= 1
    return text[m:k], m


def whole_word(folded: str, i: int, j: int) -> str:
    """The folded word that holds ``folded[i:j]`` (with its prefix letters and particles)."""
    start = folded.rfind(" ", 0, i) + 1
    end = folded.find(" ", j)
    return folded[start : len(folded) if end < 0 else end]


def accents_agree(
    span: str,
    key: str,
    place: Place,
    titles: frozenset[str] = frozenset(),
    home: frozenset[str] = frozenset(),
) -> bool:
    """A one-word name written with accents must be the place's own name, accents included:
    folding "Chủ" (Vietnamese "chairman") gives the key of the town Chũ, and "Bí" that of
    Belgium ("Bỉ"). A longer name whose first word is a person's title written with its
    accents (``titles``, as match keys) names a place abroad only if it is no person: "Bà Hà
    [Nội Thu Trang]" is Mrs Hà, not Al Bahah; "Bà Rịa" (at ``home``) stays a place. A
    romanised Chinese name of a place outside China (:func:`pinyin_alternate`) is a
    person's name in Latin text: "Li Wei" is no Lévis."""
    if script(span[:1]) != "LATIN":
        return True
    if " " in key and pinyin_alternate(key, place):
        return False
    if span.isascii():
        return True
    if vietnamese_abroad(span, place.country, home):  # "Hoàng Sơn Trà" (a person) in Korean
        return False
    if " " in key:
        first = span.split(" ", 1)[0]
        if marks_name_another(span, key, place):  # "Phù Yên" (Sơn La) is no "Phú Yên"
            return False
        return first.isascii() or place.country in home or match_key(first) not in titles
    written = unicodedata.normalize("NFC", span).casefold()
    if place.kind is PlaceKind.COUNTRY:
        return written in _country_spellings().get(place.country, frozenset())
    if exonym_of(span, place.subdivision):  # "Sa Vẳn Na Khẹt": Savannakhet (_exonyms)
        return True
    if place.kind is PlaceKind.SUBDIVISION:  # "Văn" (office) is no Van province, Turkey
        return subdivision_spelled(span, place.subdivision, place.name)
    return written == unicodedata.normalize("NFC", place.name or "").casefold()


@cache
def _country_spellings() -> dict[str, frozenset[str]]:
    """Every name of every country, case-folded but with its accents (CLDR in the ten
    languages, pycountry, the aliases file)."""
    from citydiplo._geo._countries import _records
    from citydiplo._geo._data import LANGUAGES, babel_territories, load_json

    names: dict[str, set[str]] = {}

    def add(code: str, name: str) -> None:
        names.setdefault(code, set()).add(unicodedata.normalize("NFC", name).casefold())

    for code, english in _records().items():
        for name in english:
            add(code, name)
    for lang in ("en", *LANGUAGES):
        for table in babel_territories(lang):
            for code, name in table.items():
                add(code, name)
    for code, aliases in load_json("country_aliases.json")["aliases"].items():
        for name in aliases:
            add(code, name)
    return {code: frozenset(found) for code, found in names.items()}


_CHINESE_NAMED = frozenset({"CN", "TW", "HK", "MO", "SG"})  # places named in Mandarin


def pinyin_alternate(key: str, place: Place) -> bool:
    """Whether ``key`` is an alternate name of ``place`` made of Mandarin syllables written
    apart (GeoNames' romanisation of a Chinese transcription, "li wei" for Lévis), the place
    lying where Chinese does not name places: Latin-script news writes the place's own name,
    so such a key in a text is a Chinese person's name.

    >>> levis = Place(text="Li Wei", country="CA", kind=PlaceKind.CITY, name="Lévis")
    >>> pinyin_alternate("li wei", levis), pinyin_alternate("levis", levis)
    (True, False)
    >>> pinyin_alternate("xi an", Place(text="Xi An", country="CN", kind=PlaceKind.CITY))
    False
    """
    words = key.split(" ")
    if place.country in _CHINESE_NAMED or len(words) < 2 or match_key(place.name or "") == key:
        return False
    return all(word in _syllables() for word in words)


@cache
def _syllables() -> frozenset[str]:
    from citydiplo._geo._data import load_json

    return frozenset(load_json("pinyin_scripts.json")["cyrillic"])
