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

A delegation whose owner follows its word (:func:`owned_delegations`): where the word for a
delegation takes its owner after it, in the genitive ("встретился с прибывшей в
Благовещенск делегацией Народного Правительства района Айгунь округа Хэйхэ": met the
delegation *of* the People's Government of Aigun district of Heihe, which had come to
Blagoveshchensk), the SVO rule -- who stands before the word owns the delegation -- makes
the hosts delegates and the owner a host. Rule: in a language with ``delegation_owners``
(the words that end the owner's phrase: prepositions, conjunctions), a delegation
candidate's named participants whose mention starts in the phrase right after the
delegation word -- up to the first of those words, a punctuation mark other than brackets,
another cue word or the clause's end -- are ``delegate`` (the owner, and its leader after
"под руководством"); its other named participants in the cue's clause are ``host``.

A visit whose guest is marked by case (:func:`marked_visits`): in an SOV language every
person before the verb counts as a subject, so "મુખ્યમંત્રી વિજયભાઇ રૂપાણીની … રાજદૂત ફરહોદ
અર્ઝીવ એ ગાંધીનગરમાં સૌજ્ન્ય મુલાકાત લીધી" (the ambassador paid the Chief Minister a courtesy
visit) made both visitors. Rule: in a language with ``agent_particles`` (the ergative
after the doer: gu "એ", hi "ने") and ``goal_particles`` (the genitive or dative after the
one visited: gu "ની", hi "को"), a visit whose clause names a person followed by an agent
particle makes each person followed by a goal particle -- not by a word of company
(``company_words``: "साथ", with) -- a ``host``; the others keep their roles.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._cues import cues
from citydiplo._extract._sentence import Candidate, clause_of

__all__ = ["marked_visits", "owned_delegations", "relative_visits"]

_ENDS = frozenset(",.;:!?\"«»—–")  # marks that end a delegation owner's phrase
_CUE_FAMILIES = frozenset({"event", "partnership", "agreement", "signing", "document"})
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


def owned_delegations(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands`` with the roles of delegations whose owner follows the word set (module
    docstring).

    >>> from citydiplo import extract
    >>> t = "Мэр Владимир Кобелев встретился с прибывшей в Благовещенск делегацией города Хэйхэ."
    >>> [sorted((p.role.value, p.actor) for p in r.participants)
    ...  for r in extract(t, lang="ru").records]
    [[('delegate', 'city-хэихэ'), ('host', 'person-владимиркобелев')]]
    """
    stops = frozenset(cues(lang).get("delegation_owners", ())) if lang else frozenset()
    if not stops:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c.type != "event" or c.kind != "delegation" or c.cue.value != "delegation":
            out.append(c)
            continue
        s = c.sentence
        c0, c1 = clause_of(s, c.cue.start)
        end = _phrase_end(text, c.cue.end, c1, stops,
                          [h.start for h in s.hits if h.start >= c.cue.end
                           and h.family in _CUE_FAMILIES])
        where = {m.actor: m.start for m in c.mentions
                 if m.actor and m.kind != "date" and c0 <= m.start < c1}
        actors = tuple(
            (a, "delegate" if c.cue.end <= where[a] < end else "host") if a in where
            else (a, role)
            for a, role in c.actors
        )
        out.append(attrs.evolve(c, actors=actors))
    return out


def _phrase_end(text: str, start: int, limit: int, stops: frozenset[str],
                hits: list[int]) -> int:
    """Where the owner's phrase after a delegation word ends: the first stop word, ending
    mark or cue word after ``start`` (the rest of the delegation word itself is skipped)."""
    i = start
    while i < limit and text[i].isalnum():
        i += 1  # "делегац|ией": the rest of the cue's word
    end = min([limit, *(h for h in hits if h >= i)])
    pos = i
    for word in text[i:end].split(" "):
        if word.lower() in stops or any(ch in _ENDS for ch in word):
            return pos + next((k for k, ch in enumerate(word) if ch in _ENDS), 0)
        pos += len(word) + 1
    return end


def marked_visits(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands`` with the persons a case particle marks as visited made hosts (module
    docstring).

    >>> from citydiplo import extract
    >>> t = "મુખ્યમંત્રી વિજયભાઇ રૂપાણીની રાજદૂત ફરહોદ અર્ઝીવ એ ગાંધીનગરમાં મુલાકાત લીધી હતી."
    >>> [sorted(p.role.value for p in r.participants) for r in extract(t, lang="gu").records]
    [['host', 'host', 'visitor']]
    """
    data = cues(lang) if lang else {}
    agents = tuple(data.get("agent_particles", ()))
    goals = tuple(data.get("goal_particles", ()))
    company = tuple(data.get("company_words", ()))
    if not agents or not goals:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c.type != "event" or c.kind != "visit":
            out.append(c)
            continue
        c0, _ = clause_of(c.sentence, c.cue.start)
        people = [m for m in c.mentions if m.actor and m.actor_type == "person"
                  and c0 <= m.start < c.cue.start]
        agent = {m.actor for m in people if _marked(text, m.end, agents, company)}
        goal = {m.actor for m in people if _marked(text, m.end, goals, company)} - agent
        if not agent or not goal:
            out.append(c)
            continue
        actors = tuple((a, "host" if a in goal else "visitor" if a in agent else role)
                       for a, role in c.actors)
        out.append(attrs.evolve(c, actors=actors))
    return out


def _marked(text: str, at: int, particles: tuple[str, ...], company: tuple[str, ...]) -> bool:
    """Whether the name ending at ``at`` is followed by one of ``particles`` (glued or after
    one space) as a whole word, and that not by one of the ``company`` words."""
    rest = text[at:at + 40]
    rest = rest[1:] if rest.startswith(" ") else rest
    for p in particles:
        if rest.startswith(p) and (len(rest) == len(p) or not rest[len(p)].isalnum()):
            after = rest[len(p):].lstrip(" ")
            return not after.startswith(company)
    return False
