"""A gathering where an agreement is signed is the agreement's venue, not an event of its
parties.

"Одновременно на форуме был подписан протокол о намерениях установить дружественные
отношения между Екатеринбургом и районом Дадукоу" (at the same forum a protocol of intent
was signed between Yekaterinburg and Dadukou), "Орлов подписал с председателем Гомельского
горисполкома ... на выставке «Иннопром. Беларусь» в Минске" (Orlov signed it ... at the
Innoprom exhibition in Minsk): the forum and the exhibition say where the signing happened;
read as a conference or a festival of the signing parties they add an event nobody held
(the curated sets record such a gathering as the agreement's ``venue``). A meeting beside an
agreement is already its signing occasion (:func:`citydiplo._extract._events.event_candidates`).

Rule: a sentence whose strongest event word names a gathering (a conference, a forum, a
festival, an exhibition) in the clause of a signing word, in a sentence that also names an
agreement, tells no event of its own (listed in ``Extraction.skipped``).
"""

from __future__ import annotations

from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import Sentence, clause_of

__all__ = ["signed_at"]

_GATHERINGS = ("conference", "festival")


def signed_at(s: Sentence, family: str, cue: Hit) -> bool:
    """Whether the gathering ``cue`` (of event ``family``) is where an agreement of ``s`` is
    signed.

    >>> from types import SimpleNamespace as S
    >>> forum = S(start=3, end=9, family="event", value="conference")
    >>> signed = S(start=14, end=20, family="signing", value="")
    >>> deal = S(start=21, end=29, family="agreement", value="mou")
    >>> s = S(start=0, end=40, clauses=((0, 30), (30, 40)), hits=(forum, signed, deal))
    >>> signed_at(s, "conference", forum)
    True
    >>> signed_at(S(start=0, end=40, clauses=((0, 12), (12, 40)), hits=(forum, signed, deal)),
    ...           "conference", forum)
    False
    >>> signed_at(S(start=0, end=40, clauses=((0, 40),), hits=(forum, signed)), "conference",
    ...           forum)
    False
    >>> signed_at(s, "visit", forum)
    False
    """
    if family not in _GATHERINGS or not any(h.family == "agreement" for h in s.hits):
        return False
    c0, c1 = clause_of(s, cue.start)
    return any(h.family == "signing" and c0 <= h.start < c1 for h in s.hits)
