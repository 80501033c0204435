"""A district or commune lies in the province the text names (a check ``find_places`` runs on
the mentions its scan read; data in ``data/level_words.json``, key ``local_units``).

District and commune names repeat from province to province, and the gazetteer holds only
some of them: "Phu My district" of Bình Định is missing, so the name reads as Phú Mỹ, a
town of Bà Rịa–Vũng Tàu. A town named with a word for a unit below a province (Vietnamese
"huyện", "xã" written before it; English "district", "commune" after it), of under
:data:`~citydiplo._geo._state_namesakes.MAX_POPULATION` inhabitants, whose reading lies in
none of the provinces of its country that the text names (nor in that of another town
it names), is left unread, there and
wherever the text reads the same name as the same place: a wrong province is worse than
none. A text that names no province of that country leaves it as read.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._hierarchy import related
from citydiplo._geo._places import PlaceKind
from citydiplo._geo._state_namesakes import MAX_POPULATION
from citydiplo._normalize import match_key

__all__ = ["within_named_provinces"]

M = TypeVar("M", bound=Mention)
_LOOKAROUND = 16


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@cache
def _patterns(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The unit words written before a name (ending a text) and after one (opening it)."""
    data: dict[str, dict[str, list[str]]] = load_json("level_words.json")["local_units"]

    def words(side: str) -> list[str]:
        table = data[side]
        langs = sorted(table) if lang is None else [lang]
        return sorted({_folded(w) for code in langs for w in table.get(code, ())})

    before, after = words("before"), words("after")
    return (
        re.compile(rf"(?:^|\W)(?:{'|'.join(map(re.escape, before))})\s+$") if before else None,
        re.compile(rf"^\s+(?:{'|'.join(map(re.escape, after))})(?!\w)") if after else None,
    )


def _unit(m: Mention, text: str, lang: str | None) -> bool:
    """Whether ``m`` is named with a word for a unit below a province."""
    before, after = _patterns(lang)
    head = _folded(text[max(0, m.start - _LOOKAROUND) : m.start])
    span = _folded(m.text)
    if before is not None and (before.search(head) or before.search(span.split(" ", 2)[0] + " ")):
        return True
    tail = _folded(text[m.end : m.end + _LOOKAROUND])
    return after is not None and after.search(tail) is not None


def _named_by_country(mentions: list[M]) -> dict[str, dict[str, set[str]]]:
    """For each country, its subdivisions that the text's mentions name or lie in, each with
    the look-up keys of the mentions that show it (built once: ``_named`` reads it per
    mention, so the check stays linear in the number of mentions)."""
    out: dict[str, dict[str, set[str]]] = {}
    for o in mentions:
        if o.place.subdivision is not None:
            keys = out.setdefault(o.place.country, {}).setdefault(o.place.subdivision, set())
            keys.add(match_key(o.text))
    return out


def _named(m: Mention, named: dict[str, dict[str, set[str]]]) -> list[str]:
    """The subdivisions of ``m``'s country that the text's other mentions name or lie in
    (a city named elsewhere shows its province is spoken of: "Haidian district" beside
    Beijing); a mention of the same name as ``m`` does not count."""
    key = match_key(m.text)
    return sorted(
        code
        for code, keys in named.get(m.place.country, {}).items()
        if keys - {key}
    )


def within_named_provinces(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the local units read outside the provinces the text names.

    >>> from citydiplo import find_places
    >>> text = "Binh Dinh province: a Koi fish center opened in Phu My district."
    >>> [m.text for m in find_places(text, lang="en")]
    ['Binh Dinh']
    >>> text = "Ba Ria - Vung Tau province: a port opened in Phu My town."
    >>> [m.text for m in find_places(text, lang="en")][-1]
    'Phu My'
    """
    provinces: dict[str, set[str]] = {}
    for m in mentions:
        if m.place.kind is PlaceKind.SUBDIVISION and m.place.subdivision is not None:
            provinces.setdefault(m.place.country, set()).add(m.place.subdivision)
    if not provinces:
        return mentions
    wrong = set()
    named = _named_by_country(mentions)
    for m in mentions:
        place = m.place
        if (
            place.kind is PlaceKind.CITY
            and place.country in provinces
            and place.subdivision is not None  # an unknown one is no other province
            and (place.population or 0) < MAX_POPULATION
            and not any(related(place.subdivision, code) for code in _named(m, named))
            and _unit(m, text, lang)
        ):
            wrong.add((match_key(m.text), place))
    if not wrong:
        return mentions
    return [m for m in mentions if (match_key(m.text), m.place) not in wrong]
