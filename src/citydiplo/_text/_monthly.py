"""Days of a monthly rule are no dates: "tiếp công dân vào ngày 20 hàng tháng" (receives
citizens on the 20th of every month), "trước ngày 15 hàng tháng ... sau ngày 15 thì chuyển sang
tháng kế tiếp" (before the 15th of each month; after the 15th, the next month) state a rule that
comes back every month, not one day nor one month. In a sentence that has a word of monthly
recurrence (the language's ``monthly_words``: "every month", "hàng tháng", "каждого месяца",
"בכל חודש", "هر ماه"), a day alone and a day, week or month counted from ``ref`` are skipped:
they would otherwise be pinned to ``ref``'s month.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._numerals import fold_word
from citydiplo._text._words import word_anywhere

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo._text._sentences import Sentences

__all__ = ["MonthlyRules"]

_DAY_KINDS = frozenset({"d_only", "rel_month", "rel_month_d"})
_UNITS = frozenset({"day", "week", "month"})


def _near_ref(cand: Candidate, g: Grammar) -> bool:
    """Whether ``cand`` is a day alone or a day, week or month counted from ``ref``."""
    if cand.kind in _DAY_KINDS:
        return True
    if cand.kind != "phrase":
        return False
    readings = g.vocab.phrases.get(fold_word(cand.fields.get("ph", "")), frozenset())
    return any(r.kind in ("offset", "count") and r.unit in _UNITS for r in readings)


class MonthlyRules:
    """The sentences of one text that state a monthly rule, found on first need in one pass."""

    def __init__(self, folded: str, sentences: Sentences, g: Grammar) -> None:
        self._folded, self._sentences, self._g = folded, sentences, g
        self._found: frozenset[int] | None = None

    def covers(self, cand: Candidate) -> bool:
        """Whether ``cand`` is a day or a near month of a sentence stating a monthly rule."""
        if not _near_ref(cand, self._g):
            return False
        if self._found is None:
            pattern = word_anywhere(self._g.vocab.lists.get("monthly_words", frozenset()))
            self._found = frozenset(
                ()
                if pattern is None
                else (self._sentences.index(m.start()) for m in pattern.finditer(self._folded))
            )
        return self._sentences.index(cand.start) in self._found
