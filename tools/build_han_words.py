"""Build ``src/citydiplo/_geo/data/han_words.json``: the frequent two-character words of
Chinese, so that a small town's name read from the second character of such a word is known
to straddle it ("地方城市", local cities, holds "方城市": Fangcheng, Henan, with its 市).

Source: the ``wordfreq`` package (pinned ``WORDFREQ``), Chinese words of two Han characters
of Zipf frequency >= ``ZIPF`` (about thirty in a million words), as match keys. Used by
:mod:`citydiplo._geo._han_straddle`.

Run: ``pip install wordfreq==3.1.1; python tools/build_han_words.py``.
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

from citydiplo._geo._evidence import script  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "han_words.json"
WORDFREQ = "3.1.1"
ZIPF = 4.5


def build() -> dict[str, object]:
    import wordfreq

    words = set()
    for word, frequency in wordfreq.get_frequency_dict("zh").items():
        han = len(word) == 2 and all(script(ch) == "CJK" for ch in word)
        if han and math.log10(frequency) + 9 >= ZIPF and len(match_key(word)) == 2:
            words.add(match_key(word))
    return {
        "_source": (
            f"wordfreq {metadata.version('wordfreq')}: Chinese words of two Han characters "
            f"of Zipf frequency >= {ZIPF}, as match keys; built by tools/build_han_words.py"
        ),
        "words": {"zh": sorted(words)},
    }


def main() -> None:
    require("wordfreq", WORDFREQ)
    data = build()
    write_json(OUTPUT, data, indent=1)
    print({lang: len(w) for lang, w in data["words"].items()})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
