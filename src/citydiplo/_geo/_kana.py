"""Where a katakana name is only part of a longer katakana word (used by ``find_places``).

Japanese writes foreign words in katakana without spaces, so a place's name can lie inside
a longer word that names something else: "アドバイス" (advice) holds "ドバイ" (Dubai). A
foreign compound name is written with a double hyphen between its parts ("=", "＝" or
"゠", or a hyphen): in "トゥアティエン=フエ省" (Thừa Thiên–Huế province) "フエ省" alone is not the
province of Burkina Faso whose Japanese name is "フエ". A name set off by "・" (the
separator of a list or of a person's names) starts a word of its own: "ハノイ・ホーチミン".

A name also ends inside a longer word when the next letter is one no katakana word starts
with (the moraic "ン", the long-vowel mark "ー", the small "ッ" and the small vowels and
glides): "ス・タイン・ホアイ" (the Vietnamese given name Thanh) holds no "タイ" (Thailand).
A long-vowel mark that ends the katakana word is only another spelling of the name's last
vowel ("カンザスシティー市" for GeoNames' "カンザスシティ"): the name is not cut off there.
"""

from __future__ import annotations

from citydiplo._geo._evidence import script

__all__ = ["JOINERS", "ends_inside_katakana_word", "inside_katakana_word"]

JOINERS = frozenset("=＝゠-‐‑－")  # a hyphen joins them too: "チャタム-ケント"
_KANA = frozenset({"KATAKANA", "KATAKANA-HIRAGANA"})  # "ー" is of both
# katakana that start no word: they only continue the one before them
_NO_WORD_START = frozenset("ンーッァィゥェォャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ")


def ends_inside_katakana_word(folded: str, i: int, j: int) -> bool:
    """Whether the katakana name at folded characters ``i`` to ``j`` is cut off before the
    end of its word: the next letter is one no katakana word starts with.

    >>> ends_inside_katakana_word("ス タイン ホアイ", 2, 4)
    True
    >>> ends_inside_katakana_word("タイ王国", 0, 2)
    False
    >>> ends_inside_katakana_word("ドバイーン", 0, 3), ends_inside_katakana_word("ハノイ", 0, 3)
    (True, False)
    >>> ends_inside_katakana_word("シティー市", 0, 3), ends_inside_katakana_word("シティーズ", 0, 3)
    (False, True)
    """
    if not (
        j < len(folded)
        and script(folded[j - 1]) in _KANA
        and script(folded[i]) == "KATAKANA"
        and folded[j] in _NO_WORD_START
    ):
        return False
    # a long-vowel mark ending the word: the name written with its last vowel long
    return folded[j] != "ー" or (j + 1 < len(folded) and script(folded[j + 1]) in _KANA)


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
