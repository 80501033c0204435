"""A frequent English word that names a place only as a short form of its name, written as
the first word of a longer proper name (a check ``find_places`` runs on the mentions its scan
read).

"National" is a short form of National City, California, and a frequent English word
(``data/english_words.json``): followed by another capitalised word ("the National Governors
Association") it is the first word of that name, not the city. A place's own name stays
("Reading" is Reading's name), and so does a name followed by a generic word of the
language ("National City").
"""

from __future__ import annotations

import re
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._geo._repeated import english_words
from citydiplo._normalize import match_key

__all__ = ["outside_short_words"]

M = TypeVar("M", bound=Mention)
_NEXT = re.compile(r" ([A-Z][\w'’-]*)")


def outside_short_words(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the short forms described above.

    >>> from citydiplo import find_places
    >>> text = "the National Governors Association met in the United States"
    >>> [m.text for m in find_places(text, lang="en")]
    ['United States']
    """
    if lang != "en" or not mentions:
        return mentions
    after = {w for w, _ in merged_cues(lang).after}
    kept = []
    for m in mentions:
        key = match_key(m.text)
        if m.place.kind is PlaceKind.CITY and " " not in m.text and key in english_words():
            following = _NEXT.match(text, m.end)
            own = key == match_key(m.place.name or "")
            if following and not own and match_key(following.group(1)) not in after:
                continue
        kept.append(m)
    return kept
