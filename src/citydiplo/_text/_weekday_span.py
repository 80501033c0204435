"""Two weekdays joined as a span, with no date beside either ("Monday through Friday",
"월~금요일", "月曜日から金曜日まで", "từ thứ Hai đến thứ Sáu", "с понедельника по пятницу").

Such a span is most often a weekly schedule ("open Monday through Friday"); else it names days
of a week the text does not say. Read apart, each weekday would take the nearest such day
before ``ref``, and the two ends need not even come in order (a Friday before the Monday):
silently wrong dates. Both are dropped, so ``parse_date`` raises and ``find_dates`` gives no
mention. A weekday beside a date ("Monday, April 4 through Thursday, April 7") is another
atom's neighbour and is kept; so is a weekday of a named week ("下周一", a reading of its own).

A time of day between the two ("from 7 p.m. on Sunday until 7 a.m. on Monday", "from Sunday at
7 p.m. until Monday at 7 a.m.") makes one stretch of time, no weekly schedule: one span from the
first weekday (read as a weekday alone is, by the sentence's tense) to the first such later
weekday after it, never one before it.

>>> from citydiplo import find_dates, PartialDate
>>> ref = PartialDate("2025-09-10")
>>> find_dates("The office is open Monday through Friday.", lang="en", ref=ref)
[]
>>> text = "Shut from 7 p.m. on Sunday to 7 a.m. on Monday."
>>> [str(m.value) for m in find_dates(text, lang="en", ref=ref)]
['2025-09-07/2025-09-08']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._range_gap import gap_without_time

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["weekday_spans"]

_TRIM = re.compile(r"^[\s,]+|[\s,]+$")


def weekday_spans(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without pairs of bare weekdays joined by a range connector."""
    drop: set[int] = set()
    timed: dict[int, Candidate] = {}  # first index of a pair joined across a time of day
    joints = g.words["day_range_connectors"]  # ("and" lists two days: "Monday and Friday")
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if a.kind != "wd" or b.kind != "wd":
            continue
        if (i and _beside(folded, atoms[i - 1].end, a.start)) or (
            i + 2 < len(atoms) and _beside(folded, b.end, atoms[i + 2].start)
        ):
            continue  # "8 April, Wednesday – Wednesday": a weekday of the date beside it
        gap = _TRIM.sub("", folded[a.end : b.start])
        if i in drop and i not in timed and _schedule_goes_on(gap, g):
            drop.add(i + 1)  # "Monday through Friday 10 am to 6 pm and Saturday": one more day
            continue
        if gap in joints or _glued_joint(folded, a.end, joints) or _joined_by_wdp(gap, b, joints):
            drop.update((i, i + 1))
        elif gap and _TRIM.sub("", gap_without_time(gap, g)) in joints and i not in drop:
            drop.update((i, i + 1))  # "Sunday at 7 p.m. until Monday": one stretch of time
            if _day_of(a, g) == _day_of(b, g):
                continue  # ("from Monday 7 p.m. until Monday 7 a.m.": which Monday ends it?)
            high = b._replace(fields={**b.fields, "future": "1", "after_start": "1"})
            timed[i] = a._replace(end=b.end, kind="range", fields={}, low=a, high=high)
    if not drop:
        return atoms
    kept = [(i, a) for i, a in enumerate(atoms) if i not in drop or i in timed]
    return [timed.get(i, a) for i, a in kept]


def _day_of(a: Candidate, g: Grammar) -> int:
    return g.vocab.weekdays[a.fields["wd"]][0]


def _schedule_goes_on(gap: str, g: Grammar) -> bool:
    """Whether ``gap``, past its times of day, only lists on ("and", ",", "to")."""
    words = gap_without_time(gap, g).replace(",", " ").split()
    return bool(words) and all(w in g.words["range_connectors"] for w in words)


def _joined_by_wdp(gap: str, b: Candidate, joints: frozenset[str]) -> bool:
    """Whether the second weekday's own word joins it ("с понедельника по пятницу")."""
    return not gap and b.fields.get("wdp", "") in joints


def _beside(folded: str, end: int, start: int) -> bool:
    """Whether only a comma, a bracket or spaces part ``end`` from ``start``."""
    return 0 <= start - end <= 3 and not folded[end:start].strip(" ,()（）")


def _glued_joint(folded: str, end: int, joints: frozenset[str]) -> bool:
    """Whether a connector glued to the first weekday ends it ("월요일부터 금요일")."""
    tail = folded[end : end + 6].split(" ", 1)[0]
    return bool(tail) and any(tail == j for j in joints)
