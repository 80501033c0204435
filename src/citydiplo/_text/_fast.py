"""The table to read the grammar's pattern's matches by group number."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from citydiplo._text._lexicon import Grammar

__all__ = ["Alternative", "Fast", "fast", "per_grammar"]

Alternative = tuple[str, tuple[str, ...], tuple[int, ...], str]


class Fast:
    """How to read the grammar's pattern's matches.

    Per alternative, by the number of its own group: its kind, its field names and their
    group numbers, the name of its month group; and the number of the "approx" group. Numbers,
    not names: a match is read with no lookup.
    """

    def __init__(self, g: Grammar) -> None:
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


T = TypeVar("T")


def per_grammar(
    store: dict[int, tuple[Grammar, T]], g: Grammar, build: Callable[[Grammar], T]
) -> T:
    """``build(g)``, made on first use and kept in ``store`` by the grammar's id (a grammar is
    not hashable, and is cached for the life of the process; it is kept beside what was built
    so that its id is never taken for another's)."""
    found = store.get(id(g))
    if found is None or found[0] is not g:
        found = store[id(g)] = (g, build(g))
    return found[1]


_FAST: dict[int, tuple[Grammar, Fast]] = {}


def fast(g: Grammar) -> Fast:
    """The compiled pattern of ``g``, built on first use."""
    found = _FAST.get(id(g))  # (``per_grammar``'s look-up, without its call)
    if found is not None and found[0] is g:
        return found[1]
    return per_grammar(_FAST, g, Fast)
