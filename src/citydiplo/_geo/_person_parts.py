"""Parts of a person's name that are also place names (used by ``find_places``).

* A Vietnamese name ends with a middle name and a given name after the surname (``data/
  person_name_parts.json``): a place read as "Đinh Văn" (a town of Lâm Đồng) right before
  a capitalised word ("Đinh Văn Dực", a Deputy Chairman) is a surname and a middle name,
  and a name right after a capitalised word and a middle name is the given name ("Dực" is
  no Đức Phổ).
* A one-word name after a capitalised word and a hyphen, that word being no place the text
  reads, is the end of a hyphenated given name: "Lee Seon - Ho", "Kim Jung-Ho" name no Ho,
  Ghana; "Hà Nội - Viêng Chăn" are two places.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["middle_names", "outside_person_names"]

M = TypeVar("M", bound=Mention)
_NEXT_CAPITAL = re.compile(r" [^\W\d_]")
_HYPHENS = "-‐‑"
_HYPHENATED = re.compile(rf"([^\W\d_]+) ?[{_HYPHENS}] ?$")
_TWO_WORDS = re.compile(r"([^\W\d_]+) ([^\W\d_]+) $")


@cache
def middle_names(lang: str | None) -> frozenset[str]:
    """The middle names of ``lang`` (of every language for ``None``), as match keys.

    >>> sorted(middle_names("vi")), middle_names("en")
    (['thi', 'van'], frozenset())
    """
    data: dict[str, list[str]] = load_json("person_name_parts.json")["middle"]
    codes = sorted(data) if lang is None else [lang]
    return frozenset(match_key(w) for c in codes for w in data.get(c, ())) - {""}


def _before_given_name(m: Mention, text: str, middle: frozenset[str]) -> bool:
    words = m.text.split()
    if m.place.kind is not PlaceKind.CITY or len(words) < 2 or match_key(words[-1]) not in middle:
        return False
    after = _NEXT_CAPITAL.match(text, m.end)
    return after is not None and after.group(0)[1].isupper()


def _after_middle_name(m: Mention, text: str, middle: frozenset[str]) -> bool:
    if m.place.kind is PlaceKind.COUNTRY:
        return False
    before = _TWO_WORDS.search(text, max(0, m.start - 40), m.start)
    if before is None:
        return False
    surname, name = before.group(1), before.group(2)
    return surname[:1].isupper() and name[:1].isupper() and match_key(name) in middle


def _hyphen_end(m: Mention, text: str, taken: list[tuple[int, int]]) -> bool:
    if m.place.kind is PlaceKind.COUNTRY or " " in m.text or not m.text[:1].isupper():
        return False
    low = max(0, m.start - 40)  # (a match ends with a hyphen, a space and a newline at most)
    if not any(h in text[max(low, m.start - 3) : m.start] for h in _HYPHENS):
        return False
    before = _HYPHENATED.search(text, low, m.start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    word_start, word_end = before.start(1), before.end(1)
    return not any(s < word_end and word_start < e for s, e in taken)


def _person_part(m: Mention, text: str, middle: frozenset[str]) -> bool:
    return _before_given_name(m, text, middle) or _after_middle_name(m, text, middle)


def outside_person_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the parts of persons' names described above.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Phó Chủ tịch HĐND tỉnh; Đinh Văn Dực, lãnh đạo", lang="vi")]
    []
    >>> [m.text for m in find_places("lãnh đạo Đinh Văn Dực, Phó Chủ tịch", lang="vi")]
    []
    >>> [m.text for m in find_places("do Ngài Lee Seon - Ho, Quận trưởng quận Ulju", lang="vi")]
    []
    >>> [m.text for m in find_places("triển lãm Hà Nội - Viêng Chăn", lang="vi")][0]
    'Hà Nội'
    """
    if not mentions:
        return mentions
    middle = middle_names(lang)
    taken = [(m.start, m.end) for m in mentions]
    return [
        m
        for m in mentions
        if not (middle and _person_part(m, text, middle)) and not _hyphen_end(m, text, taken)
    ]
