"""Dates glued to the words around them: "25_April_2008", "Pacts2013-11-08T15:58:49+00:00",
"अहमदाबादJan 23, 2020" (a byline's place run into its date).

The grammar reads a date only where no letter touches it, so such a date is not found. When a
text holds no date at all, it is read again from each point where a date may have been glued:
underscores read as spaces, and the text cut where a digit follows a letter or where Latin
letters follow another script. Only a full date (year, month and day) starting right at that
point, or crossing an underscore, is taken: "IMG_2008", "COVID19" and "G20" stay unread, since
a year or a number alone could be part of a name or a code.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

    Atoms = Callable[[str, str, Sequence[int], Grammar], list[Candidate]]

__all__ = ["glued_dates", "may_be_glued"]

# a digit right after a letter, or a Latin letter right after a letter of another script
_POINT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=[^\W\da-z_])(?=[a-z])")
_FULL_DAY = frozenset({"ymd", "dmy", "mdy", "ymd_num", "dmy_num"})
_MAX_POINTS = 4


def may_be_glued(folded: str) -> bool:
    """Whether ``folded`` has an underscore or a point where a date may be glued."""
    return "_" in folded or _POINT.search(folded) is not None


def glued_dates(
    folded: str, original: str, where: Sequence[int], g: Grammar, atoms: Atoms
) -> list[Candidate]:
    """The full dates glued to other words in ``folded`` (a text in which the grammar found
    none), as candidates over ``folded``: at most one per point."""
    spaced = folded.replace("_", " ")
    out: list[Candidate] = []
    if "_" in folded:
        for c in atoms(spaced, original, where, g):
            if _full(c) and "_" in folded[max(0, c.start - 1) : c.end]:
                out.append(c)
    for m in list(_POINT.finditer(folded))[:_MAX_POINTS]:
        p = m.start()
        if any(c.start <= p < c.end for c in out):
            continue
        found = atoms(spaced[p:], original, where[p:], g)
        if found and found[0].start == 0 and _full(found[0]):
            out.append(found[0]._replace(start=p, end=found[0].end + p))
    return sorted(out)


def _full(c: Candidate) -> bool:
    return c.kind in _FULL_DAY and c.low is None and "d" in c.fields and "y" in c.fields
