"""A sentence that states its own time takes no date from the sentence before it.

"He said that in 2009, Dalian signed a protocol with Ota ... In May of this year, during the
visit of the delegation, ...": the link word ("during") would date the second sentence's
delegation by the nearest preceding date of the paragraph (the third step of
:func:`citydiplo._extract._sentence.attach_date`), 2009. But the sentence says when it
happened itself ("In May of this year"), only the article gives no day to read it against
(no publication date). The date it states is unread, not absent: the candidate keeps no date
(incomplete) rather than the earlier sentence's (wrong).

Rule: a candidate dated by the linked-preceding-sentence step whose own sentence holds a date
expression that :func:`citydiplo.find_dates` reads once it is given a reference day (a
relative "this year", "yesterday", "26日", "21/5", a weekday) loses that date.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._sentence import Candidate
from citydiplo._text import find_dates
from citydiplo.dates import PartialDate

__all__ = ["LINKED", "unread_unlinked"]

LINKED = "linked preceding sentence"
# any day serves: only whether the sentence holds a date that a reference makes readable
_ANY_DAY = PartialDate("2001-06-15")


def unread_unlinked(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands``, each one dated from a linked earlier sentence undated when its own
    sentence states a time that the article could not read (module docstring).

    >>> from citydiplo import extract
    >>> t = ("In 2009, Dalian signed an agreement with Ota. In May of this year, during the "
    ...      "visit of the delegation, Dalian and Ota agreed to cooperate.")
    >>> [(r.type, str(r.date)) for r in extract(t, lang="en").records if r.type == "event"]
    [('event', 'None')]
    """
    out = []
    read: dict[int, bool] = {}
    for c in cands:
        if c.date_rule == LINKED:
            s = c.sentence
            if s.start not in read:
                read[s.start] = bool(find_dates(text[s.start:s.end], lang=lang, ref=_ANY_DAY))
            if read[s.start]:
                mentions = tuple(m for m in c.mentions if m is not c.date)
                c = attrs.evolve(c, date=None, date_rule=None, mentions=mentions)
        out.append(c)
    return out
