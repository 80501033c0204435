"""A Solar Hijri month named alone with the word "ماه" (month): "یکی در بهمن ماه و دیگری در
اسفند" (one in the month of Bahman and the other in Esfand), "مهرماه". The bare name is not
read: "بهمن" is a man's name, "اسفند" wild rue, "مهر" a seal, "تیر" an arrow; with "ماه" it
is the month. No year is stated, so the month is read against ``ref``: the coming month or one
of the three after it is of the year ahead of ``ref`` in the calendar ("بهمن ماه" in an
article of 25 Dey 1400: Bahman 1400), one of the three months before ``ref``'s is behind it; a
month farther both ways is of the future only in a sentence about the future, and is left
unread otherwise (last year's or the coming one). Without ``ref`` it is left unread.

>>> from citydiplo import find_dates, PartialDate
>>> [str(m.value) for m in find_dates("دو جشنواره در بهمن ماه برگزار میکنیم", lang="fa",
...                                     ref=PartialDate("2022-01-15"))]
['2022-01-21/2022-02-19']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text import _hijri
from citydiplo._text._fast import per_grammar
from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo.dates import PartialDate

__all__ = ["in_solar_year", "solar_months_alone"]

_MONTH_WORD = "ماه"
_NEAR = 3  # months either side of ref's month read without a word of tense
_PATTERNS: dict[int, tuple[Grammar, re.Pattern[str] | None]] = {}


def _pattern(g: Grammar) -> re.Pattern[str] | None:
    names = frozenset(n for n in g.hijri_months if n.endswith(_MONTH_WORD))
    alt = alternation(names)
    return re.compile(rf"(?<![\w\d])(?P<h>{alt})(?!\w)") if alt else None


def solar_months_alone(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each Solar Hijri month named with "ماه" that no atom covers added, as a
    month without its year (kind "h_m"); not after figures or a day in words (a day the scan
    could not read: the month alone would drop it)."""
    if not g.hijri_months or _MONTH_WORD not in folded:
        return atoms
    pattern = per_grammar(_PATTERNS, g, _pattern)
    if pattern is None:
        return atoms
    from citydiplo._text._scan import Candidate  # (after the gate: an import costs a call)

    added = []
    for m in pattern.finditer(folded):
        start, end = m.span()
        if any(a.start < end and start < a.end for a in atoms):
            continue
        before = folded[max(0, start - 24) : start].rstrip(" ")
        word = before.rsplit(" ", 1)[-1]
        if before[-1:].isdigit() or word in g.vocab.days:
            continue
        added.append(Candidate(start, end, "h_m", {"h": m.group("h")}))
    return sorted([*atoms, *added], key=lambda a: a.start) if added else atoms


def _solar_month(day: PartialDate) -> tuple[int, int]:
    jy = _hijri.year_of(day.earliest())
    for jm in range(1, 13):
        low, high = _hijri.month_bounds(jy, jm)
        if low <= day.earliest() <= high:
            return jy, jm
    raise AssertionError(f"{day} is in no month of {jy}")  # pragma: no cover


def in_solar_year(c: Candidate, g: Grammar, ref: PartialDate, what: str) -> Candidate:
    """The Solar Hijri month or day ``c`` without a year, given the year its words or its
    nearness to ``ref`` name (kind "h_my" or "h_dmy")."""
    from citydiplo._text._relative import Unresolved  # (imported late: _relative scans)

    f = c.fields
    jy, ref_month = _solar_month(ref)
    if c.kind != "h_m":
        shift = 1 if "next_year" in f else -1 if "last_year" in f else 0
        return c._replace(fields={**f, "y": str(jy + shift)})
    month = g.hijri_months.get(f["h"]) or _hijri_month(f["h"])
    ahead = (month - ref_month) % 12
    if ahead <= _NEAR or "future" in f:
        year = jy + (month < ref_month)
    elif ahead >= 12 - _NEAR:
        year = jy - (month > ref_month)
    else:
        raise Unresolved(f"{what}: the month may be of this Solar Hijri year or the last")
    return c._replace(kind="h_my", fields={**f, "y": str(year)})


def _hijri_month(name: str) -> int:
    from citydiplo._text._lexicon import grammar

    return grammar(("fa",)).hijri_months[name]
