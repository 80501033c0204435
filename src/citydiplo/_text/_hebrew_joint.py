"""The joint of a span glued to its second end as a prefix ("ליום שני, 8.1.24").

Hebrew glues its one-letter words to the word after them: "ל" (to) joins the ends of a span
("בין יום ראשון, 7.1.24 ליום שני, 8.1.24": between Sunday 7.1.24 and Monday 8.1.24), and a
weekday or month name takes it as its prefix, so that nothing stands between the two ends.
Such a prefix that is also one of the language's ``range_connectors`` is then the joint; a
conjunction ("ו": and) stays a conjunction, which lists two dates and joins none.

>>> from citydiplo import parse_date
>>> str(parse_date("ייסגר בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24", lang="he"))
'2024-01-07/2024-01-08'

A dash between two dates in figures with two-digit years ("12/03/23-15/03/23") is the
joint of a span too, not the figures of one code: the first date alone would be silently
wrong.

>>> str(parse_date("עד רביעי 12/03/23-15/03/23 יבוצעו עבודות לילה", lang="he"))
'2023-03-12/2023-03-15'
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["dated_token", "glued_joint"]

_DAY_MONTH_YY = re.compile(r"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])/\d{2}")


@functools.lru_cache(maxsize=64)
def _glued(connectors: frozenset[str], prefixes: frozenset[str]) -> tuple[str, ...]:
    """The connectors that are prefixes, longest first (then in code point order)."""
    return tuple(sorted(connectors & prefixes - {""}, key=lambda w: (-len(w), w)))


def glued_joint(folded: str, b: Candidate, g: Grammar) -> str:
    """The range connector glued as a prefix to the letters that start ``b``'s text, or
    ``""``."""
    for joint in _glued(g.words["range_connectors"], g.words["prefixes"]):
        if folded.startswith(joint, b.start) and folded[b.start + len(joint) :][:1].isalpha():
            return joint
    return ""


def dated_token(token: str) -> bool:
    """Whether ``token``, figures before a dash, is a day, month and two-digit year
    ("12/03/23" of "12/03/23-15/03/23"): the first end of a span, not part of a code."""
    return _DAY_MONTH_YY.fullmatch(token) is not None
