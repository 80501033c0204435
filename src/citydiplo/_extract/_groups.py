"""Candidates told more than once, grouped as one record: :func:`group_duplicates`.

A report tells one signing or one visit in several sentences (the headline, the lead, a
quote); each sentence gives a candidate, and the candidates of one occurrence are one
record. The rules are :func:`group_duplicates`'s.
"""

from __future__ import annotations

from typing import Any

from citydiplo._extract._letters import Documents
from citydiplo._extract._rules import Candidate
from citydiplo._extract._sentence import PLACE_TYPES
from citydiplo.dates import DateRange, RecordDate, YearlessDate

__all__ = ["compatible", "group_duplicates", "principal"]


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


def principal(c: Candidate) -> frozenset[str]:
    """The actors of a candidate other than its signatories."""
    return frozenset(a for a, r in c.actors if not r.startswith("signatory:"))


def group_duplicates(cands: list[Candidate]) -> list[list[Candidate]]:
    """Candidates telling one occurrence, grouped (text order kept):

    - same type and principal actors (same kind for events, same number for documents), a
      date compatible with the group's first date -- unless an event's host is the guest of
      the group's first event and its guest that event's host (a visit, the return visit);
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
      participant, on the same condition, and an undated event that shares two principal
      actors with an earlier dated one of its kind.
    """
    groups: list[list[Candidate]] = []
    dated: list[Candidate | None] = []  # each group's first dated candidate
    docs: list[Documents] = []  # each group's agreements, by document
    index: dict[tuple[Any, ...], list[int]] = {}
    for c in cands:
        key = _key(c)
        for g in index.get(key, []):
            first = dated[g]
            if (first is None or _compatible(c, first)) and not docs[g].another(c) \
                    and not _swapped(c, groups[g]):
                groups[g].append(c)
                docs[g].add(c)
                if first is None and c.date is not None:
                    dated[g] = c
                break
        else:
            same = _same_dated_event(c, groups, dated) if c.type == "event" \
                else _same_agreement(c, groups, dated, docs)
            if same is not None:
                groups[same].append(c)
                docs[same].add(c)
                continue
            index.setdefault(key, []).append(len(groups))
            groups.append([c])
            docs.append(Documents([c]))
            dated.append(c if c.date is not None else None)
    return groups


def _places(c: Candidate) -> frozenset[str]:
    """The parties of a candidate that are places (the focus, when implied, is one)."""
    types = {m.actor: m.actor_type for m in c.mentions if m.actor}
    return frozenset(a for a, r in c.actors
                     if r == "party" and types.get(a, "city") in PLACE_TYPES)


def _same_agreement(c: Candidate, groups: list[list[Candidate]],
                    dated: list[Candidate | None], docs: list[Documents]) -> int | None:
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
                first is not None and not _compatible(c, first)) or docs[g].another(c):
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
    if c.type == "event" and (c.date is None or c.date.date is None):  # "이날": no value
        return _same_undated_event(c, groups, dated)
    if c.type != "event" or c.date is None or not _fine(c.date.date):
        return None
    mine = principal(c)
    for g, group in enumerate(groups):
        first = dated[g]
        if first is None or first.type != "event" or first.kind != c.kind \
                or first.planned != c.planned or not _compatible(c, first):
            continue
        theirs = frozenset().union(*(principal(x) for x in group))
        if mine & theirs and _fine(first.date.date if first.date else None) and all(
            not a or not b or a & b
            for a, b in zip(_sides(c), _sides_of(group), strict=True)
        ):
            return g
    return None


def _same_undated_event(c: Candidate, groups: list[list[Candidate]],
                        dated: list[Candidate | None]) -> int | None:
    """The earlier event of the same kind that an undated event tells again, naming no other
    host or guest: an undated one sharing a participant ("a delegation left for Morocco ...
    the delegation is part of a programme of ..."), or one dated to the month or the day
    sharing two ("최민호 세종시장이 10일 … 샤오샹양 주임위원과 만나 …" then "이날 최민호 시장은 …
    구이저우성 대표단을 접견했다": the meeting of that day, told again without its date)."""
    mine = principal(c)
    for g, group in enumerate(groups):
        head = group[0]
        if head.type != "event" or head.kind != c.kind or head.planned != c.planned:
            continue
        first = dated[g]
        if first is not None and not _fine(first.date.date if first.date else None):
            continue  # a year alone may be another occasion's: "visited in 2019"
        shared = mine & frozenset().union(*(principal(x) for x in group))
        if len(shared) >= (1 if first is None else 2) and all(
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


def _swapped(c: Candidate, group: list[Candidate]) -> bool:
    """Whether an event hosts an actor its group's first event brings as a guest and brings
    one it hosts: the visit and the return visit ("the mayor of Rome will come to Jerusalem
    ... the mayor of Jerusalem will fly to Rome") are two events. (The first only: a group
    of a thousand tellings is not read again for each new one.)"""
    if c.type != "event":
        return False
    hosts, guests = _sides(c)
    their_hosts, their_guests = _sides(group[0])
    return bool(hosts & their_guests) and bool(guests & their_hosts)


def _fine(when: RecordDate | None) -> bool:
    """Whether a date names a month or a day (a year alone is too wide to tell events apart)."""
    if isinstance(when, DateRange):
        return False
    return when is not None and getattr(when, "month", None) is not None
