"""A city's name written as a township's (a check ``find_places`` runs on the mentions its
scan read; data in ``data/township_words.json``).

China and Taiwan call their lowest rank of local government a township (乡, 鄉). A name
written right before that word names a township, and townships are small: a city of
``largest`` people or more read there is a namesake, not the place the text means
("吉安乡", Ji'an Township of Hualien, is no Ji'an, Jiangxi). The reading is dropped there
and wherever else the text reads the same name as that city (its bare "吉安" is the same
township), since a wrong place is worse than none. Words that merely start with the
township word ("吉安乡亲", folks of Ji'an) decide nothing.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_townships"]

M = TypeVar("M", bound=Mention)


@cache
def _data() -> tuple[frozenset[str], tuple[str, ...], int]:
    data: dict[str, Any] = load_json("township_words.json")
    return frozenset(data["words"]), tuple(data["compounds"]), int(data["largest"])


def _as_township(m: Mention, text: str) -> bool:
    words, compounds, largest = _data()
    if m.place.kind is not PlaceKind.CITY or (m.place.population or 0) < largest:
        return False
    return text[m.end : m.end + 1] in words and not text.startswith(compounds, m.end)


def outside_townships(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the cities whose name the text writes as a township's.

    >>> from citydiplo import find_places
    >>> text = "吉安率团赴日。花莲县吉安乡公所与钏路町签约。"
    >>> [(m.text, m.place.country) for m in find_places(text, lang="zh")]
    [('花莲县', 'TW')]
    >>> [m.text for m in find_places("吉安乡亲在江西吉安市聚会。", lang="zh")]
    ['吉安', '江西', '吉安市']
    """
    if lang not in (None, "zh", "ja") or not any(w in text for w in _data()[0]):
        return mentions
    wrong = {(m.text, m.place) for m in mentions if _as_township(m, text)}
    if not wrong:
        return mentions
    return [m for m in mentions if (m.text, m.place) not in wrong]
