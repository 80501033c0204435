"""The day of a tie's anniversary is not the day the tie was made.

"蘭州市と秋田市は今月11日、オンラインで友好都市締結40周年記念式典を開催した" (on the 11th
the two cities held the ceremony of the 40th anniversary of their friendship), "re-sign the
sister city agreement during the 20th anniversary celebrations in 2018", "자매결연 20주년
기념식이 10일 열렸다", "kỷ niệm 30 năm kết nghĩa ... ngày 5/9": the partnership word names
the tie whose anniversary is kept, and the date in its clause is the day of the celebration.
The documented attachment rule (:func:`citydiplo._extract._sentence.attach_date`) gives the
partnership that date as its founding, which is wrong by the number of years kept.

Rule: a partnership candidate keeps no date when its date mention shares a clause with an
anniversary word (the ``anniversary`` cue family of the language's data file), that date is the
date mention nearest to the anniversary word in the sentence, and it cannot be the founding:
the number of years kept, written beside the word ("40周年", "20th anniversary", "kỷ niệm 10
năm"), added to the date's year goes past the reference year (the publication year, else the
latest year the article's candidate sentences name); with no such number, a date that names
its month or day is the celebration's. A founding date told beside the anniversary stays:
"姉妹都市を締結した1961年以来、今年で55周年" (the anniversary's nearest date is "今年"), "kỷ niệm
10 năm ký kết ... (năm 2013)" in 2023 (2013 + 10 is not past 2023). The record is undated, the
date stays among the article's mentions, and the evidence says why (``date_rule``). Agreements
and events keep their dates: a signing or a ceremony held at the anniversary happened on that
day.

Also the module's entry point for the other rules about a date that is not a record's
(:mod:`citydiplo._extract._yearless`, :mod:`citydiplo._extract._narrative`, then
:mod:`citydiplo._extract._reported`), applied first.
"""

from __future__ import annotations

import re

import attrs

from citydiplo._extract._cues import cues
from citydiplo._extract._decided import decided_apart
from citydiplo._extract._listdates import dates_of_listed_partners
from citydiplo._extract._mention import Mention
from citydiplo._extract._modifier_years import without_modifier_years, without_name_years
from citydiplo._extract._narrative import without_narrative_months
from citydiplo._extract._renewed import without_renewal_dates
from citydiplo._extract._reported import without_report_dates
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import Candidate, Sentence, clause_of
from citydiplo._extract._speech_dates import without_speech_dates
from citydiplo._extract._term import without_term_dates
from citydiplo._extract._yearless import without_yearless_dates
from citydiplo.dates import PartialDate

__all__ = ["JUBILEE", "record_dates", "without_jubilee_dates"]

JUBILEE = "the date of an anniversary of the tie: no founding date"


Kept = tuple[Hit, tuple[int, int], Mention]  # an anniversary word, its clause, its date


def _anniversaries(s: Sentence) -> list[Kept]:
    """The anniversary words of ``s``, each with its clause and the date nearest to it."""
    out: list[Kept] = []
    for h in s.hits:
        if h.family == "event" and h.value == "anniversary" and s.dates:
            nearest = min(s.dates, key=lambda m: (
                m.start - h.end if m.start >= h.end else h.start - m.end, m.start))
            out.append((h, clause_of(s, h.start), nearest))
    return out


_YEARS = re.compile(r"(?<![0-9])([0-9]{1,3})(?![0-9])")
_NEAR = 12  # characters between an anniversary word and its number of years


def _years_kept(c: Candidate, h: Hit, text: str) -> int | None:
    """The number of years an anniversary word keeps, written within a few characters."""
    found = [(m.start() - h.end if m.start() >= h.end else h.start - m.end(), int(m.group(1)))
             for m in _YEARS.finditer(text, max(c.sentence.start, h.start - _NEAR),
                                      min(c.sentence.end, h.end + _NEAR))]
    return min(found)[1] if found else None


def _year(d: Mention) -> int | None:
    when = d.date
    year = getattr(when, "year", None) if when is not None else None
    return year if isinstance(year, int) else None


def _jubilee_date(c: Candidate, text: str, ref: int | None,
                  seen: dict[int, list[Kept]]) -> bool:
    d = c.date
    if c.type != "partnership" or d is None or not c.sentence.start <= d.start < c.sentence.end:
        return False
    if c.sentence.start not in seen:  # each sentence once: a long one may hold many ties
        seen[c.sentence.start] = _anniversaries(c.sentence)
    clause = clause_of(c.sentence, d.start)
    for h, where, nearest in seen[c.sentence.start]:
        if where != clause or nearest != d:
            continue
        kept, year = _years_kept(c, h, text), _year(d)
        if kept is None or year is None or ref is None:
            return getattr(d.date, "month", None) is not None
        return year + kept > ref
    return False


def _reference(cands: list[Candidate], published: PartialDate | None) -> int | None:
    if published is not None:
        return published.year
    sentences = {c.sentence.start: c.sentence for c in cands}  # each sentence once
    years = [y for s in sentences.values() for m in s.dates if (y := _year(m)) is not None]
    return max(years) if years else None


def without_jubilee_dates(cands: list[Candidate], text: str,
                          published: PartialDate | None = None) -> list[Candidate]:
    """``cands`` with the anniversary days taken off partnerships (the module's rule).

    >>> from citydiplo import extract
    >>> t = "2022年10月11日、蘭州市と秋田市は友好都市締結40周年記念式典を開催した。"
    >>> [(r.type, str(r.date)) for r in extract(t, lang="ja").records if r.type == "partnership"]
    [('partnership', 'None')]
    """
    ref = _reference(cands, published)
    seen: dict[int, list[Kept]] = {}
    return [attrs.evolve(c, date=None, date_rule=JUBILEE)
            if _jubilee_date(c, text, ref, seen) else c for c in cands]


def record_dates(cands: list[Candidate], text: str,
                 published: PartialDate | None = None, lang: str = "") -> list[Candidate]:
    """``cands`` without the dates that are not their records' (a year that modifies another
    noun (:mod:`._modifier_years`), a renewal's day on a tie (:mod:`._renewed`), a day without
    its year, a month whose year the paragraph leaves open (:mod:`._narrative`), a stretch of
    several years on an event or an agreement (:mod:`._term`), the day of the statement that
    reports them (:mod:`._reported`), an anniversary's day on a partnership, then the date
    written beside another partner of the sentence (:mod:`._listdates`)); first, the done
    acts that a decision told after them marked planned are told done again, with their
    dates (:mod:`._decided`)."""
    if lang:  # a done act a later decision marked planned (:mod:`._decided`) is dated again
        data = cues(lang)
        cands = decided_apart(cands, text, tuple(data.get("decided", ())),
                              tuple(data.get("done_links", ())))
    if lang:  # first a year that modifies another noun, then a renewal's day on a tie
        modifiers = tuple(cues(lang).get("date_modifiers", ()))
        cands = without_name_years(without_modifier_years(cands, text, modifiers), text,
                                   cues(lang)["script"]["cased"])  # "Festival X 2022"
        cands = without_renewal_dates(cands, text, lang)
    cands = without_term_dates(without_narrative_months(without_yearless_dates(cands), text))
    if lang:
        cands = without_speech_dates(without_report_dates(cands, text, lang), text, lang)
    cands = without_jubilee_dates(cands, text, published)
    conjunctions = tuple(cues(lang)["conjunctions"]) if lang else ("and",)
    return dates_of_listed_partners(cands, text, conjunctions)
