"""Counts forward that measure how long something had not happened: "the first visit in 13
years", "the highest turnout in a decade", "13 वर्ष में पहली बार", "13 વર્ષમાં પ્રથમ વખત".

Where the language's pattern for a time ahead ("in {0} years", "{0} वर्ष में", "{0}
વર્ષમાં", read from CLDR) also means "within the last N years", a sentence that marks a first
time or a record (per-language ``span_record_words``: "first", "highest", "ever", "पहली
बार", "સૌથી") uses it for the span before the event, not for a date N years after ``ref``:
the count is no date, and is left unread. Counts that only point ahead ("через 13 лет",
"13년 후") are not touched: their languages list no such words.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["record_span"]

_SENTENCE_ENDS = ".!?。！？\n"


def record_span(a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether the counted expression ``a`` counts forward from ``ref`` in a sentence that
    holds a word of ``span_record_words`` (it then measures a span before the event).

    >>> from citydiplo import find_dates, PartialDate
    >>> find_dates("the first visit in 13 years", lang="en", ref=PartialDate("2024-03-15"))
    []
    >>> [str(m.value) for m in find_dates("the visit in 2 years", lang="en",
    ...                                   ref=PartialDate("2024-03-15"))]
    ['2026']
    """
    words = g.vocab.lists.get("span_record_words")
    if not words:
        return False
    readings = g.vocab.counted.get((a.fields.get("rp", ""), a.fields.get("rs", "")), ())
    if not readings or not all(sign > 0 and not later for _, sign, later in readings):
        return False
    start = max(folded.rfind(ch, 0, a.start) for ch in _SENTENCE_ENDS) + 1
    ends = [i for i in (folded.find(ch, a.end) for ch in _SENTENCE_ENDS) if i >= 0]
    sentence = folded[start : min(ends, default=len(folded))]
    return any(_holds_word(sentence, w) for w in words)


def _holds_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (no letter or mark glued to
    either side)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if not (_in_word(text[i - 1 : i]) or _in_word(text[j : j + 1])):
            return True
        i = text.find(word, i + 1)
    return False


def _in_word(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or unicodedata.category(ch)[0] == "M")
