"""A sister-city agreement ties two places: one signed with several is one with each.

"市长石光亮代表市政府与法国弗龙萨克市、菲律宾帕西市、韩国釜山西区签署友好城市协议" (the mayor
signed friendship-city agreements with Fronsac, Pasig and Seo-gu of Busan): three
agreements, one per town, as a sentence with "respectively" (分别, それぞれ) says outright.
Rule (:func:`citydiplo._extract._rules.candidates`): an agreement of the focus with several
places listed is one agreement with each when the sentence holds one of the language's
``respectively`` words, or when it is of the sister-city kind, every listed place stands in
the clause of its cue and the places form one list (at most ``_GAP`` characters between
one and the next: a separator, a country, "and"). "Since signing a sister city agreement
with Shimonoseki City, Japan in 1976, Busan has established sisterhood ... cities with
Fukuoka, Osaka, and Nagasaki": the places after the first are no parties of that agreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from citydiplo._extract._mention import Mention
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import Sentence, clause_of

__all__ = ["one_with_each"]

_GAP = 16  # "、菲律宾" (a separator and the next town's country), ", and "
_SEPARATORS = ",、，;；،"  # a list, not "अयोध्या और जनकपुर ने दिल्ली सचिवालय में" (a venue)


def one_with_each(
    kind: str, listed: Sequence[Mention], s: Sentence, cue: Hit, text: str, each: Sequence[str]
) -> bool:
    """Whether an agreement with the places ``listed`` (two or more) is one with each.

    >>> from types import SimpleNamespace as S
    >>> s = S(start=0, end=40, clauses=((0, 20), (20, 40)))
    >>> cue = S(start=15)
    >>> a, b = S(start=2, end=4), S(start=8, end=10)
    >>> listed = "xxxx, xx" + "x" * 32
    >>> one_with_each("sister_city", [a, b], s, cue, listed, ())
    True
    >>> one_with_each("sister_city", [a, b], s, cue, "x" * 40, ())  # no separator: a venue
    False
    >>> one_with_each("sister_city", [a, S(start=25)], s, cue, "x" * 40, ())
    False
    >>> one_with_each("sister_city", [S(start=0, end=1), S(start=18, end=19)], s, cue,
    ...               "x" * 40, ())
    False
    >>> one_with_each("cooperation", [a, b], s, cue, "x" * 40, ())
    False
    >>> one_with_each("cooperation", [a, b], s, cue, "x respectively " * 3, ("respectively",))
    True
    """
    if any(w in text[s.start : s.end] for w in each):
        return True
    if kind != "sister_city":
        return False
    c0, c1 = clause_of(s, cue.start)
    ordered = sorted(listed, key=lambda m: m.start)
    return all(c0 <= m.start < c1 for m in ordered) and all(
        b.start - a.end <= _GAP and any(ch in _SEPARATORS for ch in text[a.end : b.start])
        for a, b in pairwise(ordered)
    )
