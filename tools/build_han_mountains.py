"""Build ``src/citydiplo/_geo/data/han_mountains.json``: the frequent Chinese words of three
Han characters that end with a landform character (山 mountain, 岭 ridge, 峰 peak, 湖 lake,
江 and 河 river) and hold a place's name of the gazetteer (alone or with 区, 市 or 县) in two
of their characters:

- ``words``: the first two ("普陀山", Mount Putuo, opens with 普陀, Putuo district of
  Shanghai; "黄浦江", the Huangpu river, with 黄浦). A place read from the first two
  characters of such a word, with its landform character right after, is the landform.
- ``closing``: the last two, when the whole word is no place of the gazetteer ("峨眉山",
  Mount Emei, ends with 眉山, Meishan; "孙中山", Sun Yat-sen, with 中山). A place read from
  the last two characters of such a word, the first one right before it, names no place.

Source: the ``wordfreq`` package (pinned ``WORDFREQ``), Chinese words of three Han
characters of Zipf frequency >= ``ZIPF``, and the shipped gazetteer's keys. Used by
:mod:`citydiplo._geo._han_mountains`.

Run: ``pip install wordfreq==3.1.1; python tools/build_han_mountains.py``.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from _tool_io import require, write_json  # noqa: E402

from citydiplo._geo._evidence import script  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "han_mountains.json"
WORDFREQ = "3.1.1"
ZIPF = 2.5
LEVELS = ("", "区", "市", "县")  # the two characters alone or with a level word
LANDFORMS = "山岭峰湖江河"  # mountain, ridge, peak, lake, river, river


def main() -> None:
    require("wordfreq", WORDFREQ)
    from wordfreq import get_frequency_dict

    gz = gazetteer()

    def place(name: str) -> bool:
        return any(gz.postings(match_key(name + level)) is not None for level in LEVELS)

    frequent = [
        word
        for word, freq in get_frequency_dict("zh").items()
        if len(word) == 3
        and all(script(ch) == "CJK" for ch in word)
        and math.log10(freq * 1e9) >= ZIPF
        and word[2] in LANDFORMS
    ]
    opening = sorted({match_key(w) for w in frequent if place(w[:2])})
    closing = sorted({match_key(w) for w in frequent if place(w[1:]) and not place(w)})
    write_json(
        OUTPUT,
        {
            "_source": f"wordfreq {WORDFREQ}: Chinese words of three Han characters of Zipf "
            f"frequency >= {ZIPF} ending with a landform character ({LANDFORMS}) whose first "
            "two characters (words) or last two (closing; the whole word being no place) are, "
            "alone or with 区, 市 or 县, a key of the gazetteer, as match keys; built by "
            "tools/build_han_mountains.py",
            "landforms": {"zh": LANDFORMS},
            "words": {"zh": opening},
            "closing": {"zh": closing},
        },
    )


if __name__ == "__main__":
    main()
