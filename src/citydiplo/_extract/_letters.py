"""An agreement told undated is not dated by a letter of intent told apart.

"충주시는 5일 중국 장시성 신위시와 우호교류 협약을 체결했다" (Chungju signed a friendly exchange
agreement with Xinyu on the 5th) and, two sentences on, "신위시는 2013년부터 충주시와 우호교류
의향서를 체결하는 등 교류를 이어오고 있다" (since 2013, when they signed a letter of intent on
friendly exchange, the two have kept up exchanges): the same two parties, the first agreement
undated, so :func:`citydiplo._extract._groups.group_duplicates` took both for one agreement,
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

__all__ = ["Documents"]

_LETTER = "letter_of_intent"


class Documents:
    """The agreements of a group of candidates, asked whether an agreement is
    :meth:`another` document than theirs; kept as the sentences of the group's dated
    letters of intent and of its undated agreements of other kinds, so that each asking
    costs the same however large the group (a long text's agreements read every member).

    >>> from types import SimpleNamespace as S
    >>> letter = S(type="agreement", kind="letter_of_intent", sentence=S(start=90), date=2013)
    >>> deal = S(type="agreement", kind="friendship", sentence=S(start=0), date=None)
    >>> Documents([deal]).another(letter), Documents([letter]).another(deal)
    (True, True)
    >>> told = S(type="agreement", kind="cooperation", sentence=S(start=0), date=2009)
    >>> Documents([told]).another(S(type="agreement", kind="letter_of_intent",
    ...                             sentence=S(start=90), date=None))
    False
    >>> Documents([deal]).another(S(type="agreement", kind="friendship", sentence=S(start=90),
    ...                             date=None))
    False
    """

    def __init__(self, group: Sequence[Candidate] = ()) -> None:
        self._letters: dict[int, int] = {}  # sentence start -> dated letters told there
        self._undated: dict[int, int] = {}  # sentence start -> undated other agreements
        for c in group:
            self.add(c)

    def add(self, c: Candidate) -> None:
        """Count candidate ``c`` as a member of the group."""
        if c.type != "agreement":
            return
        if c.kind == _LETTER and c.date is not None:
            self._letters[c.sentence.start] = self._letters.get(c.sentence.start, 0) + 1
        elif c.kind != _LETTER and c.date is None:
            self._undated[c.sentence.start] = self._undated.get(c.sentence.start, 0) + 1

    def another(self, c: Candidate) -> bool:
        """Whether agreement ``c`` is another document than the group's: a dated letter of
        intent beside an undated agreement of another kind, told in another sentence."""
        if c.type != "agreement":
            return False
        if c.kind == _LETTER and c.date is not None:
            told = self._undated
        elif c.kind != _LETTER and c.date is None:
            told = self._letters
        else:
            return False
        return len(told) > 1 or (len(told) == 1 and c.sentence.start not in told)
