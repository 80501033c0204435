"""An agreement told undated is not dated by a letter of intent told apart.

"충주시는 5일 중국 장시성 신위시와 우호교류 협약을 체결했다" (Chungju signed a friendly exchange
agreement with Xinyu on the 5th) and, two sentences on, "신위시는 2013년부터 충주시와 우호교류
의향서를 체결하는 등 교류를 이어오고 있다" (since 2013, when they signed a letter of intent on
friendly exchange, the two have kept up exchanges): the same two parties, the first agreement
undated, so :func:`citydiplo._extract._build.group_duplicates` took both for one agreement,
dated 2013 and of the letter's kind -- a wrong date. A letter of intent agrees to a tie in
principle; the agreement that concludes it is signed later, as another document.

Rule: an agreement candidate joins no group of agreements told in other sentences when one
of the two is a letter of intent with a date and the other an undated agreement of another
kind. A letter told undated after a dated signing ("两市签订了……合作意向书" dated, then
"签订了《关于……合作的意向书》") still joins it: a later mention refers to the signing told
before. Words of both kinds in one sentence ("签订友好合作城市关系意向书") stay one candidate.
"""

from __future__ import annotations

from collections.abc import Sequence

from citydiplo._extract._sentence import Candidate

__all__ = ["other_document"]

_LETTER = "letter_of_intent"


def other_document(c: Candidate, group: Sequence[Candidate]) -> bool:
    """Whether agreement ``c`` is another document than the agreements of ``group``: a dated
    letter of intent beside an undated agreement of another kind, told in other sentences.

    >>> from types import SimpleNamespace as S
    >>> letter = S(type="agreement", kind="letter_of_intent", sentence=S(start=90), date=2013)
    >>> deal = S(type="agreement", kind="friendship", sentence=S(start=0), date=None)
    >>> other_document(letter, [deal]), other_document(deal, [letter])
    (True, True)
    >>> told = S(type="agreement", kind="cooperation", sentence=S(start=0), date=2009)
    >>> other_document(S(type="agreement", kind="letter_of_intent", sentence=S(start=90),
    ...                  date=None), [told])
    False
    >>> other_document(S(type="agreement", kind="friendship", sentence=S(start=90), date=None),
    ...                [deal])
    False
    """
    if c.type != "agreement":
        return False
    for x in group:
        if x.type != "agreement" or x.sentence.start == c.sentence.start:
            continue
        if (x.kind == _LETTER) == (c.kind == _LETTER):
            continue
        letter, other = (x, c) if x.kind == _LETTER else (c, x)
        if letter.date is not None and other.date is None:
            return True
    return False
