"""The start of a span of days written as a bare day before a full date, where a word names
the day's own month relative to ``ref``: "오는 9일부터 8월 28일까지" (from the coming 9th to
28 August) starts on the 9th of ``ref``'s month, not of August; a writer who meant 9 August
would write "8월 9일부터 28일까지". Without such a word the bare day takes the later end's month
("từ ngày 10 đến 12/5": 10 to 12 May, :func:`._spans.borrowed_start`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._spans import borrowed_start
from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["day_span_start"]

_OWN_MONTH = frozenset({"mod_last", "mod_next"})  # "지난 9일", "오는 9일": ref's month


def day_span_start(
    low: Candidate,
    end: PartialDate,
    g: Grammar,
    context: tuple[PartialDate | None, PartialDate | None, str],
) -> DateRange:
    """The span from the bare day ``low`` to the full date ``end``: the day in its own month
    when a word names it relative to ``ref`` and that day is not after ``end``; else in
    ``end``'s month (or the one before)."""
    from citydiplo._text._resolve import day_of, resolve  # (it imports this module)

    ref, anchor, what = context
    if ref is not None and _OWN_MONTH & low.fields.keys():
        start, _ = resolve(low, g, ref, anchor, what)
        if isinstance(start, PartialDate) and start.day is not None and start <= end:
            return DateRange(start=start, end=end)
    return borrowed_start(end, day_of(low.fields["d"], g))
