"""Build ``src/citydiplo/_geo/data/home_words.json``: frequent words of a language that are
also the name, in that language's script, of a small place of a country where the language
is spoken, whose fame does not explain the word's frequency (Chinese "合作", "cooperation",
is Hezuo, Gansu; "友好", "friendly", is Youhao, Heilongjiang; "胜利", "victory", names
several towns of China).

``tools/build_ordinary_words.py`` leaves such words readable as any name (a place of a
country where the language is spoken), and a generic word written on them ("合作区", a
cooperation zone; "友好郡市", friendly counties and cities) made them read as places. This
list makes them *home words* in ``find_places``: read only where the text also names the
place's own subdivision (:mod:`citydiplo._geo._home_words`). A word is listed when

* its Zipf frequency in the language (wordfreq, pinned ``WORDFREQ``) is at least
  ``HOME_ZIPF`` (about six in a million words), it is written in the language's own script (not
  Latin letters), and it is listed in neither list of ``ordinary_words.json`` (those need a
  cue word already);
* it names no country, no subdivision and no city of a million or more, and some place it
  names lies in a country where the language is spoken (CLDR territory languages via
  Babel, script variants such as ``zh_Hant`` included);
* its frequency exceeds by at least ``MARGIN`` the Zipf frequency in English of the best
  known Latin-script name of the places it names (as ``tools/build_namesake_words.py``
  measures it): "合作" (5.5 in Chinese) is Hezuo (about 1 in English) and is listed;
  "温州" (4.1) is Wenzhou (2.6) and stays.

Only Chinese is listed (``HOME_LANGUAGES``): the frequent names of small Japanese and Korean
places are mostly surnames ("小林", "山田") and places news names as places ("上野",
"공주"), which other checks handle.

Run: ``pip install wordfreq==3.1.1 stopwordsiso==0.7.1; python tools/build_home_words.py``.
"""

from __future__ import annotations

import json
import math
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from _tool_io import require, write_json  # noqa: E402
from build_namesake_words import _english_zipf, _latin_names, _native, _word  # noqa: E402
from build_ordinary_words import LANGUAGES, WORDFREQ, _frequent  # noqa: E402

from citydiplo._geo._cues import cues  # noqa: E402
from citydiplo._geo._evidence import script  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._geo._places import candidates  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "home_words.json"
ORDINARY = ROOT / "src" / "citydiplo" / "_geo" / "data" / "ordinary_words.json"
MARGIN = 2.5
HOME_ZIPF = 3.75  # "来宾" (guests, 3.78) is Laibin, Guangxi
BIG_CITY = 1_000_000
HOME_LANGUAGES = ("zh",)


def build() -> dict[str, object]:
    import wordfreq

    english = wordfreq.get_frequency_dict("en")
    ordinary = json.loads(ORDINARY.read_text("utf-8"))
    gz = gazetteer()
    latin = _latin_names()
    home: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        home[lang] = []
        if lang not in HOME_LANGUAGES or cues(lang).cased:  # a capital tells a name from a word
            continue
        native = _native(lang)
        listed = {match_key(w) for part in ("words", "weak") for w in ordinary[part][lang]}
        for word, zipf in sorted(_frequent(lang).items()):
            if zipf < HOME_ZIPF or word in listed or script(word[0]) in ("LATIN", "DIGIT"):
                continue
            found = candidates(word)
            if not found or found.countries or found.subdivisions or not found.cities:
                continue
            if any(gz.population(r) >= BIG_CITY for r in found.cities):
                continue
            if not {gz.country_of(r) for r in found.cities} & native:
                continue
            names = [gz.fields(r)[1] for r in found.cities]
            fame = max(_english_zipf(n, english) for n in names)
            single = [match_key(n) for r in found.cities for n in latin[gz.fields(r)[0]]]
            fame = max([fame, *(math.log10(english[k]) + 9 for k in single if _word(k, english))])
            if zipf - fame >= MARGIN:
                home[lang].append(word)
    return {
        "_source": (
            f"wordfreq {metadata.version('wordfreq')} (words of Zipf frequency >= {HOME_ZIPF}, "
            f"at least {MARGIN} above the English frequency of the names of the places "
            "they name, places of a country where the language is spoken), GeoNames via the "
            "gazetteer, CLDR territory languages (Babel); built by tools/build_home_words.py"
        ),
        "home": home,
    }


def main() -> None:
    require("wordfreq", WORDFREQ)
    data = build()
    write_json(OUTPUT, data, indent=1)
    print({lang: len(w) for lang, w in data["home"].items()})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
