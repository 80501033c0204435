"""A tie, agreement or event dated after the article's publication day has not happened yet.

"横浜市は来週の金曜日に上海市と友好都市協定を締結する" (Yokohama *concludes* a friendship
agreement with Shanghai next Friday), "上海市与横滨市下个星期五签署友好城市协议": Japanese and
Chinese write a coming event in the plain non-past form, with no word of a plan, so the
``planned`` cue rule misses them. The date says it: a candidate whose whole date lies after
the publication day is planned, as the ``planned`` rule would have made it -- an agreement
keeps no signing date (a planned agreement has none), a partnership is proposed, an event
keeps its date. A date that may fall on or before the publication day ("June", published on
12 June) decides nothing.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._sentence import Candidate
from citydiplo.dates import PartialDate, YearlessDate

__all__ = ["ahead_as_planned"]

_TYPES = frozenset({"partnership", "agreement", "event"})


def ahead_as_planned(cands: list[Candidate], published: PartialDate | None) -> list[Candidate]:
    """``cands`` with each one dated wholly after ``published`` planned (module docstring).

    >>> from citydiplo import extract
    >>> t = "上海市与横滨市下个星期五签署友好城市协议。"
    >>> [(r.type, r.planned, r.signed) for r in extract(t, lang="zh", published="2025-06-12")
    ...  .records if r.type == "agreement"]
    [('agreement', True, None)]
    """
    if published is None or published.day is None:
        return cands
    day = published.latest()
    out = []
    for c in cands:
        value = c.date.date if c.date is not None else None
        if (
            c.planned
            or c.type not in _TYPES
            or value is None
            or isinstance(value, YearlessDate)
            or value.earliest() <= day
        ):
            out.append(c)
            continue
        if c.type == "agreement":  # a planned agreement has no signing date
            mentions = tuple(m for m in c.mentions if m is not c.date)
            c = attrs.evolve(c, date=None, date_rule=None, mentions=mentions)
        out.append(attrs.evolve(c, planned=True))
    return out
