"""A day and month's name, a two-digit year, then the weekday: "29 अप्रेल 14 मंगलवार को",
"5 जुलाई 22 दिन मंगलवार".

Hindi notices write the year in two figures after the month's name. Read alone, the two
figures are no year the text states beyond doubt (a count, a ward, a time may follow a date),
and the day without them takes a year from ``ref``: silently wrong when the page is of another
year. The weekday written right after settles it: the two figures are the year the project's
pivot gives them (as for "03/07/19", after POSIX ``strptime``: 69..99 are 1969..1999, 00..68
are 2000..2068) when that year's date falls on the weekday; else nothing is read from them
("5 जुलाई 22 बुधवार": 5 July 2022 is a Tuesday). The figures may be followed by a word of the
language's ``weekday_links`` ("दिन": day, "दिनांक": dated) before the weekday.

>>> from citydiplo import parse_date
>>> str(parse_date("सायं 7.30 बजे 29 अप्रेल 14 मंगलवार को कवि सम्मेलन", lang="hi"))
'2014-04-29'
>>> str(parse_date("दिनांक 5 जुलाई 22 दिन मंगलवार को", lang="hi"))
'2022-07-05'
>>> from citydiplo import find_dates  # 5 July 2022 is a Tuesday: no year read
>>> [str(m.value) for m in find_dates("5 जुलाई 22 बुधवार", lang="hi")]
['XXXX-07-05']
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["short_year"]

_GAP = re.compile(r" ?['’]?(?P<yy>\d{2}),? (?:(?P<link>\S+) )?")


def short_year(day: Candidate, weekday: Candidate, folded: str, g: Grammar) -> str | None:
    """The year the two figures between ``day`` and ``weekday`` name, or ``None``."""
    f = day.fields
    if weekday.kind != "wd" or "y" in f or "m" not in f or not f.get("d", "").isdigit():
        return None
    m = _GAP.fullmatch(folded, day.end, weekday.start)
    month = g.months.get(f["m"])
    if m is None or month is None:
        return None
    link = m.group("link")
    if link is not None and link not in g.vocab.lists.get("weekday_links", frozenset()):
        return None
    yy = int(m.group("yy"))
    try:
        date = datetime.date(yy + (1900 if yy >= 69 else 2000), month, int(f["d"]))
    except ValueError:
        return None
    return str(date.year) if date.weekday() == g.vocab.weekdays[weekday.fields["wd"]][0] else None
