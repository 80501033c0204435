"""A month, a day written as a cardinal number word and a year: "March seven, 2022",
"on May twenty-one, 2019"; and a day alone before the words for this, last or next month:
"10 числа прошлого месяца" (the 10th of last month, never the 10th of ``ref``'s month).

The grammar reads days written as ordinal words ("the seventh of March") but not cardinal
words after a month, since "In March seven cities signed" holds no day. With the year right
after the word ("March seven, 2022") the word can only be the day: the three are read as one
date. Without it the month alone would have been read, and with ``ref`` it would name the
month of ``ref``'s year while the text states a day of another year; so a month followed by a
count word and a year is read whole, or (a count above 31) not at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["worded_days"]

# the text between the month and the year: a count word (hyphenated or spaced) and a comma
_WORD = re.compile(r" ([^\W\d]+(?:[- ][^\W\d]+)?),? $")


def worded_days(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each bare month, cardinal day word and year read as one date, and each
    day alone before a month named relative to ``ref`` read as that day of that month."""
    if len(atoms) < 2:
        return atoms
    out: list[Candidate] = []
    skip = False
    for a, b in zip(atoms, [*atoms[1:], None], strict=True):
        if skip:
            skip = False
            continue
        # "10 числа прошлого месяца"; never glued ("15日本月" holds "日本", Japan)
        if (
            b is not None
            and a.kind == "d_only"
            and b.kind == "rel_month"
            and folded[a.end : b.start] == " "
        ):
            skip = True
            fields = {"d": a.fields["d"], **b.fields}
            out.append(a._replace(end=b.end, kind="dm", fields=fields))
            continue
        if b is not None and a.kind == "m" and b.kind == "y" and b.start - a.end <= 20:
            m = _WORD.fullmatch(folded, a.end, b.start)
            n = g.vocab.counts.get(m.group(1).replace(" ", "-")) if m else None
            if m is not None and n is not None:
                skip = True
                if 1 <= n <= 31:  # "March seven, 2022"; never March of ref's year
                    fields = {"m": a.fields["m"], "d": str(n), "y": b.fields["y"]}
                    out.append(a._replace(end=b.end, kind="mdy", fields=fields))
                continue
        out.append(a)
    return out
