"""A word for "about" before a number does not make the number a year.

"около 1900 человек" (about 1,900 people), "लगभग 1850 करोड़ रुपए" (about 18.5 billion rupees),
"about 2000 people", "حدود ۱۸۵۰ میلیارد تومان": the approximate word (``approximate_words``,
data) belongs to the grammar of "around 2020", but it is no year word, so the number after it
is still checked like a bare number: a counter or a noun of quantity after it makes it a count.
"около 2020 года", "around 2020" stay approximate years.

>>> from citydiplo import find_dates
>>> find_dates("около 1900 человек", lang="ru"), find_dates("about 2000 people", lang="en")
([], [])
>>> [str(m.value) for m in find_dates("около 2020 года", lang="ru")]
['2020~']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._amounts import amount_or_count_before
from citydiplo._text._next_word import next_word_in

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["approximate_count"]


def approximate_count(
    fields: dict[str, str], folded: str, start: int, end: int, g: Grammar
) -> bool:
    """Whether a match at ``start`` of ``folded`` that opens with an approximate word is a
    count: a bare number (no year word) with a counter after it, or an amount."""
    at = folded.find(fields["approx"], start)
    at = start if at < 0 else at + len(fields["approx"])
    while at < end and folded[at] in " -":
        at += 1
    if folded[at:end].strip() != fields.get("y"):
        return False  # "около 2020 года": a year word says it is a year
    return amount_or_count_before(folded, at, g) or next_word_in(
        folded, end, g.vocab.lists.get("counters", frozenset())
    )
