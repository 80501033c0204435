"""The day of a tie's anniversary is not the day the tie was made.

"蘭州市と秋田市は今月11日、オンラインで友好都市締結40周年記念式典を開催した" (on the 11th
the two cities held the ceremony of the 40th anniversary of their friendship), "re-sign the
sister city agreement during the 20th anniversary celebrations in 2018", "자매결연 20주년
기념식이 10일 열렸다", "kỷ niệm 30 năm kết nghĩa ... ngày 5/9": the partnership word names
the tie whose anniversary is kept, and the date in its clause is the day of the celebration.
The documented attachment rule (:func:`citydiplo._extract._sentence.attach_date`) gives the
partnership that date as its founding, which is wrong by the number of years kept.

Rule: a partnership candidate keeps no date when its date mention shares a clause with an
anniversary word (the ``anniversary`` cue family of the language's data file) and that date is
the date mention nearest to the anniversary word in the sentence (the celebration's own date).
A founding date told beside the anniversary ("姉妹都市を締結した1961年以来、今年で55周年")
stays: the anniversary's nearest date is then another one ("今年"), or the founding year is
in another clause. The record is undated, the date stays among the article's mentions, and
the evidence says why (``date_rule``). Agreements and events keep their dates: a signing or
a ceremony held at the anniversary happened on that day.

Also the module's entry point for the other rule about a date that is not a record's
(:mod:`citydiplo._extract._yearless`), applied first.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import Candidate, clause_of
from citydiplo._extract._yearless import without_yearless_dates

__all__ = ["JUBILEE", "record_dates", "without_jubilee_dates"]

JUBILEE = "the date of an anniversary of the tie: no founding date"


def _anniversaries(c: Candidate) -> list[Hit]:
    return [h for h in c.sentence.hits if h.family == "event" and h.value == "anniversary"]


def _jubilee_date(c: Candidate) -> bool:
    d = c.date
    if c.type != "partnership" or d is None or d not in c.sentence.dates:
        return False
    clause = clause_of(c.sentence, d.start)
    for h in _anniversaries(c):
        if clause_of(c.sentence, h.start) != clause:
            continue
        nearest = min(c.sentence.dates, key=lambda m: (
            m.start - h.end if m.start >= h.end else h.start - m.end, m.start))
        if nearest == d:
            return True
    return False


def without_jubilee_dates(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the anniversary days taken off partnerships (the module's rule).

    >>> from citydiplo import extract
    >>> t = "2022年10月11日、蘭州市と秋田市は友好都市締結40周年記念式典を開催した。"
    >>> [(r.type, str(r.date)) for r in extract(t, lang="ja").records if r.type == "partnership"]
    [('partnership', 'None')]
    """
    return [attrs.evolve(c, date=None, date_rule=JUBILEE) if _jubilee_date(c) else c
            for c in cands]


def record_dates(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the dates that are not their records' (a day without its year, then
    an anniversary's day on a partnership)."""
    return without_jubilee_dates(without_yearless_dates(cands))
