"""A relative year that names the period a figure is compared with is no date of the text.

Statistics in the news compare a figure with the same period of another year: "比去年同期增长"
(up on the same period last year), "tăng 12,5% so với cùng kỳ năm trước", "지난해 같은 기간보다",
"昨年同期比", "compared with the same period last year". The year phrase there names no day or
span the text dates, only the base of a comparison, so it is left unread. The words are the
language's ``comparison_period_after`` (right after the phrase: 同期, 같은 기간) and
``comparison_period_before`` (right before it: "cùng kỳ", "the same period").

>>> from citydiplo import parse_date, PartialDate
>>> parse_date("10月1日,北京市主要旅游景点就接待了游客49万人,比去年同期增长了不少。",
...            lang="zh", ref=PartialDate("2001-10-06"))
PartialDate("2001-10-01")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._guards import not_after_count

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["comparison_period", "relative_not_compared"]


def comparison_period(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether the relative phrase at ``folded[start:end]`` names the base of a comparison."""
    lists = g.vocab.lists
    after, before = lists.get("comparison_period_after"), lists.get("comparison_period_before")
    if after and folded[end : end + 12].lstrip(" ").startswith(tuple(after)):
        return True
    head = folded[max(0, start - 24) : start].rstrip(" ")
    return before is not None and head.endswith(tuple(before))


def relative_not_compared(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A relative word that stands as a date (:func:`._guards.not_after_count`) and names no
    base of a comparison."""
    if not not_after_count(fields, folded, m, original, where, g):
        return False
    return not comparison_period(folded, m.start(), m.end(), g)
