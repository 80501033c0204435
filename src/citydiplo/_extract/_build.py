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
from citydiplo._extract._letters import other_document
from citydiplo._extract._mentions import Mention
from citydiplo._extract._rules import Candidate
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import PLACE_TYPES
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
from citydiplo.dates import DateRange, RecordDate, YearlessDate

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


def _key(c: Candidate) -> tuple[Any, ...]:
    if c.type == "document":
        return (c.type, c.number)
    if c.type == "claim":
        return (c.type, c.kind, c.value)
    parties = tuple(sorted(a for a, r in c.actors if r == "party"))
    if c.type == "partnership":
        return (c.type, parties)
    if c.type == "agreement":
        return (c.type, parties, c.planned)
    return (c.type, c.kind, tuple(sorted(a for a, _ in c.actors)), c.planned)


def compatible(a: RecordDate, b: RecordDate) -> bool:
    """Whether two record dates may name the same time (a year-less date: same day)."""
    if isinstance(a, YearlessDate):
        return a.is_compatible(b)
    if isinstance(b, YearlessDate):
        return b.is_compatible(a)
    return bool(a.overlaps(b))


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.date is None or b.date is None or a.date.date is None or b.date.date is None:
        return True
    return compatible(a.date.date, b.date.date)


def _principal(c: Candidate) -> frozenset[str]:
    return frozenset(a for a, r in c.actors if not r.startswith("signatory:"))


def group_duplicates(cands: list[Candidate]) -> list[list[Candidate]]:
    """Candidates telling one occurrence, grouped (text order kept):

    - same type and principal actors (same kind for events, same number for documents), a
      date compatible with the group's first date;
    - or, for agreements, the same two places among their parties and compatible dates
      (a signing told in the headline, the lead and a later reference, each naming other
      organizations or signatories beside the two places, is one agreement);
    - or, for an agreement named without a signing ("recommends the attached MOU between
      ... and the City") whose only place is a party of an earlier agreement of the same
      kind: a later reference to that agreement;
    - or, for events of one kind, both dated to the month or the day with compatible
      dates, and sharing a participant ("the mayor welcomed the delegation that visited in
      August 2024" beside "in August 2024 a delegation of ... visited the city"), unless
      their hosts differ, or their guests differ (a visit to Little Rock and a visit to
      Los Angeles in one July are two visits): a dated event is one occurrence however many
      of its participants a sentence names; so are undated events of one kind that share a
      participant, on the same condition.
    """
    groups: list[list[Candidate]] = []
    dated: list[Candidate | None] = []  # each group's first dated candidate
    index: dict[tuple[Any, ...], list[int]] = {}
    for c in cands:
        key = _key(c)
        for g in index.get(key, []):
            first = dated[g]
            if (first is None or _compatible(c, first)) and not other_document(c, groups[g]):
                groups[g].append(c)
                if first is None and c.date is not None:
                    dated[g] = c
                break
        else:
            same = _same_dated_event(c, groups, dated) if c.type == "event" \
                else _same_agreement(c, groups, dated)
            if same is not None:
                groups[same].append(c)
                continue
            index.setdefault(key, []).append(len(groups))
            groups.append([c])
            dated.append(c if c.date is not None else None)
    return groups


def _places(c: Candidate) -> frozenset[str]:
    """The parties of a candidate that are places (the focus, when implied, is one)."""
    types = {m.actor: m.actor_type for m in c.mentions if m.actor}
    return frozenset(a for a, r in c.actors
                     if r == "party" and types.get(a, "city") in PLACE_TYPES)


def _same_agreement(c: Candidate, groups: list[list[Candidate]],
                    dated: list[Candidate | None]) -> int | None:
    if c.type != "agreement":
        return None
    mine = _places(c)
    if len(mine) == 1 and c.cue.family == "agreement":
        return _referred(c, mine, groups, dated)
    if len(mine) < 2:
        return None
    for g, group in enumerate(groups):
        head = group[0]
        first = dated[g]
        if head.type != "agreement" or head.planned != c.planned or (
                first is not None and not _compatible(c, first)) or other_document(c, group):
            continue
        if len(mine & frozenset().union(*(_places(x) for x in group))) >= 2:
            return g
    return None


