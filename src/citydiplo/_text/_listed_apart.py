"""Days listed with one month that are not in a row: "16 и 19 мая", "May 16 and 19",
"15 व 17 नवंबर", "ngày 16 và 19/8", "16, 17 and 19 May 2025". The text states each day, and
the month (and year) written once belongs to all of them: each day is a date of its own, the
earlier ones taking the month and year of the day that carries them. Days in a row joined
by "and" stay the span of both days (:mod:`._two_days_listed`).

Left unread, as before, when a span word frames the list ("between 5 and 7 May", "с 5 и 7
мая", "15 और 17 नवंबर के बीच": from one day to the other), when the days do not rise (the
first would then be of another month), when a weekday is written beside them (whose day it
names is not stated), and when an hour follows the last day ("May 5 and 7 p.m.").

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("16 и 19 мая 2025 года", lang="ru")]
['2025-05-16', '2025-05-19']
>>> [str(m.value) for m in find_dates("15 और 17 नवंबर के बीच", lang="hi")]
[]
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["day_word_before", "days_apart", "framed_as_span"]


def day_word_before(folded: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether a word for "day" ("ngày") stands right before the day ``m`` found: a day
    alone read on its own, which a listed day is too ("ngày 16 và 19/8/2025")."""
    head = folded[max(0, m.start("d") - 12) : m.start("d")].split()
    return bool(head) and head[-1] in g.words["day_words"]


def framed_as_span(folded: str, first: int, end: int, g: Grammar) -> bool:
    """Whether a span word opens the list that starts at ``first`` ("between", "с", "از")
    or closes it after ``end`` ("के बीच", "વચ્ચે"), or an hour follows its last day."""
    head = folded[max(0, first - 24) : first].rstrip(" -")
    words = g.words
    if head and any(head.endswith(w) for w in words["range_prefixes"] if w):
        start = len(head) - max(len(w) for w in words["range_prefixes"] if head.endswith(w))
        if start == 0 or not head[start - 1].isalnum():
            return True
    tail = folded[end : end + 24].lstrip(" ,")
    lists = g.vocab.lists
    for key in ("between_after", "range_time_words"):
        for w in lists.get(key, ()):
            if w and tail.startswith(w) and not tail[len(w) : len(w) + 1].isalnum():
                return True
    return False


def days_apart(
    a: Candidate, firsts: list[tuple[int, int, str]], folded: str, g: Grammar, end: int = -1
) -> tuple[Candidate, ...]:
    """The dates of the days listed before ``a`` (``firsts``: each day's start, end and
    figures, in text order) and of ``a`` itself, each a candidate of ``a``'s kind with its
    own day; ``()`` (all unread) when the list is framed as a span, the days do not rise, or
    a weekday is written beside ``a``. ``end`` is where the list ends (``a.end`` if -1)."""
    fields = a.fields
    if "weekday" in fields or not fields.get("d", "").isdigit():
        return ()
    days = [int(d) for _, _, d in firsts] + [int(fields["d"])]
    if any(x >= y for x, y in itertools.pairwise(days)):
        return ()
    if framed_as_span(folded, firsts[0][0], a.end if end < 0 else end, g):
        return ()
    lender = (a.start, a.end)  # the earlier days take its month and year: anchored to it
    out = [
        a._replace(start=s, end=e, fields={**fields, "d": d}, lender=lender) for s, e, d in firsts
    ]
    return (*out, a)
