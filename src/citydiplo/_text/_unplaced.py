"""Dates the text does not place in a period ``ref`` can name: a day within another period
(:mod:`._other_period`), a month or weekday of a habit (:mod:`._habitual`), two weekdays as a
weekly span (:mod:`._weekday_span`), a weekday of the next day of a span
(:mod:`._next_day_weekday`). Each is dropped before the scan joins its atoms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._habitual import without_habits
from citydiplo._text._next_day_weekday import without_next_day_weekdays
from citydiplo._text._other_period import other_period
from citydiplo._text._weekday_span import weekday_spans

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["unplaced"]


def unplaced(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without the dates no period of ``ref`` places."""
    if not atoms:
        return atoms
    atoms = without_habits(other_period(atoms, folded, g), folded, g)
    if len(atoms) > 1:
        atoms = without_next_day_weekdays(weekday_spans(atoms, folded, g), folded, g)
    return atoms
