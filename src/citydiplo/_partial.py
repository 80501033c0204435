"""Dates known to a precision: :class:`PartialDate` and the comparisons of dated values.

Private: :mod:`citydiplo.dates` is the public module. ``_Dated`` holds the bounds-based
comparisons that :class:`PartialDate` and :class:`~citydiplo.DateRange` share.
"""

from __future__ import annotations

import datetime
import enum
from typing import TYPE_CHECKING, Any

import attrs

from citydiplo import _edtf
from citydiplo._errors import ArgumentTypeError, DateParseError, InvalidDateError

if TYPE_CHECKING:
    from citydiplo._range import DateRange
    from citydiplo._yearless import YearlessDate

__all__ = ["PartialDate", "Precision"]


class Precision(enum.IntEnum):
    """How finely a :class:`PartialDate` is known, from coarse to fine.

    ``GROUP`` is a sub-year grouping: season, quarter, quadrimester or half-year.

    >>> PartialDate("2025-35").precision > Precision.YEAR
    True
    """

    YEAR = 1
    GROUP = 2
    MONTH = 3
    DAY = 4


def _not_a_date(method: str, other: object, expected: str) -> ArgumentTypeError:
    return ArgumentTypeError(
        f"{method}() takes a {expected}, not {type(other).__name__}: {other!r:.80}"
    )


def _check_dated(method: str, other: object) -> None:
    """Raise :class:`~citydiplo.ArgumentTypeError` unless ``other`` is a dated value (a
    year-less date has no bounds to compare: its ``is_compatible`` is the comparison)."""
    if not isinstance(other, _Dated):
        raise _not_a_date(method, other, "PartialDate or DateRange")


class _Dated:
    """Bounds-based comparisons shared by :class:`PartialDate` and :class:`DateRange`."""

    __slots__ = ()

    def earliest(self) -> datetime.date:
        raise NotImplementedError

    def latest(self) -> datetime.date:
        raise NotImplementedError

    def sort_key(self) -> tuple[datetime.date, datetime.date, str]:
        """The key of the total order: ``(earliest, latest, EDTF text)``, consistent with ``==``.

        ``sorted(values, key=lambda v: v.sort_key())`` is the fastest way to sort many values.

        >>> PartialDate("2024").sort_key()
        (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), '2024')
        """
        return (self.earliest(), self.latest(), str(self))

    def contains(self, other: PartialDate | DateRange) -> bool:
        """Whether ``other``'s strict bounds lie within this value's.

        >>> PartialDate("2024").contains(PartialDate("2024-04-12"))
        True
        >>> PartialDate("2024-04").contains(PartialDate("2024"))
        False
        """
        _check_dated("contains", other)
        return self.earliest() <= other.earliest() and other.latest() <= self.latest()

    def overlaps(self, other: PartialDate | DateRange) -> bool:
        """Whether the two values share at least one day.

        >>> PartialDate("2025").overlaps(PartialDate("2025-41"))
        True
        """
        _check_dated("overlaps", other)
        return self.earliest() <= other.latest() and other.earliest() <= self.latest()

    def is_compatible(self, other: PartialDate | DateRange | YearlessDate) -> bool:
        """Whether both values may describe the same date.

        Two dated values are compatible when one contains the other; a
        :class:`~citydiplo.YearlessDate` when this value spans a day with its month and day.

        >>> PartialDate("2024").is_compatible(PartialDate("2024-04"))
        True
        >>> PartialDate("2024-04").is_compatible(PartialDate("2024-05"))
        False
        """
        if not isinstance(other, _Dated):
            from citydiplo._yearless import YearlessDate

            if isinstance(other, YearlessDate):
                return other.is_compatible(self)  # type: ignore[arg-type]
            raise _not_a_date("is_compatible", other, "PartialDate, DateRange or YearlessDate")
        mine, theirs = (self.earliest(), self.latest()), (other.earliest(), other.latest())
        return (mine[0] <= theirs[0] and theirs[1] <= mine[1]) or (
            theirs[0] <= mine[0] and mine[1] <= theirs[1]
        )

    def _compare(self, other: PartialDate | DateRange) -> int:
        # sort_key() order, computed lazily: sorting compares often and ties are rare.
        a, b = self.earliest(), other.earliest()
        if a == b:
            a, b = self.latest(), other.latest()
            if a == b:
                mine, theirs = str(self), str(other)
                return (mine > theirs) - (mine < theirs)
        return -1 if a < b else 1

    def __lt__(self, other: PartialDate | DateRange) -> bool:
        if not isinstance(other, _Dated):
            return NotImplemented
        return self._compare(other) < 0

    def __le__(self, other: PartialDate | DateRange) -> bool:
        if not isinstance(other, _Dated):
            return NotImplemented
        return self._compare(other) <= 0

    def __gt__(self, other: PartialDate | DateRange) -> bool:
        if not isinstance(other, _Dated):
            return NotImplemented
        return self._compare(other) > 0

    def __ge__(self, other: PartialDate | DateRange) -> bool:
        if not isinstance(other, _Dated):
            return NotImplemented
        return self._compare(other) >= 0


