"""A date that a word of start opens, in a clause whose verb tells that something began
("양 시는 2013년 4월부터 교류를 시작해": the two cities began their exchanges in April 2013),
is the date the text states: the beginning is the event, told at that date, and what goes on
after it is the reader's to infer. The verbs are the language's ``start_stating_verbs``, found
within a few words after the date, in its clause, with no word of limit (``range_until_after``:
"까지") before them, which would close a span ("29일부터 시작해 10월 2일까지").

>>> from citydiplo import parse_date, PartialDate
>>> ref = PartialDate("2023-09-18")
>>> str(parse_date("양 시는 2013년 4월부터 교류를 시작해", lang="ko", ref=ref))
'2013-04'
>>> str(parse_date("지난해 11월부터 공사를 추진하고 있다", lang="ko", ref=ref))
'2022-11/..'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._words import word_anywhere

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["started_on"]

_REACH = 24  # characters after the phrase where the verb may stand ("교류를 시작해")
_CLAUSE_END = re.compile(r"[.,!?;:()\[\]·…\n]")


def _begun(c: Candidate, folded: str, g: Grammar) -> bool:
    """Whether a verb of beginning follows ``c`` within its clause, before any word of limit."""
    lists = g.vocab.lists
    verbs = word_anywhere(frozenset(lists.get("start_stating_verbs", ())))
    if verbs is None:
        return False
    tail = folded[c.end : c.end + _REACH]
    stop = _CLAUSE_END.search(tail)
    tail = tail[: stop.start()] if stop else tail
    found = verbs.search(tail)
    if found is None:
        return False
    until = word_anywhere(frozenset(lists.get("range_until_after", ())))
    return until is None or until.search(tail, 0, found.start()) is None


def started_on(found: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``found`` with each open range whose clause tells that something began read as its
    date."""
    if not g.vocab.lists.get("start_stating_verbs"):
        return found
    return [
        c.low._replace(start=c.start, end=c.end)
        if c.kind == "open" and c.low is not None and c.high is None and _begun(c, folded, g)
        else c
        for c in found
    ]
