"""A visit told in a relative clause: its guest is the noun after it.

"市長徐曙海與率團來鎮訪問的韓國洪城郡郡守李镕録舉行會談" (Mayor Xu held talks with Lee
Yong-rok, governor of Hongseong, *who led a delegation to visit Zhenjiang*),
"在大分市访问的武汉代表团" (the Wuhan delegation visiting Oita): the visit word is followed by
the relative marker "的", and the clause it ends modifies the noun after it. The roles of an
SVO sentence (:func:`citydiplo._extract._events._role`: who stands before the verb visits)
then come out reversed: the mayor who receives the guests, and the place visited, stand
before the verb; the guest stands after it.

Rule: in a language with ``relative_markers`` (zh "的"), a visit candidate whose cue word is
followed at once by one of them, and the marker at once by a name (a place or a person of
the sentence: "访问的最后一站烟台", the visit's last stop, is no guest), gives its named
participants in the cue's clause the role ``host`` when they stand before the cue word and
``visitor`` when they stand after it; a
participant the sentence does not name (the article's focus) keeps its role. A reception
word before the visit ("会见了来访的…") already gives the roles
(:func:`citydiplo._extract._events.event_candidates`) and is left as it is.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._cues import cues
from citydiplo._extract._sentence import Candidate, clause_of

__all__ = ["relative_visits"]

_NEAR = 2  # characters between the marker and the guest's name ("访问的韩国洪城郡")


def relative_visits(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands`` with the roles of visits told in a relative clause set (module docstring).

    >>> from citydiplo import extract
    >>> t = "镇江市市长徐曙海与率团来镇江访问的韩国洪城郡郡守李镕録举行会谈。"
    >>> [sorted(p.role.value for p in r.participants) for r in extract(t, lang="zh").records]
    [['host', 'host', 'visitor']]
    """
    markers = tuple(cues(lang).get("relative_markers", ())) if lang else ()
    if not markers:
        return cands
    out: list[Candidate] = []
    for c in cands:
        s = c.sentence
        if (
            c.type != "event"
            or c.kind != "visit"
            or not text.startswith(markers, c.cue.end)
            or any(
                h.family == "event" and h.value == "receive" and h.end <= c.cue.start
                for h in s.hits
            )
        ):
            out.append(c)
            continue
        after = c.cue.end + next(len(m) for m in markers if text.startswith(m, c.cue.end))
        if not any(after <= m.start <= after + _NEAR for m in s.entities):
            out.append(c)  # "訪問的最後一站煙臺": the last stop of the visit, not its guest
            continue
        c0, c1 = clause_of(s, c.cue.start)
        where = {
            m.actor: m.start
            for m in c.mentions
            if m.actor and m.kind != "date" and c0 <= m.start < c1
        }
        actors = tuple(
            (a, ("host" if where[a] < c.cue.start else "visitor")) if a in where else (a, role)
            for a, role in c.actors
        )
        out.append(attrs.evolve(c, actors=actors))
    return out
