"""A word for a day of two readings beside the date it names: "कल 31 अगस्त दिन मंगलवार" (Hindi
"कल" is yesterday or tomorrow).

Alone, such a word is ambiguous and stays unread (:mod:`._relative`). Beside a date stated
outright, the text names that day twice: when one of the word's readings, counted from
``ref``, is that date, the word is the same day and the date is the answer. When neither
reading is the date, the word stays, and the mentions disagree (several dates, as before).

>>> from citydiplo import PartialDate, parse_date
>>> str(parse_date("कल 31 अगस्त दिन मंगलवार सुबह 10 बजे होगा।", lang="hi",
...                ref=PartialDate("2021-08-30")))
'2021-08-31'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._relative import Unresolved, shift
from citydiplo._text._resolve import resolve

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo.dates import PartialDate

__all__ = ["without_either_days"]


def _either_day(c: Candidate, g: Grammar) -> bool:
    """Whether ``c`` is a word for a day of several readings, each a count of days."""
    if c.kind != "phrase":
        return False
    readings = g.vocab.phrases.get(c.fields.get("ph", ""), frozenset())
    return len(readings) > 1 and all(
        r.kind in ("offset", "count") and r.unit == "day" for r in readings
    )


def without_either_days(
    candidates: list[Candidate], g: Grammar, ref: PartialDate | None, text: str
) -> list[Candidate]:
    """``candidates`` without each word for a day of two readings one of which, counted from
    ``ref``, is the date another candidate states."""
    either = [c for c in candidates if _either_day(c, g)]
    if ref is None or not either or len(either) == len(candidates):
        return candidates
    others = [c for c in candidates if not _either_day(c, g)]
    try:
        values = {str(resolve(c, g, ref, None, repr(text))[0]) for c in others}
    except Unresolved:
        return candidates
    if len(values) != 1:
        return candidates
    (value,) = values
    out = list(others)
    for c in either:
        days = sorted(r.n for r in g.vocab.phrases[c.fields["ph"]])
        if not any(str(shift("day", n, ref, repr(text))) == value for n in days):
            return candidates  # the word names another day than the date: they disagree
    return out if len(out) < len(candidates) else candidates
