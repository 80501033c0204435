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

import bisect
from collections.abc import Sequence

from citydiplo._extract._mention import Mention
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import Sentence, clause_of

__all__ = ["owner", "signing_cue"]


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


def owner(p: Mention, ordered: list[Mention], starts: list[int], text: str,
          links: tuple[str, ...]) -> str | None:
    """The party right after the person when only an owner link stands between them ("Mayor
    Kim of Suwon"), else the nearest one before ("수원시장 김민수"), else the nearest after."""
    at = bisect.bisect_left(starts, p.end)
    after = ordered[at] if at < len(ordered) else None
    if after is not None and text[p.end:after.start] in links:
        return after.actor
    before = [m for m in ordered[max(0, at - 2):at] if m.end <= p.start]
    if before:
        return before[-1].actor
    return after.actor if after is not None else None
