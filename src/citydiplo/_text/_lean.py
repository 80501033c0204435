"""The grammar's pattern without the alternatives a text cannot match: a leaner search.

Most alternatives of the grammar's one pattern need a month's name ("ymd", "my", "dmy"...),
and at a position that starts with a year or a day every one of them reads that year or day
again before it fails for want of a month. A text in which no month's name occurs anywhere
can match none of them: the pattern without them finds, at every position, the same first
alternative that matches, so the same matches. One search for the names (a trie, cheap)
chooses the pattern per text.

Which alternatives need a month is read from each alternative's parsed pattern: those in
which every way to match goes through its month group (not an optional one, nor one in a
lookaround), so the choice is exact, never a guess by the alternative's kind.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from citydiplo._text._first import optional_as_branch

__all__ = ["Lean", "assembled", "lean"]

# the ``re`` module's own parser (private, untyped: read through ``Any``)
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})


def _requires(items: Any, group: int) -> bool:
    """Whether every match of the parsed ``items`` sets ``group``."""
    for op, av in items:
        if op is _c.SUBPATTERN:
            if av[0] == group or _requires(av[-1], group):
                return True
        elif op is _c.BRANCH:
            if all(_requires(branch, group) for branch in av[1]):
                return True
        elif op in _REPEATS:
            if av[0] >= 1 and _requires(av[2], group):
                return True
        elif op is _c.ATOMIC_GROUP and _requires(av, group):
            return True
    return False


def needs_group(body: str, name: str) -> bool:
    """Whether every match of ``body`` sets its group ``name``.

    >>> needs_group("(?:a|b)(?P<m>x)", "m"), needs_group("(?P<m>x)?y", "m")
    (True, False)
    >>> needs_group("(?:(?P<m>x)|z)y", "m"), needs_group("(?=(?P<m>x))x", "m")
    (False, False)
    """
    parsed = _p.parse(body)
    group = parsed.state.groupdict.get(name)
    return group is not None and _requires(parsed, group)


class Lean:
    """The full pattern's pieces, to build the lean one on first use."""

    def __init__(self, head: str, bodies: list[str], names: str) -> None:
        self.head, self.bodies, self.names = head, bodies, names


_PIECES: dict[str, Lean] = {}


def assembled(head: str, bodies: list[str], names: str) -> re.Pattern[str]:
    """The grammar's pattern: ``head``, then one of ``bodies`` (the alternatives, in order);
    ``names`` is the pattern of the months' names, which the lean pattern is chosen by."""
    source = optional_as_branch(f"{head}(?:{'|'.join(bodies)})")
    _PIECES[source] = Lean(head, bodies, names)
    return re.compile(source)


def lean(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], list[int]] | None:
    """For the grammar's ``pattern``: the pattern of the months' names, the pattern without
    the alternatives that need one, and the numbers of the alternatives it keeps (``None``
    when every alternative can match without a month)."""
    pieces = _PIECES.get(pattern.pattern)
    if pieces is None:
        return None
    kept = [i for i, body in enumerate(pieces.bodies) if not needs_group(body, f"m_{i}")]
    if len(kept) == len(pieces.bodies):
        return None
    bodies = "|".join(pieces.bodies[i] for i in kept)
    source = optional_as_branch(f"{pieces.head}(?:{bodies})")
    return re.compile(pieces.names), re.compile(source), kept
