"""Two bodies named as the two sides of a tie: :func:`two_bodies`.

"જેના નિષ્કર્ષ સ્વરૂપે આર્જેન્ટીનાની મેન્ડોઝા યુનિવર્સિટી અને વડોદરાની મહારાજા સયાજીરાવ
યુનિવર્સિટીની વચ્ચે એમઓયુ કરવામાં આવ્યા છે" (as its outcome an MoU was made between the
University of Mendoza of Argentina and the Maharaja Sayajirao University of Vadodara): the two
universities are the two sides. An agreement whose sentence does not name the article's focus
takes the focus as a side by default, and a sentence that names one side only is held below
the evidence threshold (:mod:`citydiplo._extract._rules`); here the sentence names both.

Rule: in a sentence, two organizations joined by one of the language's ``conjunctions`` --
only places that locate the second may stand between the conjunction and it ("વડોદરાની", of
Vadodara) -- and marked as the two sides by one of the language's ``between`` words ("между A
и B", "میان A و B", "A और B के बीच", "A અને B વચ્ચે"; read as :mod:`citydiplo._extract._pairs`
reads a pair of places) are the sentence's ``sides``: a tie or agreement it tells is theirs,
and the focus, unnamed there, is no side of it
(:func:`citydiplo._extract._focus.unnamed_pair`). "A and B" without such a word ("signed an
MoU with A and B") leaves the sentence as it was: its unsaid subject may be the focus.
"""

from __future__ import annotations

import re
from itertools import pairwise

import attrs

from citydiplo._extract._cues import cues
from citydiplo._extract._pairs import _between, _between_words
from citydiplo._extract._sentence import PLACE_TYPES, Sentence

__all__ = ["two_bodies"]

_WORD = re.compile(r"\S+")
_FAR = 40  # characters between the two bodies: a conjunction and a place or two


def _joined(s: Sentence, a_end: int, b_start: int, text: str, joins: frozenset[str]) -> bool:
    """Whether the gap between two bodies holds one conjunction and, after it, only words of
    the places that locate the second."""
    if not 0 < b_start - a_end <= _FAR:
        return False
    places = [(m.start, m.end) for m in s.entities
              if m.actor_type in (*PLACE_TYPES, "country") and a_end <= m.start < b_start]
    words = [(w.start() + a_end, w.end() + a_end) for w in _WORD.finditer(text[a_end:b_start])]
    if not words or text[words[0][0]:words[0][1]].lower() not in joins:
        return False
    return all(any(p0 < e and s0 < p1 for p0, p1 in places) for s0, e in words[1:])


def two_bodies(sents: list[Sentence], text: str, lang: str) -> list[Sentence]:
    """``sents`` with the two bodies each names as the two sides of a tie (module docstring).

    >>> from citydiplo import extract
    >>> t = ("મેન્ડોઝા યુનિવર્સિટી અને વડોદરાની મહારાજા સયાજીરાવ યુનિવર્સિટી વચ્ચે એમઓયુ "
    ...      "કરવામાં આવ્યા હતા. અમદાવાદ શહેર અને અમદાવાદ શહેરના મેયર હાજર હતા.")
    >>> [sorted(r.actors) for r in extract(t, lang="gu").records if r.type == "agreement"]
    [['city-vadodara', 'organization-મહારાજાસયાજીરાવયુનિવર્સિટી', \
'organization-મેન્ડોઝાયુનિવર્સિટી']]
    """
    before, after = _between_words(lang)
    if not before and not after:
        return sents
    data = cues(lang)
    counterpart = {w.lower() for w in data.get("counterpart", ())}
    joins = frozenset(w.lower() for w in data["conjunctions"]
                      if any(ch.isalpha() for ch in w)) - counterpart
    out: list[Sentence] = []
    for s in sents:
        orgs = [m for m in s.entities if m.actor_type == "organization" and m.actor]
        sides = next((frozenset({a.actor or "", b.actor or ""}) for a, b in pairwise(orgs)
                      if a.actor != b.actor and _joined(s, a.end, b.start, text, joins)
                      and _between(text, a, b, lang)), None)
        out.append(attrs.evolve(s, sides=sides) if sides else s)
    return out
