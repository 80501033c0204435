"""Two places listed "respectively" are no partners of each other.

"并与阿鲁沙市、索卢韦齐市分别签订友好合作城市关系意向书" (and signed letters of intent with
Arusha and Solwezi respectively), "signed agreements with Arusha and Solwezi respectively":
the places of the list are each the partner of the sentence's subject, never of one
another. A partnership or agreement candidate whose two parties are two such places --
named next to each other with only a list separator between, in a sentence holding one of
the language's ``respectively`` words -- is dropped (and listed in ``Extraction.skipped``);
the subject's ties with each are read by the agreement rule (``_rules``).
"""

from __future__ import annotations

from itertools import pairwise

from citydiplo._extract._sentence import Candidate

__all__ = ["listed_respectively"]

_SEPARATORS = frozenset({"", ",", "、", "，", "和", "与", "及", "and", ", and", "và", "와", "과"})


def listed_respectively(c: Candidate, text: str, each: tuple[str, ...]) -> bool:
    """Whether the two parties of ``c`` are neighbours of a list in a sentence with one of
    the ``each`` words (module docstring)."""
    if c.type not in ("partnership", "agreement") or not each:
        return False
    body = text[c.sentence.start : c.sentence.end]
    if not any(w in body for w in each):
        return False
    parties = {a for a, r in c.actors if r == "party"}
    if len(parties) != 2:
        return False
    spans = sorted((m.start, m.end, m.actor) for m in c.sentence.entities if m.actor in parties)
    return any(
        a != b and text[e1:s2].strip() in _SEPARATORS for (_, e1, a), (s2, _, b) in pairwise(spans)
    )
