"""A number offered as one of two ("10 or 30 years ago") dates nothing on its own.

"۱۰ یا ۳۰ سال قبل" (10 or 30 years ago), "5 или 6 лет назад", "10 या 20 साल पहले",
"दो-तीन दिन पहले" (two-three days ago), "in 2019 or 2020": the text gives two candidate
numbers for one date, so reading the number next to the unit alone ("30 years ago" = 1995)
states a date the text does not. A mention is dropped when the number it opens with follows
another number and an "or" word (``alternative_words``, data: "or", "или", "یا", "या", "કે",
"או", "또는", "hoặc") or a dash or tilde that touches both numbers ("2-3", "2~3"; "~2156" is
"about 2156"), or when the number it ends with is followed by an "or" word and another
number. A span the scanner reads whole ("5-6 марта") starts at its first number, so it is
left as it is.

>>> from citydiplo import find_dates
>>> find_dates("۱۰ یا ۳۰ سال قبل", lang="fa", ref="2025-10-27")
[]
>>> find_dates("5 или 6 лет назад", lang="ru", ref="2025-10-27")
[]
>>> [str(m.value) for m in find_dates("5 лет назад", lang="ru", ref="2025-10-27")]
['2020']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo.dates import RecordDate

__all__ = ["either_counts"]

_DASHES = "-\u2010\u2011\u2012\u2013~\u301c\uff5e"
# a word: a run of letters with their combining signs ("या", "તીન"), or of digits
_W = r"[^\s\d,.;:!?()\[\]\"'«»“”،؛/\-\u2010-\u2013~\u301c\uff5e]+|\d+"
_LAST_WORD = re.compile(rf"({_W})\s*$")  # (what _final_word reads, without a search)
_NOT_LETTER = frozenset(",.;:!?()[]\"'«»“”،؛/-\u2010\u2011\u2012\u2013~\u301c\uff5e")
_FIRST_WORD = re.compile(rf"\s*({_W})")


def _number(word: str, g: Grammar) -> bool:
    return word.isdigit() or word in g.vocab.counts


def _or_word(word: str, g: Grammar) -> bool:
    return word in g.vocab.lists.get("alternative_words", frozenset())


def _last_word(folded: str, end: int) -> tuple[str, int] | None:
    """The last word of ``folded[:end]`` and its start, with only spaces after it (None when
    a mark stands last). Read from a window before ``end``, widened only while the window
    cuts the word or holds nothing but spaces: a look-up costs the same anywhere in a text."""
    lo = end
    while True:
        lo = max(0, lo - 64)
        m = _final_word(folded, lo, end)
        if m is not None and (m[1] > lo or lo == 0):
            return m
        if m is None and (lo == 0 or folded[lo:end].strip()):
            return None


def _final_word(folded: str, lo: int, end: int) -> tuple[str, int] | None:
    """``_LAST_WORD.search(folded, lo, end)``'s word and start, read backwards from ``end``
    (the search tries every start in the window, each reading on to its end): past the
    spaces at the end, the run of digits or of other letters that ends there. (``\\s`` and
    ``\\d`` are the characters ``str.isspace`` and ``str.isdecimal`` accept.)"""
    stop = end
    while stop > lo and folded[stop - 1].isspace():
        stop -= 1
    if stop == lo or folded[stop - 1] in _NOT_LETTER:
        return None  # nothing before the spaces, or a mark stands last
    k = stop - 1
    if folded[k].isdecimal():
        while k > lo and folded[k - 1].isdecimal():
            k -= 1
    else:
        while k > lo and not _ends_letters(folded[k - 1]):
            k -= 1
    return folded[k:stop], k


def _ends_letters(ch: str) -> bool:
    """Whether ``ch`` is no letter of a run of ``_W``'s first kind."""
    return ch.isspace() or ch.isdecimal() or ch in _NOT_LETTER


def _after_alternative(folded: str, start: int, g: Grammar) -> bool:
    """Whether ``folded[start:]`` opens with a number that follows "N or" / "N-"."""
    first = _FIRST_WORD.match(folded, start)
    if first is None or not _number(first.group(1), g):
        return False
    if start >= 2 and folded[start - 1] in _DASHES:
        left = start - 1  # "दो-तीन", "2~3": a dash that touches both numbers
        if folded[left - 1].isspace():
            return False  # "~2156": about 2156
    else:
        word = _last_word(folded, start)
        if word is None or not _or_word(word[0], g):
            return False
        left = word[1]
    before = _last_word(folded, left)
    return before is not None and _number(before[0], g)


def _before_alternative(folded: str, end: int, g: Grammar) -> bool:
    """Whether ``folded[:end]`` closes with a number followed by "or N"."""
    own = _last_word(folded, end)
    if own is None or not _number(own[0], g):
        return False
    word = _FIRST_WORD.match(folded, end)
    if word is None or not _or_word(word.group(1), g):
        return False
    after = _FIRST_WORD.match(folded, word.end())
    return after is not None and _number(after.group(1), g)


def either_counts(
    found: Iterable[tuple[Candidate, RecordDate]], folded: str, g: Grammar
) -> list[int]:
    """Indexes of the mentions of ``found`` that are one number of "N or M"."""
    return [
        i
        for i, (cand, _value) in enumerate(found)
        if _after_alternative(folded, cand.start, g) or _before_alternative(folded, cand.end, g)
    ]
