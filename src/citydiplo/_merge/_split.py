"""Merging a dataset split into partitions: what each partition runs, and the small steps
between them that keep the result equal to :func:`citydiplo.merge` on the whole.

A record report is put in the partition of its *block* (``_cluster``: record type and
principal actors, a document's number...), computed after actor fusion, so reports that could
describe one occurrence are always together: clustering and fusing need nothing else. Three
things in a merge look across blocks, and each is settled between two passes over the
partitions:

1. Actor fusion, over the actor table only (small): done once, its remap goes to every
   partition (:func:`partition_of` uses it too, so the layout follows the fused actors).
2. Output ids. A group takes the id its reports share, else the smallest of theirs; an id that
   two groups ask for gets a digest suffix on both. The id a group asks for is one of its
   reports' ids, so two partitions can only ask for the same id if that record id is in
   both: :func:`shared_ids` finds such ids from the ``id`` column alone (bucketed by id, so
   no one task sees them all). Every other id is settled inside its partition.
3. The record remap: a record referring to a report that was fused (an agreement's
   ``partnership``, a document's ``implements``...) is moved to the fused id. Only ids that
   some record refers to are ever looked up (:func:`referenced_ids`, listed in the ``refs``
   column), so only the groups that hold such an id matter.

A first pass (:func:`summarize`) runs only on the partitions that hold a shared or
referenced id (:func:`needs_summary`; usually few or none): it counts the shared ids their
groups ask for and sends the groups behind referenced ids, from which :func:`settle` builds
the same remap one process builds, restricted to those keys. The second pass
(:func:`emit_partition`) then names and fuses each partition's groups exactly as one process
would.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence, Set
from typing import Any

import attrs

from citydiplo._merge._fuse import referenced_ids
from citydiplo._merge._pipeline import (
    Part,
    block_key,
    digest,
    duplicated,
    emit,
    final_ids,
    group_records,
    record_remap_of,
    wanted_ids,
)

__all__ = [
    "Summary",
    "bucket_of",
    "canonical_text",
    "duplicated",
    "emit_partition",
    "id_bucket",
    "needs_summary",
    "partition_of",
    "referenced_ids",
    "settle",
    "shared_ids",
    "summarize",
]


def canonical_text(value: object) -> str:
    """One text per block key, the same in every process (sets sorted, no ``repr``/``hash``).

    >>> canonical_text(("event", ("hanam", "little-rock")))
    '[event|[hanam|little-rock]]'
    >>> canonical_text(frozenset({"b", "a"})) == canonical_text(frozenset({"a", "b"}))
    True
    """
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
    raise TypeError(f"block key part {value!r} has no canonical text (expected words, numbers, "
                    "tuples or sets of them)")


def _bucket(text: str, buckets: int) -> int:
    hashed = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(hashed, "big") % buckets


def bucket_of(key: tuple[Any, ...], record_id: str, buckets: int) -> int:
    """The partition (``0 <= n < buckets``) of a block key.

    A document with neither number nor issuer is a block of its own (merge never fuses it):
    it goes by its id, so identical copies still meet.

    >>> bucket_of(("event", ("hanam", "little-rock")), "e1", 16)
    2
    """
    if buckets < 1:
        raise ValueError(f"buckets={buckets!r}: expected at least 1")
    if key[:2] == ("document", "alone"):
        return _bucket("document-alone|" + canonical_text(record_id), buckets)
    return _bucket(canonical_text(key), buckets)


def partition_of(record: Any, remap_of: dict[str, str], buckets: int) -> tuple[str, int]:
    """The record's type and the bucket of its block after actor fusion (``remap_of``)."""
    return record.type, bucket_of(block_key(record, remap_of), record.id, buckets)


def id_bucket(record_id: str, buckets: int) -> int:
    """Which of ``buckets`` counting tasks sees an output id (see :func:`duplicated`)."""
    return _bucket(record_id, buckets)


@attrs.frozen
class _Ref:
    """A report reduced to its id (what the record remap needs of it)."""

    id: str


