"""A number after a currency sign or a word for "in all" is an amount or a count, no year.

"₹ 1999 में उपलब्ध" (available at ₹1,999), "$2000", "₪ 1990": a character of Unicode category
Sc (currency symbol) right before a number makes it an amount, in every language and script.
"कुल 2024 मतदाता" (2,024 voters in all), "всего 1980 зрителей", "סה"כ 2019 משתתפים": a word of
the language's ``count_before`` list (data) right before a number makes it a count.

>>> from citydiplo import find_dates
>>> find_dates("₹ 1999 में उपलब्ध", lang="hi"), find_dates("कुल 2024 मतदाता", lang="hi")
([], [])
>>> [str(m.value) for m in find_dates("वर्ष 2024 में", lang="hi")]
['2024']
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["amount_or_count_before"]


def amount_or_count_before(folded: str, start: int, g: Grammar) -> bool:
    """Whether a currency sign, or a word of ``count_before`` (perhaps as a label, before a
    colon), stands right before the number at ``start`` of ``folded``."""
    i = start - 1
    while i >= 0 and folded[i] == " ":
        i -= 1
    if i < 0:
        return False
    if unicodedata.category(folded[i]) == "Sc":
        return True
    if folded[i] in ":：":  # a label: "阅读:2068", "Số lần xem: 2864" (a count of views)
        i -= 1
        while i >= 0 and folded[i] == " ":
            i -= 1
    words = g.vocab.lists.get("count_before")
    return words is not None and ends_with_word(folded[max(0, i - 23) : i + 1], words) > 0
