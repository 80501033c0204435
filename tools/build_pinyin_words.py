"""Build ``src/citydiplo/_geo/data/pinyin_words.json``: frequent Korean and Russian words
whose reading through the Korean or Russian spelling of Mandarin
(``citydiplo._geo._pinyin.pinyin_readings``) names a Chinese city, so that ``find_places``
never reads them as one ("지난", last, is Jinan; "시안", a draft, Xi'an).

A word is listed when its Zipf frequency in its language (wordfreq, pinned ``WORDFREQ``) is
at least ``ZIPF`` and exceeds by at least ``MARGIN`` the Zipf frequency in English of the
best known of its readings that name a Chinese city of ``MIN_CUED`` people: "지난" (5.3)
against "jinan" (2.6) is a word; "상하이" against "shanghai" is the city.

Run: ``pip install wordfreq==3.1.1; python tools/build_pinyin_words.py``.
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

from citydiplo._geo._pinyin import CHINA, MIN_CUED, pinyin_readings  # noqa: E402
from citydiplo._geo._translit import names_a_city_in  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

WORDFREQ = "3.1.1"
ZIPF = 3.0
MARGIN = 1.5
TABLES = {"ko": "hangul", "ru": "cyrillic"}
TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "pinyin_words.json"


def words(lang: str) -> list[str]:
    import wordfreq

    if metadata.version("wordfreq") != WORDFREQ:
        raise SystemExit(f"needs wordfreq {WORDFREQ}, found {metadata.version('wordfreq')}")
    listed = set()
    for word, frequency in wordfreq.get_frequency_dict(lang).items():
        zipf = math.log10(frequency) + 9
        key = match_key(word)
        if zipf < ZIPF or len(key) < 2:
            continue
        cities = [
            k for k in pinyin_readings(key, TABLES[lang]) if names_a_city_in(k, CHINA, MIN_CUED)
        ]
        if not cities:
            continue
        known = max(wordfreq.zipf_frequency(k, "en") for k in cities)
        if zipf >= known + MARGIN:
            listed.add(key)
    return sorted(listed)


def main() -> None:
    data = {
        "_about": (
            "Frequent Korean and Russian words whose reading through the Korean or Russian "
            f"spelling of Mandarin names a Chinese city: wordfreq {WORDFREQ}, Zipf >= {ZIPF} "
            f"and {MARGIN} above the city's pinyin name in English; built by "
            "tools/build_pinyin_words.py. find_places never reads them as Chinese names."
        ),
        **{table: words(lang) for lang, table in TABLES.items()},
    }
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True))
        out.write("\n")
    os.replace(tmp, TARGET)
    os.chmod(TARGET, 0o644)
    print({table: len(data[table]) for table in TABLES.values()})


if __name__ == "__main__":
    main()