def _invalid(field: str, value: object, expected: str) -> InvalidDateError:
    return InvalidDateError(
        f"PartialDate {field}={value!r} is invalid; expected {expected}", field=field, value=value
    )


def _check_int(field: str, value: object) -> int:
    if type(value) is not int:
        raise ArgumentTypeError(f"PartialDate {field}={value!r} must be an int")
    return value


def _check_year(instance: PartialDate, attribute: Any, value: Any) -> None:
    if not 1 <= _check_int("year", value) <= 9999:
        raise _invalid("year", value, "1..9999")


def _check_month(instance: PartialDate, attribute: Any, value: Any) -> None:
    if value is not None and not 1 <= _check_int("month", value) <= 12:
        raise _invalid("month", value, "1..12 or None")


def _check_day(instance: PartialDate, attribute: Any, value: Any) -> None:
    if value is None:
        return
    day = _check_int("day", value)
    if instance.month is None:
        raise _invalid("day", value, "None when month is None (a day needs a month)")
    last = _edtf.days_in_month(instance.year, instance.month)
    if not 1 <= day <= last:
        raise _invalid("day", value, f"1..{last} for {instance.year:04d}-{instance.month:02d}")


def _check_group(instance: PartialDate, attribute: Any, value: Any) -> None:
    if value is None:
        return
    group = _check_int("group", value)
    if group not in _edtf.GROUPS:
        raise _invalid("group", value, "a sub-year grouping code 21..41 or None")
    if instance.month is not None:
        raise _invalid("group", value, "None when month is given (a group replaces the month)")
    if instance.year == 9999 and _edtf.group_ends_next_year(group):
        raise _invalid("group", value, "a grouping that ends within year 9999")


_days = _edtf.days_in_month
_QUALIFIERS = {(False, False): "", (True, False): "~", (False, True): "?", (True, True): "%"}