def _referred(c: Candidate, mine: frozenset[str], groups: list[list[Candidate]],
              dated: list[Candidate | None]) -> int | None:
    """The earlier agreement of the same kind that a bare mention naming one of its places
    refers to (the first such one)."""
    for g, group in enumerate(groups):
        head, first = group[0], dated[g]
        if head.type == "agreement" and head.kind == c.kind and head.planned == c.planned \
                and (first is None or _compatible(c, first)) \
                and mine <= frozenset().union(*(_places(x) for x in group)):
            return g
    return None


def _same_dated_event(c: Candidate, groups: list[list[Candidate]],
                      dated: list[Candidate | None]) -> int | None:
    if c.type == "event" and c.date is None:
        return _same_undated_event(c, groups, dated)
    if c.type != "event" or c.date is None or not _fine(c.date.date):
        return None
    mine = _principal(c)
    for g, group in enumerate(groups):
        first = dated[g]
        if first is None or first.type != "event" or first.kind != c.kind \
                or first.planned != c.planned or not _compatible(c, first):
            continue
        theirs = frozenset().union(*(_principal(x) for x in group))
        if mine & theirs and _fine(first.date.date if first.date else None) and all(
            not a or not b or a & b
            for a, b in zip(_sides(c), _sides_of(group), strict=True)
        ):
            return g
    return None


def _same_undated_event(c: Candidate, groups: list[list[Candidate]],
                        dated: list[Candidate | None]) -> int | None:
    """The earlier undated event of the same kind that shares a participant with an undated
    event and names no other host or guest: the article tells one occurrence again ("a
    delegation left for Morocco ... the delegation is part of a programme of ...")."""
    mine = _principal(c)
    for g, group in enumerate(groups):
        head = group[0]
        if dated[g] is not None or head.type != "event" or head.kind != c.kind \
                or head.planned != c.planned:
            continue
        if mine & frozenset().union(*(_principal(x) for x in group)) and all(
            not a or not b or a & b for a, b in zip(_sides(c), _sides_of(group), strict=True)
        ):
            return g
    return None


_GUEST_ROLES = ("visitor", "guest", "delegate")


def _sides(c: Candidate) -> tuple[frozenset[str], frozenset[str]]:
    """The hosts and the guests a candidate names."""
    return (frozenset(a for a, r in c.actors if r == "host"),
            frozenset(a for a, r in c.actors if r in _GUEST_ROLES))


def _sides_of(group: list[Candidate]) -> tuple[frozenset[str], frozenset[str]]:
    sides = [_sides(x) for x in group]
    return (frozenset().union(*(h for h, _ in sides)), frozenset().union(*(v for _, v in sides)))


def _fine(when: RecordDate | None) -> bool:
    """Whether a date names a month or a day (a year alone is too wide to tell events apart)."""
    if isinstance(when, DateRange):
        return False
    return when is not None and getattr(when, "month", None) is not None


def build_record(group: list[Candidate], rid: str, source: str, text: str
                 ) -> tuple[object, Evidence]:
    """The model record a group of candidates proposes (the first sentence cited first; the
    first date found; for a partnership the strongest kind named), and its evidence."""
    c = next((x for x in group if x.date is not None), group[0])
    if c.type == "event":  # the sentence naming the most participants speaks for the group
        c = max((x for x in group if (x.date is None) == (c.date is None)),
                key=lambda x: len(_principal(x)))
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
        names = sorted({m.name or m.text for m in ms})
        name = min(names, key=lambda n: (-len(n), n)) if names else aid
        labels = {lang: names} if names else {}
        kind = ms[0].actor_type if ms else "city"
        if kind == "country" and ms and ms[0].country:
            out.append(Country(id=aid, name=ms[0].name or name, country=ms[0].country,
                               names={lang: sorted({m.text for m in ms})}))
        elif kind == "person":
            titles = sorted({m.title for m in ms if m.title})
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
    labels = sorted({m.text for m in ms})
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
    labels = sorted({m.text for m in ms})
    return City(id=aid, name=name, names={lang: labels} if labels else {}, **extra)


def cue_of(h: Hit) -> str:
    """A cue's family and kind as one word ("event:visit")."""
    return f"{h.family}:{h.value}"
