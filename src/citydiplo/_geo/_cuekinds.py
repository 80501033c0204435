"""The kinds of place the generic words around a name tell ("thành phố Đà Lạt": a city;
"Gyeonggi Province", "云南省": a province), for ``find_places``.

The words next to the name are looked up in an index of the language's cue words (whole
words before and after it, leading and trailing letters for attached ones), so the cost
does not grow with the number of cue words.
"""

from __future__ import annotations

from attrs import frozen

from citydiplo._geo._cues import Cues
from citydiplo._geo._evidence import LOOKBACK
from citydiplo._geo._places import PlaceKind

__all__ = ["cue_kinds", "is_cue_before"]


def cue_kinds(folded: str, i: int, j: int, tail: str, cues: Cues) -> frozenset[PlaceKind]:
    """The kinds the generic words around ``folded[i:j]`` tell (empty when there are none).

    The words next to the name are looked up among the cue words (whole words before and
    after it, leading and trailing letters for attached ones), so the cost does not grow
    with the number of cue words."""
    index = _cue_index(cues)
    kinds: set[PlaceKind] = set()
    before = folded[max(0, i - LOOKBACK) : i]
    if before.endswith(" "):  # "thành phố Đà Lạt": whole words ending right before it
        words = before[:-1]
        space = len(words)
        while space >= 0:
            space = words.rfind(" ", 0, space)
            if len(words) - space - 1 > index.longest_before:
                break
            kinds.update(index.before.get(words[space + 1 :], ()))
    after = folded[j : j + LOOKBACK]
    if after.startswith(" "):  # "Gyeonggi Province": whole words right after it
        words = after[1:]
        space = words.find(" ")
        while True:
            end = len(words) if space < 0 else space
            if end > index.longest_after:
                break
            kinds.update(index.after.get(words[:end], ()))
            if space < 0:
                break
            space = words.find(" ", space + 1)
    name = folded[i:j]
    # "부산시" (a generic word after the name) or "云南省" (one in the name itself)
    for n in range(1, min(len(tail), index.longest_attached) + 1):
        kinds.update(index.attached.get(tail[:n], ()))
    for n in range(1, min(len(name) - 1, index.longest_attached) + 1):
        kinds.update(index.attached.get(name[-n:], ()))
    return frozenset(kinds)


def is_cue_before(word: str, cues: Cues) -> bool:
    """Whether the folded ``word`` is one of the cue words written before a name."""
    return word in _cue_index(cues).before


@frozen
class _CueIndex:
    """The cue words of one :class:`Cues`, by text."""

    before: dict[str, tuple[PlaceKind, ...]]
    after: dict[str, tuple[PlaceKind, ...]]
    attached: dict[str, tuple[PlaceKind, ...]]
    longest_before: int
    longest_after: int
    longest_attached: int


_CUE_INDEXES: dict[int, tuple[Cues, _CueIndex]] = {}


def _cue_index(cues: Cues) -> _CueIndex:
    """The index of ``cues``, built once per :class:`Cues` object (they are cached per
    language, and kept here, so an object's id names it for the process's life)."""
    entry = _CUE_INDEXES.get(id(cues))
    if entry is not None and entry[0] is cues:
        return entry[1]

    def by_word(table: tuple[tuple[str, str], ...]) -> dict[str, tuple[PlaceKind, ...]]:
        found: dict[str, list[PlaceKind]] = {}
        for word, kind in table:
            found.setdefault(word, []).append(PlaceKind(kind))
        return {word: tuple(kinds) for word, kinds in found.items()}

    def longest(table: tuple[tuple[str, str], ...]) -> int:
        return max((len(word) for word, _ in table), default=0)

    index = _CueIndex(
        by_word(cues.before),
        by_word(cues.after),
        by_word(cues.attached_after),
        longest(cues.before),
        longest(cues.after),
        longest(cues.attached_after),
    )
    _CUE_INDEXES[id(cues)] = (cues, index)
    return index
