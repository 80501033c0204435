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


def listed_respectively(
    c: Candidate,
    text: str,
    each: tuple[str, ...],
    said: dict[tuple[int, int], bool] | None = None,
) -> bool:
    """Whether the two parties of ``c`` are neighbours of a list in a sentence with one of
    the ``each`` words (module docstring). ``said``: whether each sentence (by its span)
    holds one of the words, as read so far for one text (a sentence is read once, not once
    per candidate)."""
    if c.type not in ("partnership", "agreement") or not each:
        return False
    s = c.sentence
    found = said.get((s.start, s.end)) if said is not None else None
    if found is None:
        found = any(text.find(w, s.start, s.end) >= 0 for w in each)
        if said is not None:
            said[s.start, s.end] = found
    if not found:
        return False
    parties = {a for a, r in c.actors if r == "party"}
    if len(parties) != 2:
        return False
    spans = sorted((m.start, m.end, m.actor) for m in s.entities if m.actor in parties)
    return any(
        a != b and text[e1:s2].strip() in _SEPARATORS for (_, e1, a), (s2, _, b) in pairwise(spans)
    )
