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
   two groups ask for gets a digest suffix on both. The first pass (:func:`summarize`) lists
   the ids each partition asks for; ids asked for twice anywhere (:func:`duplicated`, over
   all the lists, bucketed by id so no one task sees them all) come back to the second pass
   (:func:`emit_partition`), which names its groups exactly as one process would.
3. The record remap: a record referring to a report that was fused (an agreement's
   ``partnership``, a document's ``implements``...) is moved to the fused id. Only ids that
   some record refers to are ever looked up (:func:`referenced_ids`), so the first pass sends
   only the groups that hold such an id, and :func:`settle` builds the same remap that
   one process builds, restricted to those keys.
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
    "partition_of",
    "referenced_ids",
    "settle",
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


@attrs.frozen
class Summary:
    """What the first pass learns from one partition.

    Attributes:
        wanted: the id each group asks for.
        relevant: for each group that holds a referenced id (or may be named with one), its
            members' ids, the id it asks for and the digest that would suffix it.
    """

    wanted: list[str]
    relevant: list[tuple[tuple[str, ...], str, str]]


def summarize(records: Iterable[Any], remap_of: dict[str, str], referenced: Set[str]) -> Summary:
    """First pass over one partition: cluster it and list the ids its groups ask for."""
    grouped = group_records(records, remap_of)
    wanted = wanted_ids(grouped.groups)
    relevant: list[tuple[tuple[str, ...], str, str]] = []
    if referenced:
        # a suffixed id ``<wanted>-<digest>`` can only be referenced if some reference
        # starts with the wanted id: only then is the digest worth computing here
        stems = {r.rpartition("-")[0] for r in referenced if "-" in r}
        for group, asked in zip(grouped.groups, wanted, strict=True):
            touches = asked in referenced or any(m.id in referenced for m in group)
            if not touches and asked in stems:
                touches = f"{asked}-{digest(group)}" in referenced
            if touches:
                relevant.append((tuple(m.id for m in group), asked, digest(group)))
    return Summary(wanted=wanted, relevant=relevant)


def settle(
    relevant: Iterable[tuple[Sequence[str], str, str]],
    taken_twice: Set[str],
    referenced: Set[str],
) -> dict[str, str]:
    """The record remap restricted to referenced ids, from every partition's relevant groups.

    Every group that holds a referenced id, or is named by one, is among ``relevant``; so the
    targets and the kept ids that decide a referenced id's entry are all here.
    """
    pairs: list[tuple[list[_Ref], str]] = []
    for members, asked, suffix in relevant:
        new_id = asked if asked not in taken_twice else f"{asked}-{suffix}"
        pairs.append(([_Ref(m) for m in members], new_id))
    kept = {new_id for _, new_id in pairs}
    remap = record_remap_of(pairs, kept)
    return {old: new for old, new in remap.items() if old in referenced}


def emit_partition(
    records: Iterable[Any],
    remap_of: dict[str, str],
    taken_twice: Set[str],
    record_remap: dict[str, str],
) -> Part:
    """Second pass over one partition: its output records, conflicts, ambiguities, clusters."""
    grouped = group_records(records, remap_of)
    ids = final_ids(grouped.groups, wanted_ids(grouped.groups), taken_twice)
    return emit(grouped, ids, record_remap)
