"""Build ``src/citydiplo/_geo/data/han_mountains.json``: the frequent Chinese words of three
Han characters that end with 山 (mountain) while their first two are a place's name in the
gazetteer (alone or with 区, 市 or 县): "普陀山" (Mount Putuo, in Zhoushan) opens with 普陀
(Putuo district of Shanghai), "五台山" with 五台. A place read from the first two characters
of such a word, with 山 right after it, is the mountain's name, not the place.

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
LEVELS = ("", "区", "市", "县")  # the first two characters alone or with a level word


def main() -> None:
    require("wordfreq", WORDFREQ)
    from wordfreq import get_frequency_dict

    gz = gazetteer()
    words = sorted(
        match_key(word)
        for word, freq in get_frequency_dict("zh").items()
        if len(word) == 3
        and all(script(ch) == "CJK" for ch in word)
        and math.log10(freq * 1e9) >= ZIPF
        and word[2] == "山"
        and any(gz.postings(match_key(word[:2] + level)) is not None for level in LEVELS)
    )
    write_json(
        OUTPUT,
        {
            "_source": f"wordfreq {WORDFREQ}: Chinese words of three Han characters of Zipf "
            f"frequency >= {ZIPF} ending with 山 whose first two characters (alone or with "
            "区, 市 or 县) are a key of the gazetteer, as match keys; built by "
            "tools/build_han_mountains.py",
            "words": {"zh": sorted(set(words))},
        },
    )


if __name__ == "__main__":
    main()
