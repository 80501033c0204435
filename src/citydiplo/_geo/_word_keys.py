"""The names that may start at a word of the text, kept per word where the next words
cannot change them.

At each word start ``find_places`` asks the gazetteer and the extra names for every key the
text starts with: as written, and in Devanagari and Gujarati also letter for letter in the
other script, in the "kyo" spellings (:mod:`._brahmic`) and in the other nasal spellings
(:mod:`._anusvara`, :mod:`._brahmic_forms`). That is several trie look-ups of some
microseconds each at every word, and the same words recur all through a text.

What the look-ups find depends on the words after the first only when something goes on
past the first word: a key that starts with the word and a space, or with one of the forms
looked up for it (its letter-for-letter form, its "kyo" spellings) and a space; a nasal or
a candrabindu in the word, whose respellings read the next words too. When none can, the
candidates are those of the word alone, kept per word (and per set of cue words: the
Gujarati oblique forms depend on its postpositions). Where a key goes on past the word
("the" of "the hague", "के" of a village's name), the same holds of the first two or three
words, kept as one; otherwise the candidates are read from the text at every position, as
before. Two readings still look at the text at every position: the
nasal respelling of the next words (``nasal_parallel``; it finds nothing new when the first
word has no nasal and no key goes on past it, but it is read all the same, so that the
candidates keep their order and their repetitions), and the respellings of Latin and Arabic
words (:func:`._foreign.spelled_otherwise`), which read further and have caches of their
own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citydiplo._geo._anusvara import NASAL_MARKS
from citydiplo._geo._brahmic import (
    letter_prefixes,
    nasal_parallel,
    parallel_key,
    parallel_prefixes,
    spellings,
)
from citydiplo._geo._cues import Cues
from citydiplo._geo._extra import extras
from citydiplo._geo._foreign import spelled_otherwise
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._indic import INDIC

__all__ = ["Candidates", "candidates", "no_key_at"]

# the keys a text starts with, and each candidate name with its length in the text
Candidates = tuple[tuple[str, ...], tuple[tuple[str, int], ...]]

_BRAHMIC = frozenset({"DEVANAGARI", "GUJARATI"})  # the scripts of parallel_prefixes
_UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA"})
_RESPELLING = frozenset({"ARABIC", "LATIN", *INDIC})  # the scripts spelled_otherwise reads
_THREE_WORDS = re.compile("[^ ]+(?: [^ ]+){0,2}")  # as far as the nasal spellings read
# what the nasal and candrabindu spellings rewrite: a nasal before a stop, a candrabindu
_RESPELLED = re.compile("|".join([*(p.pattern for p in NASAL_MARKS), "[\u0901\u0a81]"]))
_MAX_WORDS = 1 << 16  # words kept per set of cue words (then started afresh)
_MAX_SPAN = 3  # words read together where a key goes on past the first ("ha noi", "के लिए")
_Entry = tuple[tuple[str, ...], tuple[tuple[str, int], ...], tuple[str, ...]]
_OPEN: _Entry = ((), (), ())  # a word whose candidates may depend on the words after it
_NONE: _Entry = ((), (), tuple(_OPEN[2]))  # a word no key begins with (another object)

_tables: dict[Cues, dict[str, _Entry]] = {}


def candidates(window: str, first: str, cues: Cues) -> Candidates:
    """The keys of the gazetteer and of the extra names that ``window`` (folded text from a
    word start, its first letter of script ``first``) starts with, in the order
    ``find_places`` tries them: the gazetteer's, the extra names', then the Brahmic
    letter-for-letter forms and nasal spellings (each as written in ``window``); and every
    candidate name with its length in ``window``, the respellings of
    :func:`spelled_otherwise` included.

    >>> from citydiplo._geo._cues import merged_cues
    >>> candidates("सूरत में", "DEVANAGARI", merged_cues("hi"))[0]
    ('सूरत',)
    """
    space = window.find(" ")
    if space < 0 or first in _UNSPACED:
        return _read(window, first, cues)
    table = _tables.get(cues)
    if table is None or len(table) >= _MAX_WORDS:
        if len(_tables) >= 64:
            _tables.clear()
        table = _tables[cues] = {}
    end, entry = space, _OPEN
    for _ in range(_MAX_SPAN):
        head = window[:end]  # the first words, a space after them
        kept = table.get(head)
        entry = kept if kept is not None else _entry(head, first, cues)
        if kept is None:
            table[head] = entry
        if entry is not _OPEN:
            break
        end = window.find(" ", end + 1)  # a key goes on past them: one more word
        if end < 0:
            break
    if entry is _OPEN:
        return _read(window, first, cues)
    keys, sized, before = entry
    if first not in _BRAHMIC:
        if first not in _RESPELLING:
            return keys, sized  # (no respelling reads this script)
        return keys, (*sized, *spelled_otherwise(window, first, cues))
    chunk = _THREE_WORDS.match(window)
    if chunk is None or _RESPELLED.search(chunk.group()) is None:
        return keys, sized  # no nasal to respell in the next words: nothing more
    added = tuple(k for k in nasal_parallel(window) if k not in before)
    if not added:
        return keys, sized
    keys = (*keys, *added)
    return keys, (*((k, len(k)) for k in keys), *sized[len(keys) - len(added) :])


def no_key_at(folded: str, i: int) -> bool:
    """Whether no key of the gazetteer nor of the extra names starts at ``folded[i]``, a
    Chinese or Japanese character, by its first two characters alone (most such characters
    begin none): then :func:`candidates` finds nothing there (no respelling reads these
    scripts), and ``find_places`` reads nothing at it.

    >>> no_key_at("在东京举行", 0), no_key_at("在东京举行", 1)
    (True, False)
    """
    return _keyless(folded[i : i + 2])


@lru_cache(maxsize=1 << 16)
def _keyless(pair: str) -> bool:
    """:func:`no_key_at` of a text that starts with ``pair``: one cached look-up per pair
    (the characters recur) instead of one per trie."""
    return not gazetteer().opens(pair) and not extras().opens(pair)


def _read(window: str, first: str, cues: Cues) -> Candidates:
    """The candidates of :func:`candidates`, read from ``window`` itself."""
    unspaced = first in _UNSPACED
    keys = gazetteer().prefixes(window, unspaced=unspaced)
    more = extras().prefixes(window, unspaced=unspaced)
    if more:
        keys = [*keys, *(k for k in more if k not in keys)]
    parallel = parallel_prefixes(window) if first in _BRAHMIC else []  # "કોબે": "कोबे"
    if parallel:
        keys = [*keys, *(k for k in parallel if k not in keys)]
    sized = [(k, len(k)) for k in keys] + spelled_otherwise(window, first, cues)  # "इंदौर"
    return tuple(keys), tuple(sized)


def _entry(word: str, first: str, cues: Cues) -> _Entry:
    """What :func:`candidates` keeps for ``word``: the keys as of the word alone, their
    candidates (with the Brahmic respellings of the word, not those of Latin or Arabic
    words) and the keys before the Brahmic forms; or :data:`_OPEN` where the next words may
    change them."""
    brahmic = first in _BRAHMIC
    if not brahmic and not gazetteer().opens(word[:2]) and not extras().opens(word[:2]):
        return _NONE  # no key starts with its first two letters: none is read (most Korean words)
    if (brahmic and _RESPELLED.search(word) is not None) or not _closed(word, first):
        return _OPEN
    keys = gazetteer().prefixes(word)
    more = extras().prefixes(word)
    if more:
        keys = [*keys, *(k for k in more if k not in keys)]
    before = tuple(keys)
    if brahmic:
        keys = [*keys, *(k for k in letter_prefixes(word) if k not in before)]
    sized = [(k, len(k)) for k in keys]
    if brahmic:
        sized += spelled_otherwise(word, first, cues)
    return tuple(keys), tuple(sized), before


def _closed(word: str, first: str) -> bool:
    """Whether no key that a look-up for ``word`` may find goes on past it: none starts with
    ``word`` and a space, nor, in Devanagari or Gujarati, with the word letter for letter in
    the other script or in its other "kyo" spellings and a space."""
    forms = [word]
    if first in _BRAHMIC:
        forms += spellings(word)
        other = parallel_key(word)  # None: a letter without a counterpart ends the run in it
        if other is not None:
            forms += [other, *spellings(other)]
    gz, more = gazetteer(), extras()
    return not any(
        gz.keys_with_prefix(form + " ", limit=1) or more.starts_a_key(form + " ") for form in forms
    )
