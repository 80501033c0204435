"""A day and month named as one street of a list of streets ("на улицах Ленина, 5 Августа и
Мира": on Lenin, 5 August and Mir streets) is that street's name, no date.

The place noun ("улицах", from the language's ``place_nouns_before``) heads the list; the
items before the day are capitalised names joined by a comma or an "and" word
(``and_words``); the month of the day is capitalised as a name's is ("5 Августа", where a
date writes "5 августа"). A date after a place and a comma ("на улице Ленина, 9 мая") keeps
its reading: its month is not capitalised.

>>> from citydiplo import find_dates
>>> find_dates("Ремонт пройдёт на улицах Ленина, 5 Августа и Мира.", lang="ru", ref="2026-12-02")
[]
>>> find_dates("Улицы: ул. Щорса (дома с 1 по 37), 5 Августа, ул. Костюкова", lang="ru")
[]
>>> [str(m.value) for m in find_dates("Субботник на улице Ленина, 5 августа.", lang="ru")]
['XXXX-08-05']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citydiplo._text._words import ends_with_word

__all__ = ["in_street_list"]

_LAST_WORD = re.compile(r"(\w+)\s*$")
_ITEMS = 6  # items walked back over, at most
_WORDS = 3  # capitalised words of one item ("Карла Маркса"), at most
_BRACKET = 120  # characters of a bracketed note after an item, at most


def _capitalised(original: str, where: Sequence[int], start: int, length: int) -> bool:
    if start >= len(where):
        return False
    word = original[where[start] : where[start] + length]
    return word[:1].isupper() and not word.isupper()


def _month_capitalised(original: str, where: Sequence[int], start: int, end: int) -> bool:
    if end > len(where) or start >= end:
        return False
    for c in original[where[start] : where[end - 1] + 1]:  # (the first letter decides)
        if c.isalpha():
            return c.isupper()
    return False


def in_street_list(
    folded: str,
    start: int,
    end: int,
    original: str,
    where: Sequence[int],
    nouns: frozenset[str],
    ands: frozenset[str],
) -> bool:
    """Whether the day and month at ``start``..``end`` is an item of a list of capitalised
    street names headed by one of ``nouns``."""
    h = folded[:start].rstrip()  # (an item of a list follows a comma or "and": checked first)
    if not (h.endswith(",") or ends_with_word(h, ands)):
        return False
    if not _month_capitalised(original, where, start, end):
        return False
    head = folded[:start]
    for _ in range(_ITEMS):
        h = head.rstrip()
        if h.endswith(","):
            h = h[:-1]
        elif n := ends_with_word(h, ands):
            h = h[:-n]
        else:
            return False
        h = h.rstrip()
        if h.endswith(")") and (opening := h.rfind("(", max(0, len(h) - _BRACKET))) >= 0:
            h = h[:opening].rstrip()  # "ул. Щорса (нечётная сторона с 1 по 37), 5 Августа"
        for _ in range(_WORDS):
            m = _LAST_WORD.search(h, max(0, len(h) - 40))
            if m is None or not _capitalised(original, where, m.start(1), len(m.group(1))):
                break
            if ends_with_word(h, nouns):
                return True
            h = h[: m.start(1)].rstrip()
        if ends_with_word(h, nouns):
            return True
        head = h
    return False
