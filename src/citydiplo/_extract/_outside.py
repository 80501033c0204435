"""Mentions that lie outside the names a text holds (:func:`outside_names`)."""

from __future__ import annotations

import bisect

from citydiplo._extract._mentions import Mention

__all__ = ["outside_names"]


def outside_names(others: list[Mention], entities: list[Mention]) -> list[Mention]:
    """Dates, counts and numbers that do not lie inside a name: "四日" in "四日市市" (the
    city of Yokkaichi) is no 4th of the month."""
    spans = sorted((m.start, m.end) for m in entities if m.kind == "place")
    if not spans:
        return others
    starts = [a for a, _ in spans]
    out = []
    for m in others:
        at = bisect.bisect_right(starts, m.start)
        if any(a <= m.start and m.end <= b for a, b in spans[max(0, at - 3):at]):
            continue
        out.append(m)
    return out
