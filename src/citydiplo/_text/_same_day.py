"""A span whose two ends name the same day is that day: "Từ 13 giờ 00 phút, ngày 12/9/2025
đến 16 giờ 00 phút ngày 12/9/2025" (from 1 p.m. to 4 p.m. on 12 September) states one day,
the hours set aside."""

from __future__ import annotations

from citydiplo.dates import DateRange, PartialDate, RecordDate

__all__ = ["one_day"]


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
