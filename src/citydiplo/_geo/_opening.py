"""A big city's one-word name opening a sentence, read although no cue word introduces it
(used by :func:`citydiplo._geo._held.held_back`).

A sentence's first word is capitalised whatever it is, so a one-word city or subdivision
opening a sentence is held back unless the text reads the same place elsewhere ("Nice to
meet you", "Reading is fun", "Jackson said"). Headlines and short texts name their places
there: "Paris hosts it.", "Busan signed an MOU with Little Rock.", "Seoul said on Monday."
Such a name is read at once when the evidence is strong and another meaning unlikely:

* the place is a city of :data:`OPENING_POPULATION` people or more (the names of smaller
  places are more often words or persons' names: Nice, Reading, Jackson, Mobile);
* its name is none of the language's frequent words or given names (``ordinary_words``,
  ``weak_words``) nor a frequent English word (``data/english_words.json``: "Phoenix");
* the word is written as the gazetteer writes a name, not inflected nor made an adjective
  (Russian writes "воронежский губернатор", the Voronezh governor, small but for a
  sentence's first word);
* the next word, after one space, is written small, as the verb or conjunction of a
  sentence whose subject the name is ("Seoul said", "Paris and Lyon"); a capitalised word
  ("Houston Chronicle", "Santiago Peña"), a possessive ("Paris's"), a comma or a full stop
  after the name keep it held back;
* the text writes the name nowhere else beside another capitalised word: a person named
  in full once and then by the surname alone ("Whitney Houston ... Houston said") stays a
  person, and so does "Mayor Juárez".
"""

from __future__ import annotations

import re

from citydiplo._geo._cues import Cues
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._repeated import english_words
from citydiplo._normalize import match_key

__all__ = ["OPENING_POPULATION", "read_at_opening"]

OPENING_POPULATION = 1_000_000  # a city of a million: the floor of the gazetteer's big cities
_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w'’])")


def _small_word_after(text: str, end: int) -> bool:
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1)[:1].islower()


def _beside_capital(text: str, start: int, end: int) -> bool:
    """Whether the text writes ``text[start:end]`` elsewhere right after or right before
    another capitalised word (one space between): a person's surname or given name.

    >>> text = "Whitney Houston sang. Houston said it."
    >>> _beside_capital(text, 22, 29), _beside_capital("Houston said it.", 0, 7)
    (True, False)
    """
    name = re.compile(rf"(?<!\w){re.escape(text[start:end])}(?!\w)")
    for match in name.finditer(text):
        if match.start() == start:
            continue
        before = _WORD_BEFORE.search(text, 0, match.start())
        after = _WORD_AFTER.match(text, match.end())
        if (before and before.group(1)[:1].isupper()) or (after and after.group(1).isupper()):
            return True
    return False


_WORD_BEFORE = re.compile(r"([^\W\d_])[^\W\d_]*\.? $")
_WORD_AFTER = re.compile(r" ([^\W\d_])")


def read_at_opening(text: str, start: int, end: int, place: Place, cues: Cues) -> bool:
    """Whether the name ``text[start:end]`` that opens a sentence is read as ``place``
    without a cue word (see the module's rules).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Seoul said on Monday.", lang="en")]
    ['Seoul']
    >>> [m.text for m in find_places("Nice to meet you.", lang="en")]
    []
    >>> [m.text for m in find_places("Houston Chronicle reported it.", lang="en")]
    []
    """
    if place.kind is not PlaceKind.CITY or (place.population or 0) < OPENING_POPULATION:
        return False
    key = match_key(text[start:end])
    if (
        not gazetteer().holds(key)
        or key in cues.ordinary_words
        or key in cues.weak_words
        or key in english_words()
    ):
        return False
    return _small_word_after(text, end) and not _beside_capital(text, start, end)
