"""Cue words of the place scan grouped by their first letter, so that a word start of the
text looks only at those that can begin there.

``find_places`` tries, at every word start where nothing was read, each proclitic the
language writes on a name (Hebrew has 17: "ב", "וכשב"...), and it looks for the bare names
of subdivisions ("خوزستان" for "استان خوزستان") among those that start with the word's
first letter. Both tables depend on the cue words alone: built once per set of cues.
"""

from __future__ import annotations

from functools import cache

from citydiplo._geo._cues import Cues, region_words
from citydiplo._geo._extra import bare_by_start

__all__ = ["attached_by_first", "bare_names"]


@cache
def attached_by_first(cues: Cues) -> dict[str, tuple[str, ...]]:
    """``cues.attached_before`` by first letter, each group in the order of the cues.

    >>> from citydiplo._geo._cues import merged_cues
    >>> attached_by_first(merged_cues("he"))["ב"]
    ('ב',)
    """
    grouped: dict[str, list[str]] = {}
    for prefix in cues.attached_before:
        grouped.setdefault(prefix[:1], []).append(prefix)
    return {first: tuple(group) for first, group in grouped.items()}


@cache
def bare_names(cues: Cues) -> dict[str, tuple[tuple[str, str], ...]]:
    """The bare names of the subdivisions of ``cues.official`` by first letter
    (:func:`citydiplo._geo._extra.bare_by_start`)."""
    return bare_by_start(region_words(cues), cues.official)
