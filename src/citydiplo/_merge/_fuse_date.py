"""The fused date of a cluster of reports, and the conflicts on it.

The fused record takes the date of its finest member, which every other member's date
contains; a conflict is recorded where overlapping dates were fused because a number or title
identifies one occurrence, or where reports give one interval with different qualifiers.

Year-less values have no bounds, so the finest-first order of ``_cluster`` cannot rank them:

- **Only year-less reports** (the cluster's finest member is year-less, so every dated
  report is absent): the fused date is the one whose days every other report holds
  ("XXXX-04-10/XXXX-04-12" and "XXXX-04-11" give "XXXX-04-11"), as for dated values, with no
  conflict. When none is held by all the others, nothing is chosen here.
- **A dated finest report and year-less ones**: the year-less days placed in the dated
  value's year, when the dated value lies within one calendar year, is unqualified and holds
  them ("XXXX-04-10/XXXX-04-12" and "2024-04" give "2024-04-10/2024-04-12"); the days every
  report allows, none of them dropped. Otherwise the dated value stays.
"""

from __future__ import annotations

import datetime
from functools import cache
from typing import Any

from citydiplo._errors import InvalidDateError
from citydiplo._merge._cluster import bounds
from citydiplo._merge._result import Conflict, conflict_of
from citydiplo.dates import DateRange, PartialDate, RecordDate, YearlessDate

__all__ = ["fuse_date", "refine_date"]


def refine_date(chosen: RecordDate, given: list[RecordDate | None]) -> RecordDate | None:
    """The fused date when year-less reports are among ``given``: the finest date every
    report allows, given ``chosen`` (the finest member's); ``None`` when the reports allow
    no one finest date (or none of them is year-less and ``chosen`` is dated).

    >>> refine_date(YearlessDate("XXXX-04-10/XXXX-04-12"), [YearlessDate("XXXX-04-11")])
    YearlessDate("XXXX-04-11")
    >>> refine_date(PartialDate("2024-04"), [YearlessDate("XXXX-04-10/XXXX-04-12")])
    DateRange("2024-04-10/2024-04-12")
    >>> refine_date(PartialDate("2024-04~"), [YearlessDate("XXXX-04-10")]) is None
    True
    """
    yearless = sorted({d for d in given if isinstance(d, YearlessDate)}, key=str)
    if isinstance(chosen, YearlessDate):
        yearless = sorted({chosen, *yearless}, key=str)
        finest = min(yearless, key=lambda y: (_days(y), str(y)))
        return finest if all(_holds(y, finest) for y in yearless) else None
    if not yearless or getattr(chosen, "approximate", False) or getattr(chosen, "uncertain", False):
        return None
    first, last = chosen.earliest(), chosen.latest()
    if first.year != last.year:
        return None
    placed = []
    for y in yearless:
        try:
            value = y.in_year(first.year)
        except InvalidDateError:  # 29 February of a common year: no such day
            return None
        if not (first <= value.earliest() and value.latest() <= last):
            return None
        placed.append(value)
    finest_dated = min(placed, key=lambda v: (v.latest() - v.earliest(), str(v)))
    return finest_dated if all(_within(finest_dated, v) for v in placed) else None


def _within(inner: PartialDate | DateRange, outer: PartialDate | DateRange) -> bool:
    return outer.earliest() <= inner.earliest() and inner.latest() <= outer.latest()


@cache
def _day_set(y: YearlessDate) -> frozenset[int]:
    """The days of a leap year (29 February included) on which ``y`` may fall."""
    start = datetime.date(2000, 1, 1)
    return frozenset(n for n in range(366) if y.falls_on(start + datetime.timedelta(days=n)))


def _days(y: YearlessDate) -> int:
    return len(_day_set(y))


def _holds(outer: YearlessDate, inner: YearlessDate) -> bool:
    return _day_set(inner) <= _day_set(outer)


def fuse_date(
    new_id: str,
    name: str,
    members: list[Any],
    base_date: Any,
    values: dict[str, Any],
    conflicts: list[Conflict],
) -> None:
    """The fused date: the days every report allows (year-less reports refine a dated one,
    see ``_yearless_fuse``), and a conflict where dated reports disagree, or year-less ones
    allow no one finest date."""
    refined = refine_date(base_date, [getattr(m, name) for m in members])
    if isinstance(base_date, YearlessDate):  # no member is dated
        if refined is None:
            conflicts.append(conflict_of(new_id, name, members, lambda m: getattr(m, name)))
        else:
            values[name] = refined
        return
    if refined is not None:
        values[name] = refined
    dated = [m for m in members if not isinstance(getattr(m, name), YearlessDate)]
    if not _overlap_conflict(new_id, name, dated, base_date, conflicts):
        _qualifier_conflict(new_id, name, dated, base_date, conflicts)


def _qualifier_conflict(
    new_id: str, name: str, members: list[Any], chosen: Any, conflicts: list[Conflict]
) -> None:
    """A conflict when reports give the chosen date's interval with other qualifiers.

    "2024-04~" and "2024-04" describe the same month; keeping one silently drops what the
    other says about its certainty.
    """
    lo_hi = bounds(chosen)
    same = [m for m in members if (d := getattr(m, name)) is not None and bounds(d) == lo_hi]
    if len(same) > 1 and any(getattr(m, name) != chosen for m in same):
        conflicts.append(conflict_of(new_id, name, same, lambda m: getattr(m, name)))


def _overlap_conflict(
    new_id: str, name: str, members: list[Any], chosen: Any, conflicts: list[Conflict]
) -> bool:
    """A conflict on the date when some member's date does not contain the chosen one:
    overlapping ranges that the cluster fused because a number or title identifies one
    occurrence (see ``_cluster``). Whether there was one."""
    lo, hi = bounds(chosen)
    for member in members:
        date = getattr(member, name)
        if date is not None:
            mlo, mhi = bounds(date)
            if mlo > lo or mhi < hi:
                conflicts.append(conflict_of(new_id, name, members, lambda m: getattr(m, name)))
                return True
    return False
