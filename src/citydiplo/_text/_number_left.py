"""A bare number that ends an expression after a stated day: part of what the text says
that no date form read ("3 April 123", "April 3, 12345", "3 April 2024 5").

:func:`citydiplo.parse_date` reads one expression; a number left over at its end would be
dropped from the answer (a year the day-month form did not take, a second figure), so the
whole expression is refused rather than answered with the day alone. A time written with
its separator ("3 April, 10:30") or a word after the number ("3 April 15 delegates") is
not such a number.
"""

from __future__ import annotations

import re

from citydiplo._text._scan import Candidate

__all__ = ["number_left_after_day"]

_NUMBER_AT_END = re.compile(r"[\s,]*[0-9]+[\s.,;:!?)\]]*\Z")


def number_left_after_day(folded: str, cand: Candidate) -> bool:
    """Whether a bare number ends ``folded`` right after the day read in ``cand``.

    >>> from citydiplo._text._scan import Candidate
    >>> day = Candidate(0, 7, "dmy", {"d": "3", "m": "april"})
    >>> number_left_after_day("3 april 123", day), number_left_after_day("3 april.", day)
    (True, False)
    >>> number_left_after_day("3 april 10:30", day)
    False
    """
    return "d" in cand.fields and _NUMBER_AT_END.match(folded, cand.end) is not None
