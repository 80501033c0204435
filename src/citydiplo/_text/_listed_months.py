"""Months listed before a month with its year take that year: "in January and March 2024",
"в январе, феврале и марте 2024 года", "tháng 1 và tháng 3/2024". Only a comma or one of
the language's ``and_words`` may stand between two items, and the months must run forward
(an earlier month of the list before a later one): "in December and January 2025" leaves
December as it is, whose year the text does not state. Read alone, each earlier month took
the year of ``ref``, silently wrong when the list is of another year.

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("In January and March 2024", lang="en", ref="2025-06-01")]
['2024-01', '2024-03']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["listed_months"]


def _listed(folded: str, start: int, end: int, and_words: frozenset[str]) -> bool:
    """Whether ``folded[start:end]`` is a list's joint: a comma, or one word of ``and_words``
    (with spaces and commas)."""
    gap = folded[start:end]
    words = gap.replace(",", " ").split()
    return (not words and "," in gap) or (len(words) == 1 and words[0] in and_words)


def listed_months(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each month alone listed before a month and year given that year."""
    and_words = g.vocab.lists.get("and_words", frozenset())
    if not and_words:
        return atoms
    out = list(atoms)
    for i in range(len(out) - 1, 0, -1):
        a = out[i]
        year = a.fields.get("y", "")
        if a.kind != "my" or not year.isdigit():
            continue
        later = g.months.get(a.fields.get("m", ""), 0)
        j = i - 1
        while j >= 0 and out[j].kind == "m":
            b = out[j]
            month = g.months.get(b.fields.get("m", ""), 0)
            if not 0 < month < later or not _listed(folded, b.end, out[j + 1].start, and_words):
                break
            out[j] = b._replace(kind="my", fields={**b.fields, "y": year})
            later, j = month, j - 1
    return out
