"""Mentions that lie outside the names a text holds (:func:`outside_names`), and names that
hold a date (:func:`dateless_people`); days named in quoted speech are dropped by
:func:`citydiplo._extract._speechday.unspoken_days`, re-exported here."""

from __future__ import annotations

import bisect

from citydiplo._extract._mention import draft_id
from citydiplo._extract._mentions import Mention
from citydiplo._extract._speechday import unspoken_days

__all__ = ["dateless_people", "outside_names", "unspoken_days"]


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


def dateless_people(entities: list[Mention], others: list[Mention]) -> list[Mention]:
    """``entities`` without the draft people whose name holds a whole date: in a script
    without capitals the words before a title written after its name ("... سفیر") are read
    as the name, and "روز یکشنبه هفته گذشته میزبان سفیر کره جنوبی بودند" (last Sunday they
    hosted the ambassador of South Korea) gives a person "یکشنبه هفته گذشته میزبان". A day
    is never part of a person's name; a person the gazetteer or the register names stays.

    >>> p = Mention(kind="person", start=0, end=10, text="x", actor=draft_id("person", "ab"),
    ...             actor_type="person", name="ab")
    >>> d = Mention(kind="date", start=2, end=5, text="y")
    >>> dateless_people([p], [d]), dateless_people([p], [])
    ([], [...])
    """
    dates = sorted((m.start, m.end) for m in others if m.kind == "date")
    if not dates:
        return entities
    starts = [a for a, _ in dates]
    out = []
    for m in entities:
        if m.kind == "person" and m.actor == draft_id("person", m.name or m.text):
            at = bisect.bisect_left(starts, m.start)
            if any(b <= m.end for a, b in dates[at:bisect.bisect_left(starts, m.end, at)]):
                continue
        out.append(m)
    return out
