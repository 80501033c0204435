"""A day named by a word of time inside a quotation is the speaker's day, not the paper's.

"신우철 완도군수는 “오늘 자매결연 체결은 ...”고 말했다" (the county governor said: "today's
sister-city signing ..."), in an article published the day after the signing: "오늘"
(today) is the day he spoke, which the article dates elsewhere ("지난 11일"), not the day of
publication that :func:`citydiplo.find_dates` resolves it against. Such a date would give a
candidate the publication day, and keep it apart from the same record read from the
reporting sentence.

Rule: a date mention that is relative, names a day, holds no numeral (today, yesterday,
tomorrow: "오늘", "今天", "本日", "hôm nay", "сегодня", "today") and lies inside a
quotation (“ ”, „ “, « », 「 」, 『 』, ‹ ›, or straight double quotes, on one line) keeps its
place but loses its value: the day is unknown (a missing date is better than a wrong one),
and the mention still stands nearest the words it dates, as "이날" (this day) does, so no
farther date of the sentence ("지난 2014년 첫 교류를 시작으로", since the first exchange in
2014) is taken for it. Dates with numerals in quotes ("지난 11일", "2014년") keep their
reading.
"""

from __future__ import annotations

import bisect
import re

import attrs

from citydiplo._extract._mention import Mention

__all__ = ["unspoken_days"]

_QUOTED = re.compile(
    r"“[^“”\n]{1,2000}”|„[^„“”\n]{1,2000}[“”]|«[^«»\n]{1,2000}»|‹[^‹›\n]{1,2000}›"
    r"|「[^「」\n]{1,2000}」|『[^『』\n]{1,2000}』|\"[^\"\n]{1,2000}\""
)
_NUMERALS = frozenset("〇零一二三四五六七八九十百千两")


def _numeral(text: str) -> bool:
    return any(ch.isdigit() or ch in _NUMERALS for ch in text)


def unspoken_days(others: list[Mention], text: str) -> list[Mention]:
    """``others``, the quoted days of speech without a value (module docstring).

    >>> from citydiplo import extract
    >>> t = "군수는 “오늘 자매결연 체결은 뜻깊다”고 말했다. 지난 11일 협약을 체결했다."
    >>> [(m.text, m.date) for m in extract(t, lang="ko", published="2020-11-12").mentions
    ...  if m.kind == "date"]
    [('오늘', None), ('지난 11일', PartialDate("2020-11-11"))]
    >>> t = "군수는 오늘 자매결연 협약을 체결했다."
    >>> [m.text for m in extract(t, lang="ko", published="2020-11-12").mentions
    ...  if m.kind == "date"]
    ['오늘']
    """
    days = [m for m in others if m.kind == "date" and m.relative and m.date is not None
            and getattr(m.date, "day", None) is not None and not _numeral(m.text)]
    if not days:
        return others
    spans = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    starts = [a for a, _ in spans]
    unread = set()
    for m in days:
        at = bisect.bisect_right(starts, m.start)
        if at and spans[at - 1][0] < m.start and m.end < spans[at - 1][1]:
            unread.add(id(m))
    return [attrs.evolve(m, date=None) if id(m) in unread else m for m in others]
