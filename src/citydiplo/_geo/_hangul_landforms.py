"""A Korean county read from a bare name that is also a mountain's (a check ``find_places``
runs on the mentions its scan read; data in ``data/hangul_landforms.json``).

Korean writes a mountain's name with 산 (mountain) and no more, and a county's with 군: so
"금산 보리암" is the hermitage Boriam on Geumsan, Namhae's mountain, and not Geumsan county
of South Chungcheong, which the text would call 금산군 somewhere. A bare Hangul name ending
with a landform word that reads as a Korean place under ``floor`` people (too small to be a
시) is kept only where the text also writes that name with a rank word (금산군, 괴산군);
cities ending so (부산, 아산, 서산) and places of unknown size are not touched.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_hangul_landforms"]

M = TypeVar("M", bound=Mention)


@cache
def _data() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    data: dict[str, Any] = load_json("hangul_landforms.json")
    return tuple(data["landforms"]), tuple(data["ranks"]), int(data["floor"])


def _landform_alone(m: Mention, text: str, ranked: dict[str, bool]) -> bool:
    landforms, ranks, floor = _data()
    place, name = m.place, m.text
    if place.kind is not PlaceKind.CITY or place.country != "KR":
        return False
    if not 0 < (place.population or 0) < floor or not name.endswith(landforms):
        return False
    if not all(script(ch) == "HANGUL" for ch in name) or text.startswith(ranks, m.end):
        return False
    if name not in ranked:  # once per name: a long text may name it many times
        ranked[name] = any(name + rank in text for rank in ranks)
    return not ranked[name]


def outside_hangul_landforms(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the small Korean places read from a bare mountain's name.

    >>> from citydiplo import find_places
    >>> text = "교류단은 독일마을과 원예예술촌, 금산 보리암 등 남해군의 관광지를 견학했다."
    >>> [m.text for m in find_places(text, lang="ko")]
    ['남해군']
    >>> text = "금산군과 논산시가 협약을 맺었다. 금산 인삼축제가 열린다."
    >>> [m.text for m in find_places(text, lang="ko")]
    ['금산군', '논산시', '금산']
    """
    if lang not in (None, "ko") or not any(m.text.endswith(_data()[0]) for m in mentions):
        return mentions
    ranked: dict[str, bool] = {}
    wrong = {(m.text, m.place) for m in mentions if _landform_alone(m, text, ranked)}
    if not wrong:
        return mentions
    return [m for m in mentions if (m.text, m.place) not in wrong]
