"""A term of office named beside the date of an event is a label, not the date the text
states: "Sáng 11/7, Kỳ họp thứ 15, HĐND … khóa IX, nhiệm kỳ 2016-2021 đã khai mạc" (on the
morning of 11 July, the 15th session of the council's 2016-2021 term opened) states 11 July.
A span of years right after a word of the language's ``term_words`` ("nhiệm kỳ", "任期",
"임기", "term") is set aside by :func:`parse_date` when another date remains; alone, it is
the date the text states, and :func:`find_dates` finds it as any span. So is a year that
names a thing of a yearly series beside a full date ("the 2023 budget … on Nov. 7, 2022":
:mod:`._modifier_year`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._later_month import with_later_month_year
from citydiplo._text._modifier_year import full_date, modifier_year
from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_terms"]


def _term(c: Candidate, folded: str, g: Grammar, words: frozenset[str]) -> bool:
    if c.kind != "range" or c.low is None or c.low.kind != "y":
        return False
    # (the span's start may hold the word, as a word that opens spans: "nhiệm kỳ 2016-2021")
    head = folded[max(0, c.start - 24) : c.low.start].rstrip(" :,")
    return bool(ends_with_word(head, words))


def without_terms(candidates: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``candidates`` without the spans of years that name a term of office, and without the
    years that name a thing beside a full date, unless none would remain; a year-less day
    takes the year of its month stated after it (:mod:`._later_month`)."""
    words = g.vocab.lists.get("term_words", frozenset())
    candidates = with_later_month_year(candidates, g)
    kept = [c for c in candidates if not (words and _term(c, folded, g, words))]
    if any(full_date(c) for c in kept):
        kept = [c for c in kept if not modifier_year(c, folded, g)]
    return kept or candidates
