"""The day a report was made is not the day of what it reports.

"제주시는 … 래주시 … 일행이 … 방문했다고 15일 밝혔다" (Jeju City *said on the 15th* that a
delegation of Laizhou had visited), "…と15日、発表した", "…,市外办15日表示", "…, the mayor
said on Tuesday": the date stands beside the reporting verb and dates the statement; the visit
happened before it, on a day the sentence does not tell. The attachment rule
(:func:`citydiplo._extract._sentence.attach_date`) gives the visit the day of the statement.

Rule: a candidate keeps no date when its date mention stands right before or right after one
of the language's reporting phrases (``date_reported`` in the cue data, "…" standing for the
date: "… 밝혔", "…、発表", "said …"); the date stays among the article's mentions and the
evidence says why (``date_rule``). A visit whose day the sentence does not tell is left
undated rather than given a guess.

One date is tried in its place: when the sentence names exactly one other day, no report date
itself, in the month before the statement or on its day ("박형준 시장은 지난 20일 … 만나 …
논의했다고 21일 밝혔다": the meeting of the 20th, said on the 21st), that day dates what the
statement reports. A year, a month or an older day (the tie of 1998 the sentence recalls) is
never taken.
"""

from __future__ import annotations

import datetime

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import Candidate, bounded
from citydiplo.dates import PartialDate

__all__ = ["REPORTED", "REPORTED_DAY", "without_report_dates"]

REPORTED = "the day the statement was made, not the day of what it reports: no record date"
REPORTED_DAY = "the one other day of the sentence, in the month before the statement's"
_MONTH = 31  # days a statement looks back at most


def without_report_dates(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands`` with the dates of the statements that report them taken off.

    >>> from citydiplo import extract
    >>> t = "제주시는 중국 래주시 부시장 일행이 제주시를 방문했다고 15일 밝혔다."
    >>> [(r.type, str(r.date)) for r in extract(t, lang="ko", published="2012-02-15").records]
    [('event', 'None')]
    """
    from citydiplo._extract._cues import cues

    words = tuple(cues(lang).get("date_reported", ()))
    if not words:
        return cands
    out = []
    for c in cands:
        if c.date is None or not bounded(c.date, text, words):
            out.append(c)
            continue
        day = _reported_day(c, c.date, text, words)
        out.append(attrs.evolve(c, date=day, date_rule=REPORTED if day is None
                                else REPORTED_DAY))
    return out


def _reported_day(c: Candidate, said: Mention, text: str, words: tuple[str, ...]
                  ) -> Mention | None:
    """The one other day of ``c``'s sentence in the month up to the statement ``said``."""
    on = _day(said)
    if on is None:
        return None
    days = [d for d in c.sentence.dates if d.date is not None and d is not said
            and (d.start, d.end) != (said.start, said.end) and not bounded(d, text, words)]
    if len(days) != 1:
        return None
    day = _day(days[0])
    return days[0] if day is not None and 0 <= (on - day).days <= _MONTH else None


def _day(m: Mention) -> datetime.date | None:
    """The day ``m`` names, when it names one day exactly."""
    d = m.date
    if not isinstance(d, PartialDate) or d.approximate or d.uncertain \
            or d.earliest() != d.latest():
        return None
    return d.earliest()
