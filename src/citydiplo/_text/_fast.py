"""The table to read the grammar's pattern's matches by group number."""

from __future__ import annotations

from citydiplo._text._lexicon import Grammar

__all__ = ["Alternative", "Fast", "fast"]

Alternative = tuple[str, tuple[str, ...], tuple[int, ...], str]


class Fast:
    """How to read the grammar's pattern's matches.

    Per alternative, by the number of its own group: its kind, its field names and their
    group numbers, the name of its month group; and the number of the "approx" group. Numbers,
    not names: a match is read with no lookup.
    """

    def __init__(self, g: Grammar) -> None:
        self.g = g  # kept so that the id this is cached under is never reused
        pattern = self.pattern = g.pattern
        self.search = pattern.search
        index = pattern.groupindex
        self.table: dict[int, Alternative] = {}
        for i, (kind, names, groups) in enumerate(g.kinds):
            kept = [(n, index[gr]) for n, gr in zip(names, groups, strict=True) if n != "s"]
            self.table[index[f"K{i}"]] = (
                kind,
                tuple(n for n, _ in kept),
                tuple(k for _, k in kept),
                f"m_{i}",
            )
        self.approx = index["approx"]


# by the grammar's id (a grammar is not hashable, and is cached for the life of the process)
_FAST: dict[int, Fast] = {}


def fast(g: Grammar) -> Fast:
    """The compiled pattern of ``g``, built on first use."""
    found = _FAST.get(id(g))
    if found is None or found.g is not g:
        found = _FAST[id(g)] = Fast(g)
    return found
