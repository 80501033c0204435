"""Numbers that belong to a code or a name rather than to a date.

- A number attached by "/" or "-" to a token before it ("59-НК/2024", "KH-2024") or after a
  numbering word ("No.", "제", "第") is part of a code or a numbering: no year.
- A day's figures joined by a hyphen to a word of Latin or Cyrillic letters before them are
  that word's number: "COVID-19", "G-20", "Su-30", "A-10", "MiG-29", "Ил-76" name a disease,
  a group or a machine, never a day ("COVID-19 May 2020" states May 2020, not the 19th). The
  one-letter prefixes of Hebrew ("ב-20 במאי": on the 20th of May) are in another script, and
  the prefixes of the language (``prefixes``) are let through anywhere, and so is a month's
  name before the hyphen ("30 сентября-1 октября": a span of days).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._hebrew_joint import dated_token
from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["name_number_day", "numbered"]

_HYPHENS = ("-", "\u2010", "\u2011")
_DAY_MONTH = re.compile(r"([12]\d|3[01]|0?[1-9])[./](?:1[0-2]|0?[1-9])(?!\d)")


def _first_day(token: str, folded: str, start: int) -> bool:
    """Whether ``token`` is the first day of a span whose last day and month start at
    ``start`` ("בתאריכים 14-15.10": the 14th and 15th of October), an earlier day."""
    m = _DAY_MONTH.match(folded, start)
    if m is None or not token.isdigit() or len(token) > 2:
        return False
    return 0 < int(token) < int(m.group(1))


# a word of Latin or Cyrillic letters and figures, with a letter, right before a hyphen
_NAME_HYPHEN = re.compile(r"(?<![\w-])[0-9a-zа-яё]*[a-zа-яё][0-9a-zа-яё]*[-\u2010\u2011]$")


def numbered(folded: str, start: int, g: Grammar) -> bool:
    """Whether a number at ``start`` is part of a code or a numbering: attached by "/" or "-"
    to a token before it ("59-НК/2024", "KH-2024"), or after a numbering word ("No.", "제",
    "第")."""
    head = folded[max(0, start - 16) : start]
    if head[-1:] in ("/", "-"):
        if ends_with_word(head[:-1].rstrip(), g.words["year_words"]):
            return False  # "वर्ष-2025", "वित्तीय वर्ष-2025-26": the word for year, then the year
        token = re.split(r"[^\w/-]", head[:-1])[-1]
        # a code has letters ("НК/2024"); "2021-2025" is a range, "ב-2019" a prefixed year
        if token.replace("-", "").replace("/", "").isdigit():  # "042-378-2111": figures
            if len(token) == 4 or dated_token(token):  # "12/03/23-15/03/23": a span
                return False
            return not _first_day(token, folded, start)  # "14-15.10": a span of two days
        return any(ch.isalpha() for ch in token) and token not in g.words["prefixes"]
    markers = g.vocab.lists.get("number_markers", frozenset())
    words = head.split()[-2:]  # "No. 2025", "flight KE 2025"
    return not markers.isdisjoint(words)


def name_number_day(fields: dict[str, str], folded: str, start: int, g: Grammar) -> int:
    """The end of the figures at ``start`` when they are a day ("d") that a word and a hyphen
    before them make a name's number ("covid-19 may 2020"); else 0."""
    day = fields.get("d")
    if not day or not folded.startswith(day, start) or folded[start - 1 : start] not in _HYPHENS:
        return 0
    m = _NAME_HYPHEN.search(folded, max(0, start - 24), start)
    word = "" if m is None else m.group()[:-1]
    if not word or word in g.words["prefixes"] or word.rstrip(".") in g.months:
        return 0  # "30 сентября-1 октября", "May-19": a month's name ends a date
    return start + len(day)
