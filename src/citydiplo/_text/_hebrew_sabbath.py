"""A weekday name that is also a common noun needs its mark: Hebrew "שבת" is Saturday and the
Sabbath ("שמירת שבת": keeping the Sabbath, "ערב שבת": Friday evening, "שבת שלום"). In a
language whose data lists such names in ``weekdays_need_mark``, the name is read as a day
only with a prefix letter glued to it ("בשבת": on Saturday, "השבת": this Saturday), with a
word for last or next ("שבת הבאה"), or right before a date ("שבת, 9.3.24"); alone it is no
date. The ordinals that name the other days after ב ("בראשון", "בחמישי"), listed in
``weekdays_need_modifier``, are days only with a word for next or last ("בראשון הבא": next
Sunday); "בראשון לציון" is a city, "בשני הכיוונים" in both directions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["unmarked_weekday"]

_BEFORE_A_DATE = re.compile(r"[,.]? ?\d")


def unmarked_weekday(fields: dict[str, str], folded: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether the weekday ``m`` read is one of ``weekdays_need_mark`` standing bare.

    >>> from citydiplo import find_dates
    >>> [str(d.value) for d in find_dates("הרב דיבר על שמירת שבת", lang="he", ref="2024-03-15")]
    []
    >>> [str(d.value) for d in find_dates("בשבת התקיים טקס", lang="he", ref="2024-03-15")]
    ['2024-03-09']
    """
    if "mod_last" in fields or "mod_next" in fields:
        return False
    if fields.get("wd") in g.vocab.lists.get("weekdays_need_modifier", frozenset()):
        return True  # "בראשון לציון", "בשני הכיוונים": an ordinal, no day, without "הבא"
    words = g.vocab.lists.get("weekdays_need_mark")
    if not words or fields.get("wd") not in words:
        return False
    if not folded.startswith(fields["wd"], m.start()):
        return False  # a prefix letter or a preposition before it: "בשבת", "השבת"
    return not _BEFORE_A_DATE.match(folded, m.end())
