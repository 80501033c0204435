"""Running text folded to the gazetteer's match keys, each folded character remembering
where it came from (case, accents and punctuation ignored; see :func:`match_key`)."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from citydiplo._normalize import _HEBREW_DOUBLED, _SEPARATORS, match_key

__all__ = ["folded_with_offsets"]


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    if ch.isspace() or (unicodedata.category(ch)[0] in "PS" and not match_key(ch).isalnum()):
        return " "  # punctuation or a symbol of any script ("،", "、", "=", "∼") ends a word
    if _SEPARATORS.fullmatch(ch):
        return " "  # a letter typed as a middle dot: "서초구ㆍ강남구"
    folded = match_key(ch)
    if not folded and not unicodedata.category(ch).startswith("M"):
        return " " if unicodedata.category(ch)[0] in "PSZ" else ""
    return folded


# the AA sign followed by the E or AI sign, typed for the O or AU sign they look like
_SPLIT_SIGNS = {
    "\u093e\u0947": "\u094b",
    "\u093e\u0948": "\u094c",
    "\u0abe\u0ac7": "\u0acb",
    "\u0abe\u0ac8": "\u0acc",
}
_SPLIT = re.compile("|".join(_SPLIT_SIGNS))


def _joined_signs(
    folded: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    """``folded`` with each pair of :data:`_SPLIT_SIGNS` written as its one sign."""
    if _SPLIT.search(folded) is None:
        return folded, starts, ends
    pieces: list[str] = []
    kept_starts: list[int] = []
    kept_ends: list[int] = []
    at = 0
    for pair in _SPLIT.finditer(folded):
        first = pair.start()
        pieces += (folded[at:first], _SPLIT_SIGNS[pair.group()])
        kept_starts += [*starts[at:first], starts[first]]
        kept_ends += [*ends[at:first], ends[first + 1]]
        at = first + 2
    pieces.append(folded[at:])
    return "".join(pieces), kept_starts + starts[at:], kept_ends + ends[at:]


_SPACE_RUNS = re.compile("  +")  # (a literal start: searched far faster than " {2,}")


def folded_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text, and for each folded character its start and end in ``text``.

    A Hebrew doubled yod is written once, as :func:`match_key` writes it (the kept letter
    covers both). A Devanagari or Gujarati O or AU written as the AA sign followed by the E
    or AI sign ("भाेपाल" for "भोपाल", as some keyboards type it: the two look the same) is
    written as the one sign (which covers both).

    >>> folded_with_offsets("भाेपाल")[0] == "भोपाल"
    True

    When every character of the text folds to exactly one character (most texts: no
    combining marks, no "ß"), the text is folded by one ``str.translate`` and only the runs
    of spaces are visited; otherwise character by character."""
    folded, starts, ends = _folded(text)
    if "\u093e" in folded or "\u0abe" in folded:  # "भाेपाल": the AA sign and the E sign
        folded, starts, ends = _joined_signs(folded, starts, ends)
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
    sizes = set(map(len, pieces.values()))
    if sizes - {0, 1}:  # a character folds to several ("ß")
        return _folded_slowly(text)
    if 0 in sizes:  # marks dropped ("\u093c", harakat): the rest folded one to one
        return _without_dropped(text, pieces)
    return _one_to_one(text, pieces)


def _one_to_one(text: str, pieces: dict[str, str]) -> tuple[str, list[int], list[int]]:
    """:func:`_folded` of a text whose every character folds to one (``pieces``)."""
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


def _without_dropped(text: str, pieces: dict[str, str]) -> tuple[str, list[int], list[int]]:
    """:func:`_folded` of a text some of whose characters fold to nothing (the others to one
    each): the rest folded one to one, their offsets mapped back to the text's, and each
    run of dropped characters joined to the folded character before it, as
    :func:`_folded_slowly` joins them (a dropped mark neither keeps nor ends a run of
    spaces)."""
    dropped = _dropped_pattern("".join(sorted(c for c, piece in pieces.items() if not piece)))
    index = _positions(len(text))
    runs = [run.span() for run in dropped.finditer(text)]
    kept: list[int] = []  # the offset in ``text`` of each character left
    at = 0
    for start, end in runs:
        kept += index[at:start]
        at = end
    kept += index[at : len(text)]
    rest = dropped.sub("", text)
    folded, starts, _ = _one_to_one(rest, {c: p for c, p in pieces.items() if p})
    starts = list(map(kept.__getitem__, starts))
    ends = [s + 1 for s in starts]
    for start, end in runs:  # the last character kept before the run reaches over it
        last = bisect.bisect_left(starts, start) - 1
        if last >= 0:
            ends[last] = end
    return folded, starts, ends


@lru_cache(maxsize=256)
def _dropped_pattern(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chars)}]+")


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
