"""Two days of one Solar Hijri month named each with the month, joined as a span, without a
year: "از ۲۱ دی تا ۲۷ دی" (from 21 to 27 Dey), "از یکشنبه ۲۱ دی تا شنبه ۲۷ دی".

Read apart, each day is dated against ``ref`` on its own, and the two may fall in different
years (the second before the first); read as "۲۱ تا ۲۷ دی" they are the span of that month's
days, dated once. Weekdays named beside the two days must agree with each other (six days
apart, six weekdays apart), and the end's is checked against the day it falls on; otherwise
the days are left as they are, unread together.

>>> from citydiplo import PartialDate, parse_date
>>> str(parse_date("از یکشنبه ۲۱ دی تا شنبه ۲۷ دی", lang="fa", ref=PartialDate("2025-12-01")))
'2026-01-11/2026-01-17'

The year is chosen as for any Solar day against ``ref`` (at most three months after it);
a weekday that does not fit that year's day leaves the span unread rather than dated in it.

Two days of different months ("از ۲۹ خرداد تا ۳ تیر", "از ۲۰ اسفند تا ۱۲ فروردین") are a
span too, each end dated against ``ref`` as it would be alone; an end before the start leaves
the span unread. Read apart, the first day alone would drop the end the text states.

>>> str(parse_date("از ۲۰ اسفند تا ۱۲ فروردین", lang="fa", ref=PartialDate("2021-03-14")))
'2021-03-10/2021-04-01'

A clause may part the two ends: a start verb after the first and "continues" after the last
(``range_start_verbs``, ``range_until_after``; :mod:`._split_span`), whatever the tense.

>>> text = "نمایشگاه از ۱۰ آذر آغاز شده و تا ۱۵ آذر ادامه دارد"
>>> str(parse_date(text, lang="fa", ref=PartialDate("2026-12-02")))
'2026-12-01/2026-12-06'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._split_span import split_span

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["solar_month_days"]


def solar_month_days(a: Candidate, b: Candidate, folded: str, g: Grammar) -> Candidate | None:
    """``a`` to ``b`` in ``folded``, two Solar Hijri days without a year joined by a word of
    ``day_range_connectors`` (or parted by a clause that begins the span): of the same month,
    that month's span of days (``b`` with its first day ``d0``); of two months, the span from
    one to the other; else ``None``."""
    fa, fb = a.fields, b.fields
    if not (a.kind == b.kind == "h_dm") or "d0" in fa or "d0" in fb:
        return None
    gap = folded[a.end : b.start].strip()
    if gap not in g.words["day_range_connectors"] and not split_span(a, b, folded, g):
        return None
    if fa.get("h") != fb.get("h"):  # "از ۲۹ خرداد تا ۳ تیر": each end dated against ``ref``
        return a._replace(end=b.end, kind="range", fields={}, low=a, high=b, open_end=False)
    first, last = fa.get("d", ""), fb.get("d", "")
    if not (first.isdigit() and last.isdigit()) or int(first) >= int(last):
        return None
    if "weekday" in fa or "weekday" in fb:
        weekdays = g.vocab.weekdays
        if "weekday" not in fa or "weekday" not in fb:
            return None
        apart = weekdays[fb["weekday"]][0] - weekdays[fa["weekday"]][0]
        if (apart - (int(last) - int(first))) % 7:
            return None  # the weekdays do not fit the days: leave both unread
    return b._replace(start=a.start, fields={**fb, "d0": first})  # (its weekday: the end's)
