"""Lowercase town adjectives before an office word: "в ходе визита омской делегации" (the
Omsk delegation), read as the town (used by :func:`citydiplo._geo._after_scan.completed`).

The scan reads a capitalised adjective ("Витебского горисполкома":
:mod:`citydiplo._geo._relational`); prose writes the adjective lowercase ("омской
делегации", "смоленской делегации"). Each such adjective that
:func:`~citydiplo._geo._relational.relational` reads as exactly one town before its office
word is capitalised in a copy of the text (same offsets) and the copy read again: what the
scan reads there, with the usual rules, is added.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._geo._relational import relational
from citydiplo._normalize import match_key

__all__ = ["with_town_adjectives"]

M = TypeVar("M", bound=Mention)
_ADJECTIVE = re.compile(r"(?<![А-Яа-яЁё-])([а-яё]{2,}ск[а-яё]{1,3}) ([а-яё]+)")


def with_town_adjectives(
    mentions: Sequence[M],
    text: str,
    lang: str | None,
    make: Callable[..., M],
    finder: Callable[..., Sequence[Mention]],
) -> tuple[M, ...]:
    """``mentions`` with the towns of the lowercase adjectives described above.

    >>> from citydiplo import find_places
    >>> text = "Документ подписан в ходе визита омской делегации в Беларусь."
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="ru")]
    [('омской', 'RU-OMS'), ('Беларусь', None)]
    """
    if lang not in (None, "ru"):
        return tuple(mentions)
    starts = [
        m.start(1)
        for m in _ADJECTIVE.finditer(text)
        if relational(match_key(m.group(1)), match_key(m.group(2))) is not None
    ]
    taken = [(m.start, m.end) for m in mentions]
    starts = [s for s in starts if not any(a <= s < b for a, b in taken)]
    if not starts:
        return tuple(mentions)
    chars = list(text)
    for s in starts:
        chars[s] = chars[s].upper()
    added = [
        make(start=m.start, end=m.end, text=text[m.start : m.end], place=m.place)
        for m in finder("".join(chars), lang=lang)
        if m.start in starts and m.place.kind is PlaceKind.CITY
    ]
    return tuple(sorted([*mentions, *added], key=lambda m: m.start))
