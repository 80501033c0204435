"""Dates whose year the text does not state: :class:`YearlessDate` (EDTF ``XXXX-05-10``, or
a span ``XXXX-06-20/XXXX-06-21``).

Private: :mod:`citydiplo.dates` is the public module.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import attrs

from citydiplo import _edtf
from citydiplo._errors import ArgumentTypeError, DateParseError, InvalidDateError
from citydiplo._partial import _Dated

if TYPE_CHECKING:
    from citydiplo._partial import PartialDate
    from citydiplo._range import DateRange

__all__ = ["YearlessDate"]


def _check_month(instance: YearlessDate, attribute: Any, value: Any) -> None:
    name = attribute.name
    if type(value) is not int:
        raise ArgumentTypeError(f"YearlessDate {name}={value!r} must be an int")
    if not 1 <= value <= 12:
        raise InvalidDateError(
            f"YearlessDate {name}={value!r} is invalid; expected 1..12", field=name, value=value
        )


def _check_day(instance: YearlessDate, attribute: Any, value: Any) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise ArgumentTypeError(f"YearlessDate day={value!r} must be an int")
    last = _edtf.days_in_month(2000, instance.month)  # 29 February exists in some year
    if not 1 <= value <= last:
        raise InvalidDateError(
            f"YearlessDate day={value!r} is invalid; expected 1..{last} for month "
            f"{instance.month:02d}",
            field="day",
            value=value,
        )


def _check_end_month(instance: YearlessDate, attribute: Any, value: Any) -> None:
    if value is None:
        return
    _check_month(instance, attribute, value)
    if (instance.day is None) != (instance.end_day is None):
        raise InvalidDateError(
            "YearlessDate span: both ends need a day, or neither", field="end_day", value=None
        )
    if (value, instance.end_day) == (instance.month, instance.day):
        raise InvalidDateError(
            "YearlessDate span: the ends must differ", field="end_month", value=value
        )


def _check_end_day(instance: YearlessDate, attribute: Any, value: Any) -> None:
    if value is None:
        return
    if instance.end_month is None:
        raise InvalidDateError("YearlessDate end_day needs end_month", field="end_day", value=value)
    if type(value) is not int:
        raise ArgumentTypeError(f"YearlessDate end_day={value!r} must be an int")
    last = _edtf.days_in_month(2000, instance.end_month)
    if not 1 <= value <= last:
        raise InvalidDateError(
            f"YearlessDate end_day={value!r} is invalid; expected 1..{last} for month "
            f"{instance.end_month:02d}",
            field="end_day",
            value=value,
        )


@attrs.define(frozen=True, slots=True, kw_only=True, init=False, eq=True, order=False)
class YearlessDate:
    """A month and day (or a month alone), or a span of them, in a year the text does not state.

    "10 May", "11月3日" without a reference date: EDTF ``XXXX-05-10`` (``XXXX-05`` for a
    month alone). "20 и 21 июня", "May 3-5" without a reference date: the span
    ``XXXX-06-20/XXXX-06-21`` (``end_month``, ``end_day``), both ends in the same unstated
    year, or, when the end's month and day come before the start's ("28 Dec - 3 Jan"), the
    end in the year after. It has no bounds and no place in the order of dated values:
    sorting puts it with the undated (:func:`~citydiplo.dates.record_date_key`). It is
    compatible with every date that may fall on its days (:meth:`is_compatible`).

    Args:
        text: EDTF ``XXXX-MM``, ``XXXX-MM-DD`` or an interval of two of them.
        month: 1..12.
        day: a day that exists in ``month`` in some year (29 February is allowed), or ``None``.
        end_month: the last month of a span, or ``None`` for a single date.
        end_day: the last day of a span: given exactly when ``day`` is.

    Raises:
        DateParseError: ``text`` is not a year-less EDTF date or interval.
        InvalidDateError: a month or day that no year has; a span with one end's day missing
            or both ends equal.
        TypeError: both text and fields, neither, or a field of the wrong type.

    >>> YearlessDate("XXXX-05-10") == YearlessDate(month=5, day=10)
    True
    >>> str(YearlessDate(month=2, day=29)), YearlessDate(month=11)
    ('XXXX-02-29', YearlessDate("XXXX-11"))
    >>> YearlessDate(month=6, day=20, end_month=6, end_day=21)
    YearlessDate("XXXX-06-20/XXXX-06-21")
    """

    month: int = attrs.field(validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)
    end_month: int | None = attrs.field(default=None, validator=_check_end_month)
    end_day: int | None = attrs.field(default=None, validator=_check_end_day)

    def __init__(
        self,
        text: str | None = None,
        *,
        month: int | None = None,
        day: int | None = None,
        end_month: int | None = None,
        end_day: int | None = None,
    ) -> None:
        if text is not None:
            if (month, day, end_month, end_day) != (None, None, None, None):
                raise ArgumentTypeError("YearlessDate() takes EDTF text or fields, not both")
            parsed = YearlessDate.parse(text)
            month, day, end_month, end_day = (
                parsed.month,
                parsed.day,
                parsed.end_month,
                parsed.end_day,
            )
        elif month is None:
            raise ArgumentTypeError("YearlessDate() needs EDTF text or month=")
        self.__attrs_init__(month=month, day=day, end_month=end_month, end_day=end_day)

    @property
    def is_span(self) -> bool:
        """Whether this is a span of days (or months) rather than one.

        >>> YearlessDate("XXXX-05-03/XXXX-05-05").is_span, YearlessDate("XXXX-05-03").is_span
        (True, False)
        """
        return self.end_month is not None

    def first(self) -> YearlessDate:
        """The first day (or month): this value when it is not a span.

        >>> YearlessDate("XXXX-12-28/XXXX-01-03").first()
        YearlessDate("XXXX-12-28")
        """
        return YearlessDate(month=self.month, day=self.day)

    def last(self) -> YearlessDate:
        """The last day (or month): this value when it is not a span.

        >>> YearlessDate("XXXX-12-28/XXXX-01-03").last()
        YearlessDate("XXXX-01-03")
        """
        if self.end_month is None:
            return self
        return YearlessDate(month=self.end_month, day=self.end_day)

    def crosses_year(self) -> bool:
        """Whether the span's last day comes before its first in the calendar: it ends in the
        year after the one it starts in ("28 Dec - 3 Jan").

        >>> YearlessDate("XXXX-12-28/XXXX-01-03").crosses_year()
        True
        """
        if self.end_month is None:
            return False
        return (self.end_month, self.end_day or 0) < (self.month, self.day or 0)

    @classmethod
    def parse(cls, text: str) -> YearlessDate:
        """Read ``XXXX-MM``, ``XXXX-MM-DD`` or an interval of two of them; any other EDTF
        value is an error.

        >>> YearlessDate.parse("XXXX-12-31")
        YearlessDate("XXXX-12-31")
        >>> YearlessDate.parse("2024-12-31")
        Traceback (most recent call last):
        ...
        citydiplo.DateParseError: '2024-12-31' has a year; expected XXXX-MM[-DD] or a span of two
        """
        from citydiplo.dates import parse_edtf  # the public reader builds every kind of value

        value = parse_edtf(text)
        if not isinstance(value, YearlessDate):
            raise DateParseError(
                f"{text!r} has a year; expected XXXX-MM[-DD] or a span of two",
                text=text,
            )
        return value

    def in_year(self, year: int) -> PartialDate | DateRange:
        """This month and day in ``year``; a span starts in ``year`` (and ends in the next
        when it crosses the year's end).

        Raises:
            InvalidDateError: 29 February in a common year.

        >>> YearlessDate("XXXX-05-10").in_year(2025)
        PartialDate("2025-05-10")
        >>> YearlessDate("XXXX-12-28/XXXX-01-03").in_year(2025)
        DateRange("2025-12-28/2026-01-03")
        """
        from citydiplo._partial import PartialDate
        from citydiplo._range import DateRange

        start = PartialDate(year=year, month=self.month, day=self.day)
        if self.end_month is None:
            return start
        end_year = year + 1 if self.crosses_year() else year
        end = PartialDate(year=end_year, month=self.end_month, day=self.end_day)
        return DateRange(start=start, end=end)

    def falls_on(self, day: datetime.date) -> bool:
        """Whether ``day`` has this month (and day, if stated), or lies within the span.

        >>> YearlessDate("XXXX-05-10").falls_on(datetime.date(1999, 5, 10))
        True
        >>> YearlessDate("XXXX-12-28/XXXX-01-03").falls_on(datetime.date(1999, 1, 2))
        True
        """
        if not isinstance(day, datetime.date):
            raise ArgumentTypeError(
                f"falls_on() takes a datetime.date, not {type(day).__name__}: {day!r:.80}"
            )
        if self.end_month is None:
            return day.month == self.month and (self.day is None or day.day == self.day)
        here = (day.month, day.day)
        first = (self.month, self.day or 1)
        last = (self.end_month, self.end_day or 31)
        if self.crosses_year():
            return first <= here or here <= last
        return first <= here <= last

    def is_compatible(self, other: PartialDate | DateRange | YearlessDate) -> bool:
        """Whether both values may describe the same day.

        A dated value is compatible when it spans a day with this month and day; another
        year-less date when the months agree and the days do not differ. A span, as dated
        values do, is compatible only with a value it holds or lies within (in some year):
        two spans that merely overlap may be two occasions.

        >>> from citydiplo import PartialDate
        >>> [YearlessDate("XXXX-05-10").is_compatible(PartialDate(t))
        ...  for t in ("2025-05-10", "2025-05", "2025", "2025-05-11", "2025-06")]
        [True, True, True, False, False]
        """
        if isinstance(other, YearlessDate):
            if self.is_span or other.is_span:  # the days of one hold those of the other
                return _shares_day(self, other)
            return self.month == other.month and (
                self.day is None or other.day is None or self.day == other.day
            )
        if not isinstance(other, _Dated):
            raise ArgumentTypeError(
                "is_compatible() takes a PartialDate, DateRange or YearlessDate, not "
                f"{type(other).__name__}: {other!r:.80}"
            )
        return self._spanned_by(other.earliest(), other.latest())

    def _spanned_by(self, first: datetime.date, last: datetime.date) -> bool:
        if (last - first).days >= 366 * 4:  # every month and day, 29 February included
            return True
        if self.is_span:  # the span, started in some year, holds or lies within the value
            return any(
                (first <= lo and hi <= last) or (lo <= first and last <= hi)
                for year in range(first.year - self.crosses_year(), last.year + 1)
                for lo, hi in (self._days_from(year),)
            )
        for year in range(first.year, last.year + 1):
            if self.day is None:
                lo = datetime.date(year, self.month, 1)
                hi = datetime.date(year, self.month, _edtf.days_in_month(year, self.month))
            elif self.day <= _edtf.days_in_month(year, self.month):
                lo = hi = datetime.date(year, self.month, self.day)
            else:
                continue
            if lo <= last and first <= hi:
                return True
        return False

    def _days_from(self, year: int) -> tuple[datetime.date, datetime.date]:
        """The first and last day of the span started in ``year``: an end on 29 February of a
        common year is the day before it, a start there the day after; past 9999 it ends on
        the last day there is, and started before year 1 it starts on the first day there is."""
        assert self.end_month is not None
        if year < 1:  # only a span crossing the year's end reaches into year 1
            return datetime.date.min, self._days_from(1)[1].replace(year=1)
        days = _edtf.days_in_month(year, self.month)
        lo = datetime.date(year, self.month, min(self.day or 1, days))
        if self.day is not None and self.day > days:
            lo += datetime.timedelta(days=1)
        end_year = year + 1 if self.crosses_year() else year
        if end_year > 9999:
            return lo, datetime.date.max
        last = _edtf.days_in_month(end_year, self.end_month)
        return lo, datetime.date(end_year, self.end_month, min(self.end_day or last, last))

    def __str__(self) -> str:
        day = "" if self.day is None else f"-{self.day:02d}"
        if self.end_month is not None:
            return f"XXXX-{self.month:02d}{day}/{self.last()}"
        return f"XXXX-{self.month:02d}{day}"

    def __repr__(self) -> str:
        return f'YearlessDate("{self}")'


def _shares_day(a: YearlessDate, b: YearlessDate) -> bool:
    """Whether the month-days (of a leap year, 29 February included) of one hold all those
    of the other: as for dated values, one must contain the other."""
    day, mine, theirs = datetime.date(2000, 1, 1), set(), set()
    for n in range(366):
        if a.falls_on(day):
            mine.add(n)
        if b.falls_on(day):
            theirs.add(n)
        day += datetime.timedelta(days=1)
    return mine <= theirs or theirs <= mine
