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

So is an hour read as the last day of a span of days whose month comes first: "from 5 p.m.
Friday, June 7 to 6 a.m. Monday, June 10" is no span "June 7 to 6". A figure right before a
word of the language's ``range_clock_after`` ("am", "p.m.", "时") is an hour: the span reads as
its first day alone, the end being read from what follows.

>>> [str(m.value) for m in find_dates("from Friday, June 7 to 6 a.m. Monday, June 10", lang="en")]
['XXXX-06-07/XXXX-06-10']
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word, starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_hour_heads", "without_hour_tails"]


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


@functools.lru_cache(maxsize=16)
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def without_hour_tails(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each span of days whose last day is an hour ("June 7 to 6 a.m.") read
    as its first day alone."""
    clock = g.vocab.lists.get("range_clock_after")
    if not clock:
        return atoms
    out: list[Candidate] = []
    for a in atoms:
        f = a.fields
        if "d0" in f and "m" in f and starts_with_word(folded[a.end : a.end + 12].lstrip(), clock):
            first = folded.find(f["d0"], a.start, a.end)
            month = folded.find(f["m"], a.start, a.end)
            if 0 <= month < first:  # (the month first: "June 7 to 6")
                end = first + len(f["d0"])
                end += next(  # with its day's suffix: "5月7日至9时"
                    (
                        len(x)
                        for x in _longest_first(g.words["day_suffixes"])
                        if folded.startswith(x, end)
                    ),
                    0,
                )
                fields = {**{k: v for k, v in f.items() if k != "d0"}, "d": f["d0"]}
                out.append(a._replace(end=end, kind="md", fields=fields))
            continue
        out.append(a)
    return out
