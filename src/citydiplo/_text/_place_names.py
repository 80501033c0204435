"""A day and month that names a street, a square or a station is no date.

Streets and squares are named after dates: "ул. 8 Марта", "площадь 1 Мая", "خیابان ۱۵ خرداد",
"میدان ۷ تیر", "רחוב 14 במאי", "26 જાન્યુઆરી માર્ગ". A day and month without a year right after a
word of the language's ``place_nouns_before`` (data: "улица", "خیابان", "רחוב"), or right before
one of ``place_nouns_after`` ("માર્ગ", "मार्ग"), is that name: not read, unless the noun has its
name before it, a capitalised word ("на Красной площади 9 мая": on Red Square, on 9 May). A
day and month the text has just so named is that name again without its noun ("تا میدان ۱۵
خرداد و … «حدفاصل ۱۵ خرداد تا دروازه دولت»": between 15 Khordad square and the gate).

>>> from citydiplo import find_dates, PartialDate
>>> ref = PartialDate("2025-06-18")
>>> find_dates("на улице 8 Марта прошёл субботник", lang="ru", ref=ref)
[]
>>> [str(m.value) for m in find_dates("субботник прошёл 8 марта", lang="ru", ref=ref)]
['2025-03-08']
>>> [str(m.value) for m in find_dates("концерт на Центральной площади 9 мая", lang="ru", ref=ref)]
['2025-05-09']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._recurring import not_yearly
from citydiplo._text._street_lists import in_street_list
from citydiplo._text._words import ends_with_word, starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["day_month_not_a_name"]

_LAST_WORD = re.compile(r"(\w+)[ ]+$")
_REACH = 240  # characters before a day and month searched for the same day named as a street


def _named_before(folded: str, noun: int, original: str, where: Sequence[int]) -> bool:
    """Whether the place noun at ``noun`` has its name before it, a capitalised word ("на
    Центральной площади 9 мая": on Central Square, on 9 May), so the date after it is no name."""
    m = _LAST_WORD.search(folded, max(0, noun - 32), noun)
    if m is None or m.start(1) >= len(where):
        return False
    word = original[where[m.start(1)] : where[m.start(1)] + len(m.group(1))]
    return word[:1].isupper() and not word.isupper()  # (all capitals say nothing)


def _named_street_before(folded: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether the same day and month stands right after a place noun within ``_REACH``
    characters before ``start``: the text has named the street or square so, and says its
    name again without the noun."""
    text, lo = folded[start:end], max(0, start - _REACH)
    at = folded.rfind(text, lo, start)
    while at >= 0:
        if ends_with_word(folded[max(lo, at - 24) : at].rstrip(" -:"), nouns):
            return True
        at = folded.rfind(text, lo, at)
    return False


def day_month_not_a_name(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A day and month without a year: not of every year ("हर साल 20 मार्च"), nor the name of
    a street or square ("ул. 8 Марта")."""
    if not not_yearly(fields, folded, m, original, where, g):
        return False
    lists = g.vocab.lists
    before = lists.get("place_nouns_before")
    if before is not None:
        head = folded[max(0, m.start() - 24) : m.start()].rstrip(" -:")  # "công viên: 23 tháng 9"
        n = ends_with_word(head, before)
        if n and not _named_before(folded, max(0, m.start() - 24) + len(head) - n, original, where):
            return False
        ands = lists.get("and_words", frozenset())
        if in_street_list(folded, m.start(), m.end(), original, where, before, ands):
            return False  # "на улицах Ленина, 5 Августа и Мира"
        if _named_street_before(folded, m.start(), m.end(), before):
            return False  # "میدان ۱۵ خرداد … «حدفاصل ۱۵ خرداد تا …»": the square again
    after = lists.get("place_nouns_after")
    return after is None or not starts_with_word(folded[m.end() : m.end() + 24].lstrip(), after)
