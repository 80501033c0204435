"""A date whose span runs on to a day in words that is not read: "از ۲۹ خرداد تا سه تیر" (from
29 Khordad to three Tir).

The text states a span from the date to a day named by a number word and a month; read alone,
its first day drops the end, a coarser value than the text's. When a word that joins the ends
of a span, then number words of the language (``counts``: "سه", "بیست و یک") and a month's name
follow a date with its day, and no date is read from there on, the date is left unread.

>>> from citydiplo import PartialDate, find_dates
>>> find_dates("از ۲۹ خرداد تا سه تیر", lang="fa", ref=PartialDate("2021-06-15"))
[]
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar
from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_worded_ends"]

_DAY_KINDS = frozenset(
    {"h_dm", "h_dmy", "dm", "dmy", "md", "mdy", "dm_num", "dmy_num", "dmy_num2", "ymd", "ymd_num"}
)


@functools.lru_cache(maxsize=16)
def _tail(
    joints: frozenset[str], counts: frozenset[str], months: frozenset[str]
) -> re.Pattern[str] | None:
    if not joints or not counts or not months:
        return None
    return re.compile(
        rf" ?(?:{alternation(joints)}) (?:{alternation(counts)}) ?(?:{alternation(months)})(?!\w)"
    )


def _pattern(g: Grammar) -> re.Pattern[str] | None:
    return _tail(
        g.words["range_connectors"] | g.words["day_range_connectors"],
        frozenset(w for w, n in g.vocab.counts.items() if 1 <= n <= 31),
        frozenset(g.months) | frozenset(g.hijri_months),
    )


# each grammar's pattern, built once (building its sets cost more than the rest of a call)
_PATTERNS: dict[int, tuple[Grammar, re.Pattern[str] | None]] = {}


def without_worded_ends(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without each date that starts a span whose end is a day in words not read."""
    pattern = per_grammar(_PATTERNS, g, _pattern)
    if pattern is None:
        return atoms
    out: list[Candidate] = []
    for i, a in enumerate(atoms):
        m = pattern.match(folded, a.end) if a.kind in _DAY_KINDS else None
        later = atoms[i + 1].start if i + 1 < len(atoms) else len(folded)
        if m is not None and later >= m.end():
            continue  # the first end of a span whose last day, in words, is not read
        out.append(a)
    return out
