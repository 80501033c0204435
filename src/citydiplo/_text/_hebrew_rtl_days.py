"""Two days of one month joined by a dash in Hebrew text, written from the later to the
earlier: "19-18 בספטמבר 2018", "ט'-י' בתשרי" beside it (the 9th-10th of Tishrei).

Hebrew writers often type a span of figures in the order they are read right to left, the
later end first, as they do hours ("בין השעות 13:00-10:00"). A span of days cannot run
backward, so in a language whose data sets ``dash_day_span_descending`` a dash between a later
and an earlier day of the same month names the days from the earlier to the later (read, not
refused). Only a dash does so: "מ-19 עד 18" (from the 19th to the 18th) stays no span.

A Hebrew-calendar day written in letters ("י' בתשרי") right after another day in letters and
a dash ("ט'-") is the end of a span of those days: both are read, never the last day alone.
A first day that is not before the last leaves the date unread. A single letter with no mark
before the dash is no day but a prefix written with a hyphen ("ב-כ' בתמוז", on the 20th of
Tammuz; "ב-ט\\"ו בשבט"): the date after it is read alone.

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("19-18 בספטמבר 2018", lang="he")]
['2018-09-18/2018-09-19']
>>> [str(m.value) for m in find_dates("ט'-י' בתשרי התשע\\"ט", lang="he")]
['2018-09-18/2018-09-19']
>>> [str(m.value) for m in find_dates("ב-כ' בתמוז תשע\\"ה", lang="he")]
['2015-07-07']
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["rtl_day_spans"]

_DESCENDING = re.compile(r"(?P<a>\d{1,2}) ?[-–] ?(?P<b>\d{1,2})(?!\d)")
_LETTERS = {"א": 1, "ב": 2, "ג": 3, "ד": 4, "ה": 5, "ו": 6, "ז": 7, "ח": 8, "ט": 9}
_LETTERS |= {"י": 10, "כ": 20, "ל": 30}
_MARKS = "'\"׳״"
# a day in Hebrew letters and a dash, right before the day read: "ט'-", "ט\"ו-"
_H = "\u05d0-\u05ea"  # the Hebrew letters
_FIRST = re.compile(rf"(?<![{_H}])(?P<n>[{_H}][{_MARKS}]?[{_H}]?)[{_MARKS}]? ?[-–] ?$")
_MARKED = re.compile(rf"[{_MARKS}]|[{_H}]{{2}}")  # a day in letters is marked, or two letters
_DAY = re.compile(rf"(?P<n>[{_H}][{_MARKS}]?[{_H}]?)[{_MARKS}]?(?![{_H}])")


def _number(letters: str) -> int | None:
    """The value of a day written in Hebrew letters ("י", "ט\"ו", "כ\"ה"), or None."""
    total = 0
    for ch in letters:
        if ch in _MARKS:
            continue
        if ch not in _LETTERS:
            return None
        total += _LETTERS[ch]
    return total if 1 <= total <= 30 else None


def _swapped(a: Candidate, folded: str) -> Candidate:
    m = _DESCENDING.match(folded, a.start)
    f = a.fields
    if m is None or m.group("a") != f["d0"] or m.group("b") != f["d"]:
        return a
    if int(f["d0"]) <= int(f["d"]):
        return a
    return a._replace(fields={**f, "d0": f["d"], "d": f["d0"]})


def _lettered_span(a: Candidate, folded: str) -> Candidate | None:
    """The span a day in letters and a dash before ``a`` (a Hebrew-calendar day read in
    letters) open; ``a`` itself when none stands there; None when the days make no span."""
    first = _FIRST.search(folded, max(0, a.start - 8), a.start)
    if first is None or not _MARKED.search(first.group(0)):
        return a  # "ב-כ' בתמוז": a bare letter and a dash is a prefix ("on the"), no day
    day = _DAY.match(folded, a.start)
    lo, hi = _number(first.group("n")), _number(day.group("n")) if day else None
    if lo is None or hi is None or lo >= hi:
        return None
    f = a.fields
    try:
        end = datetime.date(int(f["y"]), int(f["mn"]), int(f["d"]))
    except (KeyError, ValueError):
        return None
    start = end - datetime.timedelta(days=hi - lo)
    low = a._replace(
        start=first.start(),
        end=first.end(),
        fields={"y": str(start.year), "mn": str(start.month), "d": str(start.day)},
    )
    return a._replace(start=first.start(), kind="range", fields={}, low=low, high=a)


def rtl_day_spans(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with the descending spans of days read in order, and the days in letters
    after another and a dash read as the span of both (or dropped)."""
    if not g.vocab.flags.get("dash_day_span_descending"):
        return atoms
    out: list[Candidate] = []
    for a in atoms:
        if "d0" in a.fields and "d" in a.fields:
            a = _swapped(a, folded)
        elif a.kind == "ymd_num" and _DAY.match(folded, a.start):
            b = _lettered_span(a, folded)
            if b is None:
                continue
            a = b
        out.append(a)
    return out
