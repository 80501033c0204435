"""Build ``src/citydiplo/_geo/data/indic_words.json``: frequent Hindi and Gujarati words whose
Latin spellings (``citydiplo._geo._indic.latin_spellings``) name an Indian town, so that
``find_places`` never reads them as one ("सागर", ocean, spells Sagar; "कोटा", quota, Kota).

Sources: the ``wordfreq`` package (pinned ``WORDFREQ``; Hindi words of Zipf frequency ≥
``ZIPF``), the ``stopwordsiso`` package (pinned ``STOPWORDSISO``; the only source with
Gujarati), and each Hindi word written letter for letter in Gujarati (the two scripts share
their letters' Unicode names), since wordfreq has no Gujarati. A word is listed when one of
its spellings is a gazetteer key of a city in India of ``MIN_TOWN`` people or more, the word
itself is no gazetteer key (those are read as written), and its Hindi Zipf frequency is at
least ``MARGIN`` above the English Zipf frequency of that spelling: "सागर" (ocean, 4.6)
against "sagar" (2.9) is a word; "अमृतसर" against "amritsar" is the town. A word of Hindi
Zipf ``CEILING`` or more is one of the language's few thousand commonest words, whatever
the English frequency of the town it spells: "आनंद" (joy, 5.05) is a word although "Anand",
a given name, is frequent in English too; unless the town is a city of ``BIG_CITY`` people
or more, whose name is frequent because it is a big city's ("પુણે", Pune).

A word that ends in one of the place-name suffixes of Hindi and Gujarati (``SUFFIXES``:
-पुर/-પુર "town", -नगर/-નગર "city", -आबाद "settled", -गढ़/-ગઢ and -कोट/-કોટ "fort", -गंज
"market", -पत; the suffixes of Indo-Aryan toponymy as any account of Indian place names
lists them) after a stem of two letters or more is never listed: such a word is the town's
name, and it is frequent in Hindi because Hindi news names the town ("राजकोट", Rajkot;
"सीतापुर", Sitapur), not because it means something else.

Run: ``pip install wordfreq==3.1.1 stopwordsiso==0.7.1; python tools/build_indic_words.py``.
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

from citydiplo._geo._brahmic import parallel_key  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._geo._indic import MIN_TOWN, latin_spellings  # noqa: E402
from citydiplo._geo._places import candidates, city_place  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

WORDFREQ = "3.1.1"
STOPWORDSISO = "0.7.1"
ZIPF = 2.5
STOPWORD = 5.0  # the Zipf frequency a stop word without a count is given
MARGIN = 1.5  # a word this much more frequent in Hindi than its town's name in English
CEILING = 4.5  # a word this frequent in Hindi is a word, whatever its town's English frequency
BIG_CITY = 1_000_000  # ... unless it spells a city this big: "પુણે" is Pune
# place-name suffixes (Devanagari; each is also checked in Gujarati letters)
SUFFIXES = ("पुर", "पुरा", "नगर", "ाबाद", "गढ़", "गढ", "कोट", "गंज", "पत")
MIN_STEM = 2  # letters before the suffix
COUNTRY = "IN"
TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "indic_words.json"


def _words() -> dict[str, float]:
    import stopwordsiso
    import wordfreq

    for package, version in (("wordfreq", WORDFREQ), ("stopwordsiso", STOPWORDSISO)):
        if metadata.version(package) != version:
            raise SystemExit(f"needs {package} {version}")
    found: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("hi").items():
        zipf = math.log10(frequency) + 9
        if zipf >= ZIPF:
            found[match_key(word)] = max(zipf, found.get(match_key(word), 0.0))
    for word in (w for lang in ("hi", "gu") for w in stopwordsiso.stopwords(lang)):
        found[match_key(word)] = max(STOPWORD, found.get(match_key(word), 0.0))
    for word, zipf in list(found.items()):
        other = parallel_key(word)
        if other is not None:
            found[other] = max(zipf, found.get(other, 0.0))
    return {w: z for w, z in found.items() if w and gazetteer().postings(w) is None}


def _town_zipf(word: str) -> tuple[float, int] | None:
    """The highest English Zipf frequency of a spelling of ``word`` that names an Indian
    town, and the largest such town's population; ``None`` when none does."""
    import wordfreq

    best = None
    people = 0
    for key in latin_spellings(word):
        found = candidates(key)
        for row in (*found.own, *found.alternate):
            place = city_place(row, key)
            if place.country == COUNTRY and (place.population or 0) >= MIN_TOWN:
                zipf = wordfreq.zipf_frequency(key, "en")
                best = zipf if best is None else max(best, zipf)
                people = max(people, place.population or 0)
    return None if best is None else (best, people)


def _place_name_shaped(word: str) -> bool:
    """Whether ``word`` ends in a place-name suffix (:data:`SUFFIXES`, in Devanagari or in
    Gujarati letters) after a stem of :data:`MIN_STEM` letters or more."""
    suffixes = {*SUFFIXES, *(parallel_key(s) for s in SUFFIXES)} - {None}
    return any(word.endswith(s) and len(word) - len(s) >= MIN_STEM for s in suffixes if s)


def main() -> None:
    words = []
    for word, zipf in sorted(_words().items()):
        if _place_name_shaped(word):
            continue
        town = _town_zipf(word)
        if town is None:
            continue
        english, people = town
        if zipf >= english + MARGIN or (zipf >= CEILING and people < BIG_CITY):
            words.append(word)
    data = {
        "_about": (
            "Frequent Hindi and Gujarati words whose Latin spellings name an Indian town: "
            f"wordfreq {WORDFREQ} (Hindi, Zipf >= {ZIPF}), stopwordsiso {STOPWORDSISO} "
            "(Hindi, Gujarati) and the Hindi words written in Gujarati letters, "
            f"{MARGIN} Zipf above the town's Latin name in English or of Zipf {CEILING} or "
            "more, except words ending in a place-name suffix (-pur, -nagar, -kot...); built by "
            "tools/build_indic_words.py. find_places never reads them as transliterated towns."
        ),
        "words": words,
    }
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True))
        out.write("\n")
    os.replace(tmp, TARGET)
    os.chmod(TARGET, 0o644)
    print(len(words), "words")


if __name__ == "__main__":
    main()
