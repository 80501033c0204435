"""A count of the first or last months of a year: "8 tháng đầu năm 2008", "the first eight
months of 2008", "2008年前8个月", "今年前三季度". The text states part of the year; the whole
year would be a coarser answer than it gives, and "đầu năm 2008" alone (early 2008) a wrong
one, so the year is left unread.

The words are the language's templates ``year_months_before`` (ending right before the year
as read, or inside it before its figures: "8 tháng đầu năm|2008", read "đầu năm 2008") and
``year_months_after`` (starting right after it), where ``{n}`` stands for the count, in
figures or in one word ("eight", "三").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["year_months", "year_months_words"]

_COUNT = r"(?:(?<!\d)\d{1,2}|[^\W\d_]{1,12}?)"


def _compile(templates: frozenset[str], before: bool) -> re.Pattern[str] | None:
    if not templates:
        return None
    alts = sorted(
        (re.escape(t).replace(re.escape("{n}"), _COUNT) for t in templates), key=len, reverse=True
    )
    body = "|".join(alts)
    return re.compile(rf"(?:{body})\s*" if before else rf"\s*(?:{body})")


@functools.lru_cache(maxsize=64)
def _patterns(
    before: frozenset[str], after: frozenset[str]
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return _compile(before, True), _compile(after, False)


def year_months_words(g: Grammar) -> set[str]:
    """The words after the count in each template ("tháng đầu năm", "months of", "个月"), for
    the search that tells a text holds none."""
    lists = g.vocab.lists
    out: set[str] = set()
    for key in ("year_months_before", "year_months_after"):
        for template in lists.get(key, frozenset()):
            out.add(template.split("{n}")[-1].strip())
    return out - {""}


def year_months(a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``a``, a year, is the year of a count of its first or last months."""
    lists = g.vocab.lists
    before, after = _patterns(
        lists.get("year_months_before", frozenset()), lists.get("year_months_after", frozenset())
    )
    if (before is None and after is None) or any(k in a.fields for k in ("m", "d", "wd")):
        return False
    if before is not None:
        # the template ends where the year starts, or inside the year as read ("8 tháng
        # đầu năm|2008": the reading starts with its own word "đầu năm")
        for m in before.finditer(folded, max(0, a.start - 40), a.end):
            rest = folded[m.end() : a.end].strip()
            if m.start() < a.start <= m.end() and rest.isdigit():  # ("6 tháng đầu" is a half)
                return True
    return after is not None and after.match(folded, a.end) is not None
