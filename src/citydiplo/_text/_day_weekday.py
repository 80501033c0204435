"""A day alone with its weekday ("24日(日)", "24일(일)", "the 24th (Sunday)"): the weekday
says which month. The day alone takes a month by :func:`._relative._day_only`'s rule (a day
more than a week after ``ref``'s is of the previous month); when the weekday the text gives
contradicts that reading, the day is read in the month before ``ref``'s, ``ref``'s own or
the next one, whichever single one of them has that day on that weekday within
:data:`_REACH` days of ``ref``. None or more than one: no reading (the caller raises).
"""

from __future__ import annotations

import datetime

from citydiplo.dates import PartialDate

__all__ = ["day_by_weekday"]

_REACH = 45  # days from ref: a day alone in news is of the weeks around the article


def day_by_weekday(day: int, weekday: int, ref: PartialDate) -> PartialDate | None:
    """The one date of day ``day`` on ``weekday`` (Monday 0) near ``ref``, or ``None``."""
    if ref.month is None or ref.day is None:
        return None
    today = datetime.date(ref.year, ref.month, ref.day)
    months = ref.year * 12 + ref.month - 1
    fits = []
    for k in (-1, 0, 1):
        n = months + k
        try:
            found = datetime.date(n // 12, n % 12 + 1, day)
        except ValueError:
            continue
        if found.weekday() == weekday and abs((found - today).days) <= _REACH:
            fits.append(found)
    return PartialDate.from_date(fits[0]) if len(fits) == 1 else None
