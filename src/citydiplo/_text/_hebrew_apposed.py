"""A day of the Hebrew calendar written without its year, beside the Gregorian date it names.

School calendars and municipal notices give a day twice: "ביום רביעי, יג' באב, 25.7.18"
(Wednesday, 13 Av, 25.7.18), "יום שישי, ג' טבת 18.12.20". Alone, "יג' באב" is a day of every
year and stays unread (:mod:`._hebcal`); beside a Gregorian date it is that date's other
name, so it is read as that date when, and only when, the Gregorian date falls on it in the
Hebrew calendar (``convertdate``). The two are then read as one mention, and the weekday before the
Hebrew day is the weekday of the date, not a second date. A Hebrew day that does not fall on
the Gregorian date beside it stays unread: the text contradicts itself, and no reading of it
is sure.

>>> from citydiplo import parse_date
>>> str(parse_date("ביום רביעי, יג' באב, 25.7.18", lang="he"))
'2018-07-25'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._hebrew_years import gregorian_to_hebrew, hebrew_leap

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["apposed_gregorian"]

# what may stand between the two names of one day: a comma, a dot, spaces, an opening bracket
_AFTER = re.compile(r"[ ,.]*\(?[ ]*")
_BEFORE = re.compile(r"[ ]*\(?[ ,]*")
_ADAR = 12


def _value(a: Candidate, g: Grammar) -> tuple[int, int, int] | None:
    """The Gregorian day ``a`` states on its own (year, month and day), or None."""
    from citydiplo._errors import DateParseError, InvalidDateError
    from citydiplo._text._relative import Unresolved
    from citydiplo._text._resolve import resolve
    from citydiplo.dates import PartialDate

    if a.kind in ("range", "open"):
        return None
    try:
        value, basis = resolve(a, g, None, None, "a date beside a Hebrew day")
    except (Unresolved, DateParseError, InvalidDateError, KeyError, ValueError):
        return None
    if basis or not isinstance(value, PartialDate) or value.day is None:
        return None
    if value.year is None or value.month is None:
        return None
    return value.year, value.month, value.day


def _same_day(gregorian: tuple[int, int, int], month: int, day: int, plain_adar: bool) -> bool:
    hebrew = gregorian_to_hebrew(*gregorian)
    if hebrew is None:  # the ``calendars`` extra is not installed: left unread
        return False
    hy, hm, hd = hebrew
    if hd != day:
        return False
    if plain_adar and hebrew_leap(hy):
        return hm in (_ADAR, _ADAR + 1)  # "אדר" in a leap year: the date beside says which
    return bool(hm == month)


def apposed_gregorian(
    start: int,
    end: int,
    month: int,
    day: int,
    plain_adar: bool,
    atoms: list[Candidate],
    folded: str,
    g: Grammar,
) -> Candidate | None:
    """One candidate for the Hebrew day ``folded[start:end]`` (day ``day`` of month ``month``
    in ``convertdate``'s numbering) and the Gregorian day beside it, when it falls on that
    day: the two names of the day read as one date."""
    from citydiplo._text._scan import Candidate

    for a in atoms:
        if a.start >= end:
            gap = folded[end : a.start]
            near = _AFTER.fullmatch(gap) is not None
        elif a.end <= start:
            gap = folded[a.end : start]
            near = _BEFORE.fullmatch(gap) is not None
        else:
            continue
        if not near or len(gap) > 6:
            continue
        gregorian = _value(a, g)
        if gregorian is not None and _same_day(gregorian, month, day, plain_adar):
            y, m, d = gregorian
            fields = {"y": str(y), "mn": str(m), "d": str(d)}
            last = max(end, a.end)
            if "(" in gap and folded[last : last + 1] == ")":
                last += 1  # "11 בינואר 2016 (א' בשבט תשע"ו)": the bracket closes the date
            return Candidate(min(start, a.start), last, "ymd_num", fields)
    return None
