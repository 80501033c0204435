"""A weekday beside a dated day joins it ("Thursday, March 6", "3月6日(木)", "יום רביעי
ה-19 בנובמבר"), to be checked against it; an abbreviated weekday anywhere else is dropped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._guards import prefix_gap

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["with_weekdays"]

_DAY_KINDS = frozenset(
    {
        "md_num",
        "ymd_num",
        "dmy_num",
        "dmy_num2",
        "dm_num",
        "ymd",
        "dmy",
        "mdy",
        "md",
        "dm",
        "d_only",
        "h_dmy",
        "h_dm",
    }
)
_WEEKDAY_GAP = re.compile(r"[ ,.()（）、]{0,4}")


def with_weekdays(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """A weekday beside a dated day joins it ("Thursday, March 6", "3月6日(木)"), to be
    checked against it; an abbreviated weekday anywhere else is dropped ("Sun", "(木)")."""
    out: list[Candidate] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if (
            b is not None
            and {a.kind, b.kind} & {"wd"}
            and {a.kind, b.kind} & _DAY_KINDS
            and (
                _WEEKDAY_GAP.fullmatch(folded, a.end, b.start)
                or prefix_gap(folded, a.end, b.start, g)
            )
        ):
            day, weekday = (a, b) if b.kind == "wd" else (b, a)
            end = b.end
            if weekday is b and end < len(folded) and folded[end] in ")）":
                end += 1
            out.append(
                day._replace(
                    start=a.start,
                    end=end,
                    fields={**day.fields, "weekday": weekday.fields["wd"]},
                )
            )
            i += 2
            continue
        if a.kind != "wd" or g.vocab.weekdays[a.fields["wd"]][1]:
            out.append(a)
        i += 1
    return out
