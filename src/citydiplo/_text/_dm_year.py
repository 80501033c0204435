"""A day and month in figures whose year follows as a year word and a number: "ngày 12/6
năm 2024" (12 June 2024). The unit word after "12/6" would otherwise make "6 năm" a count
of years and leave only "năm 2024", the year alone: a coarser value than the text states.
The same holds without the word for "day" before the figures ("12/6 năm 2024"), and for a
year named relative to ``ref`` by the language's words for this, last and next year ("ngày
12/6 năm nay": 12 June of ``ref``'s year).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["dm_then_relative_year", "dm_then_year", "relative_year_after", "year_word_follows"]

# a day and month, or days of one month ("từ 10/6 đến 12/6"), and what they become with a year
_JOINED = {"dm_num": "dmy_num", "days_m": "days_m"}
_YEAR_AFTER = re.compile(r" ?(\w+) [0-9]{4}(?![0-9])")
_YEAR_KEYS = ("this_year", "last_year", "next_year")


def relative_year_after(folded: str, end: int, g: Grammar) -> str | None:
    """The key ("this_year", …) of the word for this, last or next year that follows ``end``
    as a whole word ("năm nay"), if any."""
    tail = folded[end : end + 24].removeprefix(" ")
    for key in _YEAR_KEYS:
        for word in g.words.get(key, ()):
            if tail.startswith(word) and not tail[len(word) : len(word) + 1].isalnum():
                return key
    return None


def year_word_follows(folded: str, end: int, g: Grammar) -> bool:
    """Whether a year word of the language and a year in figures follow ``end``, or a word
    for this, last or next year."""
    m = _YEAR_AFTER.match(folded, end)
    if m is not None and m.group(1) in g.words["year_words"]:
        return True
    return relative_year_after(folded, end, g) is not None


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


def dm_then_relative_year(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each day and month in figures that a word for this, last or next year
    follows joined to it ("ngày 12/6 năm nay"). This runs before the phrase after a number
    is dropped as the unit of a count ("6 năm": six years)."""
    if not any(a.kind in _JOINED for a in atoms):
        return atoms
    out: list[Candidate] = []
    for a in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in _JOINED
            and "y" not in prev.fields
            and a.kind == "phrase"
            and folded[prev.end : a.start].strip() == ""
            and (key := relative_year_after(folded, prev.end, g)) is not None
            and a.fields.get("ph") in g.words[key]
        ):  # "ngày 12/6 năm nay": this year's 12 June
            fields = {k: v for k, v in prev.fields.items() if k != "dnp"}
            fields[key] = a.fields["ph"]
            out[-1] = prev._replace(end=a.end, kind=_JOINED[prev.kind], fields=fields)
            continue
        out.append(a)
    return out
