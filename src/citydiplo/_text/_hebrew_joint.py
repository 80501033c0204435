"""The joint of a span glued to its second end as a prefix ("ליום שני, 8.1.24").

Hebrew glues its one-letter words to the word after them: "ל" (to) joins the ends of a span
("בין יום ראשון, 7.1.24 ליום שני, 8.1.24": between Sunday 7.1.24 and Monday 8.1.24), and a
weekday or month name takes it as its prefix, so that nothing stands between the two ends.
Such a prefix that is also one of the language's ``range_connectors`` is then the joint; a
conjunction ("ו": and) stays a conjunction, which lists two dates and joins none.

>>> from citydiplo import parse_date
>>> str(parse_date("ייסגר בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24", lang="he"))
'2024-01-07/2024-01-08'
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["glued_joint"]


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
