"""Dates whose year the text does not state: :class:`YearlessDate` (EDTF ``XXXX-05-10``).

Private: :mod:`citydiplo.dates` is the public module.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import attrs

from citydiplo import _edtf
from citydiplo._errors import DateParseError, InvalidDateError

if TYPE_CHECKING:
    from citydiplo._partial import PartialDate
    from citydiplo._range import DateRange

__all__ = ["YearlessDate"]


def _check_month(instance: YearlessDate, attribute: Any, value: Any) -> None:
    if type(value) is not int:
        raise TypeError(f"YearlessDate month={value!r} must be an int")
    if not 1 <= value <= 12:
        raise InvalidDateError(
            f"YearlessDate month={value!r} is invalid; expected 1..12", field="month", value=value
        )


def _check_day(instance: YearlessDate, attribute: Any, value: Any) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise TypeError(f"YearlessDate day={value!r} must be an int")
    last = _edtf.days_in_month(2000, instance.month)  # 29 February exists in some year
    if not 1 <= value <= last:
        raise InvalidDateError(
            f"YearlessDate day={value!r} is invalid; expected 1..{last} for month "
            f"{instance.month:02d}",
            field="day",
            value=value,
        )


@attrs.define(frozen=True, slots=True, kw_only=True, init=False, eq=True, order=False)
class YearlessDate:
    """A month and day (or a month alone) in a year the text does not state.

    "10 May", "11月3日" without a reference date: EDTF ``XXXX-05-10`` (``XXXX-05`` for a
    month alone). It has no bounds and no place in the order of dated values: sorting puts it
    with the undated (:func:`~citydiplo.dates.record_date_key`). It is compatible with every
    date that may fall on its month and day (:meth:`is_compatible`).

    Args:
        text: EDTF ``XXXX-MM`` or ``XXXX-MM-DD``.
        month: 1..12.
        day: a day that exists in ``month`` in some year (29 February is allowed), or ``None``.

    Raises:
        DateParseError: ``text`` is not a year-less EDTF date.
        InvalidDateError: a month or day that no year has.
        TypeError: both text and fields, neither, or a field of the wrong type.

    >>> YearlessDate("XXXX-05-10") == YearlessDate(month=5, day=10)
    True
    >>> str(YearlessDate(month=2, day=29)), YearlessDate(month=11)
    ('XXXX-02-29', YearlessDate("XXXX-11"))
    """

    month: int = attrs.field(validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    def __init__(
        self, text: str | None = None, *, month: int | None = None, day: int | None = None
    ) -> None:
        if text is not None:
            if month is not None or day is not None:
                raise TypeError("YearlessDate() takes EDTF text or fields, not both")
            parsed = YearlessDate.parse(text)
            month, day = parsed.month, parsed.day
        elif month is None:
            raise TypeError("YearlessDate() needs EDTF text or month=")
        self.__attrs_init__(month=month, day=day)

    @classmethod
    def parse(cls, text: str) -> YearlessDate:
        """Read ``XXXX-MM`` or ``XXXX-MM-DD``; any other EDTF value is an error.

        >>> YearlessDate.parse("XXXX-12-31")
        YearlessDate("XXXX-12-31")
        >>> YearlessDate.parse("2024-12-31")
        Traceback (most recent call last):
        ...
        citydiplo._errors.DateParseError: '2024-12-31' has a year; expected XXXX-MM or XXXX-MM-DD
        """
        from citydiplo.dates import parse_edtf  # the public reader builds every kind of value

        value = parse_edtf(text)
        if not isinstance(value, YearlessDate):
            raise DateParseError(f"{text!r} has a year; expected XXXX-MM or XXXX-MM-DD", text=text)
        return value

    def in_year(self, year: int) -> PartialDate:
        """This month and day in ``year``.

        Raises:
            InvalidDateError: 29 February in a common year.

        >>> YearlessDate("XXXX-05-10").in_year(2025)
        PartialDate("2025-05-10")
        """
        from citydiplo._partial import PartialDate

        return PartialDate(year=year, month=self.month, day=self.day)

    def falls_on(self, day: datetime.date) -> bool:
        """Whether ``day`` has this month (and day, if stated).

        >>> YearlessDate("XXXX-05-10").falls_on(datetime.date(1999, 5, 10))
        True
        """
        return day.month == self.month and (self.day is None or day.day == self.day)

    def is_compatible(self, other: PartialDate | DateRange | YearlessDate) -> bool:
        """Whether both values may describe the same day.

        A dated value is compatible when it spans a day with this month and day; another
        year-less date when the months agree and the days do not differ.

        >>> from citydiplo import PartialDate
        >>> [YearlessDate("XXXX-05-10").is_compatible(PartialDate(t))
        ...  for t in ("2025-05-10", "2025-05", "2025", "2025-05-11", "2025-06")]
        [True, True, True, False, False]
        """
        if isinstance(other, YearlessDate):
            return self.month == other.month and (
                self.day is None or other.day is None or self.day == other.day
            )
        return self._spanned_by(other.earliest(), other.latest())

    def _spanned_by(self, first: datetime.date, last: datetime.date) -> bool:
        if (last - first).days >= 366 * 4:  # every month and day, 29 February included
            return True
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

    def __str__(self) -> str:
        day = "" if self.day is None else f"-{self.day:02d}"
        return f"XXXX-{self.month:02d}{day}"

    def __repr__(self) -> str:
        return f'YearlessDate("{self}")'
