"""Two dates joined by "and" are a span only after "between".

"в 2019 и 2021 годах", "בשנים 2019 ו-2021", "2019 और 2021 में" (in 2019 and 2021) name two
years, not the three from 2019 to 2021; "между 2019 и 2021 годами", "בין 2019 ו-2021",
"2019 और 2021 के बीच" (between 2019 and 2021) name the span. A joint of the language's
``and_words`` joins two ends into a range only when a word of ``between_words`` stands right
before the first end or one of ``between_after`` right after the second; otherwise the two are
left apart (``parse_date`` then reports two dates, ``find_dates`` finds both). A language whose
data lists no ``and_words`` keeps its joints as they are.

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("в 2019 и 2021 годах", lang="ru")]
['2019', '2021']
>>> [str(m.value) for m in find_dates("между 2019 и 2021 годами", lang="ru")]
['2019/2021']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word, starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["listed_not_spanned"]


def listed_not_spanned(folded: str, a: Candidate, b: Candidate, gap: str, g: Grammar) -> bool:
    """Whether ``a`` and ``b``, joined by ``gap``, are two dates listed with "and", no span."""
    lists = g.vocab.lists
    if gap not in lists.get("and_words", frozenset()):
        return False
    head = folded[max(0, a.start - 32) : a.start].rstrip()
    between = lists.get("between_words", frozenset())
    # "между 2019 и 2021", or a word for years between: "بین سال‌های ۱۳۹۸ و ۱۴۰۰"
    if ends_with_word(head, between) or ends_with_word(head.rsplit(" ", 1)[0], between):
        return False
    tail = folded[b.end : b.end + 24].lstrip()
    return not starts_with_word(tail, lists.get("between_after", frozenset()))
