"""A generic word before a comma is no cue word of the name after it.

"UBND tỉnh, Văn phòng" (the province's People's Committee, the Office) names no province
"Văn": the folded text drops the comma, and "tỉnh" (province) would otherwise cue the next
word as a province (Van, Turkey). Only what is written on and after the name then counts.
"""

from __future__ import annotations

from citydiplo._geo._cues import Cues, cue_kinds
from citydiplo._geo._evidence import LOOKBACK
from citydiplo._geo._places import PlaceKind

__all__ = ["cue_after_comma"]

_CLAUSE = frozenset(",;:!?)，、；：！？）")  # not ".": "TP. Izumiotsu" keeps its cue word


def cue_after_comma(
    text: str, span: tuple[int, int], key: str, tail: str, cues: Cues, cue: frozenset[PlaceKind]
) -> frozenset[PlaceKind]:
    """The cue kinds ``cue`` of the name ``text[span[0]:span[1]]`` (match key ``key``),
    without the generic words before it when punctuation stands between them and the name.

    >>> from citydiplo._geo._cues import cues
    >>> kinds = frozenset({PlaceKind.SUBDIVISION})
    >>> cue_after_comma("UBND tỉnh, Văn phòng", (11, 14), "van", "", cues("vi"), kinds)
    frozenset()
    >>> cue_after_comma("UBND tỉnh Văn phòng", (10, 13), "van", "", cues("vi"), kinds) == kinds
    True
    """
    if not cue:
        return cue
    start, end = span
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] not in _CLAUSE:
        return cue
    from citydiplo._geo._fold import folded_with_offsets

    folded = folded_with_offsets(text[start : end + LOOKBACK])[0]
    if not folded.startswith(key):
        return frozenset()
    return cue_kinds(folded, 0, len(key), tail, cues)  # only what is written on and after it
