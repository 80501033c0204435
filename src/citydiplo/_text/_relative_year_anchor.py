"""A year named relative to ``ref`` ("next year", "내년", "明年", "в следующем году", "năm
sau", "last year") before a day and month stated without a year in the same sentence.

Read against ``ref`` alone, the day takes the year nearest ``ref`` ("내년 프로야구 … 3월 28일
개막" with ``ref`` in January 2014 gave 28 March 2014), silently wrong when the sentence
speaks of the named year. The day is of the named year when the text ties them: only the
language's small words (``prefixes``, ``suffixes``, ``links``) between the two, or next year
and a sentence that speaks of the future ("明年…将于3月28日开幕"). Otherwise the day may be of
another year ("내년 예산안은 3월 28일 발표됐다": next year's budget, announced on 28 March):
when its reading against ``ref`` falls in another year than the one named, it is not read,
unless the year named is past and the sentence speaks of the future (then ``ref`` decides).

>>> from citydiplo import find_dates
>>> def values(text):
...     return [str(m.value) for m in find_dates(text, ref="2014-01-15")]
>>> values("Next year the season will open on March 28.")
['2015', '2015-03-28']
>>> values("Last year's report was published on March 28.")
['2013']
>>> values("The season opens on March 28.")
['2014-03-28']
>>> [str(m.value) for m in find_dates("આ વર્ષે 17 ઓગસ્ટથી મેળો થશે", ref="2026-12-03")]
['2026', '2026-08-17']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo._text._sentences import Sentences
    from citydiplo.dates import RecordDate

__all__ = ["YearWord"]

_YEAR_WORDS = frozenset({"rel", "phrase"})  # "next year", "내년": not "3 years ago"
_GAP_WORDS = re.compile(r"[\s,،]+")


def _year_of(value: RecordDate) -> int | None:
    start = value.start if isinstance(value, DateRange) else value
    return start.year if isinstance(start, PartialDate) else None


class YearWord:
    """The last year named relative to ``ref`` in the text (other than ``ref``'s), which
    :func:`find_dates` takes as the anchor of the days after it, and whether a day read
    against it is tied to it."""

    def __init__(self, folded: str, sentences: Sentences, g: Grammar) -> None:
        self._folded, self._sentences, self._g = folded, sentences, g
        self._year, self._ref_year = 0, 0
        self._end = -1
        self._span: tuple[int, int] | None = None

    def names(
        self, cand: Candidate, value: RecordDate, basis: str, ref: PartialDate | None
    ) -> bool:
        """Whether ``cand`` (read against ``ref``) names one whole year; it is then
        remembered, by the span its mention will have, for the days after it. ``ref``'s own
        year ("આ વર્ષે", this year) holds a day right after it ("આ વર્ષે 17 ઓગસ્ટથી મેળો
        થશે": 17 August of this year, though the fair is to come); a day further off keeps
        its reading against ``ref``."""
        if not (
            ref is not None
            and basis == "ref"
            and cand.kind in _YEAR_WORDS
            and isinstance(value, PartialDate)
            and value.month is None
            and not value.approximate
        ):
            return False
        self._year, self._ref_year, self._end = value.year, ref.year, cand.end
        return True

    def at(self, span: tuple[int, int] | None) -> None:
        """The span of the year word's mention in the original text, or None when another
        date became the anchor."""
        self._span = span

    def doubtful(self, cand: Candidate, anchor_span: tuple[int, int]) -> bool:
        """Whether ``cand``, a day read against the year word (the anchor at
        ``anchor_span``), is not tied to it: neither only small words between them, nor a
        next year and a sentence that speaks of the future."""
        if self._span != anchor_span:
            return False
        if self._year > self._ref_year and self._sentences.future(cand.start):
            return False
        gap = self._folded[self._end : cand.start]
        g = self._g
        words = g.words["prefixes"] | g.words["suffixes"] | g.words["links"]
        close = len(gap) <= 16 and all(t.rstrip("-") in words for t in _GAP_WORDS.split(gap) if t)
        return not close

    def other_year(self, cand: Candidate, value: RecordDate) -> bool:
        """Whether ``value`` (a doubtful date read against ``ref``) is of another year than
        the one named, so may be of either and is not read; unless the year named is past
        and the sentence speaks of the future ("昨年…答礼として、8月に…参加いたします")."""
        if self._year < self._ref_year and self._sentences.future(cand.start):
            return False
        return self._year != self._ref_year and _year_of(value) != self._year
