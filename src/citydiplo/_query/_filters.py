"""Small filters the query index applies: enum arguments, date spans, ``during``."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable
from typing import Any, TypeVar

from citydiplo._model._checks import to_enum
from citydiplo._query._types import DateLike, as_date_value, bounds
from citydiplo.dates import RecordDate, dated

__all__ = ["enum_arg", "span_of", "within"]

_E = TypeVar("_E", bound=enum.Enum)
_MIN, _MAX = datetime.date.min, datetime.date.max


def enum_arg(cls: type[_E], value: _E | str | None, name: str) -> _E | None:
    return None if value is None else to_enum(cls, value, name)


def span_of(
    record_start: RecordDate | None, record_end: RecordDate | None
) -> tuple[datetime.date, datetime.date]:
    start, end = dated(record_start), dated(record_end)  # year-less: as unknown
    return (
        _MIN if start is None else start.earliest(),
        _MAX if end is None else end.latest(),
    )


def within(records: Iterable[Any], during: DateLike | None, what: str = "during") -> list[Any]:
    """Records whose ``date`` may fall within ``during`` (undated ones are left out); ``what``
    names the argument in errors."""
    if during is None:
        return list(records)
    lo, hi = bounds(as_date_value(during, what))
    return [
        r
        for r in records
        if (date := dated(r.date)) is not None and date.earliest() <= hi and lo <= date.latest()
    ]
