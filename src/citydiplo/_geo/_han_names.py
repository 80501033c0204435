"""A Chinese person's given name between a surname and a title (used by ``find_places``).

Chinese and Japanese write an official's name and then the title: "王岐山市長" (Mayor Wang
Qishan), "李斌省長". The given name of two characters can be a place: "岐山" is Qishan
county, Shaanxi. A name of two Han characters written right after one of
``data/chinese_surnames.json``'s surnames, where the surname starts a word (after kana,
punctuation, the start of the text or one of the file's Chinese function ``words``:
"と王岐山市長", "和王岐山市长"), and right before a person's title (the Chinese cue file's
``person_titles``: 市长, 省长, 知事, 主席...), is a given name.
"""

from __future__ import annotations

from functools import cache

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["given_name_before_title"]

_NAME = 2  # characters of the given names this reads


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_json("chinese_surnames.json")["surnames"])


@cache
def _words() -> frozenset[str]:
    """Chinese function words a name follows ("和", "与": and)."""
    return frozenset(load_json("chinese_surnames.json")["words"])


@cache
def _titles() -> tuple[str, ...]:
    from citydiplo._geo._cues import cues

    return tuple(sorted(cues("zh").person_titles, key=lambda t: (-len(t), t)))


def given_name_before_title(text: str, start: int, end: int, place: Place) -> bool:
    """Whether ``text[start:end]``, read as ``place``, is a given name between a surname and
    a title.

    >>> from citydiplo import parse_place
    >>> qishan = parse_place("岐山")
    >>> given_name_before_title("横内知事と王岐山市長は", 6, 8, qishan)
    True
    >>> given_name_before_title("和王岐山市长", 2, 4, qishan)
    True
    >>> given_name_before_title("岐山市長は", 0, 2, qishan)
    False
    """
    if place.kind is PlaceKind.COUNTRY or end - start != _NAME or start < 1:
        return False
    if text[start - 1] not in _surnames():
        return False
    if start >= 2 and script(text[start - 2]) == "CJK" and text[start - 2] not in _words():
        return False  # the surname ends a longer word: "中国吉林省长" is Jilin's governor
    after = match_key(text[end : end + 4])
    return any(after.startswith(title) for title in _titles())
