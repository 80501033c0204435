"""The parts of a Solar Hijri month in Persian: "دهه اول مهر" (the first ten days of Mehr),
"دهه سوم آبان ۱۴۰۳" (the 21st to the month's last day), "نیمه اول اردیبهشت" (its first half),
"هفته اول اردیبهشت" (its first week).

The ordinal after "دهه" (ten days), "نیمه" (half) or "هفته" (week) is no day of the month:
read alone, "سوم آبان" would be the 3rd of Aban, silently wrong. A ten-day part is read as
its span of days: the 1st to the 10th, the 11th to the 20th, the 21st to the month's last day
(31 in the first six months, 30 in the next five); a half as the 1st to the 15th or the 16th
to the last day. A week (which week is meant depends on usage), the last part of Esfand (its
last day depends on the year) and any other word ("دهه ۲ آبان") leave the date unread.

>>> from citydiplo import parse_date
>>> str(parse_date("دهه سوم آبان ۱۴۰۳", lang="fa"))
'2024-11-11/2024-11-20'
>>> str(parse_date("دهه اول مهر ۱۴۰۳", lang="fa"))
'2024-09-22/2024-10-01'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["month_tens"]

_PART = re.compile(r"(?<!\w)(?P<w>دهه|نیمه|هفته) ?$")
_TENS = {"اول": (1, 10), "نخست": (1, 10), "دوم": (11, 20), "سوم": (21, 0), "آخر": (21, 0)}
_HALVES = {"اول": (1, 15), "نخست": (1, 15), "دوم": (16, 0), "آخر": (16, 0)}
_KINDS = frozenset({"h_dm", "h_dmy"})


def month_tens(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each Solar Hijri day read from an ordinal after "دهه" replaced by the
    span of that part of the month (or dropped)."""
    out: list[Candidate] = []
    for a in atoms:
        m = _PART.search(folded, max(0, a.start - 6), a.start) if a.kind in _KINDS else None
        if m is None:
            out.append(a)
            continue
        parts = {"دهه": _TENS, "نیمه": _HALVES}.get(m.group("w"), {})  # a week: unread
        part = parts.get(a.fields.get("d", ""))
        month = g.hijri_months.get(a.fields.get("h", ""), 0)
        if part is None or not month:
            continue  # "دهه ۲ آبان": no part of a month we read
        first, last = part
        if last == 0:
            if month == 12:
                continue  # Esfand's last day: 29 or 30, by the year
            last = 31 if month <= 6 else 30
        out.append(a._replace(fields={**a.fields, "d0": str(first), "d": str(last)}))
    return out