def shared_ids(id_lists: Iterable[Iterable[str]]) -> set[str]:
    """The record ids found in more than one of the lists (one list per partition).

    Only groups made of such reports can ask for the same output id from two partitions;
    every other id is settled inside its partition.
    """
    seen: set[str] = set()
    shared: set[str] = set()
    for ids in id_lists:
        for record_id in set(ids):
            if record_id in seen:
                shared.add(record_id)
            else:
                seen.add(record_id)
    return shared


def needs_summary(ids: Iterable[str], shared: Set[str], referenced: Set[str]) -> bool:
    """Whether a partition holds a report that the global steps must hear about: one with a
    shared id, a referenced id, or an id a referenced suffixed id (``<id>-<digest>``) starts
    with. Partitions without one are merged in one pass."""
    stems = {r.rpartition("-")[0] for r in referenced if "-" in r}
    return any(i in shared or i in referenced or i in stems for i in ids)


@attrs.frozen
class Summary:
    """What the first pass learns from one partition that :func:`needs_summary`.

    Attributes:
        claims: the shared ids its groups ask for, once per group asking.
        relevant: for each group that holds a referenced id (or may be named with one), its
            members' ids, the id it asks for, the digest that would suffix it and whether
            two groups of this partition ask for that id.
    """

    claims: list[str]
    relevant: list[tuple[tuple[str, ...], str, str, bool]]


def summarize(
    records: Iterable[Any], remap_of: dict[str, str], referenced: Set[str], shared: Set[str]
) -> Summary:
    """First pass over one partition: cluster it and report what the global steps need."""
    grouped = group_records(records, remap_of)
    wanted = wanted_ids(grouped.groups)
    local = duplicated(wanted)
    claims = [w for w in wanted if w in shared]
    relevant: list[tuple[tuple[str, ...], str, str, bool]] = []
    if referenced:
        # a suffixed id ``<wanted>-<digest>`` can only be referenced if some reference
        # starts with the wanted id: only then is the digest worth computing here
        stems = {r.rpartition("-")[0] for r in referenced if "-" in r}
        for group, asked in zip(grouped.groups, wanted, strict=True):
            touches = asked in referenced or any(m.id in referenced for m in group)
            if not touches and asked in stems:
                touches = f"{asked}-{digest(group)}" in referenced
            if touches:
                relevant.append(
                    (tuple(m.id for m in group), asked, digest(group), asked in local)
                )
    return Summary(claims=claims, relevant=relevant)


def settle(
    relevant: Iterable[tuple[Sequence[str], str, str, bool]],
    shared_twice: Set[str],
    referenced: Set[str],
) -> dict[str, str]:
    """The record remap restricted to referenced ids, from every partition's relevant groups.

    ``shared_twice``: the shared ids that two groups ask for (``duplicated`` over every
    partition's claims). Every group that holds a referenced id, or is named by one, is
    among ``relevant``; so the targets and the kept ids that decide a referenced id's entry
    are all here.
    """
    pairs: list[tuple[list[_Ref], str]] = []
    for members, asked, suffix, taken_here in relevant:
        twice = taken_here or asked in shared_twice
        pairs.append(([_Ref(m) for m in members], f"{asked}-{suffix}" if twice else asked))
    kept = {new_id for _, new_id in pairs}
    remap = record_remap_of(pairs, kept)
    return {old: new for old, new in remap.items() if old in referenced}


def emit_partition(
    records: Iterable[Any],
    remap_of: dict[str, str],
    shared_twice: Set[str],
    record_remap: dict[str, str],
) -> Part:
    """Second pass over one partition: its output records, conflicts, ambiguities, clusters.

    An id two groups ask for is suffixed: both groups are here, or the id is shared and in
    ``shared_twice``.
    """
    grouped = group_records(records, remap_of)
    wanted = wanted_ids(grouped.groups)
    ids = final_ids(grouped.groups, wanted, duplicated(wanted) | set(shared_twice))
    return emit(grouped, ids, record_remap)
