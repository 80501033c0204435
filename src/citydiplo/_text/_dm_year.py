"""A day and month in figures whose year follows as a year word and a number: "ngày 12/6
năm 2024" (12 June 2024). The unit word after "12/6" would otherwise make "6 năm" a count
of years and leave only "năm 2024", the year alone: a coarser value than the text states.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["dm_then_year", "year_word_follows"]

# a day and month, or days of one month ("từ 10/6 đến 12/6"), and what they become with a year
_JOINED = {"dm_num": "dmy_num", "days_m": "days_m"}
_YEAR_AFTER = re.compile(r" ?(\w+) [0-9]{4}(?![0-9])")


def year_word_follows(folded: str, end: int, g: Grammar) -> bool:
    """Whether a year word of the language and a year in figures follow ``end``."""
    m = _YEAR_AFTER.match(folded, end)
    return m is not None and m.group(1) in g.words["year_words"]


def dm_then_year(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each day and month in figures that a year word and its year follow
    joined to that year: one day, or one span of days."""
    out: list[Candidate] = []
    for a in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in _JOINED
            and "y" not in prev.fields
            and a.kind == "y"
            and folded[prev.end : a.start].strip() == ""
            and year_word_follows(folded, prev.end, g)
        ):
            fields = dict(prev.fields)
            if prev.kind == "dm_num":
                fields.pop("dnp", None)
            fields["y"] = a.fields["y"]
            out[-1] = prev._replace(end=a.end, kind=_JOINED[prev.kind], fields=fields)
            continue
        out.append(a)
    return out
