"""A city abroad named with Vietnamese marks must be named by one of its Vietnamese names.

The gazetteer's keys fold marks away, so a Vietnamese word can fold to the key of a foreign
city's unmarked alternate name: "Sở Kế [hoạch và Đầu tư]" (the Planning and Investment
Department) to "So'ke" (Söke, Turkey). Vietnamese writes a city abroad either as it is
written at home ("Busan", "Chiang Rai") or by a Vietnamese name that GeoNames lists with its
marks ("Bắc Kinh", "Quảng Châu"). A span written with letters only Vietnamese uses (a hook
or dot below, a tone on a marked vowel, ơ, ư) that names a city outside Vietnam is therefore
kept only when it is (part of) one of that city's marked names
(``data/vietnamese_city_names.json``, built by ``tools/build_vietnamese_city_names.py``) or
a listed name of its subdivision (:mod:`._exonyms`: "Sa Vẳn Na Khẹt").
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._exonyms import exonym_of
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_unmarked_abroad"]

M = TypeVar("M", bound=Mention)


def _vietnamese_only(span: str) -> bool:
    """Whether ``span`` holds a letter only Vietnamese writes among the ten languages."""
    return any("\u1ea0" <= ch <= "\u1ef9" or ch in "ơưƠƯ" for ch in span)


def _spelling(name: str) -> str:
    """A name's words with their marks (NFC, case-folded, hyphens as spaces), padded."""
    text = unicodedata.normalize("NFC", name).casefold().replace("-", " ")
    return " " + " ".join(text.split()) + " "


@cache
def _names() -> dict[int, tuple[str, ...]]:
    """GeoNames id -> the city's marked Vietnamese names, as :func:`_spelling` writes them."""
    cities: dict[str, list[str]] = load_json("vietnamese_city_names.json")["cities"]
    return {int(gid): tuple(_spelling(n) for n in names) for gid, names in cities.items()}


def named_in_vietnamese(span: str, geonames_id: int | None) -> bool:
    """Whether ``span`` is (the words of) a marked Vietnamese name of the city.

    >>> named_in_vietnamese("Bắc Kinh", 1816670), named_in_vietnamese("Sở Kế", 300399)
    (True, False)
    """
    written = _spelling(span)
    return any(written in name for name in _names().get(geonames_id or -1, ()))


def outside_unmarked_abroad(mentions: list[M]) -> list[M]:
    """``mentions`` without the cities abroad whose span is written with Vietnamese marks
    that none of the city's Vietnamese names carries ("Sở Kế" is no Söke)."""
    return [
        m
        for m in mentions
        if m.place.kind is not PlaceKind.CITY
        or m.place.country == "VN"
        or m.place.geonames_id is None
        or not _vietnamese_only(m.text)
        or named_in_vietnamese(m.text, m.place.geonames_id)
        or exonym_of(m.text, m.place.subdivision)
    ]
