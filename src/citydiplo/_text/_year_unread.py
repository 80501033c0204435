"""A day and month followed by a year that cannot be read: "12th June, 2024x", "June 12,
2024BC". The day and month are then not the date the text states (its year is written, in a
form not read), and taking ``ref``'s year for them would be silently wrong: the day and month
are no mention. A year glued to an era word the language lists as a year suffix ("2024AD",
"2024 CE") is read with its day and month before this check is reached; a count glued to a
counter ("June 12, 300 people") is a count, not a year, and figures glued to a month or a
weekday name ("31 мар. 2037мар.") start another date. Han, kana and Hangul after the figures
are left to those languages' own year words ("2024年", "2024년").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._next_word import next_word_in
from citydiplo._text._quoted_name import in_quoted_name
from citydiplo._text._recurring import month_day_ok, not_yearly
from citydiplo._text._unread_days import figures_after_month
from citydiplo._text._word_year import year_in_words_within
from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["day_month_ok", "month_alone_ok", "month_day_year_ok", "no_unread_year"]

# a comma or space, then three or four figures with a letter glued on
_GLUED_YEAR = re.compile(r"[ ]?,?[ ]?[0-9]{3,4}(?=[^\W\d_])")
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# what may follow a date before the figures of a year: nothing else calls the pattern
_BEFORE_FIGURES = frozenset(" ,0123456789")
# a day right before the month, in figures or in Hebrew letters, after a place noun ("улица 9
# Мая 12", "רחוב כ"ט בנובמבר 12"): the month is the street's name's, never "May 12"
_DAY_BEFORE = re.compile(
    r"(?:(?<![\d.,/:])(?:[12]\d|3[01]|0?[1-9])"
    r"|(?<![א-ת])[א-ת]{1,2}[\"'\u05f3\u05f4\u2019\u201d][א-ת]?) $"
)


def no_unread_year(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """Whether no figures of a year glued to unread letters follow the day and month."""
    if folded[m.end() : m.end() + 1] not in _BEFORE_FIGURES:
        return True
    after = _GLUED_YEAR.match(folded, m.end())
    if after is None:
        return True
    tail = folded[after.end() : after.end() + 16]
    if _CJK.match(tail) or any(tail.startswith(w) for w in (*g.months, *g.vocab.weekdays)):
        return True  # "2024年" is read as a year or not by its own words; "2037мар." is a date
    return next_word_in(folded, after.end(), g.vocab.lists.get("counters", frozenset()))


def day_month_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A day and month: not of every year, and no unread year after it."""
    if not not_yearly(fields, folded, m, original, where, g):
        return False
    return folded[m.end() : m.end() + 1] not in _BEFORE_FIGURES or no_unread_year(
        fields, folded, m, original, where, g
    )


def month_day_year_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A month and day: :func:`month_day_ok`, and no unread year after it, nor a street's
    day before the month whose month it is ("улица 9 Мая 12": not 12 May)."""
    if not month_day_ok(fields, folded, m, original, where, g):
        return False
    day = _DAY_BEFORE.search(folded, max(0, m.start() - 6), m.start())
    if day is not None and ends_with_word(
        folded[max(0, day.start() - 24) : day.start()].rstrip(" -:"),
        g.vocab.lists.get("place_nouns_before", frozenset()),
    ):
        return False
    if year_in_words_within(folded, m.start(), m.end(), g):
        return False  # "अप्रैल दो हज़ार दस": April 2010 in words, no "April 2"
    return folded[m.end() : m.end() + 1] not in _BEFORE_FIGURES or no_unread_year(
        fields, folded, m, original, where, g
    )


def month_alone_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A month alone: not "June, 2024BC" nor "сентября две тысячи…" (a year follows, in a
    form not read, so it is no month of ``ref``'s year), nor "June 32" June."""
    if year_in_words_within(folded, m.start(), m.end(), g) or in_quoted_name(folded, *m.span()):
        return False  # (nor a month inside a quoted name: "“十二月市”", "《四月物语》")
    return not figures_after_month(folded, m.end()) and no_unread_year(
        fields, folded, m, original, where, g
    )
