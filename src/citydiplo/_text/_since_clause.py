"""A year at the end of a clause opened by "since": "Since the Sister City relationship began
in 1988, over 1,200 people have traveled" states the open span from 1988 on, as "since 1988"
does. A year read alone right after one of the language's ``open_clause_links`` ("began in",
"was founded in") whose clause (no comma, stop or semicolon between) opens with one of its
``open_clause_words`` ("since") is that open span; "It was founded in 1988" (no "since"), and
"since then, it was founded in 1988" (a comma between) are the year.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["opened_by_clause"]

_REACH = 64  # the words of the clause between "since" and the year
# each grammar's pattern, and its opening words alone: what every match of it holds (a
# pattern that opens with them is searched in C; the whole, with its look behind first, is
# tried at every position, so it is searched only where a word of "since" stands)
_PATTERNS: dict[tuple[str, ...], tuple[re.Pattern[str], re.Pattern[str]] | None] = {}


def _pattern(g: Grammar) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if g.langs not in _PATTERNS:
        lists = g.vocab.lists
        opens = alternation(lists.get("open_clause_words", frozenset()))
        links = alternation(lists.get("open_clause_links", frozenset()))
        _PATTERNS[g.langs] = (
            (re.compile(rf"(?<!\w)(?:{opens}) [^,.;:!?()]*? (?:{links}) $"), re.compile(opens))
            if opens and links
            else None
        )
    return _PATTERNS[g.langs]


def opened_by_clause(found: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``found`` with each year alone that ends a clause opened by "since" made an open span."""
    patterns = _pattern(g)
    if patterns is None or not any(c.kind == "y" for c in found):
        return found
    pattern, opening = patterns
    out = []
    for c in found:
        low = max(0, c.start - _REACH)
        if (
            c.kind == "y"
            and opening.search(folded, low, c.start)
            and pattern.search(folded, low, c.start)
        ):
            c = c._replace(kind="open", fields={}, low=c, open_end=True)
        out.append(c)
    return out
