"""Fusing sources: copies of one source under one id become one source."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import attrs

from citydiplo._canon import canonical_key
from citydiplo._merge._result import Conflict, ConflictValue, value_key
from citydiplo._model import Source

__all__ = ["fuse_sources"]


def fuse_sources(reports: Iterable[Source]) -> tuple[list[Source], list[Conflict]]:
    """One source per id: the first stated value of each field, a conflict (or, for the
    title, a wording variant) where copies disagree."""
    by_id: dict[str, list[Source]] = defaultdict(list)
    for source in reports:
        by_id[source.id].append(source)
    fused: list[Source] = []
    conflicts: list[Conflict] = []
    for source_id, members in by_id.items():
        if len(members) == 1:
            fused.append(members[0])
            continue
        members.sort(key=canonical_key)
        values: dict[str, Any] = {}
        for attribute in attrs.fields(Source):
            stated = {getattr(m, attribute.name) for m in members} - {None}
            if len(stated) > 1:
                conflicts.append(
                    Conflict(
                        record=source_id,
                        field=attribute.name,
                        values=[
                            ConflictValue(value=v, reports=[source_id])
                            for v in sorted(stated, key=value_key)
                        ],
                    )
                )
            values[attribute.name] = next(
                (v for m in members if (v := getattr(m, attribute.name)) is not None), None
            )
        fused.append(Source(**values))
    return fused, conflicts
