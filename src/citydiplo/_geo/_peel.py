"""The readings of a place name's key without the generic words news writes around it
("thành phố Đà Lạt": a city named "đa lat"; "부산시"; "City of Austin"), from the cue words
of ``data/cues/<lang>.json`` (see :func:`citydiplo._geo._parse.parse_place`)."""

from __future__ import annotations

from functools import lru_cache

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._places import PlaceKind

__all__ = ["endings", "variants"]

_ALL = frozenset(PlaceKind)


@lru_cache(maxsize=16)
def _cue_maps(
    lang: str | None,
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]], int]:
    """The cue words of ``lang`` by text (before, after and attached after -> kinds), and
    the length of the longest attached one."""
    cues = merged_cues(lang)
    maps: list[dict[str, list[str]]] = []
    for table in (cues.before, cues.after, cues.attached_after):
        by_word: dict[str, list[str]] = {}
        for word, kind in table:
            by_word.setdefault(word, []).append(kind)
        maps.append({w: sorted(k) for w, k in by_word.items()})
    longest = max((len(w) for w in maps[2]), default=0)
    return maps[0], maps[1], maps[2], longest


@lru_cache(maxsize=16)
def endings(lang: str | None) -> frozenset[str]:
    """The last letters of the attached cue words of ``lang``."""
    return frozenset(word[-1] for word in _cue_maps(lang)[2])


def variants(key: str, lang: str | None) -> list[tuple[str, frozenset[PlaceKind]]]:
    """The key, and the key without the generic words around it, each with the kinds it
    allows ("thành phố Đà Lạt": a city named "đa lat"); stacked words are peeled in turn
    ("nước Cộng hòa Liên bang Đức"). Cue words are looked up by the key's leading and
    trailing words, so the cost does not grow with the number of cue words."""
    last = endings(lang)
    if " " not in key and key[-1:] not in last:
        return [(key, _ALL)]  # one word without an attached generic word: nothing to peel
    found = [(key, _ALL)]
    before, after, attached, longest = _cue_maps(lang)
    for depth in range(4):
        if depth >= len(found):
            break
        current, allowed = found[depth]
        every: list[int] = []  # where the spaces are
        space = current.find(" ")
        while space >= 0:
            every.append(space)
            space = current.find(" ", space + 1)
        spaces = every[:6]
        for i in spaces:
            for kind in before.get(current[:i], ()):
                found.append((current[i + 1 :], _narrow(allowed, kind, depth)))
            for kind in after.get(current[i + 1 :], ()):
                found.append((current[:i], _narrow(allowed, kind, depth)))
        if len(spaces) == 6:  # a long name: its trailing words too
            for i in every[-6:]:
                for kind in after.get(current[i + 1 :], ()):
                    found.append((current[:i], _narrow(allowed, kind, depth)))
        if current[-1] not in last:  # no attached word ends with this letter
            continue
        for size in range(1, min(longest, len(current) - 1) + 1):
            if current[-size - 1] == " ":
                continue
            for kind in attached.get(current[-size:], ()):
                found.append((current[:-size], _narrow(allowed, kind, depth)))
    return [(k, kinds) for k, kinds in dict.fromkeys(found) if k and kinds]


def _narrow(allowed: frozenset[PlaceKind], kind: str, depth: int) -> frozenset[PlaceKind]:
    # the outermost word tells the kind; inner ones ("Cộng hòa" in "nước Cộng hòa")
    # may only narrow it further
    return frozenset({PlaceKind(kind)}) if depth == 0 else allowed & {PlaceKind(kind)}
