"""Big Indian towns named alone in a text that reads another town of their state (readings
``find_places`` adds to what its scan found).

A town the gazetteer knows in Latin letters only is read in Hindi or Gujarati by its
spellings (:func:`citydiplo._geo._indic.indian_at`) when a generic word stands on it or the
text names its state: a state named by one of its keys, or a big town of it that the
gazetteer holds in the text's script. Local news names neither: "રાજકોટના ગોંડલ પંથકમાં ...
ગોંડલ તાલુકાના" (in the Gondal area of Rajkot ... of Gondal taluka) names Rajkot (1.4 million
people) bare, beside Gondal, a town of Gujarat read by its spellings with "તાલુકા" on it.
A town read so, of :data:`citydiplo._geo._indic.FLOOR` people or more, says which state the
text is about as well as a state named: a word the scan left unread that spells exactly one
town of :data:`citydiplo._geo._indic.FLOOR` people or more in the one state of such towns
(and of the home states the text names) is that town. Frequent words of the language
("बस्ती", a settlement) are no such word, a town the scan reads elsewhere in the text is
left where the scan left it (there its checks ruled it out: "અમદાવાદ મેનેજમેન્ટ
એસોસિએશન", an association), and the checks ``find_places`` runs on persons' names run on
what is read here ("सूरत सिंह" is a person).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TypeVar

from citydiplo._geo._cues import cues
from citydiplo._geo._fold import folded_with_offsets
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._indic import FLOOR, frequent_word
from citydiplo._geo._listed_home import town_in
from citydiplo._geo._places import PlaceKind

__all__ = ["with_state_towns"]

M = TypeVar("M", bound=Mention)
_LANGUAGES = frozenset({"hi", "gu"})
_WORD = re.compile("[\u0900-\u097f\u0a80-\u0aff]+")  # a run of Devanagari or Gujarati letters


def _states(mentions: Sequence[Mention], home: frozenset[str]) -> set[str]:
    states: set[str] = set()
    for m in mentions:
        place = m.place
        if place.country not in home or place.subdivision is None:
            continue
        if place.kind is PlaceKind.SUBDIVISION or (
            place.kind is PlaceKind.CITY and (place.population or 0) >= FLOOR
        ):
            states.add(place.subdivision)
    return states


def with_state_towns(
    mentions: Sequence[M],
    text: str,
    lang: str | None,
    make: Callable[..., M],
    checked: Callable[[list[M], str, str | None], list[M]],
) -> tuple[M, ...]:
    """``mentions`` with the towns described above (made with ``make(start=, end=, text=,
    place=)``; ``checked`` runs ``find_places``' checks on them), in text order.

    >>> from citydiplo import find_places
    >>> text = "રાજકોટના ગોંડલ પંથકમાં વરસાદ. ગોંડલ તાલુકાના ગામોમાં વરસાદ"
    >>> [m.place.name for m in find_places(text, lang="gu")]
    ['Rājkot', 'Gondal', 'Gondal']
    """
    if lang not in _LANGUAGES or not mentions:
        return tuple(mentions)
    home = cues(lang).home
    states = _states(mentions, home)
    if len(states) != 1:
        return tuple(mentions)  # no state, or several: none decides
    state = next(iter(states))
    # the mentions by start, with the furthest end of each first k: a word overlaps one iff
    # some mention starting before the word's end ends after its start (no pass over all)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))
    known = {m.place.geonames_id for m in mentions if m.place.geonames_id is not None}
    added: list[M] = []
    for word in _WORD.finditer(text):
        start, stop = word.span()
        k = bisect_left(starts, stop)  # the mentions that start before the word ends
        if k and reach[k - 1] > start:
            continue
        read = town_in(word.group(), state, lang)
        if read is None:
            continue
        end = start + read[0]
        if read[1].geonames_id in known:
            continue  # the scan reads the town elsewhere: left unread here on purpose
        if frequent_word(folded_with_offsets(text[start:end])[0]):
            continue
        added.append(make(start=start, end=end, text=text[start:end], place=read[1]))
    if not added:
        return tuple(mentions)
    kept = checked(added, text, lang)
    return tuple(sorted([*mentions, *kept], key=lambda m: m.start))
