"""A count of time ahead ("10 साल बाद", "через 10 лет", "לאחר 10 שנים") in a sentence that
states a date of its own is not counted from ``ref``: it counts from that date ("подписан 5
мая 2014 года и истечет через 10 лет": ten years after the signing) or names a gap ("14 दिसंबर
को होने वाले मैच में करीब 10 साल बाद भिड़ंत होगी": the sides meet on 14 December, for the first
time in about ten years). Read from ``ref`` it would be a date the text does not state, so
:func:`find_dates` skips it; a count back ("10 years ago") and a count alone in its sentence
are read as before.

>>> from citydiplo import find_dates
>>> text = "14 दिसंबर को होने वाले मैच में करीब 10 साल बाद भिड़ंत होगी।"
>>> [str(m.value) for m in find_dates(text, lang="hi", ref="2025-11-23")]
['2025-12-14']
>>> [str(m.value) for m in find_dates("10 साल बाद भिड़ंत होगी।", lang="hi", ref="2025-11-23")]
['2035']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._text._scan import Candidate
    from citydiplo._text._sentences import Sentences
    from citydiplo.dates import RecordDate

__all__ = ["dated_sentences", "gap_offset"]

# the kinds of a date the text states by itself: not a count, a relative phrase, a weekday or a
# day alone (each of which is read from ``ref`` too)
_RELATIVE = frozenset({"ago", "phrase", "wd", "d_only", "rel", "rel_month", "rel_month_d"})


def dated_sentences(candidates: Sequence[Candidate], sentences: Sentences) -> set[int]:
    """The sentences of ``candidates`` that state a date of their own."""
    return {sentences.index(c.start) for c in candidates if c.kind not in _RELATIVE}


def gap_offset(
    cand: Candidate,
    value: RecordDate,
    basis: str,
    ref: PartialDate | None,
    sentence: int,
    dated: set[int],
) -> bool:
    """Whether ``cand``, a count ahead read from ``ref``, stands in a sentence of ``dated``."""
    if cand.kind != "ago" or basis != "ref" or ref is None or sentence not in dated:
        return False
    return isinstance(value, PartialDate | DateRange) and value.earliest() > ref.latest()
