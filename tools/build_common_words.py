"""Build ``src/citydiplo/_extract/data/common_words.json``: frequent words of the languages
written without capitals that name no place, so that a place marker beside one of them
("שהעיר הגרמנית", the German city; "شهر بسیار", a very ... city; "अमेरिकी शहर", an American
city) is read as no name (see :mod:`citydiplo._extract._noparty`).

Sources: the ``wordfreq`` package (pinned ``WORDFREQ``; words of Zipf frequency >= ``ZIPF``,
about ten in a million words of running text) and the ``stopwordsiso`` package (pinned
``STOPWORDSISO``; the only source with Gujarati). A word is listed when neither it nor it
without one of its language's prefix letters (extraction cue data ``script.prefixes``)
names a place in the gazetteer (GeoNames cities, CLDR subdivisions and countries): "אילת"
(Eilat) and "کربلا" (Karbala) are frequent words and places, so they are never listed. Only
languages written without capitals whose place markers stand apart from the name (a space
between "שהעיר" and its name) are listed; in the others a capital or an attached marker
tells a name.

Run: ``pip install wordfreq==3.1.1 stopwordsiso==0.7.1; python tools/build_common_words.py``.
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
import unicodedata
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citydiplo._extract._cues import cues  # noqa: E402
from citydiplo._geo._places import candidates  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_extract" / "data" / "common_words.json"
LANGUAGES = ("he", "fa", "hi", "gu")
WORDFREQ = "3.1.1"
STOPWORDSISO = "0.7.1"
ZIPF = 4.0


def _frequent(lang: str) -> set[str]:
    import stopwordsiso
    import wordfreq

    try:
        table = wordfreq.get_frequency_dict(lang)
    except LookupError:
        table = {}
    words = {w for w, f in table.items() if math.log10(f) + 9 >= ZIPF}
    words |= set(stopwordsiso.stopwords(lang))
    return {w for w in words if len(w) >= 2 and all(
        unicodedata.category(ch)[0] in "LM" or ch in "\u200c\u05f3\"'" for ch in w)}


def _names_a_place(word: str, prefixes: tuple[str, ...]) -> bool:
    forms = [word, *(word[len(p):] for p in prefixes if word.startswith(p))]
    for form in forms:
        key = match_key(form)
        if key and len(form) >= 2 and candidates(key):
            return True
    return False


def build() -> dict[str, object]:
    from citydiplo._geo._evidence import script

    words: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        prefixes = tuple(cues(lang)["script"]["prefixes"])
        keep = set()
        for word in _frequent(lang):
            if script(word[0]) in ("LATIN", "DIGIT"):  # borrowed: not the language's
                continue
            if not _names_a_place(word, prefixes):
                keep.add(match_key(word))
        words[lang] = sorted(w for w in keep if w)
    return {
        "_source": (
            f"wordfreq {metadata.version('wordfreq')} (words of Zipf frequency >= {ZIPF}) "
            f"and stopwordsiso {metadata.version('stopwordsiso')}, without every word that, "
            "alone or without a prefix letter, names a place of the gazetteer; built by "
            "tools/build_common_words.py"
        ),
        "words": words,
    }


def main() -> None:
    for name, pinned in (("wordfreq", WORDFREQ), ("stopwordsiso", STOPWORDSISO)):
        if metadata.version(name) != pinned:
            raise SystemExit(f"{name} {pinned} is required, not {metadata.version(name)}")
    data = build()
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    fd, tmp = tempfile.mkstemp(dir=OUTPUT.parent, prefix=OUTPUT.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, OUTPUT)
    print({lang: len(w) for lang, w in data["words"].items()})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
