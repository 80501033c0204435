"""Fiscal years written "2025-26" in languages whose data name the month their fiscal year
starts (``fiscal_year_start``: India's financial year runs from 1 April to 31 March).

In such a language a year, a dash and the next year's last two digits name a fiscal year, a
school session or a season far more often than two calendar years; read as "2025/2026" it
would be silently wrong. So the span is read as the fiscal year (1 April 2025 to 31 March
2026) when a word of the language's ``fiscal_year_words`` stands just before it ("वित्त वर्ष
2026-27", "बजट 2023-24") or after it in the same clause ("વર્ષ 2021-22ના બજેટમાં"), and left unread
otherwise ("सत्र 2025-26": whose months the text does not say). Languages without a
``fiscal_year_start`` keep the span of calendar years.
"""

from __future__ import annotations

import calendar
import functools
from typing import TYPE_CHECKING

from citydiplo._text._lexicon import load_data
from citydiplo._text._numerals import fold_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["fiscal_start", "fiscal_year"]

_BEFORE = 40  # characters before the span where a fiscal word may stand ("वित्त वर्ष ")
_AFTER = 100  # and after it ("ના બજેટમાં", "માટે ... રજૂ કરેલા ... ડ્રાફ્ટ બજેટમાં")


@functools.cache
def _data(langs: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """The month the fiscal year starts (0: none, or the languages disagree) and the
    fiscal words, folded."""
    starts = {int(load_data(lang).get("fiscal_year_start", 0)) for lang in langs}
    words = sorted(
        {fold_word(w) for lang in langs for w in load_data(lang).get("fiscal_year_words", ())}
    )
    return (starts.pop() if len(starts) == 1 else 0), tuple(w for w in words if w)


def fiscal_start(g: Grammar) -> int:
    """The month the fiscal year of the grammar's languages starts in, or 0.

    >>> from citydiplo._text._lexicon import grammar
    >>> fiscal_start(grammar(("hi",))), fiscal_start(grammar(("ru",)))
    (4, 0)
    """
    return _data(g.langs)[0]


def fiscal_year(low: Candidate, end: int, first: int, folded: str, g: Grammar) -> Candidate | None:
    """The span of ``low`` (a year) to ``end`` (after the two digits of the next year) as the
    fiscal year starting in month ``first`` of that year, when a fiscal word stands beside
    it; None when none does (the span is then left unread)."""
    _, words = _data(g.langs)
    around = folded[max(0, low.start - _BEFORE) : end + _AFTER]  # (the span holds its "वर्ष")
    if not any(w in around for w in words):
        return None
    year = int(low.fields["y"])
    last_month = (first - 2) % 12 + 1  # the month before the first
    last_year = year + (last_month < first)
    last_day = calendar.monthrange(last_year, last_month)[1]
    start = low._replace(fields={"y": str(year), "mn": str(first), "d": "1"})
    stop = low._replace(
        start=end - 2,
        end=end,
        fields={"y": str(last_year), "mn": str(last_month), "d": str(last_day)},
    )
    return low._replace(end=end, kind="range", fields={}, low=start, high=stop)
