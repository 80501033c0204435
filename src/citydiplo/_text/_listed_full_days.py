"""Two days each named with its month, listed with "and", the year stated once after the
second ("18 апреля и 19 апреля 2024 года", "April 18 and April 19, 2024", "ગુરુવાર, ૧૮
એપ્રિલ અને શુક્રવાર, ૧૯ એપ્રિલ, ૨૦૨૪"): the year is both days'. When the second day is the
day after the first in the same month, the two are the span of both days, as "18 и 19
апреля 2024" is (``_two_days_listed``); otherwise each day is a date of that year. A first
day whose month comes after the second's ("18 May and 2 April 2025") is left as it is:
its year is not stated; only December before January is the year before ("30 December
and 2 January 2025"). Only a language's ``and_words`` join them, with spaces and
commas; a weekday written beside a day must be that day's, else nothing is joined.

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("18 апреля и 19 апреля 2024 года", lang="ru")]
['2024-04-18/2024-04-19']
>>> [str(m.value) for m in find_dates("March 18 and April 19, 2024", lang="en")]
['2024-03-18', '2024-04-19']

A later day alone listed after a day and month ("2024年4月18日和19日", "4月18日と20日",
"4월 18일과 20일"; data ``day_list_joiners``) is a day of that month and year; the day after
makes the span of both days. Read alone, the later day took ``ref``'s month.

>>> [str(m.value) for m in find_dates("2024年4月18日和20日", lang="zh")]
['2024-04-18', '2024-04-20']
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from citydiplo._text._listed_months import listed_months

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["listed_full_days", "listed_later_day"]

# a yearless day and month, and the same order with its year
_WITH_YEAR = {"dm": "dmy", "md": "mdy"}


def _month_day(c: Candidate, g: Grammar) -> tuple[int, int]:
    return g.months.get(c.fields.get("m", ""), 0), int(c.fields.get("d", "0") or 0)


def _weekday_fits(c: Candidate, year: int, month_day: tuple[int, int], g: Grammar) -> bool:
    """Whether the weekday written beside ``c`` (if any) is that of its day in ``year``."""
    name = c.fields.get("weekday")
    if name is None:
        return True
    try:
        actual = datetime.date(year, *month_day).weekday()
    except ValueError:
        return False
    return g.vocab.weekdays[name][0] == actual


def _joined(b: Candidate, a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether only one of the language's ``and_words`` (and spaces, commas) stands
    between ``b`` and ``a``."""
    words = folded[b.end : a.start].replace(",", " ").split()
    return len(words) == 1 and words[0] in g.vocab.lists.get("and_words", frozenset())


def listed_full_days(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each yearless day and month that "and" joins to a full date of the
    same order given that date's year, or joined with it into the span of both days."""
    if not g.vocab.lists.get("and_words") or len(atoms) < 2:
        return atoms
    atoms = listed_months(atoms, folded, g)  # "January and March 2024": both of 2024
    out: list[Candidate] = []
    for a in atoms:
        b = out[-1] if out else None
        if (
            b is None
            or _WITH_YEAR.get(b.kind) != a.kind
            or "y" not in a.fields
            or not a.fields["y"].isdigit()
            or not b.fields.get("d", "").isdigit()
            or not a.fields.get("d", "").isdigit()
            or not _joined(b, a, folded, g)
        ):
            out.append(a)
            continue
        first, second = _month_day(b, g), _month_day(a, g)
        year = int(a.fields["y"]) - (first[0] == 12 and second[0] == 1)  # "30 Dec and 2 Jan"
        if (
            not first[0]
            or not second[0]
            or (first >= second and year == int(a.fields["y"]))
            or not _weekday_fits(b, year, first, g)
            or not _weekday_fits(a, int(a.fields["y"]), second, g)
        ):
            out.append(a)  # "18 May and 2 April 2025": the first day's year is unknown
            continue
        lender = (a.start, a.end)  # its year is a's
        dated = b._replace(kind=a.kind, fields={**b.fields, "y": str(year)}, lender=lender)
        if first[0] == second[0] and first[1] + 1 == second[1]:
            out[-1] = a._replace(start=b.start, kind="range", fields={}, low=dated, high=a)
        else:
            out[-1] = dated
            out.append(a)
    return out


_MONTH_DAYS = frozenset({"ymd", "md"})


def listed_later_day(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each day alone that a word of ``day_list_joiners`` lists after a day
    and month given that month (and year), or joined with it into the span of both days
    when it is the next day."""
    joiners = g.vocab.lists.get("day_list_joiners")
    if not joiners or len(atoms) < 2:
        return atoms
    out: list[Candidate] = []
    for a in atoms:
        b = out[-1] if out else None
        if (
            b is None
            or a.kind != "d_only"
            or set(a.fields) - {"d", "dsx", "weekday"}  # "6日(日曜日)": its own weekday
            or b.kind not in _MONTH_DAYS
            or not a.fields.get("d", "").isdigit()
            or not b.fields.get("d", "").isdigit()
            or int(a.fields["d"]) <= int(b.fields["d"])
            or folded[b.end : a.start].strip() not in joiners
        ):
            out.append(a)
            continue
        fields = {k: v for k, v in b.fields.items() if k != "weekday"}  # (the first's)
        dated = a._replace(
            kind=b.kind, fields={**fields, **a.fields, "d": a.fields["d"]}, lender=(b.start, b.end)
        )
        if int(a.fields["d"]) == int(b.fields["d"]) + 1:
            out[-1] = b._replace(end=a.end, kind="range", fields={}, low=b, high=dated)
        else:
            out.append(dated)
    return out
