"""Event candidates: the strongest event family a sentence names, its participants and
their roles (the rules are documented in :mod:`citydiplo._extract._rules`)."""

from __future__ import annotations

import attrs

from citydiplo._extract._mentions import Mention
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import (
    PLACE_TYPES,
    Candidate,
    Sentence,
    attach_date,
    clause_of,
    has_focus,
    negated,
)

__all__ = ["ATTENDED", "EVENT_ORDER", "TWO_SIDED", "event_candidates"]

TWO_SIDED = frozenset({"visit", "receive", "meeting", "delegation", "lecture",
                       "exchange_programme"})
EVENT_ORDER = ("visit", "receive", "delegation", "meeting", "lecture", "conference",
               "festival", "anniversary", "exchange_programme")


def event_candidates(s: Sentence, focus: str | None, planned: bool,
                     grammar: tuple[str, dict[str, str]], prior: list[Mention],
                     skipped: list[tuple[Sentence, str]], after_agreement: bool
                     ) -> list[Candidate]:
    """The event a sentence tells, if any: the strongest family named, every named actor
    with the role the grammar gives it."""
    hits = [h for h in s.hits if h.family == "event"]
    if not hits:
        return []
    family = min((h.value for h in hits), key=EVENT_ORDER.index)
    if after_agreement and family in ("meeting", "receive"):
        return []
    cue = next(h for h in hits if h.value == family)
    if negated(s, cue):
        skipped.append((s, f"event cue {family!r} is negated"))
        return []
    # a place that only locates another (``Sentence.qualified``: "Little Rock, Arkansas",
    # the province of a city named beside it) takes no part
    named = [m for m in s.entities if m.actor and m.actor_type != "country"
             and m.start not in s.qualified]
    if not named:
        named = [m for m in s.entities if m.actor and m.start not in s.qualified]
    c0, c1 = clause_of(s, cue.start)
    every = named  # an SOV object is the place nearest before the verb, at any of its mentions
    inside = {m.actor: m for m in reversed(named) if c0 <= m.start < c1}
    # one mention per actor: the one in the cue's clause, else the first
    named = sorted({m.actor: inside.get(m.actor, m) for m in reversed(named)}.values(),
                   key=lambda m: m.start)
    welcome = next((h for h in hits if h.value == "receive" and h.end <= cue.start), None)
    if family == "visit" and welcome is not None:
        # "the mayor welcomed the delegation that visited the city": the visit tells who the
        # guest is; the reception before it gives the roles (its subject hosts)
        roles = {"host": "host", "guest": "visitor"}
        actors = [(m.actor or "", roles.get(r, r)) for m in named
                  for r in (_role(m, welcome, "receive", named, grammar,
                                  clause_of(s, welcome.start)),)]
    else:
        actors = [(m.actor or "", _role(m, cue, family, named, grammar, clause_of(s, cue.start),
                                        every))
                  for m in named]
    implicit = False
    if focus is not None and all(a != focus for a, _ in actors) and (
        has_focus(s, focus) or len(actors) < 2
    ):
        implicit = not has_focus(s, focus)
        before = not any(m.end <= cue.start and m.actor_type in PLACE_TYPES for m in named)
        role = "host" if family in ("delegation",) or (family == "visit" and before and
                                                       any(r == "visitor" for _, r in actors)) \
            else "participant"
        actors.insert(0, (focus, role))
    date, date_rule = attach_date(s, cue, prior)
    if not named or (date is None and all(m.actor == focus for m in named)):
        # the focus alone, undated: too little to tell one occurrence from another
        skipped.append((s, f"event cue {family!r} names no actor besides the focus, no date"))
        return []
    if family in TWO_SIDED and len({a for a, _ in actors}) < 2:
        # a visit needs a guest and a host, a meeting two parties: one actor is too little
        # to tell who took part
        skipped.append((s, f"event cue {family!r} names fewer than two participants"))
        return []
    main = Candidate(type="event", kind=family, sentence=s, cue=cue, actors=tuple(actors),
                     mentions=tuple(named) + ((date,) if date else ()), date=date,
                     date_rule=date_rule, planned=planned,
                     rule=f"{family} cue with named participants", implicit_focus=implicit)
    attended = _attended(s, main, prior)
    if attended is not None and main.kind == "delegation":
        # a delegation word, no visit's: the delegation is who attended the celebration
        return [attrs.evolve(attended, rule=DELEGATION_ATTENDED)]
    return [main] if attended is None else [main, attended]


_ATTENDING = frozenset({"visit", "delegation", "receive", "meeting"})
ATTENDED = "anniversary celebration attended on a visit or meeting"
DELEGATION_ATTENDED = "anniversary celebration a delegation attended"
_ATTEND_REACH = 40  # characters between the word for "attend" and the anniversary word


