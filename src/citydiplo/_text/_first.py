"""What a regular expression's matches can start with: a cheap guard to fail fast.

The grammar's one pattern is an alternation of some thirty alternatives, tried in order at
every position that may start a date. Python's regex engine skips an alternative cheaply only
when the alternative opens with a literal or a character class; the grammar's alternatives open
with groups, optional word lists and digit runs, which the engine enters and backtracks through
one by one. :func:`guarded` computes from the parsed pattern the set of its matches' first few
characters (a superset, as a trie of characters and classes) and puts it in front of the
pattern as a lookahead: at a position where the alternative cannot match ("2003" for a
day-month "20.03"), it costs one short test. The guard is a necessary condition, so the
matches are unchanged.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["guarded", "guarded_with_prefixes", "prefixes", "sequence_guard", "truncated"]

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
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
_ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})
_LIMIT = 3000  # prefixes kept at most; beyond, a shorter length is tried

# A prefix: the characters (each an escaped character or a class) every match starting with
# it begins with, and whether it is final (nothing after it is required: the length is
# reached, or what follows is not tracked).
Prefix = tuple[tuple[str, ...], bool]
_EMPTY: frozenset[Prefix] = frozenset({((), False)})
_CUT: frozenset[Prefix] = frozenset({((), True)})


class _TooMany(Exception):
    """More prefixes than :data:`_LIMIT`."""


def _char(code: int) -> str:
    return re.escape(chr(code))  # escapes "-", "]", "^" and "\\" too


def _class(items: list[tuple[Any, Any]]) -> str | None:
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # NEGATE, a big character set or anything unforeseen: not tracked
            return None
    return "[" + "".join(sorted(set(out))) + "]"


def _concat(left: frozenset[Prefix], right: frozenset[Prefix], k: int) -> frozenset[Prefix]:
    out: set[Prefix] = set()
    for chars, final in left:
        if final:
            out.add((chars, final))
            continue
        for more, more_final in right:
            joined = (chars + more)[:k]
            out.add((joined, more_final or len(joined) == k))
        if len(out) > _LIMIT:
            raise _TooMany
    return frozenset(out)


def _seq(seq: Any, k: int) -> frozenset[Prefix]:
    acc = _EMPTY
    for op, av in seq:
        acc = _concat(acc, _item(op, av, k), k)
        if all(final for _, final in acc):
            break
    return acc


def _item(op: Any, av: Any, k: int) -> frozenset[Prefix]:
    if op is _c.LITERAL:
        return frozenset({((_char(av),), k == 1)})
    if op is _c.IN:
        cls = _class(av)
        return _CUT if cls is None else frozenset({((cls,), k == 1)})
    if op is _c.BRANCH:
        out: set[Prefix] = set()
        for branch in av[1]:
            out |= _seq(branch, k)
        return frozenset(out)
    if op is _c.SUBPATTERN:
        return _seq(av[-1], k)
    if op is _c.ATOMIC_GROUP:
        return _seq(av, k)
    if op in _REPEATS:
        low, high, body = av
        one = _seq(body, k)
        # a prefix of k characters takes at most k repetitions that match something; the
        # others may match empty only if the body may, and then add nothing new
        reps, found = _EMPTY, set(_EMPTY if low == 0 else ())
        for n in range(1, min(high, max(low, k)) + 1):
            reps = _concat(reps, one, k)
            if n >= low:
                found |= reps
        return frozenset(found)
    if op is _c.ASSERT_NOT and not av[1]:
        return frozenset()  # "(?!)", an empty word list: never matches
    if op in _ZERO_WIDTH:
        return _EMPTY  # the characters come from what follows
    return _CUT  # any character, a back-reference...: not tracked


def prefixes(pattern: str, k: int) -> frozenset[Prefix]:
    """The first (at most ``k``) characters of every match of ``pattern``, as prefixes.

    >>> sorted(prefixes(r"(?:ab|c)?\\d{4}", 2))
    [(('[\\\\d]', '[\\\\d]'), True), (('a', 'b'), True), (('c', '[\\\\d]'), True)]
    """
    return _seq(_p.parse(pattern), k)


def _trie(found: frozenset[Prefix]) -> str | None:
    """The prefixes as one pattern factored into a trie; None if one of them is empty."""
    root: dict[str, Any] = {}
    for chars, _ in found:
        if not chars:
            return None
        node = root
        for ch in chars:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, Any]) -> str:
    if "" in node:  # a prefix ends here: what follows it is not required
        return ""
    branches = [ch + _emit(node[ch]) for ch in sorted(node)]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def truncated(found: frozenset[Prefix], k: int) -> frozenset[Prefix]:
    """The prefixes cut to at most ``k`` characters (still the first characters of every
    match).

    >>> sorted(truncated(prefixes("abc|d", 3), 2))
    [(('a', 'b'), True), (('d',), False)]
    """
    return frozenset((chars[:k], final or len(chars) >= k) for chars, final in found)


def sequence_guard(parts: list[frozenset[Prefix]], k: int) -> str | None:
    """The lookahead of :func:`guarded` for patterns one after another, from their prefixes
    (computed once, not parsed again from the whole); None if there would be none."""
    for length in range(k, 0, -1):
        acc = _EMPTY
        try:
            for part in parts:
                acc = _concat(acc, truncated(part, length), length)
        except _TooMany:
            continue
        guard = _trie(acc)
        return None if guard is None else f"(?={guard})"
    return None


def guarded(pattern: str, k: int = 4) -> str:
    """``pattern`` behind a lookahead for its matches' first ``k`` characters (or fewer,
    where there would be too many): the same matches, faster failure where it cannot start.

    >>> guarded(r"\\d{1,2}\\.\\d{1,2}", 3)
    '(?=[\\\\d](?:[\\\\d]\\\\.|\\\\.[\\\\d]))\\\\d{1,2}\\\\.\\\\d{1,2}'
    >>> guarded("a?")
    'a?'
    """
    return guarded_with_prefixes(pattern, k)[0]


def guarded_with_prefixes(pattern: str, k: int = 4) -> tuple[str, frozenset[Prefix]]:
    """:func:`guarded`, and the prefixes its lookahead was made of (for
    :func:`sequence_guard`; a prefix of no characters, which matches anywhere, if none)."""
    for length in range(k, 0, -1):
        try:
            found = prefixes(pattern, length)
        except _TooMany:
            continue
        guard = _trie(found)
        return (pattern if guard is None else f"(?={guard}){pattern}"), found
    return pattern, _CUT


def optional_as_branch(pattern: str) -> str:
    """``pattern`` with every optional group ``(...)?`` written ``(?:(...)|)``: the same
    matches in the same order of preference, without the engine's general repeat, which
    saves and restores every capture group so far at each step (a cost that grows with the
    number of groups before it, and the grammar has hundreds).

    >>> optional_as_branch(r"a(?:bc)?(?P<x>[)]d)?e??(?:f)??")
    'a(?:(?:bc)|)(?:(?P<x>[)]d)|)e??(?:f)??'
    """
    out: list[str] = []
    opened: list[int] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif ch == "[":  # a class runs to the first "]" that is neither escaped nor first
            j = i + 1
            if pattern.startswith("^", j):
                j += 1
            if pattern.startswith("]", j):
                j += 1
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
        elif ch == "(":
            opened.append(len(out))
            out.append(ch)
            i += 1
        elif ch == ")":
            start = opened.pop()
            out.append(ch)
            i += 1
            lazy_or_possessive = pattern.startswith(("??", "?+"), i)
            if pattern.startswith("?", i) and not lazy_or_possessive:
                group = "".join(out[start:])
                if not group.startswith(("(?=", "(?!", "(?<=", "(?<!")):
                    del out[start:]
                    out.append(f"(?:{group}|)")
                    i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)
