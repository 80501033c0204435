"""Events of the kinds the candidate rules do not propose: signing ceremonies, mergers, and
the lifecycle steps of an agreement or a partnership (the model's step events: an event of a
dedicated kind linked by ``Event.agreement`` / ``Event.partnership`` to its record).

Per sentence, from the words of ``data/slots/<lang>.json`` (``events``):

- **signing**: a signing-ceremony word ("signing ceremony", "서명식", "lễ ký kết",
  "签约仪式") in a sentence that gave an agreement -> a ``signing`` event linked to that
  agreement, with its parties as participants and its signatories in the role
  ``signatory``, its date and place. A sentence that gave no record links its ceremony to
  the one agreement told before whose parties it names two of ("이날 협약식에는 구인모
  거창군수, … 정문헌 종로구청장 … 참석했다": the attendees of both sides); else none. One
  agreement has one signing: a second sentence naming its ceremony adds none (so for every
  step: one event of a kind per agreement or partnership).
- **merger**: a merger word ("merged", "sáp nhập", "合并", "ادغام") and two or more places
  named in its clause -> a ``merger`` event with them as participants.
- **renewal**, **extension**, **suspension**, **termination**: the word in a sentence that
  gave exactly one agreement (else exactly one partnership) -> an event of that kind linked
  to it, with its parties as participants.

A step word in a negated clause ("did not renew") gives nothing; a planned sentence gives a
planned event. The date follows the same rule as every candidate (``attach_date``).
"""

from __future__ import annotations

from typing import Any

from citydiplo._extract._calibration import calibrated
from citydiplo._extract._rules import Candidate
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import PLACE_TYPES, Sentence, attach_date, clause_of
from citydiplo._extract._slots import sentence_slot_hits
from citydiplo._model import Citation, Event, EventKind, Participant

__all__ = ["step_events"]

_LIFECYCLE = ("renewal", "extension", "suspension", "termination")


def _negated(s: Sentence, h: Hit) -> bool:
    c0, c1 = clause_of(s, h.start)
    return any(x.family == "negation" and c0 <= x.start < c1 for x in s.hits)


def step_events(sentences: list[Sentence], records: list[Any], source: str, text: str,
                lang: str, prior_dates: Any = None) -> list[tuple[Event, Candidate]]:
    """The step events of an article, each with the candidate that explains it (for its
    evidence), in text order."""
    by_sentence: dict[int, list[Any]] = {}
    for r in records:
        for c in r.citations:
            if c.span is not None:
                by_sentence.setdefault(c.span[0], []).append(r)
    out: list[tuple[Event, Candidate]] = []
    prior: list[Any] = []
    paragraph = -1
    for s in sentences:
        if s.paragraph != paragraph:
            prior, paragraph = [], s.paragraph
        mine = by_sentence.get(s.start, [])
        places = sum(m.actor_type in PLACE_TYPES for m in s.entities)
        if not mine and places < 2:  # no step without a record, no merger without two places
            prior.extend(s.dates)
            continue
        steps = [h for h in sentence_slot_hits(s, text, lang) if h.family == "step"]
        planned = any(h.family == "planned" for h in s.hits)
        done: set[str] = set()
        for h in steps:
            if h.value in done or _negated(s, h):
                continue
            told = [r for r in records if r.type == "agreement" and r.citations[0].span
                    and r.citations[0].span[0] < s.start] if not mine else []
            made = _one(h, s, mine or _named_in(s, told), planned, source, text, prior)
            if made is not None and not _told(made[0], out):
                done.add(h.value)
                out.append(made)
        prior.extend(s.dates)
    return out


def _named_in(s: Sentence, told: list[Any]) -> list[Any]:
    """The agreements told before of which the sentence names two parties or more."""
    named = {m.actor for m in s.entities if m.actor and m.actor_type in PLACE_TYPES}
    return [a for a in told if len(named & set(a.parties)) >= 2]


