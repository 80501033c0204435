"""A day and month's name, a two-digit year, then the weekday: "29 अप्रेल 14 मंगलवार को",
"5 जुलाई 22 दिन मंगलवार".

Hindi notices write the year in two figures after the month's name. Read alone, the two
figures are no year the text states beyond doubt (a count, a ward, a time may follow a date),
and the day without them takes a year from ``ref``: silently wrong when the page is of another
year. The weekday written right after settles it: the two figures are the year the project's
pivot gives them (as for "03/07/19", after POSIX ``strptime``: 69..99 are 1969..1999, 00..68
are 2000..2068) when that year's date falls on the weekday; else nothing is read from them
("5 जुलाई 22 बुधवार": 5 July 2022 is a Tuesday). The figures may be followed by a word of the
language's ``weekday_links`` ("दिन": day, "दिनांक": dated) before the weekday.

Without a weekday that settles them, two such figures right after a day and month's name
("कौशाम्बी 20 सितम्बर 23*", "5 जुलाई 22", "15 March 24", "15 марта 24") leave the date unread in
the languages whose data set ``short_year_after_month`` (hi, en, ru, gu, he, fa: those that
write a month's name; Chinese, Japanese and Korean write a year before the month): read
without them, the day would take ``ref``'s year, silently wrong for a page of another year.
In Persian the figures a Solar month's name reads as its year (1350 to 1410: "۱۴ مرداد ۹۶")
are read; others ("۱۵ مهر ۲۴") leave the date unread.
A counter or a counted noun after the figures makes them a count ("20 सितम्बर 23 लोग": 20
September, 23 people), and the date stays.

>>> from citydiplo import parse_date
>>> str(parse_date("सायं 7.30 बजे 29 अप्रेल 14 मंगलवार को कवि सम्मेलन", lang="hi"))
'2014-04-29'
>>> str(parse_date("दिनांक 5 जुलाई 22 दिन मंगलवार को", lang="hi"))
'2022-07-05'
>>> from citydiplo import find_dates  # 5 July 2022 is a Tuesday: no date read
>>> find_dates("5 जुलाई 22 बुधवार", lang="hi")
[]
>>> [str(m.value) for m in find_dates("20 सितम्बर 23 लोगों ने भाग लिया", lang="hi")]
['XXXX-09-20']
>>> find_dates("आगामी 20 और 21 सितम्बर 22 को दो दिवसीय सम्मेलन", lang="hi")
[]
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from citydiplo._text._count_nouns import counted_noun_follows
from citydiplo._text._next_word import next_word_in

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["short_year", "without_short_years"]

_GAP = re.compile(r" ?['’]?(?P<yy>\d{2}),? (?:(?P<link>\S+) )?")


def short_year(day: Candidate, weekday: Candidate, folded: str, g: Grammar) -> str | None:
    """The year the two figures between ``day`` and ``weekday`` name, or ``None``."""
    f = day.fields
    if weekday.kind != "wd" or "y" in f or "m" not in f or not f.get("d", "").isdigit():
        return None
    m = _GAP.fullmatch(folded, day.end, weekday.start)
    month = g.months.get(f["m"])
    if m is None or month is None:
        return None
    link = m.group("link")
    if link is not None and link not in g.vocab.lists.get("weekday_links", frozenset()):
        return None
    yy = int(m.group("yy"))
    try:
        date = datetime.date(yy + (1900 if yy >= 69 else 2000), month, int(f["d"]))
    except ValueError:
        return None
    return str(date.year) if date.weekday() == g.vocab.weekdays[weekday.fields["wd"]][0] else None


# two figures, then no more figures, time or date marks
_TWO_FIGURES = re.compile(r" ?['’]?\d{2}(?![\d:./-])")


def without_short_years(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without each day and month's name that two unread figures follow."""
    out: list[Candidate] = []
    counters = g.vocab.lists.get("counters", frozenset())
    for i, a in enumerate(atoms):
        # a span of days ends in its month's name: "20 और 21 सितम्बर 22" as "20 सितम्बर 22"
        f = a.fields if a.high is None else a.high.fields
        if ("m" in f or "h" in f) and "d" in f and not {"y", "yy"} & f.keys() and a.end == (
            a.high or a
        ).end:  # (a Solar month "h": "۱۵ مهر ۲۴", figures of no year of ref's decades)
            m = _TWO_FIGURES.match(folded, a.end)
            later = atoms[i + 1].start if i + 1 < len(atoms) else len(folded) + 1
            if (
                m is not None
                and later >= m.end()
                and not next_word_in(folded, m.end(), counters)
                and not counted_noun_follows(folded, m.end(), g)
            ):
                continue  # "20 सितम्बर 23": a year in two figures, not read
        out.append(a)
    return out
