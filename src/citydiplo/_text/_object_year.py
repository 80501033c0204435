"""A year the sentence speaks of as a thing, not as its time.

Gujarati glues the accusative and dative ending ને to a year it makes the object of the
sentence: "વર્ષ 2023ને ગુડ બાય" (goodbye to 2023), "કાંકરિયા કાર્નિવલ 2024ને રદ કરવામાં
આવ્યો" (the 2024 carnival was cancelled). The year is read, but it is not the time of what
the sentence tells next: the days it names after it are not of that year ("…2024ને રદ …
તા. 1લી જાન્યુઆરીથી શરૂ થતા ફ્લાવર શો": the flower show of the next January). Such a year
anchors no later mention, which stays year-less without ``ref``. The endings are the
language's ``year_object_suffixes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["object_year"]


def object_year(folded: str, cand: Candidate, g: Grammar) -> bool:
    """Whether ``cand`` is a year in figures ending with an object ending of the language."""
    if cand.kind != "y":
        return False
    endings = g.vocab.lists.get("year_object_suffixes", frozenset())
    text = folded[cand.start : cand.end]
    return any(text.endswith(e) and text[: -len(e)][-1:].isdigit() for e in endings)
