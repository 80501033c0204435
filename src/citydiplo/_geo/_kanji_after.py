"""Japanese words in kanji that may follow a place's name (used by
:func:`~citydiplo._geo._held.held_back`; data in ``data/kanji_after_names.json``).

A name in kanji glued to more kanji is held back as a person's surname ("石川勝行市長" is
Mayor Ishikawa Katsuyuki). Some words glued after a name start no given name and make no
longer name with it: "東京駅" (Tokyo Station, in Tokyo), "東京-金沢間" (between Tokyo and
Kanazawa), "加賀方面" (towards Kaga). A name followed by one of them is read.
"""

from __future__ import annotations

from functools import cache

from citydiplo._geo._data import load_json

__all__ = ["word_after_name"]


@cache
def _words() -> tuple[str, ...]:
    data: dict[str, list[str]] = load_json("kanji_after_names.json")
    return tuple(sorted(data["ja"], key=len, reverse=True))


def word_after_name(text: str, end: int) -> bool:
    """Whether ``text`` goes on at ``end`` with a word that may follow a place's name.

    >>> word_after_name("東京駅から", 2), word_after_name("石川勝行市長", 2)
    (True, False)
    """
    return text.startswith(_words(), end)
