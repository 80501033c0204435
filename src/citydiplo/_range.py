"""Intervals of dates: :class:`DateRange` and its :class:`Unbounded` ends.

Private: :mod:`citydiplo.dates` is the public module.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

from citydiplo._errors import ArgumentTypeError, DateParseError, InvalidDateError
from citydiplo._partial import PartialDate, _Dated

__all__ = ["DateRange", "Unbounded"]


class Unbounded(enum.Enum):
    """The missing end of a :class:`DateRange`: open (``..``) or unknown (empty in EDTF).

    >>> str(DateRange("2003/..").end), DateRange("2003/..").end is Unbounded.OPEN
    ('..', True)
    """

    OPEN = ".."
    UNKNOWN = ""

    def __str__(self) -> str:
        return str(self.value)


def _check_end(instance: DateRange, attribute: Any, value: Any) -> None:
    if not isinstance(value, PartialDate | Unbounded):
        raise ArgumentTypeError(
            f"DateRange {attribute.name}={value!r} must be a PartialDate or Unbounded"
        )


@attrs.define(frozen=True, slots=True, kw_only=True, init=False, eq=True, order=False)
class DateRange(_Dated):
    """An interval of dates; either end (not both) may be open or unknown.

    Args:
        text: an EDTF interval, e.g. ``"2021/2025"``, ``"2003/.."``, ``"/2006"``.
        start: the first date, or :class:`Unbounded`.
        end: the last date, or :class:`Unbounded`.

    Raises:
        DateParseError: ``text`` is not an EDTF interval.
        InvalidDateError: both ends unbounded, or ``start`` begins after ``end`` ends.
        TypeError: both text and ends, or neither.

    >>> DateRange("2003/..") == DateRange(start=PartialDate("2003"), end=Unbounded.OPEN)
    True
    >>> DateRange("2004-06/2006-08").latest()
    datetime.date(2006, 8, 31)
    >>> DateRange("../2006").earliest() == datetime.date.min
    True
    """

    start: PartialDate | Unbounded = attrs.field(validator=_check_end)
    end: PartialDate | Unbounded = attrs.field(validator=_check_end)

    def __init__(
        self,
        text: str | None = None,
        *,
        start: PartialDate | Unbounded | None = None,
        end: PartialDate | Unbounded | None = None,
    ) -> None:
        if text is not None:
            if start is not None or end is not None:
                raise ArgumentTypeError("DateRange() takes EDTF text or start= and end=, not both")
            parsed = DateRange.parse(text)
            start, end = parsed.start, parsed.end
        elif start is None or end is None:
            raise ArgumentTypeError("DateRange() needs EDTF text or both start= and end=")
        if (
            type(start) is PartialDate
            and type(end) is PartialDate
            and start.earliest() <= end.latest()
        ):
            # two dates in order: what the validators below accept, without running them
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
            return
        self.__attrs_init__(start=start, end=end)

    def __attrs_post_init__(self) -> None:
        if isinstance(self.start, Unbounded) and isinstance(self.end, Unbounded):
            raise InvalidDateError(
                f"DateRange start={self.start!r}, end={self.end!r} is invalid; "
                "expected a date at one end at least",
                field="end",
                value=self.end,
            )
        if self.earliest() > self.latest():
            raise InvalidDateError(
                f"DateRange end={self.end!r} is invalid: it ends before "
                f"start={self.start!r} begins (expected an end on or after the start)",
                field="end",
                value=self.end,
            )

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Read an EDTF interval; a single date is an error.

        >>> DateRange.parse("1985-04-12/")
        DateRange("1985-04-12/")
        """
        from citydiplo.dates import parse_edtf  # the public reader builds every kind of value

        value = parse_edtf(text)
        if not isinstance(value, DateRange):
            raise DateParseError(f"{text!r} is a single date; expected an interval", text=text)
        return value

    def earliest(self) -> datetime.date:
        """The first day of the start, or ``datetime.date.min`` for an unbounded start.

        >>> DateRange("2004-02-01/2005").earliest()
        datetime.date(2004, 2, 1)
        """
        return datetime.date.min if isinstance(self.start, Unbounded) else self.start.earliest()

    def latest(self) -> datetime.date:
        """The last day of the end, or ``datetime.date.max`` for an unbounded end.

        >>> DateRange("2005/2006-02").latest()
        datetime.date(2006, 2, 28)
        """
        return datetime.date.max if isinstance(self.end, Unbounded) else self.end.latest()

    def __str__(self) -> str:
        return f"{self.start}/{self.end}"

    def __repr__(self) -> str:
        return f'DateRange("{self}")'
