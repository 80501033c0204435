"""A half-year word before a month names a half of that month: "the second half of May",
"во второй половине мая", "במחצית השנייה של מאי". The words are the language's ``groups``
of the halves of a year (EDTF 40 and 41), with a word of its ``links`` ("of", "של") or
nothing between. The month is then marked approximate, as "late May" is, its span opened
at the half's word; it is never returned as the whole month, which would drop what the text
states. (Halves of a Solar Hijri month are read as their days: :mod:`._persian_month_tens`.)

>>> from citydiplo import find_dates
>>> [(m.text, str(m.value)) for m in find_dates("in the second half of May 2024", lang="en")]
[('the second half of May 2024', '2024-05~')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["month_halves"]

_MONTHS = frozenset({"m", "my"})  # a month alone, or with its year
_HALVES = frozenset({40, 41})
_REACH = 40  # characters before the month searched for the half's words


def _half_words(g: Grammar) -> list[str]:
    return sorted((w for w, code in g.groups.items() if code in _HALVES), key=len)


_HALF_WORDS: dict[int, tuple[Grammar, list[str]]] = {}  # each grammar's, sorted once


def _links(g: Grammar) -> list[str]:
    return [*sorted(g.words["links"] - {",", "the"}, key=len, reverse=True), ""]


_LINKS: dict[int, tuple[Grammar, list[str]]] = {}  # each grammar's, longest first, then none


def month_halves(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each month that a half's word stands before marked approximate."""
    halves = per_grammar(_HALF_WORDS, g, _half_words)
    if not halves:
        return atoms
    out = []
    for a in atoms:
        if a.kind in _MONTHS and "approx" not in a.fields:
            start = _half_before(folded, a.start, halves, g)
            if start is not None:
                a = a._replace(start=start, fields={**a.fields, "approx": folded[start : a.start]})
        out.append(a)
    return out


def _half_before(folded: str, end: int, halves: list[str], g: Grammar) -> int | None:
    """Where a half's word (and a link after it) ending right before ``end`` begins."""
    base = max(0, end - _REACH)
    head = folded[base:end].rstrip(" ")
    for link in per_grammar(_LINKS, g, _links):
        if link and not (head == link or head.endswith(" " + link)):
            continue
        rest = head[: len(head) - len(link)].rstrip(" ")
        for word in reversed(halves):  # the longest first
            start = base + len(rest) - len(word)
            if rest.endswith(word) and _word_starts(folded, start, g):
                return start
    return None


def _word_starts(folded: str, start: int, g: Grammar) -> bool:
    """Whether a word begins at ``start``: nothing, or a space, or one of the language's
    prefixes glued to it after a space ("ב" of "במחצית")."""
    lead = folded[max(0, start - 4) : start].rsplit(" ", 1)[-1]
    return not lead or lead in g.words["prefixes"]
