"""Build ``src/citydiplo/_geo/data/surname_words.json``: the commonest words of the languages
whose countries' names are also given names (``given_name_countries`` of
``data/person_context.json``: Hebrew "ישראל", Persian "ایران", Hindi "भारत"), so that a word
written after such a name is taken for the person's surname only when it is none of them
(see :mod:`citydiplo._geo._given_surname`: "ישראל גנץ ... גנץ הוסיף" is Israel Gantz, but
"ישראל כולה ... ההתיישבות כולה" is all of Israel).

Source: the ``wordfreq`` package (pinned ``WORDFREQ``), the words of Zipf frequency >=
``ZIPF`` (about ten in a million words of running text), as match keys. Gujarati, which
wordfreq lacks, is read through the Hindi list letter for letter at run time.

Run: ``pip install wordfreq==3.1.1; python tools/build_surname_words.py``.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from _tool_io import require, write_json  # noqa: E402

from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "surname_words.json"
WORDFREQ = "3.1.1"
ZIPF = 4.0
LANGUAGES = ("fa", "he", "hi")


def build() -> dict[str, object]:
    import wordfreq

    words: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        keys = {
            match_key(w)
            for w, f in wordfreq.get_frequency_dict(lang).items()
            if math.log10(f) + 9 >= ZIPF
        }
        words[lang] = sorted(k for k in keys if k)
    return {
        "_source": (
            f"wordfreq {WORDFREQ}: the words of Zipf frequency >= {ZIPF}, as match keys; "
            "built by tools/build_surname_words.py"
        ),
        "words": words,
    }


def main() -> None:
    require("wordfreq", WORDFREQ)
    data = build()
    write_json(OUTPUT, data, indent=0)
    print({lang: len(w) for lang, w in data["words"].items()})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
