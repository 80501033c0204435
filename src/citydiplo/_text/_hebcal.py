"""Dates of the Hebrew calendar written in Hebrew letters, converted to the Gregorian calendar.

A day, a month of the Hebrew calendar and a year, each in letters with their geresh or
gershayim ("כ"ה בכסלו התשפ"ה", "ט"ו באב תרמ"ב", "י"ז בתמוז ה'תשפ"ד"), name one Gregorian day:
the conversion is the maintained ``convertdate`` package's (the ``calendars`` extra). Without
it, or when the date cannot be converted exactly (no year: "ט"ו בשבט"; a plain "אדר" in a
leap year, which has two; "אדר א'" in a year with one Adar; a day the month does not have),
the text is left unread, never guessed. A year is written without its thousands ("תשפ"ה" is
5785) or with them ("ה'תשפ"ה").

>>> from citydiplo import parse_date
>>> parse_date('כ"ה בכסלו התשפ"ה', lang="he")
PartialDate("2024-12-26")
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._hebrew_apposed import apposed_gregorian
from citydiplo._text._hebrew_years import hebrew_to_gregorian

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = [
    "gematria",
    "hebrew_calendar_dates",
    "hebrew_month_follows",
    "hebrew_to_gregorian",
]

_LETTERS = dict(
    zip(
        "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
        (
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            20,
            20,
            30,
            40,
            40,
            50,
            50,
            60,
            70,
            80,
            80,
            90,
            90,
            100,
            200,
            300,
            400,
        ),
        strict=True,
    )
)
# convertdate's numbering: Nisan is 1, Tishrei 7, Adar 12 and, in a leap year, Adar II 13
_MONTHS = {
    "תשרי": 7,
    "חשון": 8,
    "חשוון": 8,
    "מרחשון": 8,
    "מרחשוון": 8,
    "כסלו": 9,
    "כסליו": 9,
    "טבת": 10,
    "שבט": 11,
    "אדר": 12,
    "אדר א'": 12,
    "אדר א׳": 12,
    "אדר ב'": 13,
    "אדר ב׳": 13,
    "ניסן": 1,
    "אייר": 2,
    "סיון": 3,
    "סיוון": 3,
    "תמוז": 4,
    "אב": 5,
    "מנחם אב": 5,
    "אלול": 6,
}
# geresh and gershayim, as typed, as the Hebrew marks or as typographic quotes ("א’", "כ”א")
_Q = "[\"'\u05f3\u05f4\u2019\u201d]"


@functools.cache
def _pattern() -> re.Pattern[str]:
    months = "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    # "י"ג", "ג'", and "יג'" too; a letter with no mark ("י באלול התשע"ז") only before a year
    # (never the last letter of a numeral: "וט"ו באדר" holds no day "ו")
    day = rf"(?P<d>[א-ת]{_Q}[א-ת]|[יכ][א-ט]{_Q}|[א-ת]{_Q}|(?<!{_Q})[א-טיכל](?= ))"
    year = rf"(?P<y>(?:ה{_Q}?)?[א-ת]{{1,3}}{_Q}[א-ת])"
    before = "(?<![א-ת])(?:ו?[בהלמ]|ו)?"  # a prefix may open the day: "בט"ו באב", "וט"ו"
    return re.compile(rf"{before}{day} (?:ב|ל)?(?P<m>{months})(?:,? (?:ב?שנת )?{year})?(?![א-ת])")


@functools.cache
def _month_next() -> re.Pattern[str]:
    months = "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    return re.compile(rf" ?,? ?(?:ב|ל)?(?:{months})(?![א-ת])")


def hebrew_month_follows(folded: str, end: int) -> bool:
    """Whether a month of the Hebrew calendar follows ``end`` ("יום א' בשבט": the first of
    Shevat, a day of that calendar, not a Sunday)."""
    return _month_next().match(folded, end) is not None


def gematria(letters: str) -> int:
    """The number the Hebrew letters spell (marks ignored).

    >>> gematria('תשפ"ה'), gematria("ט\\u05f4ו"), gematria("ב'")
    (785, 15, 2)
    """
    return sum(_LETTERS.get(ch, 0) for ch in letters)


def _year(text: str) -> int:
    letters = re.sub(_Q, "", text)
    if len(letters) > 1 and letters[0] == "ה" and letters[1] in "קרשת":
        letters = letters[1:]  # the thousands: "התשפ"ה", "ה'תשפ"ה"
    return 5000 + gematria(letters)


def hebrew_calendar_dates(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each Hebrew-calendar date of ``folded`` as one Gregorian day (a
    candidate of figures), and nothing else read inside it."""
    if "he" not in g.langs or not any(ch in folded for ch in "\"'\u05f3\u05f4\u2019\u201d"):
        return atoms
    from citydiplo._text._scan import Candidate

    found: list[Candidate] = []
    for m in _pattern().finditer(folded):
        month = _MONTHS[m["m"]]
        if m["y"] is None and len(m["d"]) == 1:
            continue  # a letter alone is a day only with the year in letters after it
        if m["y"] is None:  # "ט"ו בשבט": a day of every year, unless a Gregorian date beside
            day = gematria(re.sub(_Q, "", m["d"]))  # it falls on it ("יג' באב, 25.7.18")
            apposed = apposed_gregorian(
                m.start(), m.end(), month, day, m["m"] == "אדר", atoms, folded, g
            )
            if apposed is not None:
                found.append(apposed)
            continue
        year = _year(m["y"])
        if month == 12:
            try:
                from convertdate import hebrew
            except ImportError:
                continue
            if hebrew.leap(year) == (m["m"] == "אדר"):
                continue  # a leap year has Adar I and Adar II; any other year, Adar alone
        day = gematria(re.sub(_Q, "", m["d"]))
        converted = hebrew_to_gregorian(year, month, day)
        if converted is None:
            continue
        y, mn, d = converted
        fields = {"y": str(y), "mn": str(mn), "d": str(d)}
        # the same day in Gregorian figures beside it: one date, not two ("י"א בתשרי התשפ"ה,
        # 13.10.2024"), so that a span's end is the pair, not its second name alone
        apposed = apposed_gregorian(m.start(), m.end(), month, day, False, atoms, folded, g)
        if apposed is not None and apposed.fields == fields:
            found.append(apposed)
        else:
            found.append(Candidate(m.start(), m.end(), "ymd_num", fields))
    if not found:
        return atoms
    kept = [a for a in atoms if not any(a.start < f.end and f.start < a.end for f in found)]
    return sorted(kept + found, key=lambda a: a.start)