@attrs.define(frozen=True, slots=True, kw_only=True, init=False, eq=True, order=False)
class PartialDate(_Dated):
    """A date known to a precision: year, sub-year grouping, month or day.

    Build it from EDTF text or from fields; either way the fields are checked.

    Args:
        text: EDTF text of one date (not an interval), e.g. ``"2024-04"`` or ``"1984~"``.
        year: 1..9999.
        month: 1..12; with ``day`` for a full date.
        day: a day that exists in ``year``-``month``.
        group: an EDTF sub-year grouping 21..41 instead of a month: 21-24 seasons,
            25-32 hemisphere seasons (north, south), 33-36 quarters, 37-39 quadrimesters,
            40-41 halves.
        approximate: ``~`` in EDTF.
        uncertain: ``?`` in EDTF (``%`` is both).

    Raises:
        DateParseError: ``text`` is not an EDTF date.
        InvalidDateError: fields that make no real date (``month=13``, 31 February).
        TypeError: both text and fields, neither, or a field of the wrong type.

    >>> PartialDate("2024-04") == PartialDate(year=2024, month=4)
    True
    >>> PartialDate(year=2001, group=24).latest()
    datetime.date(2002, 2, 28)
    >>> str(PartialDate(year=1984, approximate=True, uncertain=True))
    '1984%'
    >>> PartialDate(year=2019, month=2, day=29)
    Traceback (most recent call last):
    ...
    citydiplo.InvalidDateError: PartialDate day=29 is invalid; expected 1..28 for 2019-02
    """

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)
    group: int | None = attrs.field(default=None, validator=_check_group)
    approximate: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    uncertain: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def __init__(
        self,
        text: str | None = None,
        *,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
        group: int | None = None,
        approximate: bool = False,
        uncertain: bool = False,
    ) -> None:
        if text is not None:
            if (year, month, day, group) != (None,) * 4 or approximate or uncertain:
                raise ArgumentTypeError("PartialDate() takes EDTF text or fields, not both")
            parsed = PartialDate.parse(text)
            year, month, day, group = parsed.year, parsed.month, parsed.day, parsed.group
            approximate, uncertain = parsed.approximate, parsed.uncertain
        elif year is None:
            raise ArgumentTypeError("PartialDate() needs EDTF text or year=")
        if (
            type(year) is int
            and 1 <= year <= 9999
            and group is None
            and approximate.__class__ is bool
            and uncertain.__class__ is bool
            and (
                day is None
                if month is None
                else type(month) is int
                and 1 <= month <= 12
                and (day is None or (type(day) is int and 1 <= day <= _days(year, month)))
            )
        ):
            # fields every validator below would accept (the dates parsers make by the
            # thousand): set them without running the validators one by one
            _set = object.__setattr__
            _set(self, "year", year)
            _set(self, "month", month)
            _set(self, "day", day)
            _set(self, "group", None)
            _set(self, "approximate", approximate)
            _set(self, "uncertain", uncertain)
            return
        self.__attrs_init__(
            year=year,
            month=month,
            day=day,
            group=group,
            approximate=approximate,
            uncertain=uncertain,
        )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read one EDTF date; an interval is an error.

        >>> PartialDate.parse("2004-06-11%")
        PartialDate("2004-06-11%")
        >>> PartialDate.parse("2021/2025")
        Traceback (most recent call last):
        ...
        citydiplo.DateParseError: '2021/2025' is an interval; expected a single date
        """
        from citydiplo.dates import parse_edtf  # the public reader builds every kind of value

        value = parse_edtf(text)
        if not isinstance(value, PartialDate):
            kind = "an interval" if "/" in text else "not a dated value"
            raise DateParseError(f"{text!r} is {kind}; expected a single date", text=text)
        return value

    @classmethod
    def from_date(cls, date: datetime.date) -> PartialDate:
        """The day ``date`` (a ``datetime`` gives its date).

        >>> PartialDate.from_date(datetime.date(2025, 3, 6))
        PartialDate("2025-03-06")
        """
        return cls(year=date.year, month=date.month, day=date.day)

    @property
    def precision(self) -> Precision:
        """How finely the date is known.

        >>> PartialDate("2025-03-06").precision, PartialDate("2025-41").precision
        (<Precision.DAY: 4>, <Precision.GROUP: 2>)
        """
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.group is not None:
            return Precision.GROUP
        return Precision.YEAR

    def earliest(self) -> datetime.date:
        """The first day the date can be (strict bound; qualifiers do not widen it).

        >>> PartialDate("2001-29").earliest()
        datetime.date(2001, 9, 1)
        """
        if self.month is not None:
            return datetime.date(self.year, self.month, self.day or 1)
        if self.group is not None:
            return _edtf.group_bounds(self.year, self.group)[0]
        return datetime.date(self.year, 1, 1)

    def latest(self) -> datetime.date:
        """The last day the date can be (strict bound; winter ends in the next year).

        >>> PartialDate("2024-02").latest(), PartialDate("2001-24").latest()
        (datetime.date(2024, 2, 29), datetime.date(2002, 2, 28))
        """
        if self.month is not None:
            last = self.day or _edtf.days_in_month(self.year, self.month)
            return datetime.date(self.year, self.month, last)
        if self.group is not None:
            return _edtf.group_bounds(self.year, self.group)[1]
        return datetime.date(self.year, 12, 31)

    def with_qualifiers(
        self, *, approximate: bool | None = None, uncertain: bool | None = None
    ) -> PartialDate:
        """A copy with the qualifiers given (``None`` keeps the current one).

        >>> PartialDate("2024-04").with_qualifiers(approximate=True)
        PartialDate("2024-04~")
        """
        return attrs.evolve(
            self,
            approximate=self.approximate if approximate is None else approximate,
            uncertain=self.uncertain if uncertain is None else uncertain,
        )

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        elif self.group is not None:
            text += f"-{self.group}"
        return text + _QUALIFIERS[self.approximate, self.uncertain]

    def __repr__(self) -> str:
        return f'PartialDate("{self}")'
