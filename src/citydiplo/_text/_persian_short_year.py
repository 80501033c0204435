"""A two-digit Solar Hijri year in a Persian date in figures ("۱۶/۴/۹۹", "96/11/18").

Persian text writes a date in figures day first ("۱۶/۴/۹۹": 16 Tir 1399) or, as Iranian
offices and letters do, year first ("96/11/18": 18 Bahman 1396). The grammar reads both as
day/month/two-digit year; when the first figure can be no day and is a year of the last
Solar Hijri decades (50 to 99: 1350 to 1399) and the last can be a day, the date is year
first. The two-digit year is 13xx from 50 and 14xx below. Other languages keep their reading.

>>> from citydiplo import parse_date
>>> str(parse_date("در مورخه 96/11/18", lang="fa"))
'2018-02-07'
>>> str(parse_date("۱۶/۴/۹۹", lang="fa"))
'2020-07-06'

The end of a span of such dates is a Solar Hijri date too, read whole, never its figures as
a Gregorian day, month and year ("92/1/10 تا 92/1/12" is 10 to 12 Farvardin 1392; its first
day alone would be silently wrong):

>>> str(parse_date("شنبه مورخ 92/1/10 تا دوشنبه مورخ 92/1/12", lang="fa"))
'2013-03-30/2013-04-01'
>>> str(parse_date("1392/1/10 تا 1392/1/12", lang="fa"))
'2013-03-30/2013-04-01'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["gregorian_day_end", "persian_short_year"]


def persian_short_year(c: Candidate, g: Grammar) -> Candidate:
    """``c`` with the Solar Hijri year its two-digit year names, in Persian text; as is
    elsewhere."""
    f = c.fields
    if "fa" not in g.langs or "yy" not in f:
        return c
    yy, first = int(f["yy"]), f.get("d", "")
    if c.kind == "dmy_num2" and first.isdigit() and int(first) >= 50 and 1 <= yy <= 31:
        yy, f = int(first), {**f, "d": f["yy"], "yy": first}  # "96/11/18": year first
    return c._replace(fields={**f, "y": str(1300 + yy if yy >= 50 else 1400 + yy)})


def gregorian_day_end(high: Candidate, g: Grammar) -> bool:
    """Whether ``high``, the end of a span, names a day by Gregorian figures that the span's
    start lends its month and year to; not a Solar Hijri date in figures in Persian text
    ("92/1/12", "1392/1/12"), which is resolved whole; nor a day of a month named relative to
    ``ref`` ("6月28日から来月19日まで": the end is next month's 19th, counted from ``ref``)."""
    f = high.fields
    if "d" not in f or {"this_month", "last_month", "next_month"} & f.keys():
        return False  # "来月19日", "다음달 19일": the month is ref's, not the start's
    if "fa" not in g.langs or "mn" not in f:
        return True
    return not ("yy" in f or ("y" in f and int(f["y"]) < 1700))
