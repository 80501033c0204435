"""A month named without its year, in a paragraph telling an earlier year, has no known year.

"A decision … was made at a meeting … held in Sochi in May 2016. In September, the two leaders
met during the Eastern Economic Forum in Vladivostok." (published 28 September 2018): the
paragraph tells 2016, and "In September" is September 2016; read against the publication date
it becomes September 2018, and the meeting is dated two years late. A bare month is read
against the publication date when the article speaks of its own time ("in September the
delegation will travel"), but a paragraph that has just named another year has moved its
story there, and which of the two years the month belongs to the words do not say.

Rule: a candidate keeps no date when its date mention is a month without a day, read against
the publication date (a relative reading, whose year the article did not write), and the
paragraph before it (from the last line break to the candidate's sentence) writes a year other
than the one the reading gave. The record is undated rather than given a guess; the date stays
among the article's mentions and the evidence says why (``date_rule``). A day read against the
publication date ("on Tuesday", "28일") keeps its date: a paragraph's background years do not
move the day of the news.
"""

from __future__ import annotations

import re

import attrs

from citydiplo._extract._sentence import Candidate

__all__ = ["NARRATIVE", "without_narrative_months"]

NARRATIVE = "a month without its year after a paragraph telling another year: no record date"

_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")


def _moved(c: Candidate, text: str) -> bool:
    d = c.date
    when = d.date if d is not None else None
    year = getattr(when, "year", None)
    if d is None or not d.relative or not isinstance(year, int) \
            or getattr(when, "month", None) is None or getattr(when, "day", None) is not None:
        return False
    start = text.rfind("\n", 0, c.sentence.start) + 1
    return any(int(y) != year for y in _YEAR.findall(text, start, c.sentence.start))


def without_narrative_months(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` without the months whose year the paragraph leaves open (module docstring).

    >>> from citydiplo import extract
    >>> t = ("Mayor Kim of Suwon City visited Hue City in May 2016. In September, "
    ...      "a delegation of Hue City visited Suwon City.")
    >>> [str(r.date) for r in extract(t, lang="en", published="2018-09-28").records]
    ['2016-05', 'None']
    """
    return [attrs.evolve(c, date=None, date_rule=NARRATIVE) if _moved(c, text) else c
            for c in cands]
