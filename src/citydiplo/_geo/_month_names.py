"""The months' names of the text's language are no places (a check ``find_places`` runs on
the mentions its scan read; the names come from CLDR through Babel).

A month's name is also, spelled loosely, the name of a city: Persian "آوریل" (April) reads
as "اورل", Orël; "روز اول آوریل" is the first of April. A mention that is exactly a month's
name of the text's language (wide or abbreviated, in a date or standing alone) is no place,
unless a cue word of the language stands right before or after it ("the town of March").
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._languages import available
from citydiplo._normalize import match_key

__all__ = ["month_names", "outside_month_names"]

M = TypeVar("M", bound=Mention)
_REACH = 40  # characters around a mention where its cue word is looked for


@cache
def month_names(lang: str) -> frozenset[str]:
    """The month names of ``lang`` in CLDR, as match keys.

    >>> sorted(month_names("fa"))[:3]
    ['اوت', 'اوریل', 'اکتبر']
    """
    from babel import Locale, UnknownLocaleError

    try:
        months = Locale.parse(lang).months
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(
        match_key(name)
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in months[context][width].values()
    )


def outside_month_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the month names of ``lang`` (of every language, for ``None``).

    >>> from citydiplo import find_places
    >>> text = "رالی از آستراخان روسیه در روز اول آوریل حرکت کرد"
    >>> [m.text for m in find_places(text, lang="fa")]
    ['آستراخان', 'روسیه']
    >>> [m.text for m in find_places("The market town of March in Cambridgeshire.", lang="en")]
    ['March', 'Cambridgeshire']
    """
    if not mentions:
        return mentions
    names = month_names(lang) if lang else frozenset().union(*map(month_names, available()))
    return [
        m
        for m in mentions
        if match_key(text[m.start : m.end]) not in names or _cued(text, m.start, m.end, lang)
    ]


def _cued(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether a cue word of ``lang`` stands right before or after ``text[start:end]``."""
    cues = merged_cues(lang)
    before = " " + match_key(text[max(0, start - _REACH) : start])
    after = match_key(text[end : end + _REACH]) + " "
    return any(before.endswith(" " + w) for w, _ in cues.before) or any(
        after.startswith(w + " ") for w, _ in cues.after
    )
