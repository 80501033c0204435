"""An hour read as the first day of a span: "सुबह 10 से 12 मई तक" (from 10 in the morning
until 12 May), "સવારે ૧૦ થી ૧૩ જાન્યુઆરી", "ساعت ۱۰ تا ۱۲ مه", "בשעה 10 עד 12 במאי".

A figure right after a word that makes it an hour (the language's ``hour_before_figure``: a part
of the day in Hindi and Gujarati, "ساعت", "בשעה") is a time, not a day: the span "10 से 12 मई"
would be silently wrong. The date then reads as its last day alone, as it does when the hour is
marked after the figure ("सुबह 10 बजे से 12 मई तक"). A part of the day after a date ("12 मई की
सुबह") is not before a figure and keeps its day.

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("सुबह 10 से 12 मई 2025 तक", lang="hi")]
['2025-05-12']
>>> [str(m.value) for m in find_dates("10 से 12 मई 2025 तक", lang="hi")]
['2025-05-10/2025-05-12']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_hour_heads"]


def _last_day(a: Candidate, folded: str) -> Candidate | None:
    """``a`` from its last day on, without its first: None when that day cannot be found."""
    f = a.fields
    first = folded.find(f["d0"], a.start, a.end)
    if first < 0:
        return None
    last = folded.find(f["d"], first + len(f["d0"]), a.end)
    if last < 0:
        return None
    fields = {k: v for k, v in f.items() if k != "d0"}
    return a._replace(start=last, fields=fields)


def without_hour_heads(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each span whose first day is an hour read from its last day only (or
    left unread when that day cannot be placed)."""
    hours = g.vocab.lists.get("hour_before_figure")
    if not hours:
        return atoms
    out: list[Candidate] = []
    for a in atoms:
        if "d0" in a.fields and ends_with_word(folded[: a.start].rstrip(), hours):
            last = _last_day(a, folded)
            if last is not None:
                out.append(last)
            continue
        out.append(a)
    return out
