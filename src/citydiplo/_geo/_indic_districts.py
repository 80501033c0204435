"""Indian districts written in Hindi or Gujarati by their town's name, read in a text that
names their state (``find_places`` runs it on the names its scan left unread).

GeoNames gives the Hindi name of many districts of Uttar Pradesh to the district's own row
of cities500, a row without inhabitants ("फर्रुखाबाद", Farrukhabad; "प्रतापगढ़",
Pratapgarh; "मुजफ्फरनगर", Muzaffarnagar; "हरदोई", Hardoi), and not to the town. A city of
unknown size is read only with a generic word (``BARE`` keeps what was left unread), yet
Hindi news names the district by itself: "फर्रुखाबाद, बाराबंकी और सुल्तानपुर के जिलाधिकारी
बदले" (the district magistrates of Farrukhabad ... were changed). Such a name is read as the
district row's place when the text is in Hindi or Gujarati, the row lies in a country where
the language is official (India), and the text itself names the row's state as a place
("उत्तर प्रदेश", "यूपी"), or a city of a million or more in it ("लखनऊ", Lucknow, whose
news names the districts around it): the state decides which district is meant, and the
district is right at the state's level whatever town the text means. Frequent words and
persons' names are checked as any reading is (the guards run on it after).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from citydiplo._geo._context import BARE
from citydiplo._geo._cues import cues
from citydiplo._geo._decide import ALL_KINDS, decide
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["districts_named"]

_LANGUAGES = frozenset({"hi", "gu"})
BIG_CITY = 1_000_000  # a city this big names its state as well ("लखनऊ": Uttar Pradesh)


def districts_named(
    text: str, found: Sequence[Mention], lang: str | None
) -> list[tuple[int, int, Place]]:
    """The districts described above among the names left unread, as (start, end, place).

    >>> from citydiplo import find_places
    >>> text = "उत्तर प्रदेश में फेरबदल: फर्रुखाबाद और मेरठ के जिलाधिकारी बदले"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="hi")]
    [('उत्तर प्रदेश', 'IN-UP'), ('फर्रुखाबाद', 'IN-UP'), ('मेरठ', 'IN-UP')]
    >>> [m.text for m in find_places("फर्रुखाबाद के जिलाधिकारी बदले", lang="hi")]
    []
    >>> [(m.text, m.place.subdivision) for m in find_places("लखनऊ और हरदोई में बारिश", lang="hi")]
    [('लखनऊ', 'IN-UP'), ('हरदोई', 'IN-UP')]
    """
    bare = BARE.get() or []
    if lang not in _LANGUAGES or not bare:
        return []
    states = {
        m.place.subdivision
        for m in found
        if m.place.subdivision
        and (
            m.place.kind is PlaceKind.SUBDIVISION
            or (m.place.kind is PlaceKind.CITY and (m.place.population or 0) >= BIG_CITY)
        )
    }
    if not states:
        return []
    home = cues(lang).home
    taken = [(m.start, m.end) for m in found]
    decided: list[tuple[int, int, Place]] = []
    for key, start, end in bare:
        if any(s < end and start < e for s, e in taken):
            continue
        place = decide(key, ALL_KINDS, text[start:end], False, home)
        if place is None or place.kind is not PlaceKind.CITY or place.population is not None:
            continue
        if place.country not in home or place.subdivision not in states:
            continue
        decided.append((start, end, attrs.evolve(place, text=text[start:end])))
        taken.append((start, end))
    return decided
