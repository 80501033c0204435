"""Running text folded to the gazetteer's match keys, each folded character remembering
where it came from (case, accents and punctuation ignored; see :func:`match_key`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from citydiplo._normalize import _HEBREW_DOUBLED, match_key

__all__ = ["folded_with_offsets"]


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    if ch.isspace() or (unicodedata.category(ch)[0] in "PS" and not match_key(ch).isalnum()):
        return " "  # punctuation or a symbol of any script ("،", "、", "=", "∼") ends a word
    folded = match_key(ch)
    if not folded and not unicodedata.category(ch).startswith("M"):
        return " " if unicodedata.category(ch)[0] in "PSZ" else ""
    return folded


_SPACE_RUNS = re.compile("  +")  # (a literal start: searched far faster than " {2,}")


def folded_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text, and for each folded character its start and end in ``text``.

    A Hebrew doubled yod is written once, as :func:`match_key` writes it (the kept letter
    covers both).

    When every character of the text folds to exactly one character (most texts: no
    combining marks, no "ß"), the text is folded by one ``str.translate`` and only the runs
    of spaces are visited; otherwise character by character."""
    folded, starts, ends = _folded(text)
    if "\u05d9\u05d9" not in folded:
        return folded, starts, ends
    pieces: list[str] = []
    kept_starts: list[int] = []
    kept_ends: list[int] = []
    at = 0
    for pair in _HEBREW_DOUBLED.finditer(folded):  # the second yod of each pair is dropped
        drop = pair.start() + 1
        ends[drop - 1] = ends[drop]
        pieces.append(folded[at:drop])
        kept_starts += starts[at:drop]
        kept_ends += ends[at:drop]
        at = drop + 1
    pieces.append(folded[at:])
    kept_starts += starts[at:]
    kept_ends += ends[at:]
    return "".join(pieces), kept_starts, kept_ends


def _folded(text: str) -> tuple[str, list[int], list[int]]:
    chars = set(text)  # (map and zip: no Python-level loop over the letters)
    pieces = dict(zip(chars, map(_fold, chars), strict=True))
    if any(len(piece) != 1 for piece in pieces.values()):
        return _folded_slowly(text)
    flat = text.translate(dict(zip(map(ord, pieces), pieces.values(), strict=True)))
    # spaces: none at the start, one for each run (as the slow path keeps them)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(flat)
    at = n - len(flat.lstrip(" "))  # past the spaces at the start
    index = _positions(n)  # each kept piece's offsets are a slice of it
    for run in _SPACE_RUNS.finditer(flat, at):
        cut = run.start() + 1
        parts.append(flat[at:cut])
        starts += index[at:cut]
        ends += index[at + 1 : cut + 1]
        at = run.end()
    parts.append(flat[at:])
    starts += index[at:n]
    ends += index[at + 1 : n + 1]
    return "".join(parts), starts, ends


_POSITIONS = list(range(1 << 12))
_MOST_SHARED = 1 << 18


def _positions(n: int) -> list[int]:
    """A list of 0 to at least ``n``, never changed once made: the offsets of a folded text
    are sliced from it, not made one number at a time (a list built anew for a text longer
    than :data:`_MOST_SHARED`)."""
    global _POSITIONS
    positions = _POSITIONS
    if len(positions) <= n:
        positions = list(range(max(n + 1, 2 * len(positions))))
        if n < _MOST_SHARED:
            _POSITIONS = positions  # a new list: one a caller holds is never extended
    return positions


def _folded_slowly(text: str) -> tuple[str, list[int], list[int]]:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        piece = _fold(ch)
        if not piece:
            if ends:
                ends[-1] = i + 1  # a dropped mark belongs to the character before it
            continue
        for p in piece:
            if p == " " and (not out or out[-1] == " "):
                continue
            out.append(p)
            starts.append(i)
            ends.append(i + 1)
    return "".join(out), starts, ends
