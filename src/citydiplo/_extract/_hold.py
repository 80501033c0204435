"""Candidates held back from the draft: with a register, too few known actors.

With a register (``extract(..., known=...)``) the curator has listed the actors they follow,
and the gazetteer identifies places. A partnership, an agreement or a two-sided event (a
visit, a meeting, a delegation, a lecture, an exchange) needs two sides; a candidate whose
actors (parties, participants, signatories) include fewer than two that the register lists
or the gazetteer identifies (the article's focus counts when it is one of them) is *held*:
it stays in ``Extraction.records`` with the status "held", with its evidence, and leaves
``Extraction.dataset`` until a curator accepts it. Measured over seven curated sets (about
100 articles, 298 records) with each article's curated actors as the register, such
candidates matched a curated record once in 19 (events 1 of 10, partnerships 0 of 8,
agreements 0 of 1); multi-party events (conferences, festivals, anniversaries) are never
held. Without a register nothing is held: names the gazetteer cannot identify (people,
organizations) are then the usual second side of a right candidate.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from citydiplo._extract._build import _EVENT_KIND
from citydiplo._extract._events import TWO_SIDED
from citydiplo._extract._mention import Mention

__all__ = ["held_back"]

_TWO_SIDED_KINDS = frozenset(_EVENT_KIND.get(k, k) for k in TWO_SIDED)


def _actors(record: Any) -> set[str]:
    ids = set(record.actors)
    if record.type == "event":
        ids |= {p.actor for p in record.participants}
    ids |= {s.person for s in getattr(record, "signatories", ())}
    return ids


def held_back(records: Iterable[Any], mentions: Iterable[Mention],
              register: Iterable[str] | None, vouched: Iterable[str] = ()) -> frozenset[str]:
    """The ids of the records to hold back (module docstring); ``register`` is the ids of
    the register's actors, None without a register; ``vouched`` the ids of places the
    article lists with places the gazetteer identifies (``_coordinated``), counted as
    identified.

    >>> from citydiplo import City, Dataset, extract
    >>> t = "Mayor Kim of Suwon met Director Lee of the Hue Tourism Agency in May 2024."
    >>> known = Dataset(actors=[City(id="suwon", name="Suwon", country="KR")])
    >>> x = extract(t, lang="en", known=known)
    >>> [(r.kind.value, x.status[r.id]) for r in x.records]
    [('meeting', 'held')]
    >>> y = extract(t, lang="en")
    >>> [(r.kind.value, y.status[r.id]) for r in y.records]
    [('meeting', 'proposed')]
    """
    if register is None:
        return frozenset()
    sure = set(register) | {m.actor for m in mentions if m.actor and m.geonames is not None}
    sure |= set(vouched)
    out = set()
    for r in records:
        if r.type not in ("partnership", "agreement", "event"):
            continue
        if r.type == "event" and r.kind.value not in _TWO_SIDED_KINDS:
            continue
        if len(_actors(r) & sure) < 2:
            out.add(r.id)
    return frozenset(out)
