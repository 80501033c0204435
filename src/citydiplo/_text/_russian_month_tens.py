"""The ten-day parts of a month in Russian: "в первой декаде мая 2025 года" (the first ten
days of May), "во второй декаде июня", "в третьей декаде июля" (the 21st to the month's last
day).

Read without the words before it, the month would be the whole month: coarser than the text,
which names ten days. A part is read as its span of days: the 1st to the 10th, the 11th to
the 20th, the 21st to the month's last day. The last part of February without a year (28 or
29 days) and a part named otherwise ("в последней декаде", "в начале второй декады") leave the
date unread rather than give the whole month.

>>> from citydiplo import parse_date
>>> str(parse_date("в первой декаде мая 2025 года", lang="ru"))
'2025-05-01/2025-05-10'
>>> str(parse_date("в третьей декаде февраля 2024 года", lang="ru"))
'2024-02-21/2024-02-29'
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["month_decades"]

_DECADE = re.compile(r"(?<!\w)(?:(?P<n>\w+) )?декад[аеуы] ?$")
_PARTS = {"первой": (1, 10), "первую": (1, 10), "второй": (11, 20), "вторую": (11, 20)}
_PARTS |= {"третьей": (21, 0), "третью": (21, 0)}
_KINDS = {"m": "days_m", "my": "days_my"}


def month_decades(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each month after "первой/второй/третьей декаде" read as the span of those
    ten days (or dropped)."""
    out: list[Candidate] = []
    for a in atoms:
        m = _DECADE.search(folded, max(0, a.start - 24), a.start) if a.kind in _KINDS else None
        if m is None:
            out.append(a)
            continue
        part, month = _PARTS.get(m.group("n") or ""), g.months.get(a.fields.get("m", ""), 0)
        if part is None or not month:
            continue  # "в последней декаде мая": no part we read, and never the whole month
        first, last = part
        if last == 0:
            year = a.fields.get("y", "")
            if month == 2 and not year.isdigit():
                continue  # February's last day: 28 or 29, by the year
            last = calendar.monthrange(int(year) if year.isdigit() else 2001, month)[1]
        fields = {**a.fields, "d0": str(first), "d": str(last)}
        out.append(a._replace(start=m.start(), kind=_KINDS[a.kind], fields=fields))
    return out
