"""A name right after a Chinese surname is a person's given name (used by ``find_places``).

Russian news writes Chinese persons surname first, by the Palladius system: "Ван Синьчжу"
(Wang Xinzhu) is no Hsinchu, "Ли Хайтао" no place. ``data/chinese_surnames.json`` lists the
commonest surnames in pinyin; ``data/pinyin_scripts.json`` says how each is written in
Cyrillic, so the list holds no spelling by hand. A capitalised word that is such a surname,
right before a name, makes that name a given name (a generic word further back belongs to
another name: "мэр города Хэган господин Ван Синьчжу"). Surnames of one
Cyrillic letter ("У", Wu; "Е", Ye) are left out: they are also Russian prepositions that
open sentences ("У Пекина").
"""

from __future__ import annotations

from functools import cache

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import previous_word
from citydiplo._geo._places import Place
from citydiplo._normalize import match_key

__all__ = ["after_chinese_surname", "chinese_surname"]


@cache
def _cyrillic() -> frozenset[str]:
    table = load_json("pinyin_scripts.json")["cyrillic"]
    names = load_json("chinese_surnames.json")["pinyin"]
    return frozenset(
        match_key(form) for name in names for form in table.get(name, ()) if len(form) >= 2
    )


def after_chinese_surname(text: str, start: int, place: Place) -> bool:
    """Whether the name at ``text[start:]`` follows a capitalised Chinese surname written in
    Cyrillic, so that it is a person's given name, a country's name too: "губернатором
    провинции Шэньси Чжао Гана" is Zhao Gang (genitive), no Ghana.

    >>> from citydiplo import parse_place
    >>> after_chinese_surname("господин Ван Синьчжу сообщил", 13, parse_place("Hsinchu City"))
    True
    >>> after_chinese_surname("провинции Шэньси Чжао Гана", 22, parse_place("Ghana"))
    True
    >>> after_chinese_surname("город Ванкувер", 6, parse_place("Vancouver, Canada"))
    False
    """
    if not "\u0400" <= text[start] <= "\u04ff":
        return False  # (a name in Cyrillic: the surname before it is too)
    word, _ = previous_word(text, start)
    if not word[:1].isupper() or not "\u0400" <= word[0] <= "\u04ff":
        return False
    return match_key(word) in _cyrillic()


def chinese_surname(key: str) -> bool:
    """Whether the match key ``key`` is a common Chinese surname written in Cyrillic.

    >>> chinese_surname("чэнь"), chinese_surname("москва")
    (True, False)
    """
    return key in _cyrillic()
