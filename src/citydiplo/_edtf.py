"""The part of EDTF that citydiplo reads: text to date fields, and sub-year group bounds.

Private: :mod:`citydiplo.dates` is the public face and builds values from what this module
returns. Supported: level 0 dates and intervals, level 1 whole-date qualifiers (``~ ? %``),
seasons 21-24 and open (``..``) or unknown (empty) interval ends, the level 2 sub-year
groupings 25-41, and an unspecified year before a month or a month and day (``XXXX-05``,
``XXXX-05-10``: a year-less date, level 1 unspecified digits) and an interval of two such
dates (``XXXX-06-20/XXXX-06-21``). Everything else raises
:class:`~citydiplo.DateParseError` naming the feature.
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple, TypeAlias

from citydiplo._errors import DateParseError

OPEN = ".."
UNKNOWN = ""


class Fields(NamedTuple):
    """The fields of one EDTF date, unchecked beyond the grammar."""

    year: int
    month: int | None
    day: int | None
    group: int | None
    approximate: bool
    uncertain: bool


End: TypeAlias = Fields | str  # a date, OPEN or UNKNOWN


class Yearless(NamedTuple):
    """The month and optional day of a date whose year is unspecified (``XXXX-MM[-DD]``)."""

    month: int
    day: int | None


class YearlessSpan(NamedTuple):
    """The first and last month-days of a span whose year is unspecified
    (``XXXX-06-20/XXXX-06-21``); the last before the first runs into the next year."""

    first: Yearless
    last: Yearless


# One compiled pattern covers every supported single date: YYYY, YYYY-MM, YYYY-MM-DD and
# YYYY-SS, each with an optional trailing qualifier.
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?([~?%])?")
_YEARLESS = re.compile(r"XXXX-([0-9]{2})(?:-([0-9]{2}))?")

# Sub-year groupings: code -> (name, first month, number of months). A span that runs past
# December ends in the next year (winter, southern summer).
GROUPS: dict[int, tuple[str, int, int]] = {
    21: ("spring", 3, 3),
    22: ("summer", 6, 3),
    23: ("autumn", 9, 3),
    24: ("winter", 12, 3),
    25: ("spring (northern hemisphere)", 3, 3),
    26: ("summer (northern hemisphere)", 6, 3),
    27: ("autumn (northern hemisphere)", 9, 3),
    28: ("winter (northern hemisphere)", 12, 3),
    29: ("spring (southern hemisphere)", 9, 3),
    30: ("summer (southern hemisphere)", 12, 3),
    31: ("autumn (southern hemisphere)", 3, 3),
    32: ("winter (southern hemisphere)", 6, 3),
    33: ("first quarter", 1, 3),
    34: ("second quarter", 4, 3),
    35: ("third quarter", 7, 3),
    36: ("fourth quarter", 10, 3),
    37: ("first quadrimester", 1, 4),
    38: ("second quadrimester", 5, 4),
    39: ("third quadrimester", 9, 4),
    40: ("first half", 1, 6),
    41: ("second half", 7, 6),
}

EXPECTED = (
    "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-SS (sub-year grouping 21..41), optionally "
    "followed by one of ~ ? %, an interval 'start/end' of two such dates where an end may "
    "be '..' (open) or empty (unknown), or a year-less XXXX-MM or XXXX-MM-DD, or an interval "
    "of two year-less dates"
)

# Diagnoses for text that does not match, most specific first: (pattern, unsupported feature).
_UNSUPPORTED = tuple(
    (re.compile(pattern), reason)
    for pattern, reason in (
        (r"^\s|\s$", "leading or trailing whitespace is not allowed"),
        (r"(?![0-9])\d", "digits must be ASCII 0-9"),
        (r"[0-9]{4}-[0-9]{2}-[0-9]{2}T", "date-times are not supported; give the date only"),
        (r"^XXXX-[0-9]{2}(?:-[0-9]{2})?[~?%]$", "a year-less date takes no qualifier (~ ? %)"),
        (r"x", "unspecified digits are written with a capital X: XXXX-MM[-DD]"),
        (r"[Xx]", "unspecified digits ('X') are supported only as a whole year: XXXX-MM[-DD]"),
        (r"^Y", "years with a 'Y' prefix (more than four digits) are not supported"),
        (r"^-[0-9]", "negative years are not supported"),
        (r"[\[\]{}]", "sets ('[...]' and '{...}') are not supported"),
        (r"[0-9]E[0-9]", "exponential years are not supported"),
        (r"[0-9]S[0-9]", "significant digits are not supported"),
        (r"^[~?%]|[~?%].", "qualifiers on components are not supported; end the date with ~ ? %"),
        (r"^[0-9]{5,}", "years must have four digits (0001..9999)"),
        (r"^[0-9]{1,3}(?:$|[^0-9])", "years must have four digits (0001..9999)"),
    )
)


def error(text: str, reason: str) -> DateParseError:
    """The error for ``text``: quotes it, says what is wrong and what was expected."""
    return DateParseError(f"{text!r} is not an EDTF date: {reason}; {EXPECTED}", text=text)


def parse(text: str) -> Fields | Yearless | YearlessSpan | tuple[End, End]:
    """Split EDTF ``text`` into the fields of a date, a year-less date or an interval."""
    match = _DATE.fullmatch(text)
    if match is not None:
        return _fields(match, text)
    match = _YEARLESS.fullmatch(text)
    if match is not None:
        return _yearless(match, text)
    if "/" not in text:
        raise error(text, "empty text" if not text else _diagnose(text))
    parts = text.split("/")
    if len(parts) != 2:
        raise error(text, "an interval has exactly one '/'")
    spans = [_YEARLESS.fullmatch(part) for part in parts]
    if spans[0] is not None and spans[1] is not None:
        return _yearless_span(spans[0], spans[1], text)
    if spans[0] is not None or spans[1] is not None:  # one end year-less: what is the other?
        other = parts[1] if spans[0] is not None else parts[0]
        if other in (OPEN, UNKNOWN) or _DATE.fullmatch(other):
            raise error(text, "a year-less interval needs a year-less date at both ends")
        raise error(text, _diagnose(other))
    start, end = (_end(part, text) for part in parts)
    if isinstance(start, str) and isinstance(end, str):
        raise error(text, "an interval needs a date at one end at least")
    return start, end


def _end(part: str, text: str) -> End:
    if part in (OPEN, UNKNOWN):
        return part
    match = _DATE.fullmatch(part)
    if match is None:
        if _YEARLESS.fullmatch(part):
            raise error(text, "a year-less interval needs a year-less date at both ends")
        raise error(text, _diagnose(part))
    return _fields(match, text)


def _fields(match: re.Match[str], text: str) -> Fields:
    year_text, middle, day_text, qualifier = match.groups()
    month = group = None
    if middle is not None:
        code = int(middle)
        if 1 <= code <= 12:
            month = code
        elif code in GROUPS and day_text is None:
            group = code
        elif code in GROUPS:
            raise error(text, f"the sub-year grouping {middle} cannot have a day")
        else:
            raise error(text, f"{middle} is neither a month 01..12 nor a sub-year grouping 21..41")
    return Fields(
        int(year_text),
        month,
        None if day_text is None else int(day_text),
        group,
        qualifier in ("~", "%"),
        qualifier in ("?", "%"),
    )


def _yearless(match: re.Match[str], text: str) -> Yearless:
    month_text, day_text = match.groups()
    month = int(month_text)
    if not 1 <= month <= 12:
        raise error(text, f"{month_text} is not a month 01..12 (a year-less date has no grouping)")
    if day_text is None:
        return Yearless(month, None)
    day = int(day_text)
    if not 1 <= day <= days_in_month(2000, month):  # a leap year: 29 February is a date
        raise error(text, f"day {day_text} does not exist in month {month_text} of any year")
    return Yearless(month, day)


def _yearless_span(first: re.Match[str], last: re.Match[str], text: str) -> YearlessSpan:
    span = YearlessSpan(_yearless(first, text), _yearless(last, text))
    if (span.first.day is None) != (span.last.day is None):
        raise error(text, "both ends of a year-less interval need a day, or neither")
    if span.first == span.last:
        raise error(text, "a year-less interval needs two different ends")
    return span


def _diagnose(part: str) -> str:
    for pattern, reason in _UNSUPPORTED:
        if pattern.search(part):
            return reason
    return "unrecognised form"


def group_bounds(year: int, group: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of sub-year grouping ``group`` of ``year``."""
    _, first, span = GROUPS[group]
    last = first + span - 1
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    end_day = days_in_month(end_year, end_month)
    return datetime.date(year, first, 1), datetime.date(end_year, end_month, end_day)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days of ``month`` (1..12) in ``year`` (proleptic Gregorian)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def group_ends_next_year(group: int) -> bool:
    """Whether grouping ``group`` runs into the next year (winter, southern summer)."""
    _, first, span = GROUPS[group]
    return first + span - 1 > 12
