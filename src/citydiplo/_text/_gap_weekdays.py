"""A weekday's name standing between two mentions that name one day must be that day's.

"tomorrow, Sunday, April 17, 2021", "מחר, יום ראשון, 17.4.2021": the scan reads the word for
the day and the date, and the weekday between them joins neither; the two mentions are set
side by side (:mod:`citydiplo._text._apposed`), and the day they name is then checked against
the weekday in the gap, as against one written beside the date. 17 April 2021 was a
Saturday: the text contradicts itself, and no day is given. ``find_dates`` likewise drops a
date right after a weekday's full name it does not fall on ("فردا یکشنبه ۲۸ فروردین ۱۴۰۰": 28
Farvardin 1400 was a Saturday). Only full names count: "Sun", "ср" are also other words.

>>> from citydiplo import parse_date
>>> str(parse_date("tomorrow, Saturday, April 17, 2021", lang="en"))
'2021-04-17'
>>> try:
...     parse_date("tomorrow, Sunday, April 17, 2021", lang="en")
... except ValueError:
...     print("no day")
no day
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar
from citydiplo.dates import PartialDate, RecordDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["contradicted_days", "gap_weekdays_agree"]


def _pattern(g: Grammar) -> re.Pattern[str]:
    """The full names of the weekdays of ``g`` as whole words, longest first (built once per
    grammar); a name that matches nothing when the language has none."""
    names = sorted((n for n, (_, full) in g.vocab.weekdays.items() if full), key=len, reverse=True)
    if not names:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")


_PATTERNS: dict[int, tuple[Grammar, re.Pattern[str]]] = {}


def gap_weekdays_agree(
    candidates: Sequence[Candidate], folded: str, g: Grammar, value: RecordDate
) -> bool:
    """Whether every weekday named between two of ``candidates`` falls on ``value``."""
    if (actual := _weekday_of(value)) is None:
        return True
    pattern = per_grammar(_PATTERNS, g, _pattern)
    for a, b in itertools.pairwise(candidates):
        for m in pattern.finditer(folded, a.end, max(a.end, b.start)):
            if g.vocab.weekdays[m.group(1)][0] != actual:
                return False
    return True


def _weekday_of(value: RecordDate) -> int | None:
    """The weekday of ``value`` when it is one day of a known year."""
    if isinstance(value, PartialDate) and value.day is not None and value.month is not None:
        return datetime.date(value.year, value.month, value.day).weekday()
    return None


_BEFORE = re.compile(r"[\s,،:;(\-–—]*")


def contradicted_days(
    found: Sequence[tuple[Candidate, RecordDate]], folded: str, g: Grammar
) -> list[int]:
    """The indexes of the days in ``found`` right after a weekday's full name they do not fall
    on (punctuation and spaces between; after any other date found)."""
    pattern = per_grammar(_PATTERNS, g, _pattern)
    out = []
    ends = sorted((c.end, i) for i, (c, _) in enumerate(found))  # (one pass: no pair of all)
    before, k = 0, 0
    for i, (c, value) in sorted(enumerate(found), key=lambda e: e[1][0].start):
        while k < len(ends) and ends[k][0] <= c.start:
            before = max(before, ends[k][0])  # the last end of another date before this one
            k += 1
        if c.kind == "wd" or "wd" in c.fields or "weekday" in c.fields:
            continue  # a weekday itself ("Thứ Năm Thứ 6": two), or one written beside the day
        if (actual := _weekday_of(value)) is None:
            continue
        head = folded[max(0, c.start - 24, before) : c.start]  # not a weekday of another date
        for m in pattern.finditer(head):
            if _BEFORE.fullmatch(head, m.end()) and g.vocab.weekdays[m.group(1)][0] != actual:
                out.append(i)
                break
    return sorted(out)
