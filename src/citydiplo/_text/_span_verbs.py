"""A verb between the two ends of a span of days ("29일부터 시작해 10월 2일까지": from the 29th,
starting, until 2 October; "26일 개회하고 9월 2일까지": opening on the 26th, until 2 September)
does not part them: the language's ``range_gap_words`` are set aside from the words between
the ends, and the span needs its closing word right after the later end (``range_suffixes``,
"까지"), so that two dates merely listed with a verb between stay apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._words import starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["gap_without_verbs"]


def gap_without_verbs(gap: str, b: Candidate, folded: str, g: Grammar) -> str:
    """``gap`` without the words of ``range_gap_words``, when a word of ``range_suffixes``
    follows ``b``; ``gap`` itself otherwise, or when it holds any other word."""
    verbs = g.vocab.lists.get("range_gap_words", frozenset())
    if not verbs or not gap:
        return gap
    words = gap.split()
    kept = [w for w in words if w not in verbs]
    if len(kept) == len(words) or len(kept) > 1:
        return gap
    if not starts_with_word(folded[b.end : b.end + 8].lstrip(), g.words["range_suffixes"]):
        return gap
    return kept[0] if kept else "-"
