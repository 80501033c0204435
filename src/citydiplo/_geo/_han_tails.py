"""A town read from the second character of a three-character Chinese word (a check
``find_places`` runs on the mentions its scan read; data in ``data/han_word_tails.json``).

Chinese writes no spaces, so the last two characters of a word can be read as a town:
"五台山" (Mount Wutai) holds 台山 (Taishan, Guangdong), "长白山" (Changbai Mountain) 白山
(Baishan), "邓小平" (Deng Xiaoping) 小平 (Kodaira, Tokyo). A town of fewer than
:data:`~citydiplo._geo._han_straddle.BIG` inhabitants, named by two characters alone (no
generic word: "台山市" is the city), that ends such a word with the character before it
(``data/han_word_tails.json``: frequent words whose tail is a town's name while the whole
word is no name of the gazetteer, built by ``tools/build_han_word_tails.py``) is part of
that word.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._han_straddle import BIG
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_word_tails"]

M = TypeVar("M", bound=Mention)


@cache
def _words() -> frozenset[str]:
    data: dict[str, list[str]] = load_json("han_word_tails.json")["words"]
    return frozenset(data.get("zh", ()))


def _tail(m: Mention, text: str) -> bool:
    place = m.place
    if place.kind is not PlaceKind.CITY or (place.population or 0) >= BIG:
        return False
    if len(m.text) != 2 or m.start == 0 or not all(script(ch) == "CJK" for ch in m.text):
        return False
    before = text[m.start - 1]
    return script(before) == "CJK" and match_key(before + m.text) in _words()


def outside_word_tails(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the towns that end a longer word (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("他们参观了五台山和长白山。", lang="zh")]
    []
    >>> [m.text for m in find_places("台山市与白山市签署协议", lang="zh")]
    ['台山市', '白山市']
    """
    if not mentions or lang not in (None, "zh"):
        return mentions
    return [m for m in mentions if not _tail(m, text)]
