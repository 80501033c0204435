"""Result types and date arguments of the query helpers."""

from __future__ import annotations

import datetime
from typing import NamedTuple, TypeAlias

from attrs import frozen

from citydiplo._errors import DateParseError
from citydiplo._model import Actor, Agreement, Partnership
from citydiplo.dates import DateRange, PartialDate, parse_edtf

__all__ = ["Anniversary", "DateLike", "Partner", "as_date_value", "bounds"]

DateLike: TypeAlias = PartialDate | DateRange | datetime.date | str
"""What query arguments accept as a date: a partial date, a range, a ``datetime.date`` or
EDTF text (``"2024-04"``, ``"2003/.."``)."""


class Partner(NamedTuple):
    """One partner of an actor: the partner actor and the partnership that ties them.

    A named tuple rather than an attrs class: the partners index holds two of these per
    partnership and builds them all at once, where tuple construction is several times
    cheaper. It is immutable all the same, and unpacks: ``for actor, partnership in ...``.

    >>> from citydiplo import City, Dataset, Partnership
    >>> ds = Dataset.of([City(id="a", name="A"), City(id="b", name="B"),
    ...                  Partnership(id="p", parties=("a", "b"), kind="sister")])
    >>> [(actor.name, partnership.id) for actor, partnership in ds.partners("a")]
    [('B', 'p')]
    """

    actor: Actor
    partnership: Partnership


@frozen(kw_only=True)
class Anniversary:
    """A round anniversary of a partnership's establishment or an agreement's signing.

    ``years`` is how many years it marks; ``date`` is the anniversary at the precision of
    the original date (a partnership established "2003" has its 20th anniversary in "2023").
    """

    record: Partnership | Agreement
    years: int
    date: PartialDate


def as_date_value(value: DateLike, what: str = "date") -> PartialDate | DateRange:
    """A date argument as a :class:`PartialDate` or :class:`DateRange`.

    >>> as_date_value("2003/.."), as_date_value(datetime.date(2024, 4, 1))
    (DateRange("2003/.."), PartialDate("2024-04-01"))
    """
    if isinstance(value, PartialDate | DateRange):
        return value
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        try:
            parsed = parse_edtf(value.strip())
            if isinstance(parsed, PartialDate | DateRange):
                return parsed
        except DateParseError as err:
            raise DateParseError(
                f"{what}={value!r} is not an EDTF date (expected e.g. '2024', '2024-04', "
                "'2003/..')",
                text=value,
            ) from err
        raise DateParseError(
            f"{what}={value!r} has no year (expected a dated value such as '2024-05')", text=value
        )
    raise TypeError(
        f"{what}={value!r} is not a date (expected a PartialDate, DateRange, "
        "datetime.date or EDTF text)"
    )


def bounds(value: PartialDate | DateRange | None) -> tuple[datetime.date, datetime.date]:
    """Strict bounds of a date value; an unknown date spans all time."""
    if value is None:
        return datetime.date.min, datetime.date.max
    return value.earliest(), value.latest()
