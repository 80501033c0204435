"""Which readers of foreign names can read anything at a Hangul or Cyrillic word, decided
once per word.

``find_places`` tries, at every Hangul word where nothing else was read, Japanese names by
their romanizations (:func:`._translit.japanese_in_hangul_at`), Chinese names by their
Sino-Korean readings (:func:`._translit.chinese_in_hangul_at`) and by their Mandarin sounds
(:func:`._pinyin.chinese_at`, also at Cyrillic words). Each builds candidate keys from the
word and reads one in its context only where the gazetteer knows it; a reader that reads
no key finds nothing. For most words no candidate key is known at all, and which keys a
reader builds depends on the word alone (up to its space: the runs of syllables, the word's
ends, its tail and the frequent words all stop there). So whether a reader can read
anything is decided per word and kept: the readers then run only at the words where they
may read.

* The two Hangul readers are run on the word alone with a stand-in for the reading in
  context that only notes that it was asked: everything they do before their first reading
  is the same as in the text.
* The Mandarin reader skips a frequent word unless a generic word stands around it, which
  looks beyond the word; so its keys are built here without that skip (a superset of the
  keys it reads), as :func:`._pinyin.chinese_at` builds them.
"""

from __future__ import annotations

from functools import lru_cache

from citydiplo._geo._cues import Cues, word_ends, word_tail
from citydiplo._geo._hangul_towns import japanese_town_in_hangul_at
from citydiplo._geo._inflect import base_forms
from citydiplo._geo._pinyin import SCRIPTS as PINYIN_SCRIPTS
from citydiplo._geo._pinyin import city_keys, letters_run
from citydiplo._geo._places import Place
from citydiplo._geo._translit import chinese_in_hangul_at, japanese_in_hangul_at

__all__ = ["hangul_may_read", "pinyin_may_read"]

_MAX_WORDS = 65_536  # words kept (per reader and set of cues), the least recently asked go


def _word(folded: str, i: int) -> str:
    space = folded.find(" ", i)
    return folded[i:] if space < 0 else folded[i:space]


def hangul_may_read(folded: str, i: int, cues: Cues) -> bool:
    """Whether :func:`japanese_in_hangul_at` or :func:`chinese_in_hangul_at` can read a name
    at the Hangul word starting at ``folded[i]`` (when not, both find nothing there).

    >>> from citydiplo._geo._cues import merged_cues
    >>> ko = merged_cues("ko")
    >>> text = "시즈오카현에서 열렸다"
    >>> hangul_may_read(text, 0, ko), hangul_may_read(text, 8, ko)
    (True, False)
    """
    return _hangul_reads(_word(folded, i), cues)


@lru_cache(maxsize=_MAX_WORDS)
def _hangul_reads(word: str, cues: Cues) -> bool:
    asked: list[int] = []

    def noted(i: int, j: int, key: str, tail: str, cues: Cues) -> tuple[Place, bool] | None:
        asked.append(j)
        return None

    japanese_in_hangul_at(word, 0, cues, noted)
    if not asked:
        japanese_town_in_hangul_at(word, 0, cues, noted)  # "치즈정"
    if not asked:
        chinese_in_hangul_at(word, 0, cues, noted)
    return bool(asked)


def pinyin_may_read(folded: str, i: int, cues: Cues, written: str) -> bool:
    """Whether :func:`._pinyin.chinese_at` can read a name at the word starting at
    ``folded[i]``, whose first letter is of the script ``written`` (when not, it finds
    nothing there).

    >>> from citydiplo._geo._cues import merged_cues
    >>> ko = merged_cues("ko")
    >>> text = "톈진시를 방문"
    >>> pinyin_may_read(text, 0, ko, "HANGUL"), pinyin_may_read(text, 5, ko, "HANGUL")
    (True, False)
    """
    table = PINYIN_SCRIPTS.get(written)
    return table is not None and _pinyin_reads(_word(folded, i), table, cues)


@lru_cache(maxsize=_MAX_WORDS)
def _pinyin_reads(word: str, table: str, cues: Cues) -> bool:
    end = letters_run(word, 0, table)
    if end is None:
        return False
    for j in word_ends(word, 0, end, cues):
        tail = word_tail(word, 0, j, cues)
        if tail is None:
            continue
        name = word[:j]
        forms = [name, *base_forms(name, cues.inflect_last)] if not tail else [name]
        if any(city_keys(form, table) for form in forms):
            return True
    return False
