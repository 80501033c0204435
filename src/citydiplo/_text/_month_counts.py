"""A number before "last month" may count months: Persian "طی ۵ ماه گذشته" is "during the past
five months", not "the 5th of last month" (that is "پنجم ماه گذشته", with an ordinal). In a
language whose data sets ``figure_before_relative_month_counts``, a day in figures right before
a word for this, last or next month is a count of months, and the pair is no date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["months_counted"]

_RELATIVE_MONTHS = ("this_month", "last_month", "next_month")


def months_counted(fields: dict[str, str], g: Grammar) -> bool:
    """Whether ``fields`` (of a day and month) are a count of months before a relative month."""
    if not g.vocab.flags.get("figure_before_relative_month_counts"):
        return False
    return fields.get("d", "").isdigit() and any(k in fields for k in _RELATIVE_MONTHS)
