"""A country's name that is also a given name, followed by the person's surname.

Some countries' names are common given names (``given_name_countries`` of
``data/person_context.json``: Hebrew "ישראל" and "ירדן", Hindi "भारत", Persian "ایران").
News names a person in full once and then by the surname alone, so such a name followed by a
word that the same text writes again by itself (not after the name) is a person's given
name: "ראש מועצות יש"ע ובנימין, ישראל גנץ, נפגש ... גנץ הוסיף" names Israel Gantz, not
Israel. The name must be a whole word ("בישראל נפגש", in Israel met, is the place), and the
word after it none of the language's commonest words (``data/surname_words.json``, wordfreq):
"ישראל כולה" (all of Israel) stays Israel though "כולה" comes again. Gujarati is checked
against the Hindi words, written letter for letter.
"""

from __future__ import annotations

import re
from functools import cache

from citydiplo._geo._brahmic import parallel_key
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["surname_follows"]

_STOP = "\\s\\d.,;:!?()\\[\\]\"'“”«»„،׳״\\-"
_NEXT = re.compile(f" ([^{_STOP}]{{2,}})")  # one space, then a word of two letters or more
_LETTER_FOR_LETTER = {"gu": "hi"}  # a language checked against another's words


@cache
def _names(lang: str) -> frozenset[str]:
    data = load_json("person_context.json")["given_name_countries"]
    return frozenset(match_key(w) for w in data.get(lang, ()))


@cache
def _common(lang: str) -> frozenset[str]:
    words = load_json("surname_words.json")["words"]
    return frozenset(words.get(_LETTER_FOR_LETTER.get(lang, lang), ()))


def surname_follows(m: Mention, text: str, lang: str | None) -> bool:
    """Whether the country ``m`` reads is a given name followed by a surname that ``text``
    writes again by itself.

    >>> from citydiplo import find_places
    >>> text = "ראש המועצה, ישראל גנץ, נפגש היום עם השגריר. גנץ הוסיף: תודה."
    >>> [m.text for m in find_places(text, lang="he")]
    []
    >>> text = "תודה בשם ישראל כולה. ההתיישבות כולה עומדת מאחוריו."
    >>> [m.text for m in find_places(text, lang="he")]
    ['ישראל']
    """
    if lang is None or m.place.kind is not PlaceKind.COUNTRY:
        return False
    if match_key(m.text) not in _names(lang) or text[m.start - 1 : m.start].isalpha():
        return False  # "בישראל" (in Israel), a preposition glued: the place
    after = _NEXT.match(text, m.end)
    if after is None:
        return False
    word = after.group(1)
    key = match_key(word)
    if lang in _LETTER_FOR_LETTER:
        key = parallel_key(key) or key
    if key in _common(lang):
        return False
    alone = re.compile(f"(?<![^{_STOP}]){re.escape(word)}(?![^{_STOP}])")
    given = m.text + " "
    return any(
        hit.start() != after.start(1) and not text[: hit.start()].endswith(given)
        for hit in alone.finditer(text)
    )
