"""The table to read the grammar's pattern's matches by group number."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from citydiplo._text._lean import lean
from citydiplo._text._lexicon import Grammar

__all__ = ["Alternative", "Fast", "fast", "per_grammar"]

Alternative = tuple[str, tuple[str, ...], tuple[int, ...], str]


class Fast:
    """How to read the grammar's pattern's matches.

    Per alternative, by the number of its own group: its kind, its field names and their
    group numbers, the name of its month group; and the number of the "approx" group. Numbers,
    not names: a match is read with no lookup. The same for the lean pattern (see
    :mod:`._lean`), which a text without a month's name is searched with, built when such a
    text first comes.
    """

    def __init__(self, g: Grammar) -> None:
        pattern = self.pattern = g.pattern
        self.search = pattern.search
        self.kinds = g.kinds
        self.table = _table(pattern, g.kinds, range(len(g.kinds)))
        self.approx = pattern.groupindex["approx"]
        self.names: Callable[[str], object] | None = None  # the months' names' search
        self._lean: Reader | None = None
        self._lean_built = False

    def reader(self, folded: str) -> Reader:
        """The search, table and "approx" group to read ``folded`` with."""
        if not self._lean_built:
            self._build_lean()
        if self.names is not None and self._lean is not None and self.names(folded) is None:
            return self._lean
        return self.search, self.table, self.approx

    def _build_lean(self) -> None:
        self._lean_built = True
        found = lean(self.pattern)
        if found is not None:
            names, pattern, kept = found
            self.names = names.search
            table = _table(pattern, self.kinds, kept)
            self._lean = (pattern.search, table, pattern.groupindex["approx"])


Reader = tuple[Callable[..., "re.Match[str] | None"], dict[int, Alternative], int]


def _table(
    pattern: re.Pattern[str],
    kinds: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...],
    kept: Iterable[int],
) -> dict[int, Alternative]:
    index = pattern.groupindex
    table: dict[int, Alternative] = {}
    for i in kept:
        kind, names, groups = kinds[i]
        pairs = [(n, index[gr]) for n, gr in zip(names, groups, strict=True) if n != "s"]
        table[index[f"K{i}"]] = (
            kind,
            tuple(n for n, _ in pairs),
            tuple(k for _, k in pairs),
            f"m_{i}",
        )
    return table


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
