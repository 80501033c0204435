"""A stretch of several years is a term, not the day of one occurrence.

"Программа на 2021-2023 годы была подписана в режиме видеоконференции в рамках онлайн-форума"
(the programme *for 2021-2023* was signed during an online forum), "कार्य योजना 2024-2026",
"برنامه همکاری ۱۴۰۲ تا ۱۴۰۴", "giai đoạn 2021-2025": the years name how long a programme runs.
The attachment rule (:func:`citydiplo._extract._sentence.attach_date`) gives them to the
forum or the signing told in the same sentence, and the event is dated three years wide,
wrong for any curated date inside them. A visit, a meeting, a forum or a signing happens on
a day or over a few days; an agreement is signed on one day.

Rule: an event of one occasion (a visit, a meeting, a delegation, a reception, a lecture, a
conference, a forum, a summit, a ceremony, a festival, an exhibition, a signing) and an
agreement keep no date when their date is a range whose first and last years differ (both
stated); the evidence says why (``date_rule``). Partnerships are not judged (a tie lasts
years), nor exchange programmes, anniversaries and other events that may span them.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._sentence import Candidate
from citydiplo.dates import DateRange

__all__ = ["TERM", "without_term_dates"]

TERM = "a stretch of several years: the term of what is agreed, not the day it happened"

_ONE_OCCASION = frozenset(
    {
        "visit",
        "meeting",
        "delegation",
        "receive",
        "lecture",
        "conference",
        "forum",
        "summit",
        "ceremony",
        "festival",
        "exhibition",
        "signing",
    }
)


def _years(when: object) -> bool:
    """Whether a record date is a range over more than one calendar year."""
    if not isinstance(when, DateRange) or when.start is None or when.end is None:
        return False
    first, last = getattr(when.start, "year", None), getattr(when.end, "year", None)
    return first is not None and last is not None and first != last


def _judged(c: Candidate) -> bool:
    return c.type == "agreement" or (c.type == "event" and c.kind in _ONE_OCCASION)


def without_term_dates(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the several-year stretches taken off their events and agreements.

    >>> from citydiplo import extract
    >>> t = "Программа на 2021-2023 годы была подписана в рамках онлайн-форума Москвы и Пекина."
    >>> [(r.type, str(r.date)) for r in extract(t, lang="ru", published="2020-12-07").records
    ...  if r.type == "event"]
    [('event', 'None')]
    """
    return [
        attrs.evolve(c, date=None, date_rule=TERM)
        if c.date is not None and _judged(c) and _years(c.date.date)
        else c
        for c in cands
    ]
