"""Dates the text does not place in a period ``ref`` can name: a day within another period
(:mod:`._other_period`), a month or weekday of a habit (:mod:`._habitual`), two weekdays as a
weekly span (:mod:`._weekday_span`), a weekday of the next day of a span
(:mod:`._next_day_weekday`), a weekday that qualifies a noun of schedules
(:mod:`._weekday_attribute`). Each is dropped before the scan joins its atoms. A span whose
first day is an hour keeps its last day only (:mod:`._hour_head`).

The first two (and the habitual past) look for words most texts do not hold: one search of
their alternation over the text gates them (no search per date read)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._habitual import without_habits, without_habitual_past
from citydiplo._text._hour_head import without_hour_heads, without_hour_tails
from citydiplo._text._next_day_weekday import without_next_day_weekdays
from citydiplo._text._other_period import other_period
from citydiplo._text._week_span import same_week_spans
from citydiplo._text._weekday_attribute import without_weekday_attributes
from citydiplo._text._weekday_span import weekday_spans
from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["unplaced"]

_GATES: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def _gate(g: Grammar) -> re.Pattern[str] | None:
    if g.langs not in _GATES:
        lists = g.vocab.lists
        words = set(lists.get("other_period_before", ())) | set(lists.get("habitual_words", ()))
        words |= set(lists.get("habitual_past_words", ()))
        _GATES[g.langs] = re.compile(alternation(frozenset(words))) if words else None
    return _GATES[g.langs]


def unplaced(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without the dates no period of ``ref`` places."""
    if not atoms:
        return atoms
    atoms = without_hour_heads(atoms, folded, g)  # "सुबह 10 से 12 मई": 10 is an hour
    atoms = without_hour_tails(atoms, folded, g)  # "June 7 to 6 a.m.": 6 is an hour
    if len(atoms) > 1 and any(a.kind == "phrase" for a in atoms):
        atoms = same_week_spans(atoms, folded, g)  # "下周二至下周四": one span of that week
    gate = _gate(g)
    if gate is not None and gate.search(folded) is not None:
        atoms = without_habits(other_period(atoms, folded, g), folded, g)
        atoms = without_habitual_past(atoms, folded, g)  # "… तक किया जाता था": a custom
    for a in atoms:
        if a.kind == "wd":  # "Saturday service": a weekly pattern
            atoms = without_weekday_attributes(atoms, folded, g)
            if len(atoms) > 1:
                return without_next_day_weekdays(weekday_spans(atoms, folded, g), folded, g)
            return atoms
    return atoms
