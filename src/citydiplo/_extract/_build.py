"""Candidates to model records: ids, citations, actors, and the evidence for each record.

Coverage: the share of a record's slots that its own sentence fills, in [0, 1]. Slots: the
cue (always filled), each principal actor named in the sentence rather than taken from the
article's focus, and the date (from the same clause or
sentence; a date from a linked earlier sentence fills half a slot). A partnership has four
slots (cue, two parties, date), an agreement four (cue, two parties, date), an event three
(cue, a named participant, date), a document three (number, kind from its code, date) and
a count claim two (number, subject named): 1.0 means the sentence alone states everything
the record holds. Score: the measured share of right candidates among those of the same
type and coverage (:mod:`citydiplo._extract._calibration`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from citydiplo._extract._calibration import calibrated
from citydiplo._extract._closure import with_referenced
from citydiplo._extract._groups import principal
from citydiplo._extract._mentions import Mention
from citydiplo._extract._rules import Candidate
from citydiplo._extract._scan import Hit
from citydiplo._extract._visible import visible
from citydiplo._model import (
    Actor,
    Agreement,
    AgreementKind,
    Citation,
    City,
    CountClaim,
    Counted,
    Country,
    Document,
    DocumentKind,
    Event,
    EventKind,
    Identifier,
    Organization,
    Participant,
    Partnership,
    PartnershipKind,
    Person,
    PersonRole,
    Region,
    Role,
    Signatory,
)

__all__ = ["Evidence", "build_actors", "build_record"]

_EVENT_KIND = {"receive": "meeting", "anniversary": "other"}
_AGREEMENT_KIND = {"sister_city": "sister_city"}
_ROLE = {"party": "participant", "subject": "participant"}


@attrs.frozen(kw_only=True)
class Evidence:
    """Why a candidate record exists and how much of it its sentence states.

    ``cue`` is the cue word as written and ``cue_span`` where; ``mentions`` the mentions the
    record is built from; ``rule`` the rule that fired; ``date_rule`` which step of the
    date-attachment rule chose the date (``None``: no date); ``coverage`` the share of the
    record's slots filled by its own sentence (see the module docstring); ``score`` the share
    of candidates of the same type and coverage that matched a curated record on the
    development articles (:mod:`citydiplo._extract._calibration`); ``planned`` and
    ``focus_implied`` say whether the sentence announces rather than reports, and whether an
    actor was taken from the article's focus rather than named.
    """

    record: str
    type: str
    cue: str
    cue_family: str
    cue_span: tuple[int, int]
    mentions: tuple[Mention, ...]
    rule: str
    date_rule: str | None
    score: float
    planned: bool
    focus_implied: bool
    coverage: float = 0.0


def _coverage(c: Candidate) -> float:
    date = {"same clause": 1.0, "same sentence": 1.0, "linked preceding sentence": 0.5}.get(
        c.date_rule or "", 0.0)
    if c.type == "document":
        return round((1 + (c.kind != "other") + date) / 3, 2)
    if c.type == "claim":
        return round((1 + (not c.implicit_focus)) / 2, 2)
    named = 1 - c.implicit_focus
    if c.type == "event":
        return round((1 + min(1, len(c.actors) - c.implicit_focus) + date) / 3, 2)
    return round((1 + 1 + named + date) / 4, 2)


def _citation(c: Candidate, source: str, text: str) -> Citation:
    s = c.sentence
    return Citation(source=source, quote=text[s.start:s.end], span=(s.start, s.end))


_KIND_STRENGTH = ("sister", "friendship", "partner", "exchange", "cooperation")


def build_record(group: list[Candidate], rid: str, source: str, text: str
                 ) -> tuple[object, Evidence]:
    """The model record a group of candidates proposes (the first sentence cited first; the
    first date found; for a partnership the strongest kind named), and its evidence."""
    c = next((x for x in group if x.date is not None), group[0])
    if c.type == "event":  # the sentence naming the most participants speaks for the group
        c = max((x for x in group if (x.date is None) == (c.date is None)),
                key=lambda x: len(principal(x)))
    if c.type == "partnership":
        kind = min((x.kind for x in group), key=_KIND_STRENGTH.index)
        c = attrs.evolve(c, kind=kind)
    spans = sorted({(x.sentence.start, x.sentence.end) for x in group})
    cited: dict[str, Any] = {"citations": tuple(
        Citation(source=source, quote=text[a:b], span=(a, b)) for a, b in spans)}
    when = c.date.date if c.date is not None else None
    parties = tuple(dict.fromkeys(a for a, r in c.actors if r == "party"))
    record: object
    if c.type == "partnership":
        record = Partnership(id=rid, parties=parties, kind=PartnershipKind(c.kind), **cited,
                             status="proposed" if c.planned else None,
                             established=None if c.planned else when)
    elif c.type == "agreement":
        signatories = [Signatory(person=a, on_behalf_of=r.split(":", 1)[1])
                       for a, r in c.actors if r.startswith("signatory:")]
        kind = AgreementKind(_AGREEMENT_KIND.get(c.kind, c.kind))
        record = Agreement(id=rid, parties=parties, kind=kind,
                           signatories=signatories, signed=when, planned=c.planned,
                           **cited)
    elif c.type == "event":
        participants = [Participant(actor=a, role=Role(_ROLE.get(r, r))) for a, r in c.actors]
        record = Event(id=rid, kind=EventKind(_EVENT_KIND.get(c.kind, c.kind)), date=when,
                       participants=participants, planned=c.planned, **cited,
                       title="anniversary" if c.kind == "anniversary" else None)
    elif c.type == "document":
        record = Document(id=rid, kind=DocumentKind(c.kind), number=c.number, date=when,
                          **cited)
    else:
        record = CountClaim(id=rid, subject=c.actors[0][0], counted=Counted(c.kind),
                            value=c.value or 0,
                            **cited)
    cue_text = text[c.cue.start:c.cue.end]
    evidence = Evidence(
        record=rid, type=c.type, cue=cue_text, cue_family=f"{c.cue.family}:{c.cue.value}",
        cue_span=(c.cue.start, c.cue.end), mentions=c.mentions, rule=c.rule,
        date_rule=c.date_rule, score=calibrated(c.type, _coverage(c)), planned=c.planned,
        focus_implied=c.implicit_focus, coverage=_coverage(c))
    return record, evidence


def build_actors(
    ids: list[str], mentions: list[Mention], lang: str, known: Mapping[str, Actor]
) -> list[Actor]:
    """One actor per id: the known one, or a draft made from the names it was mentioned by."""
    by_id: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.actor:
            by_id.setdefault(m.actor, []).append(m)
    out: list[Actor] = []
    for aid in ids:
        if aid in known:
            out.append(known[aid])
            continue
        ms = by_id.get(aid, [])
        names = sorted({visible(m.name or m.text) for m in ms} - {""})
        name = min(names, key=lambda n: (-len(n), n)) if names else aid
        labels = {lang: names} if names else {}
        kind = ms[0].actor_type if ms else "city"
        if kind == "country" and ms and ms[0].country:
            out.append(Country(id=aid, name=visible(ms[0].name or name), country=ms[0].country,
                               names={lang: sorted({visible(m.text) for m in ms} - {""})}))
        elif kind == "person":
            titles = sorted({visible(m.title) for m in ms if m.title} - {""})
            roles: Any = tuple(PersonRole(title=t) for t in titles)
            out.append(Person(id=aid, name=name, names=labels,
                              roles=roles))
        elif kind == "organization":
            out.append(Organization(id=aid, name=name, names=labels))
        elif kind == "region":
            out.append(_region(aid, name, ms, lang))
        else:
            out.append(_city(aid, name, ms, lang))
    return with_referenced(out, known)


def _region(aid: str, name: str, ms: list[Mention], lang: str) -> Region:
    """A draft region; a gazetteer match gives its English name, country and ISO code."""
    placed = sorted((m for m in ms if m.subdivision), key=lambda m: m.start)
    labels = sorted({visible(m.text) for m in ms} - {""})
    extra: dict[str, Any] = {}
    if placed and placed[0].country:
        name = placed[0].name or name
        extra = {"country": placed[0].country, "subdivision": placed[0].subdivision}
    return Region(id=aid, name=name, names={lang: labels} if labels else {}, **extra)


def _city(aid: str, name: str, ms: list[Mention], lang: str) -> City:
    """A draft city; a gazetteer match gives its English name, country and GeoNames id."""
    placed = sorted((m for m in ms if m.geonames is not None), key=lambda m: m.start)
    countries = sorted({m.country for m in ms if m.country})
    extra: dict[str, Any] = {}
    if placed:
        name = placed[0].name or name
        extra["identifiers"] = [Identifier(scheme="geonames", value=str(placed[0].geonames))]
    if len(countries) == 1:  # two countries for one name: leave it to the curator
        extra["country"] = countries[0]
        subdivisions = sorted({m.subdivision for m in ms if m.subdivision})
        if len(subdivisions) == 1 and subdivisions[0].startswith(countries[0] + "-"):
            extra["subdivision"] = subdivisions[0]
    labels = sorted({visible(m.text) for m in ms} - {""})
    return City(id=aid, name=name, names={lang: labels} if labels else {}, **extra)


def cue_of(h: Hit) -> str:
    """A cue's family and kind as one word ("event:visit")."""
    return f"{h.family}:{h.value}"