def _attended(s: Sentence, main: Candidate, prior: list[Mention]) -> Candidate | None:
    """The anniversary celebration a visit or meeting of sentence ``s`` went to attend, as an
    event of its own: "对徐秉洙市长一行访问胡志明市并出席两座城市缔结友好关系20周年的各项纪念活动
    表示高兴" (welcomed the mayor's visit to the city *and attendance at* the events of the
    20th anniversary of the two cities' friendship). A sentence gives one event, its strongest
    cue; a celebration named in the cue's clause within a few words of one of the
    language's ``attend`` words ("出席", "참석", "attend") written after the cue is a second
    occurrence, with the same actors: the guests take part, the hosts host. Attending
    written before the visit's word states its purpose ("…周年レセプションなどに参加するために
    上海を訪れた", "20주년 기념행사 참석 등을 위해 … 방문", visited to attend): the curated sets
    record the visit alone, and so does this rule; so is a celebration only named as the
    occasion ("to mark the 20th anniversary, the delegation visited"). A sentence whose
    strongest cue is a word for a delegation, no visit's ("揚州市代表団、奈良市役所職員…が
    記念式典に参加した": the Yangzhou delegation, Nara's staff ... took part in the ceremony),
    tells who attended the celebration: the celebration is its one event.

    >>> from citydiplo import extract
    >>> t = "釜山市长徐秉洙访问胡志明市并出席两市缔结友好关系20周年的纪念活动。"
    >>> sorted(r.kind.value for r in extract(t, lang="zh").dataset.events)
    ['other', 'visit']
    """
    if main.kind not in _ATTENDING:
        return None
    c0, c1 = clause_of(s, main.cue.start)
    attend = [h for h in s.hits if h.family == "attend" and main.cue.end <= h.start < c1]
    marks = [h for h in s.hits if h.family == "event" and h.value == "anniversary"
             and c0 <= h.start < c1 and h.start != main.cue.start
             and any(abs(h.start - a.start) <= _ATTEND_REACH for a in attend)]
    if not marks:
        return None
    cue = marks[0]
    roles = {"visitor": "participant", "delegate": "participant", "guest": "participant"}
    date, date_rule = attach_date(s, cue, prior)
    return attrs.evolve(main, kind="anniversary", cue=cue, date=date, date_rule=date_rule,
                        actors=tuple((a, roles.get(r, r)) for a, r in main.actors),
                        mentions=tuple(m for m in main.mentions if m is not main.date)
                        + ((date,) if date else ()),
                        rule=ATTENDED)


def _role(m: Mention, cue: Hit, family: str, named: list[Mention],
          grammar: tuple[str, dict[str, str]], clause: tuple[int, int] | None = None,
          every: list[Mention] | None = None) -> str:
    """The role of ``m`` at an event cue. In an SOV language the object is the place named
    nearest before the verb, at any of its mentions (``every``): "파주시는 … 사세보시
    대표단이 파주시를 방문했다고 밝혔다" (Paju said the Sasebo delegation visited Paju) makes
    Paju the host, though its first mention, the topic, stands before Sasebo's; a place
    written right before the word for a delegation ("사세보시 대표단") owns it, no object."""
    order, prefixes = grammar
    if family == "lecture" and m.actor_type == "person":
        return "speaker"
    if family not in ("visit", "receive", "delegation"):
        return "participant"
    if clause is not None and not clause[0] <= m.start < clause[1] and not m.proclitic:
        return "participant"  # word order gives roles within the cue's own clause only
    if clause is not None:
        named = [x for x in named if clause[0] <= x.start < clause[1]]
        every = [x for x in every if clause[0] <= x.start < clause[1]] if every else every
    marked = prefixes.get(m.proclitic or "")
    if marked is not None and family in ("visit", "delegation"):  # "מסוון" from, "בהואה" in
        return marked if family == "visit" or marked == "host" else "delegate"
    before = [x for x in named if x.end <= cue.start]
    if order == "SVO":
        subject = m.end <= cue.start
    else:  # SOV: the object stands nearest before the verb
        pool = [x for x in every if x.end <= cue.start] if every else before
        if family == "delegation":  # "사세보시 대표단": the place before the word owns it
            pool = [x for x in pool if x.end < cue.start - 1]
        obj = max((x for x in pool if x.actor_type != "person"), key=lambda x: x.start,
                  default=None)
        subject = m.end <= cue.start and (obj is None or m.actor != obj.actor)
    if family == "receive":
        return "host" if subject else "guest"
    if family == "delegation":
        return "delegate" if subject else "host"
    return "visitor" if subject else "host"
