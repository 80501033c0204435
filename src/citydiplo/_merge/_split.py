"""Merging a dataset split into partitions: what each partition runs, and the small steps
between them that keep the result equal to :func:`citydiplo.merge` on the whole.

A record report is put in the partition of its *block* (``_cluster``: record type and
principal actors, a document's number...), computed after actor fusion, so reports that could
describe one occurrence are always together: clustering and fusing need nothing else. Three
things in a merge look across blocks, and each is settled between two passes:

1. Actor fusion, over the actor and source tables only (small): done once; its references
   go to every partition (:func:`partition_of` uses them too, so the layout follows the
   fused actors), and the ids it gives are reserved.
2. Output ids (:func:`citydiplo._merge._ids.unique_ids`). A group asks for the smallest id
   of its reports; it keeps it unless another entity asks for it too or it is reserved; a
   renamed entity takes ``<id>-<digest>``, avoiding every id in use. Who may keep an id and
   what a new name must avoid depend only on the entities asking for that same id, the
   reserved ids, and the ids in use that look like ``<id>-<hex>``. An id is asked for from
   two partitions only if that record id is in both: :func:`shared_ids` finds such ids
   from the ``id`` column alone (bucketed by id, so no one task sees them all).
3. Record references (an agreement's ``partnership``, a document's ``implements``...) that
   follow a report into its fused record, or are dropped with the report merge left out
   (:func:`citydiplo._merge._ids.record_refs`). Only ids some record refers to are ever
   looked up (:func:`referenced_ids`, listed in the ``refs`` column), so only the groups
   and left-out reports holding such an id matter.

A first pass (:func:`summarize`) runs only on the partitions that hold a shared, referenced
or suffix-like id (:func:`needs_summary`; usually few or none); :func:`settle` then decides
the ids asked for from several partitions and builds the record references restricted to
referenced ids, exactly as one process would. The second pass (:func:`emit_partition`) names
every other group inside its partition and fuses each partition's groups.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence, Set
from typing import Any

import attrs

from citydiplo._errors import ArgumentValueError
from citydiplo._merge._actors import ActorRefs
from citydiplo._merge._fuse import referenced_ids
from citydiplo._merge._ids import Claim, RecordRefs, record_refs, unique_ids
from citydiplo._merge._pipeline import (
    Part,
    block_key,
    claims_of,
    content_of,
    emit,
    group_records,
)

__all__ = [
    "Decisions",
    "Summary",
    "bucket_of",
    "canonical_text",
    "emit_partition",
    "id_bucket",
    "live_stems",
    "needs_summary",
    "partition_of",
    "referenced_ids",
    "settle",
    "shared_ids",
    "stem",
    "summarize",
]

# An id a renamed entity could collide with: it ends like ``<id>-<digest>``.
_SUFFIXED = re.compile(r"-[0-9a-f]{8,32}\Z")


def canonical_text(value: object) -> str:
    """One text per block key, the same in every process (sets sorted, no ``repr``/``hash``).

    >>> canonical_text(("event", ("hanam", "little-rock")))
    '[event|[hanam|little-rock]]'
    >>> canonical_text(frozenset({"b", "a"})) == canonical_text(frozenset({"a", "b"}))
    True
    """
    if type(value) is str:  # the common kinds first, by exact type (same texts, fewer tests)
        return value.replace("\\", "\\\\").replace("|", "\\|").replace("[", "\\[")
    if type(value) is tuple:
        return "[" + "|".join(map(canonical_text, value)) + "]"
    if value is None:
        return "~"
    if isinstance(value, str):  # enums of words are str subclasses: their value is the word
        text = str(value.value) if hasattr(value, "value") else value
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("[", "\\[")
    if isinstance(value, bool | int):
        return f"#{int(value)}"
    if isinstance(value, tuple | list):
        return "[" + "|".join(canonical_text(v) for v in value) + "]"
    if isinstance(value, frozenset | set):
        return "{" + "|".join(sorted(canonical_text(v) for v in value)) + "}"
    if hasattr(value, "value"):  # other enums
        return canonical_text(value.value)
    raise TypeError(
        f"block key part {value!r} has no canonical text (expected words, numbers, "
        "tuples or sets of them)"
    )


def _bucket(text: str, buckets: int) -> int:
    hashed = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(hashed, "big") % buckets


def bucket_of(key: tuple[Any, ...] | None, record_id: str, buckets: int) -> int:
    """The partition (``0 <= n < buckets``) of a block key.

    A document with neither number nor issuer is a block of its own (merge never fuses it),
    and a report merge leaves out (``None``) is in none: they go by their id, so identical
    copies still meet.

    >>> bucket_of(("event", ("hanam", "little-rock")), "e1", 16)
    2
    """
    if buckets < 1:
        raise ArgumentValueError(f"buckets={buckets!r}: expected at least 1")
    if key is None or key[:2] == ("document", "alone"):
        return _bucket("alone|" + canonical_text(record_id), buckets)
    return _bucket(canonical_text(key), buckets)


def partition_of(record: Any, actor_refs: ActorRefs, buckets: int) -> tuple[str, int]:
    """The record's type and the bucket of its block after actor fusion."""
    return record.type, bucket_of(block_key(record, actor_refs), record.id, buckets)


