"""A word for a day of two readings right before a stated day, in running text: Gujarati
"કાલે તા.૧૪ના" (કાલે is yesterday or tomorrow, "તા.૧૪" the 14th), Hindi "कल 31 अगस्त".

:func:`find_dates` picks one reading of such a word from the tense of its sentence; but the
tense is often the announcement's ("a water cut has been announced for tomorrow, the 14th"),
not the day's. The day written right after the word names it: the word gives no mention of
its own, whatever reading the tense would choose ("never silently wrong": a day the date
beside it contradicts is not reported). The date itself stays. :func:`parse_date` already
keeps the date (:mod:`._hindi_either_day`).

>>> from citydiplo import PartialDate, find_dates
>>> ref = PartialDate("2025-05-13")
>>> [str(m.value) for m in find_dates("કાલે તા.૧૪ના પાણી કાપ જાહેર કરવામાં આવ્યો છે.", lang="gu",
...                                   ref=ref)]
['2025-05-14']
>>> [str(m.value) for m in find_dates("કાલે પાણી કાપ જાહેર કરવામાં આવ્યો છે.", lang="gu", ref=ref)]
['2025-05-12']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo.dates import RecordDate

__all__ = ["either_days_beside_dates"]

# what may stand between the word and the day: spaces, a comma, a bracket or a dash
_GAP = re.compile(r"[\s,(\[–—-]{0,3}")


def either_days_beside_dates(
    found: list[tuple[Candidate, RecordDate]], folded: str, g: Grammar
) -> list[int]:
    """The indexes in ``found`` (each candidate with its value, in order) of the words for a
    day of several readings that a stated day follows right after."""
    ambiguous = g.vocab.ambiguous
    if not ambiguous:
        return []
    drop: list[int] = []
    for i, (cand, _value) in enumerate(found[:-1]):
        if cand.kind != "phrase" or cand.fields.get("ph") not in ambiguous:
            continue
        nxt = found[i + 1][0]
        if nxt.kind == "phrase" or ("d" not in nxt.fields and nxt.low is None):
            continue
        if _GAP.fullmatch(folded, cand.end, nxt.start):
            drop.append(i)
    return drop
