"""Where a Korean place written in Han characters may start in Japanese text.

Japanese writes particles in kana, so a name in kanji follows kana, punctuation, or the
name of the place it lies in ("韓国慶尚北道清道郡"). A Korean reading that starts right after
another kanji reads the end of a longer word: "堀江眞市議会議長" (Makoto Horie, chair of the
city council) holds no "江眞市" (강진시, Gangjin). In Japanese text
(``Cues.ideograph_compounds``) such a start is skipped unless the kanji before it ends a
country's or region's name ("国", "道", "都", "府", "県", "省") or a span already read.
"""

from __future__ import annotations

from citydiplo._geo._cues import Cues
from citydiplo._geo._evidence import script

__all__ = ["inside_kanji_word"]

_ENDS_A_NAME = frozenset("国國道都府県縣省")


def inside_kanji_word(
    folded: str, starts: list[int], covered: bytearray, i: int, cues: Cues
) -> bool:
    """Whether ``folded[i]`` continues a word of kanji in Japanese text (see the module).

    >>> from citydiplo._geo._cues import cues
    >>> text = "堀江眞市議会議長"
    >>> inside_kanji_word(text, list(range(len(text))), bytearray(len(text)), 1, cues("ja"))
    True
    >>> text = "韓国慶尚北道清道郡"
    >>> inside_kanji_word(text, list(range(len(text))), bytearray(len(text)), 6, cues("ja"))
    False
    """
    if not cues.ideograph_compounds or i == 0 or script(folded[i - 1]) != "CJK":
        return False
    before = starts[i - 1]
    return folded[i - 1] not in _ENDS_A_NAME and not (before < len(covered) and covered[before])
