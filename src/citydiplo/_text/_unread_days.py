"""A month name beside day figures the scan could not read is no month alone, and the year
after them is no year alone.

"June 12-35, 2024" and "June 32, 2024" state a day (or days) of June 2024 that do not exist:
read alone, "June" or "2024" would drop what the text stated, silently. So a month name
followed right away by day figures that were not read as its day, joined by a dash to more
figures ("June 12-35") or followed by a year ("June 32, 2024"), is not a month alone (figures
alone after it may count something: "જાન્યુઆરીમાં 6 મહાનગર", six cities in January); and a
year right after a month name and such figures ("june 12-35, 2024", or day first: "35 june
2024") is not a year alone. The whole is left unread, and ``parse_date`` raises.

A month and year whose year, in bare figures and no year read alone (1800 to 2199), is
followed by a counter of the language ("In June, 2500 visitors", ``counters``) is a month and a
count, not the year 2500; a plausible year stays a year ("In June 2024 officials welcomed").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._dashes import plausible_year
from citydiplo._text._next_word import next_word_in
from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["figures_after_month", "month_year_not_a_count", "unread_days_before"]

_HAN_DAY = r"(?:[一二三四五六七八九十廿卅]{1,3}|\d{1,2})"
_FIGURES_AFTER = re.compile(
    r" ?\d{1,2}(?:[-–]\d{1,2}(?![\d.,:/])|,? \d{4}(?!\d))"  # "june 12-35", "june 32, 2024"
    rf"|{_HAN_DAY}[、，](?={_HAN_DAY})"  # "二月十、十一、十二、十四及十六日": a list of its days
)
_DAYS = r"\d{1,2}(?:[-–]\d{1,2})?"
_HEADS: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def figures_after_month(folded: str, end: int) -> bool:
    """Whether day figures no day was read from follow the month name ending at ``end``."""
    return _FIGURES_AFTER.match(folded, end) is not None


def _head(g: Grammar) -> re.Pattern[str] | None:
    if g.langs not in _HEADS:
        alt = alternation(frozenset(name for name in g.months if name.isalpha()))
        _HEADS[g.langs] = (
            re.compile(
                rf"(?:(?<!\w)(?:{alt})\.? {_DAYS}|(?<![\d\w]){_DAYS}(?:th|st|nd|rd)? "
                rf"(?:{alt})\.?),? ?$"
            )
            if alt
            else None
        )
    return _HEADS[g.langs]


def unread_days_before(folded: str, start: int, g: Grammar) -> bool:
    """Whether a month name and day figures stand right before the year at ``start``."""
    if not folded[max(0, start - 2) : start].strip(" ,"):
        pattern = _head(g)
        return pattern is not None and pattern.search(folded, max(0, start - 24), start) is not None
    return False


def month_year_not_a_count(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A month and year: its year, in bare figures right after the month's name, is not
    followed by a counter ("In June, 2500 visitors"; a year word says it is a year: "thg 5
    năm 1924 tháng 2")."""
    year, seg = fields.get("y", ""), folded[m.start() : m.end()]
    if not year or not seg.endswith(year) or seg[: -len(year)].rstrip(" ,") not in g.months:
        return True
    if plausible_year(int(year), g):
        return True  # "In June 2024 officials welcomed …": the year, then its sentence
    return not next_word_in(folded, m.end(), g.vocab.lists.get("counters", frozenset()))
