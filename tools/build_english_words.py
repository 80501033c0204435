"""Build ``src/citydiplo/_geo/data/english_words.json``: the frequent English words of at
least seven letters, so that a name the text repeats is read as the one place of that name
only when it is no such word ("International", capitalised in "Sister Cities International",
is also a hamlet; "Invercargill" and "Scunthorpe" are no words). Used by
:mod:`citydiplo._geo._repeated`.

Source: the ``wordfreq`` package (pinned ``WORDFREQ``), English words of Zipf frequency >=
``ZIPF`` (about three in a million words) written in the letters a-z, as match keys.

Run: ``pip install wordfreq==3.1.1; python tools/build_english_words.py``.
"""

from __future__ import annotations

import math
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from _tool_io import require, write_json  # noqa: E402

from citydiplo._geo._repeated import MIN_LETTERS  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "english_words.json"
WORDFREQ = "3.1.1"
ZIPF = 3.5


def build() -> dict[str, object]:
    import wordfreq

    words = set()
    for word, frequency in wordfreq.get_frequency_dict("en").items():
        key = match_key(word)
        long_word = len(key) >= MIN_LETTERS and key.isascii() and key.isalpha()
        if long_word and math.log10(frequency) + 9 >= ZIPF:
            words.add(key)
    return {
        "_source": (
            f"wordfreq {metadata.version('wordfreq')}: English words of at least {MIN_LETTERS} "
            f"letters a-z of Zipf frequency >= {ZIPF}, as match keys; built by "
            "tools/build_english_words.py"
        ),
        "words": {"en": sorted(words)},
    }


def main() -> None:
    require("wordfreq", WORDFREQ)
    data = build()
    write_json(OUTPUT, data, indent=0)
    print({lang: len(w) for lang, w in data["words"].items()})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
