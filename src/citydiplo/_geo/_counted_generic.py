"""A generic word counted or pointed at is no end of a name (a check ``find_places`` runs on
the mentions its scan read).

Chinese and Japanese write "two", "each", "this", "our", "every" right before a generic word
to count or point at places: "两市" (the two cities), "各县" (each county), "该市" (this city),
"我市" (our city). Other numerals and "本" end names too ("斗六市", "熊本市") and are left out. A
name read as ending with such a pair takes the count for its own last syllable: "巩固两市友谊" (to
strengthen the two cities' friendship) read in Korean holds "고양시" (固两市), Goyang. A name of
three Han characters or more whose generic word follows one of these words (``_COUNTED``) is
no place.
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention

__all__ = ["outside_counted_generics"]

M = TypeVar("M", bound=Mention)
_GENERIC = frozenset("市县縣区區郡道省州町村")
_COUNTED = frozenset("两兩各该該我此每诸諸")  # no numeral: "斗六市", "熊本市" are names


def _counted(m: Mention) -> bool:
    name = m.text
    if len(name) < 3 or name[-1] not in _GENERIC or name[-2] not in _COUNTED:
        return False
    return all(script(ch) == "CJK" for ch in name)


def outside_counted_generics(mentions: list[M], lang: str | None) -> list[M]:
    """``mentions`` without the names described above (Chinese and Japanese).

    >>> from citydiplo import find_places
    >>> text = "韩国金泉市长表示将进一步巩固两市友谊。"
    >>> [m.text for m in find_places(text, lang="zh")]
    ['韩国', '金泉市']
    """
    if not mentions or lang not in (None, "zh", "ja"):
        return mentions
    return [m for m in mentions if not _counted(m)]
