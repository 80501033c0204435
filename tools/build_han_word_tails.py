"""Build ``src/citydiplo/_geo/data/han_word_tails.json``: the Chinese words of three Han
characters whose last two are a city's name in the gazetteer while the whole word is none
("五台山", Mount Wutai, ends with 台山, Taishan; "邓小平" with 小平, Kodaira; "长白山" with
白山, Baishan), so that a town read from the second character of such a word is known to
be part of it.

Source: the ``wordfreq`` package (pinned ``WORDFREQ``), Chinese words of three Han
characters of Zipf frequency >= ``ZIPF``, and the shipped gazetteer's keys. Used by
:mod:`citydiplo._geo._han_tails`.

Run: ``pip install wordfreq==3.1.1; python tools/build_han_word_tails.py``.
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

OUTPUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "han_word_tails.json"
WORDFREQ = "3.1.1"
ZIPF = 2.5


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
        and gz.postings(match_key(word[1:])) is not None
        and not gz.holds(match_key(word))
    )
    write_json(
        OUTPUT,
        {
            "_source": f"wordfreq {WORDFREQ}: Chinese words of three Han characters of Zipf "
            f"frequency >= {ZIPF} whose last two characters are a key of the gazetteer and "
            "the whole word is none, as match keys; built by tools/build_han_word_tails.py",
            "words": {"zh": sorted(set(words))},
        },
    )


if __name__ == "__main__":
    main()
