"""A year that names one of a series of things is no date beside a full date.

English puts a year between a determiner and its noun to name one thing of a yearly series:
"the 2023 budget", "The Mayor's 2023-24 Proposed Budget", "its 2024 plan". When the same
sentence also states a full date with its year ("The Mayor's 2023-24 Proposed Budget was
presented to the City Council on Sept. 19, 2022"), that date is the time of what the sentence
tells, and the year is part of a name: it is no mention of its own, and :func:`parse_date`
gives the full date. Without such a date the year stays a mention ("the 2023 budget" alone),
and it still dates a year-less day after it as before ("the 2008 Olympics opened on August
8"). The determiners are the language's ``year_modifier_before`` (a possessive "'s" counts as
one); a word must follow the year (its noun), not a sign or figure.

>>> from citydiplo import find_dates, parse_date
>>> text = "The Mayor's 2023-24 Proposed Budget was presented on Sept. 19, 2022."
>>> [m.text for m in find_dates(text, lang="en")]
['Sept. 19, 2022']
>>> parse_date("The 2023 budget was adopted on Nov. 7, 2022.", lang="en")
PartialDate("2022-11-07")
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["full_date", "modifier_year"]

_POSSESSIVE = re.compile(r"[^\W\d_][’']s$")
_DATED = ("m", "d", "wd")


def _years_only(c: Candidate) -> bool:
    """Whether ``c`` is a year, or a span of years, naming no month, day or weekday."""
    if any(k in c.fields for k in _DATED):
        return False
    if c.kind == "y":
        return True
    return (
        c.kind == "range"
        and c.low is not None
        and c.low.kind == "y"
        and all(end is None or not any(k in end.fields for k in _DATED) for end in (c.low, c.high))
    )


def full_date(c: Candidate) -> bool:
    """Whether ``c`` states a day with its year (at one end at least, for a span)."""
    return ("d" in c.fields and "y" in c.fields) or any(
        end is not None and full_date(end) for end in (c.low, c.high)
    )


def modifier_year(c: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``c`` is a year (or span of years) between a determiner of the language and a
    word: "the 2023 budget", "the mayor's 2023-24 proposed budget"."""
    words = g.vocab.lists.get("year_modifier_before", frozenset())
    if not words or not _years_only(c):
        return False
    head = folded[max(0, c.start - 24) : c.start].rstrip(" ")
    if not (ends_with_word(head, words) or _POSSESSIVE.search(head)):
        return False
    tail = folded[c.end : c.end + 2].lstrip(" ")
    return tail[:1].isalpha()