def id_bucket(record_id: str, buckets: int) -> int:
    """Which of ``buckets`` counting tasks sees a record id (see :func:`shared_ids`)."""
    return _bucket(record_id, buckets)


def shared_ids(id_lists: Iterable[Iterable[str]]) -> set[str]:
    """The record ids found in more than one of the lists (one list per partition)."""
    seen: set[str] = set()
    shared: set[str] = set()
    for ids in id_lists:
        for record_id in set(ids):
            if record_id in seen:
                shared.add(record_id)
            else:
                seen.add(record_id)
    return shared


def stem(record_id: str) -> str | None:
    """``<id>`` when ``record_id`` looks like a renamed id ``<id>-<hex>``, else ``None``.

    A renamed name is ``<wanted>-<hex>`` and must avoid ids in use; only an id whose stem is
    itself a record id (which some entity may ask for, and be renamed from) can collide.

    >>> stem("visit-1a2b3c4d"), stem("visit-12"), stem("source-0-e1234567")
    ('visit', None, 'source-0')
    """
    return record_id.rpartition("-")[0] if _SUFFIXED.search(record_id) else None


def live_stems(stems: Iterable[str], ids: Iterable[str]) -> set[str]:
    """The stems (of ids that look renamed) that are record ids too (same hash bucket)."""
    return set(stems) & set(ids)


def needs_summary(
    ids: Iterable[str], shared: Set[str], referenced: Set[str], stems: Set[str]
) -> bool:
    """Whether a partition holds a record id that a first pass must report: a shared one, a
    referenced one, or one that looks like a renamed id of a record id (``stems``)."""
    return any(
        i in shared or i in referenced or (stems and stem(i) in stems) for i in ids
    )


def _key(claim: Claim, content: str) -> tuple[str, str]:
    """An entity's identity across passes: the id it asks for and a digest of its content
    (equal contents are one entity)."""
    return claim[0], hashlib.blake2b(content.encode(), digest_size=16).hexdigest()


@attrs.frozen
class _Cited:
    source: str


@attrs.frozen
class _Member:
    """A report reduced to what record references need: type, id and cited sources."""

    type: str
    id: str
    citations: tuple[_Cited, ...]


@attrs.frozen
class Summary:
    """What the first pass reports from one partition.

    Attributes:
        claims: (id asked for, rank, content) of each group that asks for a shared id or for
            the same id as a group in ``relevant``.
        relevant: each group holding a referenced id: its members and its claim's key.
        suffixed: the ids asked for that look like renamed ids of record ids.
        dropped: the (type, id) of reports merge left out whose id is referenced.
    """

    claims: list[tuple[str, int, str]]
    relevant: list[tuple[tuple[_Member, ...], tuple[str, str]]]
    suffixed: list[str]
    dropped: list[tuple[str, str]]


