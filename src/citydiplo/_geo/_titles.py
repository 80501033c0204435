"""A name written after a person's title in Chinese: the person's name, not a place.

"栗原市长千葉健司" (Mayor Chiba of Kurihara) holds no Chiba prefecture: a name right after a
title (``Cues.person_titles``) is no place. Chinese writes the title, then the surname (one
character), then the given name: "福建省长苏树林" is Governor Su Shulin, and "树林" after
"省长苏" is his given name, not Shulin, Taiwan. A name written one character after a title is
therefore no place either when that character is a common surname
(``data/chinese_surnames.json``) and the name is at most two characters long (a given name),
or when that character is no word of its own (``words`` there) and the two-character name
goes on with one more character that is no generic word: "横滨市议长清水富雄" (Speaker Shimizu
Tomio) holds no Shuifu.
"""

from __future__ import annotations

__all__ = ["after_title"]


_SURNAMES: frozenset[str] = frozenset()  # loaded on first need
_WORDS = ""  # characters that are words of their own after a title (loaded on first need)
_GENERIC = "市县省州区郡镇村乡"  # generic words a place's name takes


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _surnames() -> frozenset[str]:
    global _SURNAMES
    from citydiplo._geo._data import load_json

    _SURNAMES = frozenset(load_json("chinese_surnames.json")["surnames"])
    return _SURNAMES


def after_title(folded: str, i: int, j: int, titles: frozenset[str]) -> bool:
    """Whether the name ``folded[i:j]`` (unspaced text) follows a person's title, directly or
    after a surname.

    >>> titles = frozenset({"省长", "市长"})
    >>> after_title("福建省长苏树林", 5, 7, titles), after_title("市长千葉", 2, 4, titles)
    (True, True)
    >>> after_title("市长赴成都访问", 3, 5, titles), after_title("省长于上海会见", 3, 5, titles)
    (False, False)
    >>> after_title("议长清水富雄", 3, 5, frozenset({"议长"}))
    True
    """
    if folded[max(0, i - 2) : i] in titles or folded[max(0, i - 3) : i] in titles:
        return True
    if i < 3 or j - i > 2:
        return False
    if folded[i - 1] not in (_SURNAMES or _surnames()) and not _name_goes_on(folded, i, j):
        return False
    return folded[i - 3 : i - 1] in titles or folded[max(0, i - 4) : i - 1] in titles


def _name_goes_on(folded: str, i: int, j: int) -> bool:
    """Whether ``folded[i:j]`` is the middle of a longer name: two characters after one that
    is no word of its own, and followed by one more that is no generic word ("清水富雄")."""
    global _WORDS
    if not _WORDS:
        from citydiplo._geo._data import load_json

        _WORDS = str(load_json("chinese_surnames.json")["words"])
    before, after = folded[i - 1], folded[j : j + 1]
    if j - i != 2 or before in _WORDS or not _han(before) or not _han(after):
        return False
    return after not in _GENERIC
