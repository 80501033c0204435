"""Words that name a week only before a weekday: Korean "차주" is next week in "차주 화요일"
(next week's Tuesday) but, alone, as often a car's owner (車主). A phrase of the language's
``weekday_only_phrases`` is read only when a weekday follows it (then as that day of that
week, :func:`._weekdays.in_named_week`); alone it is no date. A phrase whose last word is
also a preposition is none before the language's ``phrase_not_before`` ("4 ngày cuối tuần
trước và sau Tết": the weekend days before and after Tet, no "last week"). A phrase inside a
short quoted title is part of the name (:func:`._quoted_name.in_quoted_title`: "“今天来赶集”"),
one that names the base of a comparison is none (:mod:`._comparison`: "去年同期"), and so is
one after a word of an unstated count (``vague_counts``: "nhiều tháng trước", many months before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._comparison import comparison_period, relative_not_compared
from citydiplo._text._nouns import relative_not_a_noun
from citydiplo._text._quoted_name import in_quoted_title

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["phrase_ok", "relative_not_compared"]


def phrase_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A relative phrase: not the complement of a noun (:func:`relative_not_a_noun`), and,
    if it names a week only before a weekday, followed by one."""
    if not relative_not_a_noun(fields, folded, m, original, where, g):
        return False
    if in_quoted_title(folded, *m.span()):
        return False  # "“今天来赶集”活动": an event's name, not the day of publication
    if comparison_period(folded, m.start(), m.end(), g):
        return False  # "比去年同期增长": the base of a comparison
    vague = g.vocab.lists.get("vague_counts")  # "nhiều tháng trước": many months before
    if vague and folded[max(0, m.start() - 12) : m.start()].rstrip().rsplit(" ", 1)[-1] in vague:
        return False
    nots = g.vocab.lists.get("phrase_not_before")  # "cuối tuần trước và sau Tết": "before and
    if nots and folded[m.end() : m.end() + 16].lstrip(" ").startswith(tuple(nots)):  # after"
        return False
    only = g.vocab.lists.get("weekday_only_phrases")
    if not only or fields.get("ph", "") not in only:
        return True
    rest = folded[m.end() : m.end() + 16].lstrip(" ")
    return any(rest.startswith(name) for name in g.vocab.weekdays)
