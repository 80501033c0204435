"""A day the article gives without its year dates no record.

"Sáng 13/6" (the morning of 13 June), "9월 20일", "11日" in an article with no publication
date to read the year from is a :class:`~citydiplo.dates.YearlessDate`: it says which day of
some year, not when. A record's date places it in time -- it is compared, sorted and merged
with other reports of the same record -- and a day of no known year does none of that, so a
candidate whose attached date (by the documented rule of :mod:`citydiplo._extract._rules`) is
yearless keeps no date: the record is undated, the date stays among the article's mentions,
and the evidence says why (``date_rule``). With a publication date the same words are read
as a full date and attached as usual.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._sentence import Candidate
from citydiplo.dates import YearlessDate

__all__ = ["YEARLESS", "without_yearless_dates"]

YEARLESS = "a day without its year: no record date"


def without_yearless_dates(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the yearless dates taken off (the module's rule).

    >>> from citydiplo import extract
    >>> t = "Sáng 13/6, Chủ tịch UBND Thành phố Hồ Chí Minh tiếp Thị trưởng thành phố Daejeon."
    >>> [(r.kind.value, r.date) for r in extract(t, lang="vi").records]
    [('meeting', None)]
    >>> [(r.kind.value, str(r.date)) for r in extract(t, lang="vi", published="2019-06-13").records]
    [('meeting', '2019-06-13')]
    """
    return [attrs.evolve(c, date=None, date_rule=YEARLESS)
            if c.date is not None and isinstance(c.date.date, YearlessDate) else c
            for c in cands]
