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
  person, and so does "Mayor Juárez";
* the rest of its sentence (up to :data:`CLAUSE_WINDOW` characters) holds none of the
  language's pronouns of a person (``Cues.person_pronouns``: English "she", "his"; a city is
  "it"): "Sydney said she would come" speaks of a woman called Sydney.
"""

from __future__ import annotations

import functools
import itertools
import re

from citydiplo._geo._cues import Cues
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._repeated import english_words
from citydiplo._normalize import match_key

__all__ = ["CLAUSE_WINDOW", "OPENING_POPULATION", "read_at_opening"]

OPENING_POPULATION = 1_000_000  # a city of a million: the floor of the gazetteer's big cities
_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w'’])")


CLAUSE_WINDOW = 200  # characters read after the name for a pronoun: a sentence's length
_SENTENCE_END = re.compile(r"[.!?;\n]")


def _person_pronoun_after(text: str, end: int, pronouns: frozenset[str]) -> bool:
    """Whether a pronoun of a person follows ``end`` in its sentence (bounded window).

    >>> he = frozenset({"he", "she", "his"})
    >>> _person_pronoun_after("Sydney said she would come.", 6, he)
    True
    >>> _person_pronoun_after("Paris hosts it. She came.", 5, he)
    False
    """
    if not pronouns:
        return False
    limit = min(len(text), end + CLAUSE_WINDOW)
    stop = _SENTENCE_END.search(text, end, limit)
    limit = stop.start() if stop else limit
    for word in _LETTERS.finditer(text, end, limit):
        if word.end() == limit and limit < len(text) and text[limit].isalpha():
            break  # a word cut by the window ("his" of "history")
        if match_key(word.group()) in pronouns:
            return True
    return False


def _small_word_after(text: str, end: int) -> bool:
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1)[:1].islower()


def _beside_capital(text: str, start: int, end: int) -> bool:
    """Whether the text writes ``text[start:end]`` elsewhere right after or right before
    another capitalised word (one space between, perhaps a full stop after the word before):
    a person's surname or given name. The text's words are indexed once (:func:`_capitals`),
    so that the check costs the same however long the text and however often it is asked.

    >>> text = "Whitney Houston sang. Houston said it."
    >>> _beside_capital(text, 22, 29), _beside_capital("Houston said it.", 0, 7)
    (True, False)
    """
    return any(at != start for at in _capitals(text).beside(text[start:end]))


_LETTERS = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"\w")
_KEPT = 2  # starts kept per word: one besides the name asked about is enough


class _Capitals:
    """One text's words written beside a capitalised word (built by :func:`_capitals`)."""

    __slots__ = ("_after_capital", "_found", "_text")

    def __init__(self, text: str, after_capital: frozenset[int], found: dict[str, tuple[int, ...]]):
        self._text, self._after_capital, self._found = text, after_capital, found

    def flagged(self, at: int, end: int) -> bool:
        """Whether ``text[at:end]`` follows a capitalised word or comes before one."""
        return at in self._after_capital or _capital_after(self._text, end)

    def beside(self, name: str) -> tuple[int, ...]:
        """The first starts (at most :data:`_KEPT`) where the text writes ``name``, bounded
        by no word character, beside a capitalised word. A name of letters alone was indexed
        with the text; another ("Xi'an") is looked for by one scan, once per text."""
        found = self._found.get(name)
        if found is None and not _LETTERS.fullmatch(name):
            pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
            hits = (m.start() for m in pattern.finditer(self._text) if self.flagged(*m.span()))
            found = self._found[name] = tuple(itertools.islice(hits, _KEPT))
        return found or ()


def _capital_after(text: str, end: int) -> bool:
    """Whether one space and a capitalised word follow ``end``."""
    return (
        end + 1 < len(text)
        and text[end] == " "
        and text[end + 1].isupper()
        and _LETTERS.match(text, end + 1) is not None
    )


@functools.lru_cache(maxsize=4)  # the text being scanned: asked about once per mention
def _capitals(text: str) -> _Capitals:
    """Index ``text`` in one pass over its runs of letters: the runs that follow a
    capitalised word ("Whitney Houston", "Mayor Lima", "Dr. Seoul") and, for each run
    bounded by no other word character, its first starts beside a capitalised word."""
    after_capital: set[int] = set()
    found: dict[str, tuple[int, ...]] = {}
    previous: re.Match[str] | None = None
    size = len(text)
    for run in _LETTERS.finditer(text):
        at, end = run.span()
        if (
            previous is not None
            and at - previous.end() <= 2
            and previous.group()[0].isupper()
            and text[previous.end() : at] in (" ", ". ")
        ):
            after_capital.add(at)
        previous = run
        if (at > 0 and _WORD.match(text, at - 1)) or (end < size and _WORD.match(text, end)):
            continue  # part of a longer word ("2Seoul", "Seoul_2")
        kept = found.get(run.group(), ())
        if len(kept) < _KEPT and (at in after_capital or _capital_after(text, end)):
            found[run.group()] = (*kept, at)
    return _Capitals(text, frozenset(after_capital), found)


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
    return (
        _small_word_after(text, end)
        and not _person_pronoun_after(text, end, cues.person_pronouns)
        and not _beside_capital(text, start, end)
    )
