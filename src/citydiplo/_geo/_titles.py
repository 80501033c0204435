"""A name written after a person's title in Chinese: the person's name, not a place.

"栗原市长千葉健司" (Mayor Chiba of Kurihara) holds no Chiba prefecture: a name right after a
title (``Cues.person_titles``) is no place. Chinese writes the title, then the surname (one
character), then the given name: "福建省长苏树林" is Governor Su Shulin, and "树林" after
"省长苏" is his given name, not Shulin, Taiwan. A name written one character after a title is
therefore no place either when that character is a common surname
(``data/chinese_surnames.json``) and the name is at most two characters long (a given name).
"""

from __future__ import annotations

__all__ = ["after_title"]


_SURNAMES: frozenset[str] = frozenset()  # loaded on first need


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
    """
    if folded[max(0, i - 2) : i] in titles or folded[max(0, i - 3) : i] in titles:
        return True
    if i < 3 or j - i > 2 or folded[i - 1] not in (_SURNAMES or _surnames()):
        return False
    return folded[i - 3 : i - 1] in titles or folded[max(0, i - 4) : i - 1] in titles
