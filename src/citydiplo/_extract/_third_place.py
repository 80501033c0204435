"""The third place of a clause, for a pair of partners listed together, read from an index
of the clause's places built once (the rule is told in :mod:`citydiplo._extract._pairs`).

Each candidate asked which distinct places stand before its cue (and after its pair, marked
by a ``counterpart`` word), reading every place of the clause: in a long clause that names
one city hundreds of times, hundreds of candidates made that the square of the clause. The
answer only needs the distinct places, each with its first mention, and no more than two of
them (two or more mean no single third place): the clause's places are grouped by place once,
in the order each is first named, and a candidate reads them until it has two.
"""

from __future__ import annotations

from bisect import bisect_left

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import Sentence

__all__ = ["ClausePlaces"]

_PLACES = ("city", "region")


class ClausePlaces:
    """The places of one clause ``[c0, c1)`` of ``s`` a third place may be: with an actor,
    a city or region, not qualifying another; grouped by place, in text order."""

    def __init__(self, s: Sentence, c0: int, c1: int) -> None:
        self.mentions = [
            m
            for m in s.entities
            if m.actor is not None
            and c0 <= m.start < c1
            and m.actor_type in _PLACES
            and m.start not in s.qualified
        ]
        self.starts = [m.start for m in self.mentions]
        self.of: dict[str, list[Mention]] = {}  # each place's mentions, in text order
        for m in self.mentions:
            self.of.setdefault(m.actor or "", []).append(m)

    def before(self, cue: int, pair: set[str | None], seen: dict[str, Mention]) -> None:
        """Add to ``seen`` the places not in ``pair`` with a mention ending at or before
        ``cue`` (each with its first such mention), until ``seen`` holds two."""
        for actor, ms in self.of.items():  # in the order each place is first named
            if ms[0].start >= cue:
                return  # every place after this one is first named after the cue
            if actor in pair:
                continue
            first = next((m for m in ms if m.end <= cue), None)  # one overlapping the cue
            if first is not None:  # may come first; then the next one is read
                seen.setdefault(actor, first)
                if len(seen) >= 2:
                    return

    def after(self, start: int) -> list[Mention]:
        """The mentions starting at or after ``start``, in text order."""
        return self.mentions[bisect_left(self.starts, start) :]
