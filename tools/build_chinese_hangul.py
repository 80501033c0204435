"""Build ``src/citydiplo/_geo/data/chinese_hangul.json``: Chinese places by the Sino-Korean
reading of their names in Han characters.

Korean news often writes a Chinese place by reading its Han characters in Korean ("동관시",
東莞市, Dongguan; "산동성", 山東省; "지주시", 池州市) rather than by the Korean spelling of
its Mandarin name ("둥관시", "산둥성", "츠저우시") that GeoNames has. This table maps each
reading to the names in Han characters it reads: every key of the gazetteer (and of the
extra names) written in Han characters that names a subdivision of China or a Chinese city
of at least ``MIN_POPULATION`` people, read character by character with
``data/han_hangul.json`` (Unihan's ``kHangul``; see ``build_han_hangul.py``).
``find_places`` reads such a name back only in a text that names China strongly, and only
when one Chinese place answers (``citydiplo._geo._translit.chinese_in_hangul_at``).

Run: ``python tools/build_chinese_hangul.py`` (after ``build_gazetteer.py``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._geo._translit import hangul_readings  # noqa: E402

MIN_POPULATION = 100_000
TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "chinese_hangul.json"


def _han(key: str) -> bool:
    return 2 <= len(key) <= 6 and all(
        unicodedata.name(ch, "").startswith("CJK UNIFIED") for ch in key
    )


def table() -> dict[str, list[str]]:
    """Hangul reading -> the Han keys it reads (sorted)."""
    gz = gazetteer()
    found: dict[str, set[str]] = {}
    for key in gz._trie.keys():  # noqa: SIM118 (the build reads the whole index)
        if not _han(key):
            continue
        postings = gz.postings(key)
        if postings is None:
            continue
        chinese = any(s.startswith("CN-") for s in postings.subdivisions) or any(
            gz.country_of(r) == "CN" and gz.populations[r] >= MIN_POPULATION
            for r in (*postings.own, *postings.alternate)
        )
        if not chinese:
            continue
        for reading in hangul_readings(key):
            found.setdefault(reading, set()).add(key)
    return {reading: sorted(keys) for reading, keys in sorted(found.items())}


def main() -> None:
    data = {
        "_about": (
            "Chinese places by the Sino-Korean reading of their names in Han characters "
            "(Korean news: '동관시' for 東莞市, Dongguan): Hangul reading -> the gazetteer's "
            "Han keys that name a subdivision of China or a Chinese city of at least "
            f"{MIN_POPULATION:,} people, read by Unihan's kHangul (data/han_hangul.json). "
            "Built by tools/build_chinese_hangul.py from the gazetteer."
        ),
        "readings": table(),
    }
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, suffix=".tmp")
    os.chmod(tmp, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, TARGET)
    print(f"{len(data['readings'])} readings -> {TARGET}")


if __name__ == "__main__":
    main()
