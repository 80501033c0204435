"""Where a katakana name is only part of a longer katakana word (used by ``find_places``).

Japanese writes foreign words in katakana without spaces, so a place's name can lie inside
a longer word that names something else: "アドバイス" (advice) holds "ドバイ" (Dubai). A
foreign compound name is written with a double hyphen between its parts ("=", "＝" or
"゠"): in "トゥアティエン=フエ省" (Thừa Thiên–Huế province) "フエ省" alone is not the
province of Burkina Faso whose Japanese name is "フエ". A name set off by "・" (the
separator of a list or of a person's names) starts a word of its own: "ハノイ・ホーチミン".
"""

from __future__ import annotations

from citydiplo._geo._evidence import script

__all__ = ["JOINERS", "inside_katakana_word"]

JOINERS = frozenset("=＝゠")
_KANA = frozenset({"KATAKANA", "KATAKANA-HIRAGANA"})  # "ー" is of both


def inside_katakana_word(text: str, folded: str, starts: list[int], i: int) -> bool:
    """Whether the katakana name starting at folded character ``i`` continues a longer word.

    >>> from citydiplo._geo._fold import folded_with_offsets
    >>> def inside(text: str, name: str) -> bool:
    ...     folded, starts, _ = folded_with_offsets(text)
    ...     return inside_katakana_word(text, folded, starts, folded.index(name))
    >>> inside("アドバイス", "ドバイ"), inside("トゥアティエン=フエ省", "フエ")
    (True, True)
    >>> inside("ハノイ・ホーチミン", "ホーチミン"), inside("東京=フエ", "フエ")
    (False, False)
    """
    if i == 0 or script(folded[i]) != "KATAKANA":
        return False
    if script(folded[i - 1]) in _KANA and folded[i - 1] != "・":
        return True
    start = starts[i]
    return start >= 2 and text[start - 1] in JOINERS and script(text[start - 2]) in _KANA
