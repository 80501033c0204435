"""A Solar Hijri month, day and year in that order ("آذر 01 ,1403": 1 Azar 1403).

Some Persian page headers write a date month first, as English writes "December 01, 2024":
"آذر 01 ,1403". Read word by word, "آذر 01" is a month with a two-digit year ("مرداد ۹۶":
Mordad 1396), so Azar 1401, and "1403" another year: a wrong date. A month and a figure no
greater than 31 that a four-digit year follows across a comma or a slash are that day of the
month in that year.

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("آذر 01 ,1403", lang="fa")]
['2024-11-21']
>>> [str(m.value) for m in find_dates("مرداد ۹۶", lang="fa")]
['2017-07-23/2017-08-22']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._scan import Candidate

__all__ = ["month_day_year"]

_JOINTS = frozenset({"/", ",", "،"})


def month_day_year(atoms: list[Candidate], folded: str) -> list[Candidate]:
    """``atoms`` with each Solar Hijri month and two-digit figure (read as a month and a
    year) that a four-digit year follows across a comma or a slash read as that day of the
    month in that year."""
    out: list[Candidate] = []
    for a in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "h_my"
            and "yy" in prev.fields
            and 1 <= int(prev.fields["yy"]) <= 31
            and a.kind == "y"
            and len(a.fields.get("y", "")) == 4
            and folded[prev.end : a.start].strip() in _JOINTS
        ):
            fields = {k: v for k, v in prev.fields.items() if k != "yy"}
            fields.update(d=prev.fields["yy"], y=a.fields["y"])
            out[-1] = prev._replace(end=a.end, kind="h_dmy", fields=fields)
            continue
        out.append(a)
    return out
