"""A province's name used for a district in a list headed by another province (a check
``find_places`` runs on the mentions its scan read).

Vietnamese districts often bear the name of another province: Quảng Ninh is a province and a
district of Quảng Bình. A list of districts headed by their province and a colon ("Quảng
Bình: Bố Trạch, Tuyên Hóa, Lệ Thủy, Minh Hóa, Quảng Ninh.") names places of that province,
up to the end of the sentence. A province read in such a list that is not the heading's is
read as the town of that name in the heading's province when the gazetteer has one (the
district's seat: Quán Hàu for Quảng Ninh), and left unread otherwise.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

import attrs

from citydiplo._errors import CitydiploError
from citydiplo._geo._guard_types import Mention, with_changes
from citydiplo._geo._places import PlaceKind, candidates, choose
from citydiplo._normalize import match_key

__all__ = ["within_headed_lists"]

M = TypeVar("M", bound=Mention)

_CITY = frozenset({PlaceKind.CITY})
_SENTENCE_ENDS = ".;!?\n"


def _heading(m: Mention, mentions: list[M], text: str) -> M | None:
    """The province heading the list ``m`` stands in (``"Quảng Bình: ..."``), if any."""
    for head in mentions:
        if head.start >= m.start:
            return None
        if head.place.kind is not PlaceKind.SUBDIVISION or head.place.subdivision is None:
            continue
        if text[head.end : head.end + 1] != ":":
            continue
        between = text[head.end + 1 : m.start]
        if not any(ch in _SENTENCE_ENDS for ch in between):
            return head
    return None


def within_headed_lists(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` with the provinces named in another province's list read as its towns.

    >>> from citydiplo import find_places
    >>> text = "Quảng Bình: Bố Trạch, Quảng Ninh. Quảng Ninh có mưa."
    >>> [m.place.subdivision for m in find_places(text, lang="vi")]
    ['VN-24', 'VN-24', 'VN-24', 'VN-13']
    """
    if not mentions or lang not in (None, "vi", "en") or ":" not in text:
        return mentions
    changed: dict[int, M | None] = {}
    for m in mentions:
        if m.place.kind is not PlaceKind.SUBDIVISION:
            continue
        head = _heading(m, mentions, text)
        if head is None or head.place.country != m.place.country:
            continue
        if head.place.subdivision == m.place.subdivision:
            continue
        try:
            town = choose(
                candidates(match_key(m.text)),
                m.text,
                kinds=_CITY,
                country=head.place.country,
                subdivision=head.place.subdivision,
            )
        except CitydiploError:
            town = None
        if town is None or town.subdivision != head.place.subdivision:
            changed[id(m)] = None
        else:
            changed[id(m)] = attrs.evolve(cast(Any, m), place=attrs.evolve(town, text=m.text))
    return with_changes(mentions, changed)
