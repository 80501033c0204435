"""A name's romanization in brackets after its Korean, Chinese or Japanese spelling (a check
``find_places`` runs on the mentions its scan read).

Korean, Chinese and Japanese news write a foreign name in its own script, then its Latin
spelling in brackets: "호 끼 민(Ho Ky Minh)", a person; "냐짱시(Nha Trang)", a city. A town read
from the first word of such a bracket, when more capitalised words follow it there, is the
first syllable of the whole name in brackets, not a place of its own: "Ho Ky Minh" names no
Ho, Ghana. A town that is the bracket's whole content stays, and so does a big city opening
a longer name ("방콕요트클럽(Bangkok Yacht Club)": the club is in Bangkok).
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["BIG", "outside_bracketed_romanized"]

M = TypeVar("M", bound=Mention)
BIG = 1_000_000
_OPEN = "(（"
_OWN_SCRIPTS = frozenset({"HANGUL", "CJK", "KATAKANA", "HIRAGANA"})
_MORE = re.compile(r" [A-ZÀ-Ỹ][\w'’.-]*")  # one more capitalised word, Vietnamese marks too


def _opens_a_longer_name(m: Mention, text: str) -> bool:
    place = m.place
    if place.kind is not PlaceKind.CITY or (place.population or 0) >= BIG:
        return False
    if m.start < 2 or text[m.start - 1] not in _OPEN or not m.text.isascii():
        return False
    if script(text[m.start - 2]) not in _OWN_SCRIPTS:
        return False
    return _MORE.match(text, m.end) is not None


def outside_bracketed_romanized(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the first syllables described above (Korean, Chinese, Japanese).

    >>> from citydiplo import find_places
    >>> text = "베트남 호 끼 민(Ho Ky Minh) 다낭시 부위원장과 냐짱시(Nha Trang)"
    >>> [m.text for m in find_places(text, lang="ko")]
    ['베트남', '다낭', '냐짱', 'Nha Trang']
    """
    if not mentions or lang not in (None, "ko", "zh", "ja"):
        return mentions
    return [m for m in mentions if not _opens_a_longer_name(m, text)]
