"""Build ``src/citydiplo/_geo/data/function_words.json``: the function words of each
language written without capitals that are also place names (Hindi "और", "and", is a
subdivision of the Marshall Islands; Persian "دو", "two", a name of Jahrom).

A function word is one of the ``stopwordsiso`` list of its language (pinned
``STOPWORDSISO``) that ``tools/build_ordinary_words.py`` ranks as needing a cue word (no
country, no city of a million or more, no place of a country where the language is spoken,
unless the word is very frequent). ``find_places`` never reads such a word as a place, not
even beside a generic word: "ग्वांगडोंग प्रांत और गुजरात" (Guangdong province and Gujarat) is
no province "और", the generic word being the previous name's.

Run: ``pip install wordfreq==3.1.1 stopwordsiso==0.7.1; python tools/build_function_words.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import build_ordinary_words as ordinary  # noqa: E402

from citydiplo._geo._cues import cues  # noqa: E402
from citydiplo._geo._evidence import script  # noqa: E402
from citydiplo._geo._places import candidates  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "function_words.json"


def build() -> dict[str, object]:
    import stopwordsiso

    words: dict[str, list[str]] = {}
    for lang in ordinary.LANGUAGES:
        if cues(lang).cased:  # elsewhere a capital tells a name from a word
            continue
        native = ordinary._native(lang)
        frequent = ordinary._frequent(lang)
        found = set()
        for stop in stopwordsiso.stopwords(lang):
            word = match_key(stop)
            if not word or script(word[0]) in ("LATIN", "DIGIT"):
                continue
            zipf = frequent.get(word, ordinary.VERY)
            for form in ordinary._forms(word, lang):
                if candidates(form) and ordinary._tier(form, native, zipf) == 2:
                    found.add(form)
        words[lang] = sorted(found)
    return {
        "_source": (
            f"stopwordsiso {metadata.version('stopwordsiso')} (function words) and wordfreq "
            f"{metadata.version('wordfreq')}, filtered as tools/build_ordinary_words.py does "
            "to words that name only small places abroad; built by tools/build_function_words.py"
        ),
        "words": words,
    }


def main() -> None:
    for name, pinned in (("wordfreq", ordinary.WORDFREQ), ("stopwordsiso", ordinary.STOPWORDSISO)):
        if metadata.version(name) != pinned:
            raise SystemExit(f"{name} {pinned} is required, not {metadata.version(name)}")
    data = build()
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(dir=OUTPUT.parent, prefix=OUTPUT.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, OUTPUT)
    print({lang: len(w) for lang, w in data["words"].items()})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
