"""Spans of a text asked whether any overlaps a range, in logarithmic time.

A long text's mentions were each compared with every span of the text (every cue word,
every reading kept), which made the scan of a text of n mentions cost n² comparisons.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["SpanIndex"]


class SpanIndex:
    """Half-open spans ``(start, end)``, sorted once, asked :meth:`overlaps`; spans that
    start at or after every span held may be added (:meth:`add`).

    >>> spans = SpanIndex([(10, 20), (0, 3)])
    >>> spans.overlaps(3, 10), spans.overlaps(19, 30), spans.overlaps(2, 3)
    (False, True, True)
    >>> spans.add(40, 45); spans.overlaps(44, 50)
    True
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._starts: list[int] = []
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        for start, end in sorted(spans):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """Hold ``(start, end)``, which starts at or after every span held."""
        if self._starts and start < self._starts[-1]:
            raise ValueError(f"span ({start}, {end}) starts before {self._starts[-1]}")
        self._starts.append(start)
        self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span held has ``span_start < end and start < span_end``."""
        last = bisect.bisect_left(self._starts, end) - 1  # the last span starting before end
        return last >= 0 and self._reach[last] > start
