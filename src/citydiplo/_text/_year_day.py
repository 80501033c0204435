"""A year named a few words before a day and month stated without one, in one sentence:
the day is of that year. A year stated outright ("в 1973 году 19 ноября") dates the day; a
word for this year ("В текущем году … 9 сентября", "This year … on September 9", "올해 …
9월 9일"), without ``ref`` to resolve it, leaves the day year-less but the one date the
sentence states (with ``ref`` the two nest, and :func:`parse_date` reads them so). Another
relative year ("last year … 9 September") is not taken: the day may be of another year.

>>> from citydiplo import parse_date
>>> str(parse_date("В текущем году день города будет праздноваться 9 сентября.", lang="ru"))
'XXXX-09-09'
>>> str(parse_date("в 1973 году 19 ноября", lang="ru"))
'1973-11-19'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._resolve import Unresolved, resolve
from citydiplo.dates import PartialDate, YearlessDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo._text._vocab import Reading
    from citydiplo.dates import RecordDate

__all__ = ["year_then_day"]

_GAP_WORDS = re.compile(r"[\s,،]+")
# a sentence's end, a figure or a bracket between the two: no link the sentence makes
_NO_LINK = re.compile(r"[.!?।॥;。！？\d()（）\[\]\"«»“”]")
_LONGEST_GAP = 80  # characters between the year word and the day
_DAY_KINDS = frozenset({"dm", "md", "dm_num", "md_num"})


def _this_year(c: Candidate, phrases: dict[str, frozenset[Reading]]) -> bool:
    """Whether ``c`` is a word for this year alone ("this year", "В текущем году", "올해")."""
    if c.kind == "rel":
        return set(c.fields) == {"this_year"}
    if c.kind != "phrase" or set(c.fields) != {"ph"}:
        return False
    readings = phrases.get(c.fields["ph"], frozenset())
    return len(readings) == 1 and all(
        r.kind == "offset" and r.unit == "year" and r.n == 0 for r in readings
    )


def _this_year_then_day(
    candidates: list[Candidate], folded: str, g: Grammar, text: str
) -> YearlessDate | None:
    year_c, day_c = candidates
    if day_c.kind not in _DAY_KINDS or not _this_year(year_c, g.vocab.phrases):
        return None
    gap = folded[year_c.end : day_c.start]
    if len(gap) > _LONGEST_GAP or _NO_LINK.search(gap):
        return None
    try:
        day = resolve(day_c, g, None, None, repr(text))[0]
    except Unresolved:
        return None
    return day if isinstance(day, YearlessDate) else None


def year_then_day(
    candidates: list[Candidate],
    folded: str,
    g: Grammar,
    text: str,
    ref: PartialDate | None = None,
) -> RecordDate | None:
    """A year stated outright, then, a few words on in the same clause, a day and month
    without one ("в 1973 году 19 ноября"): the day of that year, as :func:`find_dates` reads
    it by anaphora. Not across a sentence's end, nor a year of a span or an approximate one.
    Without ``ref``, a word for this year before the day in the same sentence gives the day
    without its year; with it, a year named against ``ref`` right before the day ("આ વર્ષે 17
    ઓગસ્ટથી મેળો થશે", this year from 17 August) is the day's, whatever the verb's tense."""
    if ref is None and (this := _this_year_then_day(candidates, folded, g, text)) is not None:
        return this
    year_c, day_c = candidates
    gap = folded[year_c.end : day_c.start]
    words = g.words["prefixes"] | g.words["suffixes"] | g.words["links"]
    # only the language's small words between ("में", ", ב-"): no figure, mark or joint
    if len(gap) > 16 or any(t.rstrip("-") not in words for t in _GAP_WORDS.split(gap) if t):
        return None
    try:
        year = resolve(year_c, g, ref, None, repr(text))[0]  # "આ વર્ષે 17 ઓગસ્ટથી": ref's
        if not isinstance(year, PartialDate) or year.month is not None or year.approximate:
            return None
        day, basis = resolve(day_c, g, None, year, repr(text))
    except Unresolved:
        return None
    if basis == "anchor" and isinstance(day, PartialDate) and day.day is not None:
        return day if day.year == year.year else None
    return None
