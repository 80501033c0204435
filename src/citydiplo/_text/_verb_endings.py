"""The tense of a verb read from its ending, for languages whose verb closes the clause
(Korean): whether a day alone lies before ``ref`` or after it.

- A day right before a verb in the past (its decomposed ending one of the language's
  ``past_verb_endings``: "ᆻ다" of "밝혔다", "체결했다") is a day gone by, whatever word of the
  future the sentence holds: "축제를 개최한다고 9일 밝혔다" (said on the 9th that it will hold
  the festival) is the 9th before ``ref``. A particle glued to the day ("9일에") may stand
  between. Words of ``past_verb_endings_not`` ("있다": there is) are no past.
- A sentence that ends on a verb in the present (``future_sentence_endings``: "ᆫ다", "는다" of
  "의결한다", "연다"), the form news uses for what is scheduled, is not about the past: a day
  alone later than ``ref``'s is in ``ref``'s month, not the month before. Verbs of judgement
  ("풀이된다": is read as, ``future_sentence_endings_not``) and reported speech ("했다고
  한다", a word ending in one of ``reported_speech_endings`` before the verb) do not count.
- A sentence with a word of the future that ends on a verb in the past ("시는 9일 축제를
  개최한다고 밝혔다": said on the 9th that it will hold the festival) reports a plan: its day
  alone is not about the past either, but no day earlier than ``ref``'s is pushed into the
  next month, as the day may be the day it was said.

>>> from citydiplo import PartialDate, find_dates
>>> ref = PartialDate("2024-06-11")
>>> [str(m.value) for m in find_dates("시는 축제를 개최한다고 9일 밝혔다.", lang="ko", ref=ref)]
['2024-06-09']
>>> [str(m.value) for m in find_dates("28일 본회의에서 조례안을 의결한다.", lang="ko", ref=ref)]
['2024-06-28']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["not_past_sentence", "past_sentence", "past_verb_after"]

# the rest of the day's word (a particle: "에", "에는") and the word after it
_NEXT_WORD = re.compile(r"\w{0,2}[ ,]+(\w+)")
_WORDS = re.compile(r"\w+")


@functools.lru_cache(maxsize=64)
def _decomposed(endings: frozenset[str]) -> tuple[str, ...]:
    """``endings`` decomposed (NFD), once per list: a Hangul ending ("었다") may end a
    syllable ("했다")."""
    return tuple(sorted(unicodedata.normalize("NFD", e) for e in endings))


def _ends_with(word: str, endings: frozenset[str]) -> bool:
    return unicodedata.normalize("NFD", word).endswith(_decomposed(endings))


def past_verb_after(folded: str, end: int, g: Grammar) -> bool:
    """Whether the word after the date ending at ``end`` is a verb in the past."""
    lists = g.vocab.lists
    endings = lists.get("past_verb_endings", frozenset())
    if not endings:
        return False
    m = _NEXT_WORD.match(folded, end)
    if m is None:
        return False
    word = m.group(1)
    return word not in lists.get("past_verb_endings_not", frozenset()) and _ends_with(word, endings)


def past_sentence(sentence: str, g: Grammar) -> bool:
    """Whether ``sentence`` (folded) ends on a verb in the past ("...개최한다고 밝혔다")."""
    lists = g.vocab.lists
    words = _WORDS.findall(sentence)
    return (
        bool(words)
        and words[-1] not in lists.get("past_verb_endings_not", frozenset())
        and _ends_with(words[-1], lists.get("past_verb_endings", frozenset()))
    )


def not_past_sentence(sentence: str, g: Grammar) -> bool:
    """Whether ``sentence`` (folded) ends on a verb in the present that speaks of what is
    scheduled."""
    lists = g.vocab.lists
    endings = lists.get("future_sentence_endings", frozenset())
    if not endings:
        return False
    words = _WORDS.findall(sentence)
    if not words or not _ends_with(words[-1], endings):
        return False
    if words[-1] in lists.get("future_sentence_endings_not", frozenset()):
        return False
    reported = lists.get("reported_speech_endings", frozenset())
    return len(words) < 2 or not any(words[-2].endswith(r) for r in sorted(reported))
