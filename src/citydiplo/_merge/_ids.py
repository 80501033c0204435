"""Output ids: one per output record, unique across every kind, chosen by a stable rule.

Every output entity (a source, a fused actor, a fused record) *wants* an id: the smallest id
of the reports it was made from. Entities are ranked by kind: sources first (every citation
names one), then actors (by type name: city, country, organization, person, region), then
records (partnership, agreement, event, document, claim). An entity keeps the id it wants
when no reserved id equals it and it is the only entity of the best rank that wants it.
Every other entity gets ``<wanted>-<digest>``: the first eight hexadecimal digits of a
BLAKE2b digest of its canonical content (:func:`citydiplo._canon.canonical_text`), more when
eight would collide with an id already in use. The outcome depends only on the set of
entities, never on their order or on the hash seed.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import Any

__all__ = ["Claim", "RecordRefs", "record_refs", "unique_ids"]

Claim = tuple[str, int]
"""An entity's claim: the id it wants and its rank (lower wins)."""

_SHORTEST = 8


def unique_ids(
    claims: Sequence[Claim],
    content: Callable[[int], str],
    reserved: Collection[str] = (),
    taken: Collection[str] = (),
) -> list[str]:
    """The final id of each claim (in the same order): unique, and none of ``reserved``.

    ``content(n)`` is the canonical text of entity ``n``, asked for only when it is renamed.
    ``taken``: ids that entities not among ``claims`` want (a merge done partition by
    partition passes those a renamed id could collide with); a new name avoids them too.

    >>> texts = ["a city", "an event", "another event"]
    >>> unique_ids([("x", 0), ("x", 1), ("y", 1)], texts.__getitem__)[::2]
    ['x', 'y']
    >>> unique_ids([("x", 0), ("x", 1)], texts.__getitem__)[1].startswith("x-")
    True
    """
    by_wanted: dict[str, list[int]] = defaultdict(list)
    for n, (wanted, _) in enumerate(claims):
        by_wanted[wanted].append(n)
    out: list[str | None] = [None] * len(claims)
    renamed: list[int] = []
    for wanted, members in by_wanted.items():
        if len(members) == 1 and wanted not in reserved:  # the common case
            out[members[0]] = wanted
            continue
        keeper = None
        if wanted not in reserved:
            best = min(claims[n][1] for n in members)
            top = [n for n in members if claims[n][1] == best]
            if len(top) == 1:
                keeper = top[0]
        for n in members:
            if n == keeper:
                out[n] = wanted
            else:
                renamed.append(n)
    if renamed:
        in_use = {*reserved, *taken, *by_wanted}
        digests = {
            n: hashlib.blake2b(content(n).encode(), digest_size=16).hexdigest() for n in renamed
        }
        pending = renamed
        for length in range(_SHORTEST, 33):
            candidates = {n: f"{claims[n][0]}-{digests[n][:length]}" for n in pending}
            counts: dict[str, int] = defaultdict(int)
            for candidate in candidates.values():
                counts[candidate] += 1
            still: list[int] = []
            for n, candidate in candidates.items():
                if counts[candidate] == 1 and candidate not in in_use:
                    out[n] = candidate
                else:
                    still.append(n)
            in_use.update(out[n] for n in pending if out[n] is not None)  # type: ignore[misc]
            pending = still
            if not pending:
                break
        if pending:  # only equal contents give equal digests, and equal contents are one entity
            raise ValueError(f"entities with equal contents claim the id {claims[pending[0]][0]!r}")
    return out  # type: ignore[return-value]


RefKey = tuple[str, str]
"""A reference to a record: the kind it must be (partnership, agreement, document), the id."""


class RecordRefs:
    """Where a reference to an input record id leads in the output.

    ``single`` holds the references whose id leads to one output record of the right kind
    (and changed); ``several`` those whose id was given to distinct occurrences, each
    candidate with the sources that cite it. Such a reference goes to the candidates that
    share a source with the referring report (a report's references are to records of its
    own account), the smallest id among them, and the choice is reported as a finding.
    ``gone`` holds the references to reports merge left out (a partnership of one actor):
    they are dropped, and that is reported too.
    """

    __slots__ = ("findings", "gone", "several", "single")

    def __init__(
        self,
        single: dict[RefKey, str],
        several: dict[RefKey, list[tuple[str, frozenset[str]]]],
        gone: frozenset[RefKey] = frozenset(),
    ) -> None:
        self.single = single
        self.several = several
        self.gone = gone
        # (output record, kind, reference, (chosen id, candidates...) or () when dropped)
        self.findings: list[tuple[str, str, str, tuple[str, ...]]] = []

    def __bool__(self) -> bool:
        return bool(self.single or self.several or self.gone)

    def __contains__(self, key: object) -> bool:
        return key in self.single or key in self.several or key in self.gone

    def of(self, kind: str, ref: str, record: Any, where: str) -> str | None:
        """The output id for ``record``'s reference to the ``kind`` record ``ref``.

        ``where`` is the id of the output record that holds the reference. ``None`` when
        the record referred to is no record of the output.
        """
        key = (kind, ref)
        found = self.single.get(key)
        if found is not None:
            return found
        candidates = self.several.get(key)
        if candidates is None:
            if key in self.gone:
                self.findings.append((where, kind, ref, ()))
                return None
            return ref
        mine = {c.source for c in record.citations}
        sharing = [new for new, sources in candidates if sources & mine]
        choice = min(sharing) if sharing else min(new for new, _ in candidates)
        self.findings.append((where, kind, ref, (choice, *sorted(n for n, _ in candidates))))
        return choice


def record_refs(
    groups: Sequence[Sequence[Any]], ids: Sequence[str], dropped: Collection[RefKey] = ()
) -> RecordRefs:
    """The references to input record ids that must change, from the clusters and their ids.

    ``dropped`` are the (type, id) of the reports left out of the clusters.
    """
    changed: set[RefKey] = set()  # ids some report had and its output record has not
    for group, new_id in zip(groups, ids, strict=True):
        if len(group) > 1 or group[0].id != new_id:
            changed.update((m.type, m.id) for m in group if m.id != new_id)
    gone: frozenset[RefKey] = frozenset()
    if dropped:
        present = {(m.type, m.id) for group in groups for m in group}
        gone = frozenset(key for key in dropped if key not in present)
    if not changed:
        return RecordRefs({}, {}, gone)
    targets: dict[RefKey, list[str]] = defaultdict(list)
    group_of: dict[str, Sequence[Any]] = {}
    for group, new_id in zip(groups, ids, strict=True):
        for key in dict.fromkeys((m.type, m.id) for m in group):
            if key in changed:
                targets[key].append(new_id)
                group_of[new_id] = group
    single: dict[RefKey, str] = {}
    several: dict[RefKey, list[tuple[str, frozenset[str]]]] = {}
    for key, found in targets.items():
        if len(found) == 1:
            single[key] = found[0]
        else:
            several[key] = [
                (new, frozenset(c.source for m in group_of[new] for c in m.citations))
                for new in sorted(found)
            ]
    return RecordRefs(single, several, gone)
