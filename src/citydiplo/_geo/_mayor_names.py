"""A mayor's surname read as a town in Japanese (a check ``find_places`` runs on the
mentions its scan read).

Japanese names a mayor by surname and office: "安中市の岩井市長" is Mayor Iwai of Annaka,
"福岡市の高島市長" Mayor Takashima of Fukuoka, "高崎市の富岡市長" Mayor Tomioka of Takasaki.
Read alone, "岩井市長" could be the mayor of Iwai; after "<municipality>の" it cannot (a
municipality has one mayor: its own), and after "<prefecture>の" it can only be a town of
that prefecture ("群馬県の高崎市長" is the mayor of Takasaki). So a town read right before
市長, 町長, 村長 or 区長 (the office's 市 may be read with the name: "富岡市" + "長") and
right after "の" that follows a municipality, or a prefecture it does not lie in, is the
mayor's surname and reads no place.

A list of office holders names each by surname and office, one after another: "藤田会長、
小川議長、福島町長" (chairman Fujita, speaker Ogawa, mayor Fukushima). A town read right before
its office (町長 ...) and right after "、" or "・" that follows a person's office (a title ending
in "長" or "知事" with no place read before it: "小川議長", not "高松市長", which lists mayors of
cities) is the mayor's surname too, unless the text reads the same place elsewhere (an
article about the town names it more than once).
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_mayor_names"]

M = TypeVar("M", bound=Mention)

_OFFICES = ("市長", "町長", "村長", "区長")
_MUNICIPAL_ENDS = frozenset("市町村区")
_SEPARATORS = frozenset("、・,，")
_TITLE_ENDS = ("長", "知事")


def _before_office(m: Mention, text: str) -> bool:
    rest = text[m.end : m.end + 2]
    if rest in _OFFICES:
        return True
    return m.text[-1:] in _MUNICIPAL_ENDS and (m.text[-1] + text[m.end : m.end + 1]) in _OFFICES


def _surname(m: Mention, owner: Mention | None) -> bool:
    if owner is None or m.place.kind is not PlaceKind.CITY:
        return False
    if owner.place.kind is PlaceKind.CITY:
        return True
    if owner.place.kind is PlaceKind.SUBDIVISION:
        return (
            owner.place.subdivision is not None and m.place.subdivision != owner.place.subdivision
        )
    return False


def _after_person_title(m: Mention, text: str, ends: frozenset[int]) -> bool:
    """Whether ``m`` follows "、" after a person's title ("小川議長、福島町長")."""
    j = m.start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 1 or text[j] not in _SEPARATORS:
        return False
    k = j - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    title = next((t for t in _TITLE_ENDS if text[max(0, k + 1 - len(t)) : k + 1] == t), None)
    if title is None:
        return False
    # "高松市長、": a place read right before its office lists mayors, not persons
    office_start = k + 1 - len(title)
    for end in ends:
        if office_start - 2 <= end <= office_start and text[end : k + 1] in (
            *_OFFICES,
            *(o[1:] for o in _OFFICES),
        ):
            return False
    return True


def _listed_holder(m: Mention, text: str, mentions: list[M], ends: frozenset[int]) -> bool:
    if m.place.kind is not PlaceKind.CITY or not _before_office(m, text):
        return False
    if not _after_person_title(m, text, ends):
        return False
    return not any(o is not m and o.place == m.place for o in mentions)


def outside_mayor_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the mayors' surnames read as towns (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("安中市の岩井市長は台南市を訪れた", lang="ja")]
    ['安中市', '台南市']
    >>> [m.text for m in find_places("群馬県の高崎市長", lang="ja")]
    ['群馬県', '高崎市']
    >>> [m.text for m in find_places("小川議長、福島町長、左から", lang="ja")]
    []
    """
    if not mentions or lang not in (None, "ja"):
        return mentions
    by_end = {m.end: m for m in mentions}
    ends = frozenset(by_end)
    return [
        m
        for m in mentions
        if not (
            m.start >= 2
            and text[m.start - 1] == "の"
            and _before_office(m, text)
            and _surname(m, by_end.get(m.start - 1))
        )
        and not _listed_holder(m, text, mentions, ends)
    ]
