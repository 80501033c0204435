"""Add to ``src/citydiplo/_geo/data/hangul_japanese.json`` the Korean words that are no
Japanese names: frequent words whose romanization through the kana table is a Japanese
place ("나라", country, is Nara; "한다", does, is Handa; "사이", between, is Sai).

``find_places`` reads a Hangul word it does not know as a Japanese name when its
romanizations (``citydiplo._geo._translit``) name one place in Japan. A word is listed, and
never read so, when its Zipf frequency in Korean (wordfreq, pinned ``WORDFREQ``) is at least
``ZIPF`` and exceeds by at least ``MARGIN`` the Zipf frequency in English of the best known of
its romanizations that name a place: "도쿄" (Tokyo, by 0.4), "고베" (Kobe, 0.5), "구마모토"
(Kumamoto, 1.0) and "오사카" (Osaka, 1.1) are frequent in Korean because the places are
known, and stay; "나라" (country: Nara, by 2.6) and "기후" (climate: Gifu, 2.5) are listed.

Run: ``pip install wordfreq==3.1.1; python tools/build_hangul_japanese.py``.
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

from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._geo._translit import COUNTRY, romanizations  # noqa: E402

WORDFREQ = "3.1.1"
ZIPF = 3.0
MARGIN = 1.5
TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "hangul_japanese.json"


def _japanese(key: str) -> bool:
    """Whether the gazetteer key names a place in Japan (a city, or a subdivision)."""
    gz = gazetteer()
    found = gz.postings(key)
    if found is None:
        return False
    rows = (*found.own, *found.alternate)
    return any(gz.fields(row)[2] == COUNTRY for row in rows) or any(
        code.startswith(COUNTRY + "-") for code in found.subdivisions
    )


def words() -> list[str]:
    import wordfreq

    if metadata.version("wordfreq") != WORDFREQ:
        raise SystemExit(f"needs wordfreq {WORDFREQ}, found {metadata.version('wordfreq')}")
    english = wordfreq.get_frequency_dict("en")
    listed = set()
    for word, frequency in wordfreq.get_frequency_dict("ko").items():
        zipf = math.log10(frequency) + 9
        if zipf < ZIPF or len(word) < 2:
            continue
        keys = [key for key in romanizations(word) if _japanese(key)]
        if not keys:
            continue
        # the best known of its readings is what may explain the word's frequency
        fame = max(math.log10(english[key]) + 9 if key in english else 0.0 for key in keys)
        if zipf - fame >= MARGIN:
            listed.add(word)
    return sorted(listed)


def main() -> None:
    data = json.loads(TARGET.read_text("utf-8"))
    data["ordinary"] = words()
    data["_about_ordinary"] = (
        "'ordinary': Korean words that are no Japanese names, built by "
        f"tools/build_hangul_japanese.py from wordfreq {WORDFREQ} (Zipf >= {ZIPF} in Korean, "
        f"at least {MARGIN} above the English Zipf of the place's romanization)."
    )
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    os.replace(tmp, TARGET)
    print(len(data["ordinary"]), "words")


if __name__ == "__main__":
    main()
