"""Which signing word an agreement is signed by: :func:`signing_cue`.

A sentence may tell a tie's founding and an agreement's signing, each with its own verb and
date: "原州市與合肥市于2002年6月20日締結友好城市關系以來,分別于2007年11月28日…簽訂加強交流協議"
(since the two cities *concluded* their friendship on 20 June 2002, they *signed*
agreements on 28 November 2007 …). The agreement is signed by the signing word in the
clause that holds the agreement word, and its date is attached from there (same clause
first, :func:`citydiplo._extract._sentence.attach_date`); the sentence's first signing word
counts only when no clause holds both.
"""

from __future__ import annotations

from collections.abc import Sequence

from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import Sentence, clause_of

__all__ = ["signing_cue"]


def signing_cue(s: Sentence, signing: Sequence[Hit], agreements: Sequence[Hit]) -> Hit:
    """The signing hit of ``signing`` whose clause holds an agreement hit, else the first.

    >>> from types import SimpleNamespace as S
    >>> s = S(start=0, end=20, clauses=((0, 10), (10, 20)))
    >>> found, signed = Hit(2, 4, "signing", ""), Hit(12, 14, "signing", "")
    >>> signing_cue(s, [found, signed], [Hit(15, 17, "agreement", "cooperation")]) is signed
    True
    >>> signing_cue(s, [found, signed], [Hit(5, 7, "agreement", "cooperation")]) is found
    True
    """
    for h in signing:
        c0, c1 = clause_of(s, h.start)
        if any(c0 <= a.start < c1 for a in agreements):
            return h
    return signing[0]
