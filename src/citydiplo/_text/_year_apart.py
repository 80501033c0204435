"""A year in figures is the year of the month after it only when it is written with it.

The folded text joins all whitespace into one space, so "点击量:4633\\n\\n    8月25日" (a view
count at the end of one line, the day the article was published on the next) folds to
"4633 8月25日", which reads as 25 August 4633: a silently wrong year, and a count read as a
date. Two laws of how dates are written keep the figures apart:

- a line break never falls between a bare year and its month: a number at the end of one line
  and a month at the start of the next are two fields (a header's count, a table's cells),
  whatever the language ("2011年" with its counter, wrapped before "8月", stays one date);
- a bare number before a month with only a space between them ("2024 7월", "2018 May 5") is
  its year only if it is a number read as a year when it stands alone (1800 to 2199, and
  Solar Hijri years in Persian): "4633 8月25日" is a count, then a date.

Either way the month (and its day) is read as if the figures were not there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._dashes import plausible_year
from citydiplo._text._nouns import day_not_a_duration

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["year_apart", "year_month_day_ok", "year_month_ok"]


def year_apart(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """Whether the year in figures at the start of match ``m`` stands apart from its month: a
    line break between them in ``original``, or a bare number that is no plausible year."""
    year, month = fields.get("y"), fields.get("m")
    if not year or not month:
        return False
    at = folded.find(year, m.start(), m.end())
    month_at = folded.find(month, at + len(year), m.end()) if at >= 0 else -1
    if month_at < 0:
        return False
    after_year = at + len(year)
    if folded[m.start() : at].strip() or folded[after_year:month_at] != " ":
        return False  # "năm 2018", "2011年", "2011-8": a year word, a counter or a separator
    if "\n" in original[where[after_year - 1] + 1 : where[month_at]]:
        return True
    return not year.isdigit() or not plausible_year(int(year), g)


def year_month_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A year and month ("2011年8月"): the year is written with the month."""
    return not year_apart(fields, folded, m, original, where, g)


def year_month_day_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A year, month and day: the day is no count of days ("3월 3일 간") and the year is
    written with the month."""
    return day_not_a_duration(fields, folded, m, original, where, g) and not year_apart(
        fields, folded, m, original, where, g
    )
