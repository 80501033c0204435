"""A date a speaker names after "said:" does not date what the speaker's clause tells.

"استاندار مازندران مراسم یادداشت تفاهمنامه میان مازندران و مارکه ایتالیا ... گفت: دیروز
سالروز امضاء تفاهمنامههای هستهای ... بوده است" (the governor, at the ceremony of the MoU
between Mazandaran and Marche, said: yesterday was the anniversary of the nuclear accords):
"yesterday" is a day of what he spoke of, not of the ceremony; read as the date of the
memorandum told before the colon, it dates the signing a day early. The same holds for a visit
("during the visit the mayor said: tomorrow we sign"): the speech tells another time.

Rule: a candidate whose cue stands before a colon closing one of the language's ``said``
words (:func:`citydiplo._extract._quoted.speech_colon`) keeps no date when its date mention
stands after that colon. The record is undated rather than given a guess; the date stays among
the article's mentions and the evidence says why (``date_rule``). A cue inside the speech is
not touched: what the speaker tells is dated by the speaker's words.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._quoted import speech_colon
from citydiplo._extract._sentence import Candidate

__all__ = ["SPEECH", "without_speech_dates"]

SPEECH = "a date named in reported speech after the cue's clause: no record date"


def without_speech_dates(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands`` without the dates their sentences name only in speech after the cue.

    >>> from citydiplo import extract
    >>> t = "استاندار مازندران با استاندار مارکه دیدار کرد و گفت: دیروز روز خوبی بود."
    >>> [(r.type, str(r.date)) for r in extract(t, lang="fa", published="2016-07-14").records]
    [('event', 'None')]
    """
    out = []
    for c in cands:
        if c.date is not None and c.type != "claim":
            colon = speech_colon(c, text, lang)
            if 0 <= colon < c.date.start:
                c = attrs.evolve(c, date=None, date_rule=SPEECH)
        out.append(c)
    return out
