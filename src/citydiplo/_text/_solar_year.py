"""A Solar Hijri day and month whose year follows across a slash or a comma.

Page headers write "پنج شنبه, ۲۷ اردیبهشت , ۱۴۰۳" and "۲۱ اسفند / ۱۴۰۴": the year after
the comma or the slash is the year of that day, not a year of its own. Read apart, the day
would take ``ref``'s Solar year and the year would be one more mention (or, before a dash and
a Gregorian date, "۱۴۰۴ - 12 March, 2026", the start of a span it never opens). The day and
month and the year are joined into one date.

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("پنج شنبه, ۲۷ اردیبهشت , ۱۴۰۳", lang="fa")]
['2024-05-16']
>>> [str(m.value) for m in find_dates("۲۱ اسفند / ۱۴۰۴ - 12 March, 2026", lang="fa")]
['2026-03-12', '2026-03-12']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._persian_order import month_day_year

if TYPE_CHECKING:
    from citydiplo._text._scan import Candidate

__all__ = ["solar_day_then_year"]

_JOINTS = frozenset({"/", ",", "،"})


def solar_day_then_year(atoms: list[Candidate], folded: str) -> list[Candidate]:
    """``atoms`` with each Solar Hijri day and month that a year follows across a slash or a
    comma joined to that year."""
    out: list[Candidate] = []
    for a in month_day_year(atoms, folded):  # "آذر 01 ,1403": month, day, year
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "h_dm"
            and a.kind == "y"
            and len(a.fields.get("y", "")) == 4
            and folded[prev.end : a.start].strip() in _JOINTS
        ):
            fields = {**prev.fields, "y": a.fields["y"]}
            out[-1] = prev._replace(end=a.end, kind="h_dmy", fields=fields)
            continue
        out.append(a)
    return out