def summarize(
    records: Iterable[Any],
    actor_refs: ActorRefs,
    referenced: Set[str],
    shared: Set[str],
    stems: Set[str],
) -> Summary:
    """First pass over one partition: cluster it and report what :func:`settle` needs."""
    grouped = group_records(records, actor_refs)
    claims = claims_of(grouped.groups)
    content = content_of(grouped.groups)
    relevant: list[tuple[tuple[_Member, ...], tuple[str, str]]] = []
    asked: set[str] = set(shared)
    for n, group in enumerate(grouped.groups):
        if any(m.id in referenced for m in group):
            members = tuple(
                _Member(
                    type=m.type, id=m.id, citations=tuple(_Cited(c.source) for c in m.citations)
                )
                for m in group
            )
            relevant.append((members, _key(claims[n], content(n))))
            asked.add(claims[n][0])
    return Summary(
        claims=[(w, rank, content(n)) for n, (w, rank) in enumerate(claims) if w in asked],
        relevant=relevant,
        suffixed=sorted({w for w, _ in claims if stems and stem(w) in stems}),
        dropped=[key for key in grouped.dropped if key[1] in referenced],
    )


@attrs.frozen
class Decisions:
    """What every partition needs from the first pass.

    Attributes:
        ids: the final id of each entity that asks for a shared id, by its key.
        shared: the shared ids (those entities' claims are decided here, not in a partition).
        taken: the ids asked for that look like renamed ids, anywhere.
        refs: the record references, restricted to referenced ids.
    """

    ids: dict[tuple[str, str], str]
    shared: frozenset[str]
    taken: frozenset[str]
    refs: RecordRefs


def settle(summaries: Sequence[Summary], shared: Set[str], reserved: Set[str]) -> Decisions:
    """Decide the ids asked for from several partitions, and the record references.

    Every entity asking for an id that a relevant group or a shared id asks for is in the
    summaries, so :func:`unique_ids` over them gives the one-process names.
    """
    taken = frozenset(w for s in summaries for w in s.suffixed)
    entities: dict[tuple[str, str], tuple[Claim, str]] = {}
    for summary in summaries:
        for wanted, rank, text in summary.claims:
            entities.setdefault(_key((wanted, rank), text), ((wanted, rank), text))
    keys = sorted(entities)
    named = unique_ids(
        [entities[k][0] for k in keys], lambda n: entities[keys[n]][1], reserved, taken
    )
    final = dict(zip(keys, named, strict=True))
    groups = [members for s in summaries for members, _ in s.relevant]
    group_ids = [final[key] for s in summaries for _, key in s.relevant]
    dropped = [key for s in summaries for key in s.dropped]
    return Decisions(
        ids={k: v for k, v in final.items() if k[0] in shared},
        shared=frozenset(shared),
        taken=taken,
        refs=record_refs(groups, group_ids, dropped),
    )


def emit_partition(
    records: Iterable[Any], actor_refs: ActorRefs, reserved: Set[str], decisions: Decisions
) -> Part:
    """Second pass over one partition: its output records, conflicts, ambiguities, findings
    and clusters, named as one process names them."""
    grouped = group_records(records, actor_refs)
    claims = claims_of(grouped.groups)
    content = content_of(grouped.groups)
    local = [n for n, (wanted, _) in enumerate(claims) if wanted not in decisions.shared]
    named = unique_ids(
        [claims[n] for n in local], lambda i: content(local[i]), reserved, decisions.taken
    )
    ids: list[str] = [""] * len(claims)
    for n, new_id in zip(local, named, strict=True):
        ids[n] = new_id
    for n, claim in enumerate(claims):
        if claim[0] in decisions.shared:
            ids[n] = decisions.ids[_key(claim, content(n))]
    return emit(grouped, ids, _fresh(decisions.refs))


def _fresh(refs: RecordRefs) -> RecordRefs:
    """The same references with no findings yet (each partition reports its own)."""
    return RecordRefs(refs.single, refs.several, refs.gone)
