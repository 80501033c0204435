"""The checks a day and month (``dm``) passes before it is a date: each in the module that
owns its rule, here in one place so that the scan's table of checks names one function."""

from __future__ import annotations

import re
from collections.abc import Sequence

from citydiplo._text._lexicon import Grammar
from citydiplo._text._month_counts import months_counted
from citydiplo._text._place_names import day_month_not_a_name
from citydiplo._text._word_year import year_in_words_after
from citydiplo._text._year_unread import no_unread_year

__all__ = ["dm_checks", "h_dm_checks"]


def dm_checks(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A day and month: not a count of months ("۵ ماه گذشته"), not of every year ("हर साल
    20 मार्च") nor the name of a street ("ул. 8 Марта"), and no unread year after it, in
    figures or in words."""
    args = (fields, folded, m, original, where, g)
    if year_in_words_after(folded, m.end(), g):
        return False
    return not months_counted(fields, g) and day_month_not_a_name(*args) and no_unread_year(*args)


def h_dm_checks(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A day and Solar Hijri month (``h_dm``): not of every year, and no year in words after
    it ("پنجم مهر یک هزار و..." is no 5 Mehr of ``ref``'s year)."""
    if year_in_words_after(folded, m.end(), g):
        return False
    return day_month_not_a_name(fields, folded, m, original, where, g)
