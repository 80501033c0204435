"""Prefix letters written on a word, from a grammar of slots in a cue file.

Hebrew writes its proclitics on the word they govern, in a fixed order: the conjunction
ו ("and"), then a subordinator (ש, כש: "that", "when"), then a preposition (ב, ל, מ:
"in", "to", "from"): "ולמרסיי", "שבשנחאי", "וכשבסיאול". A cue file's ``attached_before``
lists prefixes, each a word or a pattern: a list of slots (lists of alternatives, in the
order they are written; an empty alternative makes a slot optional), which
:func:`prefix_sequences` spells out.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

__all__ = ["prefix_sequences"]


def prefix_sequences(spec: Sequence[str | Sequence[Sequence[str]]]) -> list[str]:
    """Every prefix ``spec`` allows: its words as they are, and for each pattern every
    non-empty sequence of one alternative per slot, in the slots' order.

    >>> prefix_sequences(["ו", [["", "ו"], ["", "ש"], ["ב", "ל"]]])
    ['ב', 'ו', 'וב', 'ול', 'ושב', 'ושל', 'ל', 'שב', 'של']
    """
    found: set[str] = set()
    for item in spec:
        if isinstance(item, str):
            found.add(item)
        else:
            found |= {"".join(parts) for parts in product(*item)}
    return sorted(found - {""})
