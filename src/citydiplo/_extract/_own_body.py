"""Whether a tie's sides are one place and its own bodies, read from an index of the
sentence's actors built once (the rule is told in :mod:`citydiplo._extract._parties`).

A candidate reads the mentions of its two or three sides; in a long sentence that names one
place hundreds of times, reading them all for each of hundreds of candidates cost the square
of the sentence. The sentence's mentions are grouped by actor once (their texts, types and
ends, their last place mention), and what a candidate adds of its own (its mentions, read
first) is merged in, so that the answer is the one of reading everything, in the same order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import Candidate, Sentence

__all__ = ["SentenceActors", "one_side"]

GLUED = 2  # an organisation's name, then its place's at once: "мэрия Казани", "شورای شهر یزد"
_SIDES = ("organization", "city", "region")


def _is_place(m: Mention) -> bool:
    return m.kind in ("place", "actor") and m.actor_type in ("city", "region")


class _Actor:
    """One actor's mentions in a sentence: texts, types, sorted ends, places in order."""

    def __init__(self) -> None:
        self.texts: dict[str, None] = {}
        self.types: set[str | None] = set()
        self.ends: list[int] = []
        self.places: list[tuple[int, int]] = []  # (start, index in the sentence), in order
        self.last_place: Mention | None = None
        self.last_type: str | None = None


class SentenceActors:
    """The mentions of a sentence grouped by actor, read once for all its candidates."""

    def __init__(self, s: Sentence) -> None:
        self.sentence = s  # held, so that the id keying this index is not reused
        self.actors: dict[str, _Actor] = {}
        for i, m in enumerate(s.entities):
            if m.actor is None:
                continue
            one = self.actors.setdefault(m.actor, _Actor())
            one.texts[m.text] = None
            one.types.add(m.actor_type)
            one.last_type = m.actor_type
            one.ends.append(m.end)
            if _is_place(m):
                one.places.append((m.start, i))
                one.last_place = m
        for one in self.actors.values():
            one.ends.sort()
            one.places.sort()
        self._glued: dict[tuple[str, tuple[str, ...]], int | None] = {}

    def is_person(self, c: Candidate, a: str) -> bool:
        """Whether a mention of ``a`` in ``(*c.mentions, *c.sentence.entities)`` is of a
        person."""
        held = self.actors.get(a)
        return (held is not None and "person" in held.types) or any(
            m.actor == a and m.actor_type == "person" for m in c.mentions
        )

    def last_type(self, c: Candidate, a: str) -> str | None:
        """The type of the last mention of ``a`` in ``(*c.mentions, *c.sentence.entities)``."""
        held = self.actors.get(a) if a else None
        if held is not None:
            return held.last_type
        return next((m.actor_type for m in reversed(c.mentions) if a and m.actor == a), None)

    def glued_place(self, a: str, others: tuple[str, ...]) -> int | None:
        """The index of the first place of ``others`` starting just after a mention of
        ``a`` in the sentence (0 < start - end <= GLUED), if any."""
        key = (a, others)
        if key not in self._glued:
            ends = self.actors[a].ends if a in self.actors else []
            found = [
                i
                for p in others
                if p in self.actors
                for start, i in self.actors[p].places
                if _ends_before(ends, start)
            ]
            self._glued[key] = min(found, default=None)
        return self._glued[key]


def _ends_before(ends: Sequence[int], start: int) -> bool:
    """Whether some end ``e`` of the sorted ``ends`` has ``0 < start - e <= GLUED``."""
    k = bisect_left(ends, start - GLUED)
    return k < len(ends) and ends[k] < start


def one_side(c: Candidate, index: SentenceActors, core: Callable[[str], str]) -> bool:
    """Whether the sides ``ids`` of ``c`` are one place and its own bodies: the answer of
    reading ``(*c.mentions, *c.sentence.entities)`` for each side, from the index."""
    from citydiplo._extract._events import TWO_SIDED

    ties = ("partnership", "agreement")
    if c.type not in ties and (c.type != "event" or c.kind not in TWO_SIDED):
        return False
    ids = {a for a, r in c.actors if c.type not in ties or r == "party"}
    if len(ids) < 2:
        return False
    own = [m for m in c.mentions if m.actor in ids]  # the candidate's, read first
    names: dict[str, str] = {}
    for m in own:
        if _is_place(m) and m.actor is not None:
            names[m.actor] = core(m.text)
    for a in sorted(ids):
        last = index.actors[a].last_place if a in index.actors else None
        if last is not None:
            names[a] = core(last.text)  # the last place mention gives the name
    sides = set()
    for a in sorted(ids):
        held = index.actors.get(a)
        texts = [m.text for m in own if m.actor == a] + list(held.texts if held else ())
        types = {m.actor_type for m in own if m.actor == a} | (held.types if held else set())
        owner = next(
            (
                p
                for p, name in sorted(names.items())
                if p != a
                and "organization" in types
                and any(len(name) >= 2 and name in t for t in texts)
            ),
            None,
        )
        if owner is None and "organization" in types:  # "شورای اسلامی شهر یزد": the
            owner = _glued_owner(c, a, ids, own, index)  # council of the city of Yazd
        if any(t not in _SIDES for t in types):
            return False  # a person or a country takes part: not judged here
        sides.add(owner or a)
    return len(sides) < 2


def _glued_owner(
    c: Candidate, a: str, ids: set[str], own: list[Mention], index: SentenceActors
) -> str | None:
    """The actor of the first place, in the order ``(*own, *entities)``, of another side
    that starts just after a mention of ``a``."""
    held = index.actors.get(a)
    ends = sorted({*(m.end for m in own if m.actor == a), *(held.ends if held else ())})
    for m in own:
        if _is_place(m) and m.actor != a and _ends_before(ends, m.start):
            return m.actor
    others = tuple(sorted(ids - {a}))
    first = index.glued_place(a, others)  # from the sentence's own ends of a
    extra = [e for e in ends if held is None or not _has(held.ends, e)]
    for e in extra:  # ends only the candidate's mentions have
        for p in others:
            for start, i in index.actors[p].places if p in index.actors else ():
                if 0 < start - e <= GLUED and (first is None or i < first):
                    first = i
    return None if first is None else c.sentence.entities[first].actor


def _has(ends: Sequence[int], e: int) -> bool:
    k = bisect_left(ends, e)
    return k < len(ends) and ends[k] == e
