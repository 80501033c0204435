"""A span whose two ends name the same day is that day: "Từ 13 giờ 00 phút, ngày 12/9/2025
đến 16 giờ 00 phút ngày 12/9/2025" (from 1 p.m. to 4 p.m. on 12 September) states one day,
the hours set aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo.dates import DateRange, PartialDate, RecordDate

if TYPE_CHECKING:
    from citydiplo._text._scan import Candidate

__all__ = ["days_span", "one_day", "one_day_candidate", "without_restated_days"]


def one_day(value: RecordDate) -> RecordDate:
    """``value``, or the day both ends of ``value`` name when it is such a span."""
    if (
        isinstance(value, DateRange)
        and isinstance(value.start, PartialDate)
        and value.start.day is not None
        and value.start == value.end
    ):
        return value.start
    return value


# the fields that name a day, not how it is written (an era's year too: "平成3年2月1日〜平成5年…")
_DAY_KEYS = ("d", "m", "mn", "y", "yy", "h", "era", "ey")


def one_day_candidate(cand: Candidate) -> Candidate:
    """``cand``, or its first end when it is a span whose two ends name the same day by the
    same fields ("từ 0 giờ ngày 22/6 đến 4 giờ ngày 22/6": one day, even without a year; a
    span of a day to itself must not become a year's span)."""
    low, high = cand.low, cand.high
    if cand.kind != "range" or low is None or high is None or "d" not in low.fields:
        return cand
    if not ("m" in low.fields or "mn" in low.fields):
        return cand
    if not all(low.fields.get(k) == high.fields.get(k) for k in _DAY_KEYS):
        return cand
    if "future" in cand.fields:  # the sentence's tense, read for the span, holds for its day
        return low._replace(fields={**low.fields, "future": cand.fields["future"]})
    return low


def days_span(c: Candidate) -> bool:
    """Whether ``c`` states a span from one day to another ("12/03/23-15/03/23", "۲۱ تا ۲۷
    دی"): a day inside it does not stand for it, unlike a year, a month or a week named
    around a day ("先週金曜日": last week's Friday)."""
    low = c.low
    return (c.kind == "range" and low is not None and "d" in low.fields) or "d0" in c.fields


def without_restated_days(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without a day alone that says again the day of a date with its month
    stated before it: "新华社香港1月28日电 … 活动28日正式启动" (the dateline's day, then the
    event "on the 28th") names one day, not two."""
    days: set[str] = set()
    out = []
    for c in candidates:
        day = c.fields.get("d", "").lstrip("0")
        if c.kind == "d_only" and "d0" not in c.fields and day in days:
            continue
        if day and ("m" in c.fields or "mn" in c.fields):
            days.add(day)
        out.append(c)
    return out
