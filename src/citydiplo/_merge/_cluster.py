"""Clustering record reports into occurrences, block by block.

A *block* holds the reports that could describe one occurrence at all: same record type
and same principal actors (after actor fusion). Blocks are found with one dictionary pass,
so clustering is linear in the number of reports plus the square of the largest block.

Block keys:

- partnership, agreement: the sorted parties;
- event open to many parties (conference, forum, summit, festival, exhibition, ceremony:
  :mod:`citydiplo._merge._open`): the kind's family only, so that reports naming different
  delegations, or omitting the place, host or title, meet; those are compared in the block;
- any other event: the set of participant actors (the visitor's and the host's account of
  a visit name the same two actors, whatever roles they give them). The sets must be equal:
  a report that names only some of the participants (a three-city meeting told as a
  two-city one) stays a separate event;
- count claim: subject, what is counted, the number and the partnership kinds;
- document: its normalised number when it has one (all reports of one number are one
  document, whatever else they say); otherwise issuer and kind; a document with neither
  number nor issuer is never fused with another.

Within a block, reports are taken finest first (shortest date interval, an exact date
before an approximate or uncertain one, then those that state a place, a specific kind, a
number or title, roles; then id; then the canonical key of the whole record). The first
report of a cluster is its finest, and its date is the fused record's. A later report is
*compatible* with a cluster when

- its date contains the date of the cluster's finest member (19 November inside 18-19
  November, a month inside its quarter, half or season; an undated report is as coarse as a
  date can be), so every member could describe that day; or, for dates that overlap without
  one containing the other, when both state the same document number (agreements) or the
  same normalised title (open events): everything else identifies one occurrence, and the
  fused record gets a ``Conflict`` on the date;
- its place agrees (equal, or one missing);
- its kind agrees: equal, or one generic (an event ``meeting``/``other``, a partnership
  ``partner``/``other``, an agreement ``other``). Partnerships never split on the kind, and
  dated agreements do not either ("friendship" vs "sister", MOU vs cooperation agreement
  about one moment are one record with a ``Conflict`` on the kind); open events agree on
  the kind's family through the block key;
- its document number, or an open event's title, agrees (equal, or one missing); an open
  event's hosts and organizers share one actor, or one report names none;
- for events, its roles agree: no actor is on the visiting side (visitor, guest, delegate)
  in one report and on the receiving side (host, organizer) in the other, so "Hanam visits
  Little Rock" and "Little Rock visits Hanam" are two occurrences, while a report that
  gives no roles fits either.

Each report joins the only cluster it is compatible with, starts a new cluster when there is
none, and stays on its own, listed as ambiguous, when there are several. The outcome
depends only on the set of reports, never on their order: that is what makes merging
commutative, associative and idempotent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from citydiplo._canon import canonical_key
from citydiplo._merge._open import OPEN_EVENT_KINDS, title_key
from citydiplo._model import (
    Agreement,
    AgreementKind,
    CountClaim,
    Document,
    Event,
    EventKind,
    Membership,
    Partnership,
    PartnershipKind,
    Role,
)
from citydiplo.dates import RecordDate, YearlessDate

__all__ = [
    "SIDES",
    "Block",
    "Bounds",
    "Clustered",
    "Item",
    "features",
    "normalize_number",
    "sides",
]

Item = tuple[Any, ...]
"""A report with its features: (record, lo, hi, place, kind, number, sides)."""

_NEVER = -1  # a day before every date
_ALWAYS = 1 << 30  # a day after every date

GENERIC_KINDS: frozenset[object] = frozenset(
    {
        EventKind.MEETING,
        EventKind.OTHER,
        PartnershipKind.PARTNER,
        PartnershipKind.OTHER,
        AgreementKind.OTHER,
    }
)
# The side of an event each role puts an actor on; an actor cannot be on both sides of one
# occurrence. Roles not listed (speaker, signatory, participant) take no side.
SIDES: dict[Role, str] = {
    Role.VISITOR: "visiting",
    Role.GUEST: "visiting",
    Role.DELEGATE: "visiting",
    Role.HOST: "receiving",
    Role.ORGANIZER: "receiving",
}
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))


def normalize_number(number: str) -> str:
    """A document number compared without case, spaces or dash variants.

    >>> normalize_number(" 59–nq / tw ") == normalize_number("59-NQ/TW")
    True
    """
    text = unicodedata.normalize("NFKC", number).translate(_DASHES).casefold()
    return "".join(text.split())


def bounds(date: RecordDate | None) -> tuple[int, int]:
    """The strict bounds of a date as day ordinals; undated and year-less span everything.

    A year-less date is further held to its month and day by :func:`cluster_block`.
    """
    if date is None or isinstance(date, YearlessDate):
        return _NEVER, _ALWAYS
    return date.earliest().toordinal(), date.latest().toordinal()


class Bounds(dict[object, tuple[int, int]]):
    """:func:`bounds` remembered for one merge: reports share few distinct dates."""

    def __missing__(self, date: object) -> tuple[int, int]:
        value = self[date] = bounds(date)  # type: ignore[arg-type]
        return value


def _kind(kind: object) -> object:
    return None if kind in GENERIC_KINDS else kind


def sides(event: Event) -> dict[str, str] | None:
    """Actor -> the side of the event its roles put it on; ``None`` when no role takes a side.

    An actor the report itself puts on both sides gets ``"both"``, which fits no other side.
    """
    found: dict[str, str] | None = None
    for participant in event.participants:
        side = SIDES.get(participant.role)
        if side is not None:
            if found is None:
                found = {}
            earlier = found.setdefault(participant.actor, side)
            if earlier != side:
                found[participant.actor] = "both"
    return found


def _sides_fit(mine: dict[str, str], theirs: dict[str, str]) -> bool:
    for actor, side in mine.items():
        other = theirs.get(actor)
        if other is not None and (other != side or side == "both"):
            return False
    return True


def features(
    record: Any, index: int, bounds: Callable[[Any], tuple[int, int]] = bounds
) -> tuple[tuple[Any, ...], Item]:
    """The block key of a record report and its clustering features."""
    if isinstance(record, Partnership):
        lo, hi = bounds(record.established)
        # kinds do not split a partnership: "friendship" here and "sister" there about one
        # moment are one tie, with a conflict on the kind (see ``_fuse``)
        return ("partnership", record.parties), (record, lo, hi, None, None, None, None)
    if isinstance(record, Agreement):
        lo, hi = bounds(record.signed)
        number = (
            None if record.document_number is None else normalize_number(record.document_number)
        )
        return ("agreement", record.parties), (
            record,
            lo,
            hi,
            record.place,
            _kind(record.kind),
            number,
            None,
        )
    if isinstance(record, Event):
        lo, hi = bounds(record.date)
        family = OPEN_EVENT_KINDS.get(record.kind)
        if family is not None:
            # open to many parties: blocked by the kind's family only, so that reports that
            # omit the place, host or title meet the others; those fields are compared in
            # the block (missing fits, different is apart); the title takes the number's
            # place (equal when both are given), the hosts are read from the sides
            return ("event", "open", family), (
                record,
                lo,
                hi,
                record.place,
                None,
                title_key(record.title),
                sides(record),
            )
        return ("event", record.actors), (
            record,
            lo,
            hi,
            record.place,
            _kind(record.kind),
            None,
            sides(record),
        )
    if isinstance(record, Document):
        lo, hi = bounds(record.date)
        if record.number is not None:
            key: tuple[Any, ...] = ("document", "number", normalize_number(record.number))
        elif record.issuer is not None:
            key = ("document", "issuer", record.issuer, record.kind)
        else:
            key = ("document", "alone", index)
        return key, (record, lo, hi, None, None, None, None)
    if isinstance(record, CountClaim):
        lo, hi = bounds(record.as_of)
        key = (
            "claim",
            record.subject,
            record.counted,
            -1 if record.value is None else record.value,
            record.qualifier,
            tuple(sorted(record.kinds)),
            (record.event or "", record.country or "", record.excluding),
        )
        return key, (record, lo, hi, None, None, None, None)
    if isinstance(record, Membership):
        lo, hi = bounds(record.joined)
        return ("membership", record.member, record.network), (
            record,
            lo,
            hi,
            None,
            None,
            None,
            None,
        )
    raise TypeError(f"{record!r} is not a record that merge clusters")


Block = list[Item]
Clustered = tuple[list[list[Item]], list[tuple[Item, list[int]]]]


def _qualified(record: Any) -> int:
    date = record.date
    return int(getattr(date, "approximate", False)) + int(getattr(date, "uncertain", False))


def _rank(it: Item) -> tuple[Any, ...]:
    return (
        it[2] - it[1],
        _qualified(it[0]),
        it[3] is None,
        it[4] is None,
        it[5] is None,
        it[6] is None,
        it[0].id,
    )


def _order(items: list[Item]) -> list[Item]:
    ranks = [_rank(it) for it in items]
    keyed = sorted(range(len(items)), key=ranks.__getitem__)
    # exact ties (same id and features, different records) are settled by the canonical key
    out: list[Item] = []
    i = 0
    while i < len(keyed):
        j = i + 1
        head = ranks[keyed[i]]
        while j < len(keyed) and ranks[keyed[j]] == head:
            j += 1
        tied = [items[k] for k in keyed[i:j]]
        out.extend(tied if j == i + 1 else sorted(tied, key=lambda it: canonical_key(it[0])))
        i = j
    return out


def _clustered_date(record: Any) -> RecordDate | None:
    """The date :func:`features` clusters ``record`` by."""
    if isinstance(record, Partnership):
        return record.established
    if isinstance(record, Agreement):
        return record.signed
    if isinstance(record, CountClaim):
        return record.as_of
    if isinstance(record, Membership):
        return record.joined
    date: RecordDate | None = record.date
    return date


def _fits_day(yearless: YearlessDate, members: list[Item]) -> bool:
    """Whether every member's date may fall on the year-less date's month and day."""
    return all(
        (date := _clustered_date(m[0])) is None or yearless.is_compatible(date) for m in members
    )
