"""A day and month without a year, dated by the same month stated with its year later in the
sentence.

Vietnamese provincial news opens on the day and names the monthly session it reports after
it: "Ngày 28-10, UBND tỉnh đã tổ chức họp thường kỳ tháng 10-2015" (on 28 October, the
province held its regular meeting of October 2015), "Sáng 24/02, UBND tỉnh tổ chức phiên họp
thường kỳ tháng 02/2022". The month the day names is stated again, with its year, in the same
sentence: the text makes the link, so the day takes that year (resolved against that
mention, which :class:`DateMention` names as its anchor), whatever ``ref`` is. A later year
alone ("… kế hoạch năm 2016": the plan for 2016) or another month makes no such link, and the
day stays as read. :func:`parse_date` reads such a text as that day
(:func:`with_later_month_year`): the month restated with its year holds it.

>>> from citydiplo import parse_date
>>> parse_date("Ngày 28-10, UBND tỉnh đã tổ chức họp thường kỳ tháng 10-2015.", lang="vi")
PartialDate("2015-10-28")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo.dates import PartialDate, YearlessDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo._text._sentences import Sentences
    from citydiplo.dates import RecordDate

__all__ = ["dated_by_later_month", "with_later_month_year"]

_DAY_MONTH = frozenset({"dm", "md", "dm_num", "md_num"})
_WITH_YEAR = {"dm": "dmy", "md": "mdy", "dm_num": "dmy_num"}  # (the kind the year makes)


def dated_by_later_month(
    found: list[tuple[Candidate, RecordDate]], sentences: Sentences
) -> dict[int, tuple[PartialDate, int, PartialDate]]:
    """For each year-less day and month of ``found`` whose month a later mention of the same
    sentence states with its year: its index, mapped to the dated day, the index of that
    mention and its value."""
    out: dict[int, tuple[PartialDate, int, PartialDate]] = {}
    for i, (c, value) in enumerate(found):
        if c.kind not in _DAY_MONTH or "y" in c.fields:
            continue
        if not isinstance(value, (YearlessDate, PartialDate)) or value.day is None:
            continue
        if isinstance(value, YearlessDate) and value.end_month is not None:
            continue  # (a span of days: its ends are read apart)
        sentence = sentences.index(c.start)
        for j in range(i + 1, len(found)):
            later, month = found[j]
            if sentences.index(later.start) != sentence:
                break
            if (
                isinstance(month, PartialDate)
                and month.day is None
                and month.month == value.month
                and "y" in later.fields
            ):
                try:
                    day = PartialDate(year=month.year, month=month.month, day=value.day)
                    out[i] = (day, j, month)
                except ValueError:
                    pass  # no such day in that year ("29-2")
                break
    return out


def _month(c: Candidate, g: Grammar) -> int | None:
    """The month ``c`` names, in figures ("10" of "28-10") or in words ("tháng 10")."""
    if "mn" in c.fields:
        return int(c.fields["mn"]) if c.fields["mn"].isdigit() else None
    return g.months.get(c.fields["m"]) if "m" in c.fields else None


def with_later_month_year(candidates: list[Candidate], g: Grammar) -> list[Candidate]:
    """``candidates`` (those :func:`parse_date` found in one text), each year-less day and
    month given the year of the same month stated after it ("Ngày 28-10, … tháng 10-2015"),
    so that the day is read as the date the text states within that month."""
    out = list(candidates)
    for i, c in enumerate(out):
        if c.kind not in _WITH_YEAR or "y" in c.fields or (month := _month(c, g)) is None:
            continue
        for later in out[i + 1 :]:
            if "y" in later.fields and "d" not in later.fields and _month(later, g) == month:
                fields = {**c.fields, "y": later.fields["y"]}
                out[i] = c._replace(kind=_WITH_YEAR[c.kind], fields=fields)
                break
    return out
