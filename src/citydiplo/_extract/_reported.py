"""The day a report was made is not the day of what it reports.

"제주시는 … 래주시 … 일행이 … 방문했다고 15일 밝혔다" (Jeju City *said on the 15th* that a
delegation of Laizhou had visited), "…と15日、発表した", "…,市外办15日表示", "…, the mayor
said on Tuesday": the date stands beside the reporting verb and dates the statement; the visit
happened before it, on a day the sentence does not tell. The attachment rule
(:func:`citydiplo._extract._sentence.attach_date`) gives the visit the day of the statement.

Rule: a candidate keeps no date when its date mention stands right before or right after one
of the language's reporting phrases (``date_reported`` in the cue data, "…" standing for the
date: "… 밝혔", "…、発表", "said …"); the date stays among the article's mentions and the
evidence says why (``date_rule``). Nothing else is tried in its place: a visit whose day the
sentence does not tell is left undated rather than given a guess.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._sentence import Candidate, bounded

__all__ = ["REPORTED", "without_report_dates"]

REPORTED = "the day the statement was made, not the day of what it reports: no record date"


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
    return [attrs.evolve(c, date=None, date_rule=REPORTED)
            if c.date is not None and bounded(c.date, text, words) else c for c in cands]
