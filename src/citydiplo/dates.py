"""Partial dates, date ranges and year-less dates, written and read as EDTF.

News gives dates to a precision: "2024", "April 2024", "the second half of this year",
"since 2003", "10 May". :class:`PartialDate` keeps a date at its precision (year, sub-year
grouping, month or day), optionally approximate or uncertain; :class:`DateRange` is an
interval whose ends may be open or unknown. Both have strict ``earliest()``/``latest()``
bounds, containment and overlap tests, and one total order, so a mixed list sorts.
:class:`YearlessDate` is a month and day (or a span of days, ``XXXX-06-20/XXXX-06-21``)
whose year the text does not state: it has no bounds, and sorts with the undated
(:func:`record_date_key`). Their text form is EDTF
(Library of Congress Extended Date/Time Format), and :func:`parse_edtf` reads it back:
``parse_edtf(str(x)) == x`` for every value.

>>> parse_edtf("2025-41")
PartialDate("2025-41")
>>> sorted([DateRange("2003/.."), PartialDate("2024-04"), PartialDate("2001-21")])
[PartialDate("2001-21"), DateRange("2003/.."), PartialDate("2024-04")]
>>> parse_edtf("XXXX-05-10")
YearlessDate("XXXX-05-10")
"""

from __future__ import annotations

import datetime
import functools
from typing import TypeAlias

from citydiplo import _edtf
from citydiplo._errors import ArgumentTypeError, DateParseError, InvalidDateError
from citydiplo._partial import PartialDate, Precision
from citydiplo._range import DateRange, Unbounded
from citydiplo._yearless import YearlessDate

__all__ = [
    "DateRange",
    "DateValue",
    "PartialDate",
    "Precision",
    "RecordDate",
    "Unbounded",
    "YearlessDate",
    "dated",
    "parse_edtf",
    "record_date_key",
]

#: A value with bounds: a :class:`PartialDate` or a :class:`DateRange`.
DateValue: TypeAlias = PartialDate | DateRange

#: What a record's date field holds: a dated value, or a :class:`YearlessDate`.
RecordDate: TypeAlias = PartialDate | DateRange | YearlessDate


def dated(value: RecordDate | None) -> DateValue | None:
    """``value`` if it has bounds, else ``None``: a year-less date counts as undated.

    Rules that compare bounds (an end before a start, a date in a period) use it so that a
    year-less date is left out of the comparison, as an undated one is.

    >>> dated(PartialDate("2024")), dated(YearlessDate("XXXX-05-10"))
    (PartialDate("2024"), None)
    """
    return None if value is None or isinstance(value, YearlessDate) else value


def record_date_key(
    value: RecordDate | None,
) -> tuple[int, datetime.date, datetime.date, str]:
    """A sort key for record dates: dated values in their order, then year-less, then none.

    Year-less dates sort with the undated (after every dated value), by month and day among
    themselves, so a mixed list of record dates has one deterministic order.

    >>> values = [None, YearlessDate("XXXX-05"), PartialDate("2024"), YearlessDate("XXXX-01-02")]
    >>> [str(v) for v in sorted(values, key=record_date_key)]
    ['2024', 'XXXX-01-02', 'XXXX-05', 'None']
    """
    if value is None:
        return (2, datetime.date.min, datetime.date.min, "")
    if isinstance(value, YearlessDate):
        return (1, datetime.date.min, datetime.date.min, str(value))
    return (0, value.earliest(), value.latest(), str(value))


def parse_edtf(text: str) -> RecordDate:
    """Read EDTF text: one date, an interval or a year-less date.

    Supported: level 0 dates and intervals; level 1 qualifiers ``~ ? %`` on a whole date,
    seasons 21-24, open (``..``) and unknown (empty) interval ends, an unspecified year
    before a month or a month and day (``XXXX-05``, ``XXXX-05-10``, no qualifiers) and an
    interval of two of them (``XXXX-06-20/XXXX-06-21``, a year-less span); level 2
    sub-year groupings 25-41. Years 0001..9999.

    Raises:
        DateParseError: anything else (date-times, other unspecified digits, ``Y`` years,
            sets, per-component qualifiers, impossible dates); the message quotes the text.

    >>> parse_edtf("2004-06-01/")
    DateRange("2004-06-01/")
    >>> parse_edtf("2016-02-30")
    Traceback (most recent call last):
    ...
    citydiplo.DateParseError: '2016-02-30' is not a valid date: PartialDate day=30 is invalid; expected 1..29 for 2016-02
    """  # noqa: E501
    if not isinstance(text, str):
        raise ArgumentTypeError(f"parse_edtf() takes a str, not {type(text).__name__}: {text!r}")
    return _parse_cached(text)


@functools.lru_cache(maxsize=1 << 16)
def _parse_cached(text: str) -> RecordDate:
    # Values are immutable, so sharing cached ones between callers is safe.
    return _read_edtf(text)


def _read_edtf(text: str) -> RecordDate:
    """:func:`parse_edtf` without its cache (``parse_date`` caches no input)."""
    fields = _edtf.parse(text)
    if isinstance(fields, _edtf.Yearless):
        return YearlessDate(month=fields.month, day=fields.day)  # _edtf checked both
    if isinstance(fields, _edtf.YearlessSpan):
        first, last = fields
        return YearlessDate(
            month=first.month, day=first.day, end_month=last.month, end_day=last.day
        )  # _edtf checked both ends and that they differ and agree in precision
    try:
        if isinstance(fields, _edtf.Fields):
            return _from_fields(fields)
        start, end = fields
        return DateRange(start=_to_end(start), end=_to_end(end))
    except InvalidDateError as err:
        kind = "date" if isinstance(fields, _edtf.Fields) else "interval"
        raise DateParseError(f"{text!r} is not a valid {kind}: {err}", text=text) from err


def _from_fields(fields: _edtf.Fields) -> PartialDate:
    year, month, day, group, approximate, uncertain = fields
    return PartialDate(
        year=year, month=month, day=day, group=group, approximate=approximate, uncertain=uncertain
    )


def _to_end(end: _edtf.End) -> PartialDate | Unbounded:
    return Unbounded(end) if isinstance(end, str) else _from_fields(end)
