"""Result types and date arguments of the query helpers."""

from __future__ import annotations

import datetime
from functools import lru_cache
from typing import NamedTuple, TypeAlias

from attrs import frozen

from citydiplo._errors import ArgumentTypeError, DateParseError
from citydiplo._model import Actor, Agreement, Partnership
from citydiplo.dates import DateRange, PartialDate, RecordDate, YearlessDate, parse_edtf

__all__ = [
    "Anniversary",
    "DateLike",
    "Partner",
    "as_date_value",
    "bounds",
    "leap",
    "number_key",
    "same_day",
]

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

    def __repr__(self) -> str:
        p = self.partnership
        since = f", since {p.established}" if p.established is not None else ""
        return f"Partner({self.actor.id}: {p.kind} partnership {p.id!r}{since})"


@frozen(kw_only=True)
class Anniversary:
    """A round anniversary of a partnership's establishment or an agreement's signing.

    ``years`` is how many years it marks; ``date`` is the anniversary at the precision of
    the original date (a partnership established "2003" has its 20th anniversary in "2023").
    """

    record: Partnership | Agreement
    years: int
    date: PartialDate


@lru_cache(maxsize=1024)
def _parse_text(text: str) -> RecordDate:
    """EDTF text parsed once: query arguments repeat ("2010" for every actor asked about)."""
    return parse_edtf(text)


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
            parsed = _parse_text(value.strip())
            if isinstance(parsed, PartialDate | DateRange):
                return parsed
        except DateParseError as err:
            # an EDTF form with an impossible day or month says which; other text, the forms
            reason = str(err).split(": ", 1)[1].split(";", 1)[0] if ": " in str(err) else ""
            if " is not a valid date: " in str(err):
                why = str(err).split(" is not a valid date: ", 1)[1]
                raise DateParseError(
                    f"{what}={value!r} is not a valid date: {why}", text=value
                ) from err
            raise DateParseError(
                f"{what}={value!r} is not an EDTF date"
                + (f" ({reason})" if reason else "")
                + " (expected e.g. '2024', '2024-04', '2003/..')",
                text=value,
            ) from err
        raise DateParseError(
            f"{what}={value!r} has no year (expected a dated value such as '2024-05')", text=value
        )
    if isinstance(value, YearlessDate):
        raise ArgumentTypeError(
            f"{what}={value!r} has no year (expected a dated value: a PartialDate, DateRange, "
            "datetime.date or EDTF text such as '2024-05'; YearlessDate.in_year(year) gives one)"
        )
    raise ArgumentTypeError(
        f"{what}={value!r:.80} is not a date (expected a PartialDate, DateRange, "
        "datetime.date or EDTF text)"
    )


def bounds(value: PartialDate | DateRange | None) -> tuple[datetime.date, datetime.date]:
    """Strict bounds of a date value; an unknown date spans all time."""
    if value is None:
        return datetime.date.min, datetime.date.max
    return value.earliest(), value.latest()


def same_day(start: PartialDate, year: int) -> PartialDate:
    """``start`` moved to ``year`` at the same precision (29 February becomes February)."""
    day = start.day
    if day == 29 and start.month == 2 and not leap(year):
        day = None
    return PartialDate(
        year=year,
        month=start.month,
        day=day,
        group=start.group,
        approximate=start.approximate,
        uncertain=start.uncertain,
    )


def leap(year: int) -> bool:
    """Whether ``year`` is a Gregorian leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def number_key(number: str) -> str:
    """Document numbers compared without case, spaces or script of digits."""
    digits = "".join(str(int(c)) if c.isdecimal() else c for c in number)
    return "".join(digits.casefold().split())
