"""Two months in figures that share one month word: "3~5월", "3至5月", "3～5月" (March to
May), after a year or a word for one or not ("2027년 3~5월", "明年3至5月").

Chinese, Japanese and Korean write a month as its figure and a month word ("5월", "5月"); a
span of months may write the word once, after the second figure, as a span of days writes
its day word once ("3~5일"). The first figure alone is no date; before a joint of spans and
a month figure with its word it is the month the span starts with, and a year just before it
is the span's. Read apart, the second month alone dropped the first, or was refused as a
count after a dash.

>>> from citydiplo import PartialDate, find_dates
>>> [str(m.value) for m in find_dates("2027년 3~5월 중 개최", lang="ko")]
['2027-03/2027-05']
>>> [str(m.value) for m in find_dates("明年3至5月", lang="zh", ref=PartialDate("2026-12-02"))]
['2027-03/2027-05']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["shared_month_word"]

# a month's figure, a joint, right before the second month's figure
_FIRST = re.compile(r"(?<![\d.,/:])(1[0-2]|0?[1-9]) ?(~|～|-|－|–|至|到) ?$")
_FIGURE_WORD = re.compile(r"(1[0-2]|0?[1-9])(\D+)")


def _year_gaps(g: Grammar) -> frozenset[str]:
    """What may stand between a year's figures and its month: nothing, or a year word."""
    return frozenset({"", *g.words["year_suffixes"]})


def _relative_year(folded: str, start: int, g: Grammar) -> tuple[str, str, int] | None:
    """The kind and the word of a word for this, next or last year that ends right before
    ``start`` ("내년 ", "明年"), and where it starts."""
    head = folded[max(0, start - 12) : start].rstrip()
    for key in ("this_year", "next_year", "last_year"):
        for word in sorted(g.words[key], key=lambda w: (-len(w), w)):
            at = len(head) - len(word)
            if head.endswith(word) and (at == 0 or not head[at - 1].isalnum()):
                return key, word, max(0, start - 12) + at
    return None


def shared_month_word(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with the first month of each such span added before the second, joined to a
    year, or a word for this, next or last year, written just before it."""
    if not g.vocab.flags.get("shared_month_word"):
        return atoms
    out: list[Candidate] = []
    for a in atoms:
        word = _FIGURE_WORD.fullmatch(a.fields.get("m", "")) if a.kind == "m" else None
        first = _FIRST.search(folded, max(0, a.start - 8), a.start) if word else None
        if word is None or first is None or int(first.group(1)) >= int(word.group(1)):
            out.append(a)
            continue
        name = f"{int(first.group(1))}{word.group(2)}"
        if name not in g.months:
            out.append(a)
            continue
        low = a._replace(start=first.start(), end=first.start(1) + len(first.group(1)))
        low = low._replace(fields={"m": name})
        year = out[-1] if out and out[-1].kind == "y" else None
        if (rel := _relative_year(folded, low.start, g)) is not None:  # "내년 3~5월"
            while out and out[-1].end > rel[2]:
                out.pop()  # ("내년" read alone)
            out.append(low._replace(start=rel[2], kind="ym", fields={rel[0]: rel[1], "m": name}))
        elif year is not None and folded[year.end : low.start].strip() in _year_gaps(g):
            out[-1] = low._replace(start=year.start, kind="ym", fields={**year.fields, "m": name})
        else:
            out.append(low)
        out.append(a)
    return out
