"""The characters a regular expression can start a match with, as a character class.

The grammar's one pattern is an alternation of some thirty alternatives, tried in order at
every position that may start a date. Python's regex engine skips an alternative cheaply only
when the alternative opens with a literal or a character class; the grammar's alternatives open
with groups and optional word lists, which the engine enters one by one. :func:`first_class`
computes, from the parsed pattern, a class of characters that every match must start with
(a superset), so that each alternative can be guarded by it: at a position where it cannot
match it costs one class test. The guard is a necessary condition, so matches are unchanged.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["first_class", "guarded"]

# the ``re`` module's own parser (private, untyped: read through ``Any``)
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}


class _Any(Exception):
    """The expression may start with any character: no guard."""


def _char(code: int) -> str:
    return re.escape(chr(code))  # escapes "-", "]", "^" and "\\" too


def _set_items(items: list[tuple[Any, Any]], out: set[str]) -> None:
    for op, av in items:
        if op is _c.LITERAL:
            out.add(_char(av))
        elif op is _c.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # NEGATE, a big-character-set or anything unforeseen
            raise _Any


def _first(seq: Any, out: set[str]) -> bool:
    """Add the first characters of ``seq`` to ``out``; whether ``seq`` may match empty."""
    for op, av in seq:
        if op is _c.LITERAL:
            out.add(_char(av))
            return False
        if op is _c.IN:
            _set_items(av, out)
            return False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                nullable |= _first(branch, out)
            if not nullable:
                return False
        elif op is _c.SUBPATTERN or op is getattr(_c, "ATOMIC_GROUP", None):
            if not _first(av[-1] if op is _c.SUBPATTERN else av, out):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _, body = av
            if not _first(body, out) and low > 0:
                return False
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the first character comes from what follows
        else:  # ANY, NOT_LITERAL, group references...: no useful class
            raise _Any
    return True


def first_class(pattern: str) -> str | None:
    """A character class every match of ``pattern`` starts with, or None if there is none
    (the pattern may match empty, or start with any character).

    >>> first_class(r"(?:ab|c)?\\d+")
    '[\\\\dac]'
    >>> first_class(r"x?") is None
    True
    """
    out: set[str] = set()
    try:
        nullable = _first(_p.parse(pattern), out)
    except _Any:
        return None
    if nullable or not out:
        return None
    return "[" + "".join(sorted(out)) + "]"


def guarded(pattern: str) -> str:
    """``pattern`` behind a lookahead for its first characters (same matches, faster
    failure where it cannot start)."""
    first = first_class(pattern)
    return pattern if first is None else f"(?={first}){pattern}"
