"""Two more ways a text says where a city lies (used by ``find_places``, after
:func:`citydiplo._geo._context.drop_contradicted`, which reads a place written right after
its country or subdivision):

* the country joined to the city by a middle dot, as Japanese writes it: "韓国・東海市"
  (Donghae, Korea), "中国・南昌市";
* the subdivision or country in brackets right after the city: "咸陽区(慶尚南道)" (Hamyang,
  South Gyeongsang), "Asan (Hàn Quốc)".

When the gazetteer's reading of the city does not lie there (東海市 is also Tōkai, Aichi; 咸陽
also Xianyang, Shaanxi), the reading is dropped, with every other mention of the same name
read as that same place: the text says it is another place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

import attrs

from citydiplo._geo._context import contradicts, drop_contradicted
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._word_readings import outside_word_readings
from citydiplo._normalize import match_key

__all__ = ["drop_elsewhere"]

M = TypeVar("M", bound=Mention)
_DOTS = ("・", "･")
_OPEN, _CLOSE = ("(", "（"), (")", "）")


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def place(self) -> Place: ...


def drop_elsewhere(
    text: str,
    found: Sequence[tuple[M, bool]],
    intermediate: Sequence[str] = (),
    lang: str | None = None,
) -> list[tuple[M, bool]]:
    """``found`` (mentions, each with whether it is weak) without the places
    :func:`drop_contradicted` drops, nor the cities that a country joined to them by a
    middle dot, or a country or subdivision in brackets right after them, contradicts.
    A frequent word that :func:`~citydiplo._geo._word_readings.outside_word_readings`
    drops contradicts nothing: "수도 청두" (the capital, Chengdu) is no Chengdu of Bahrain's
    Capital Governorate, "수도".

    >>> from citydiplo import find_places
    >>> [(m.text, m.place.country) for m in find_places("韓国・東海市を訪問", lang="ja")]
    [('韓国', 'KR'), ('東海市', 'KR')]
    >>> text = "중국 쓰촨성의 수도 청두의 충라이시"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="ko")][2]
    ('청두', 'CN-SC')
    """
    words = {id(m) for m in outside_word_readings([m for m, _ in found], text, lang)}
    found = drop_contradicted(text, [f for f in found if id(f[0]) in words], _span, intermediate)
    refuted: set[tuple[str, Place]] = set()
    items = [(_span(item[0]), item) for item in found]
    for k, ((start, end, place), _) in enumerate(items):
        if place.kind is not PlaceKind.CITY:
            continue
        before = items[k - 1][0] if k > 0 else None
        after = items[k + 1][0] if k + 1 < len(items) else None
        dotted = (
            before is not None
            and before[2].kind is PlaceKind.COUNTRY
            and text[before[1] : start] in _DOTS
        )
        if dotted and before is not None and contradicts(before[2], place):
            refuted.add((match_key(text[start:end]), _bare(place)))
            continue
        bracketed = (
            after is not None
            and _opens(text[end : after[0]])
            and text[after[1] : after[1] + 1] in _CLOSE
        )
        if bracketed and after is not None and contradicts(after[2], place):
            refuted.add((match_key(text[start:end]), _bare(place)))
    if not refuted:
        return found
    return [
        item
        for (start, end, place), item in items
        if (match_key(text[start:end]), _bare(place)) not in refuted
    ]


def _span(mention: _Mention) -> tuple[int, int, Place]:
    return mention.start, mention.end, mention.place


def _opens(between: str) -> bool:
    """Whether ``between`` is an opening bracket, after at most the generic word written on
    the name before it ("咸陽区(": the name read is "咸陽")."""
    between = between.strip()
    return between[-1:] in _OPEN and len(between) <= 3 and between[:-1].isalpha()


def _bare(place: Place) -> Place:
    return attrs.evolve(place, text="")