def _one(h: Hit, s: Sentence, mine: list[Any], planned: bool, source: str, text: str,
         prior: list[Any]) -> tuple[Event, Candidate] | None:
    quote = Citation(source=source, quote=text[s.start:s.end], span=(s.start, s.end))
    rid = f"{source}-event-{s.start}-{h.start}-{h.value}"
    participants: list[Participant] = []
    link: dict[str, Any] = {}
    date = None
    rule = ""
    mentions: tuple[Any, ...] = ()
    if h.value == "signing":
        agreements = [r for r in mine if r.type == "agreement"]
        if len(agreements) != 1:
            return None
        a = agreements[0]
        participants = [Participant(actor=p, role="participant") for p in a.parties]
        participants += [Participant(actor=x.person, role="signatory", office=x.office)
                         for x in a.signatories if x.person]
        link = {"agreement": a.id}
        extra: dict[str, Any] = {"place": a.place, "venue": a.venue}
        when = a.signed
        rule = "signing-ceremony word in the sentence of an agreement"
    elif h.value == "merger":
        c0, c1 = clause_of(s, h.start)
        places = [m for m in s.entities if m.actor and m.actor_type in PLACE_TYPES
                  and c0 <= m.start < c1 and m.start not in s.qualified]
        ids = list(dict.fromkeys(m.actor for m in places if m.actor))
        if len(ids) < 2:
            return None
        participants = [Participant(actor=a, role="participant") for a in ids]
        mentions = tuple(places)
        extra = {}
        when = None
        rule = "merger word with two places in its clause"
    else:
        agreements = [r for r in mine if r.type == "agreement"]
        ties = [r for r in mine if r.type == "partnership"]
        linked = agreements if agreements else ties
        if len(linked) != 1:
            return None
        r = linked[0]
        participants = [Participant(actor=p, role="participant") for p in r.parties]
        link = {r.type: r.id}
        extra = {}
        when = None
        rule = f"{h.value} word in the sentence of one {r.type}"
    cand_cue = Hit(h.start, h.end, "event", h.value)
    cand = Candidate(type="event", kind=h.value, sentence=s, cue=cand_cue, actors=tuple(
        (p.actor, str(p.role)) for p in participants), mentions=mentions, date=None,
        date_rule=None, planned=planned, rule=rule)
    if when is None:
        date, date_rule = attach_date(s, cand_cue, prior)
        if date is not None and not planned:
            when = date.date
            cand = Candidate(type="event", kind=h.value, sentence=s, cue=cand_cue,
                             actors=cand.actors, mentions=(*mentions, date), date=date,
                             date_rule=date_rule, planned=planned, rule=rule)
    event = Event(id=rid, kind=EventKind(h.value), date=when, participants=participants,
                  planned=planned, citations=[quote], **link,
                  **{k: v for k, v in extra.items() if v is not None})
    return event, cand


def _told(event: Event, made: list[tuple[Event, Candidate]]) -> bool:
    """Whether a step of this kind was already made for the same agreement or partnership:
    a signing ceremony named in two sentences that both cite one agreement is one signing."""
    link = event.agreement or event.partnership
    return link is not None and any(
        e.kind == event.kind and (e.agreement or e.partnership) == link for e, _ in made)


def add_step_events(records: list[Any], evidence: dict[str, Any], sentences: list[Sentence],
                    source: str, text: str, lang: str) -> None:
    """Append the article's step events to ``records`` (kept in text order) and their
    evidence to ``evidence``; the score is that of an event (see ``_build``)."""
    from citydiplo._extract._build import Evidence
    from citydiplo._extract._intent import agreed_by_intent
    from citydiplo._extract._slots import fill_slots

    agreed_by_intent(records, evidence)  # a letter of intent agrees a tie, founds none
    made = step_events(sentences, records, source, text, lang)
    if not made:
        return
    for event, c in made:
        event = fill_slots(event, [c], text, lang)
        records.append(event)
        date = {"same clause": 1.0, "same sentence": 1.0,
                "linked preceding sentence": 0.5}.get(c.date_rule or "", 0.0)
        if event.date is not None and c.date is None:
            date = 1.0  # the linked agreement's signing date, from the same sentence
        coverage = round((1 + min(1, len(event.participants)) + date) / 3, 2)
        evidence[event.id] = Evidence(
            record=event.id, type="event", cue=text[c.cue.start:c.cue.end],
            cue_family=f"event:{c.kind}", cue_span=(c.cue.start, c.cue.end),
            mentions=c.mentions, rule=c.rule, date_rule=c.date_rule,
            score=calibrated("event", coverage), planned=c.planned, focus_implied=False,
            coverage=coverage)
    records.sort(key=lambda r: r.citations[0].span[0] if r.citations[0].span else 0)
