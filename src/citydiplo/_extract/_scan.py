"""Finding literal words (cues, titles, names) in text, in one pass, in linear time.

A :class:`Lexicon` maps surface forms to tags. :meth:`Lexicon.scan` visits each position
where a word may start (every position in scripts without spaces), looks up the entries
that begin with the characters there, and keeps, per tag family, the leftmost-longest
non-overlapping matches. Matching is case-insensitive for cased scripts; spans are in the
original text.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable

import attrs

__all__ = ["Hit", "Lexicon", "fold_case", "fold_part", "loose_suffix", "unmasked",
           "word_end"]

_WORD = re.compile(r"\w+")
# letters and the marks that continue a word (Indic vowel signs, Hebrew points, harakat, ZWNJ)
_IN_WORD = r"\w\u200c\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff"
_WORD_START = re.compile(rf"(?<![{_IN_WORD}])\w")
_START = operator.methodcaller("start")
_MARKS = re.compile(r"[\w\u200c\u0900-\u097f\u0a80-\u0aff\u0591-\u05c7'\"-]*")


@attrs.frozen
class Hit:
    """One matched entry: ``text[start:end]`` is the surface form found."""

    start: int
    end: int
    family: str
    value: str


def fold_case(text: str) -> str:
    """``text`` lower-cased character by character, keeping its length (so spans carry over).

    >>> fold_case("İstanbul MOU")
    'İstanbul mou'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold_part(text: str, start: int, end: int) -> tuple[str, int]:
    """``fold_case(text[:end])[start:end]`` (``start`` taken as 0 if below it), and that start:
    only the piece is folded, so that a slot read near the end of a long text does not fold
    all of it. The same letters: ``str.lower`` reads no neighbour but for the capital sigma
    (the final form), which is folded with the text before it.

    >>> fold_part("Seoul and HANOI", 10, 15), fold_part("AB", -3, 2)
    (('hanoi', 10), ('ab', 0))
    """
    start = max(0, start)
    if "\u03a3" in text[start:end]:
        return fold_case(text[:end])[start:end], start
    return fold_case(text[start:end]), start


def word_end(text: str, pos: int) -> int:
    """The end of the word running through ``pos`` (letters, combining marks, ZWNJ, hyphens)."""
    m = _MARKS.match(text, pos)
    return m.end() if m else pos


class Lexicon:
    """Surface forms with a (family, value) tag each, scanned in one pass."""

    def __init__(
        self,
        entries: Iterable[tuple[str, str, str]],
        *,
        word_start: bool,
        prefixes: Iterable[str] = (),
        particles: Iterable[str] = (),
    ) -> None:
        # bucket n holds the words of n characters keyed by themselves (n = 1, 2), and the
        # longer words keyed by their first three characters; longest first, then by text
        buckets: dict[int, dict[str, set[tuple[str, str, str]]]] = {1: {}, 2: {}, 3: {}}
        for surface, family, value in entries:
            key = fold_case(surface)
            if not key.strip():
                continue
            n = min(len(key), 3)
            buckets[n].setdefault(key[:n], set()).add((key, family, value))
        self._tables = tuple(
            (n, {head: sorted(items, key=lambda e: (-len(e[0]), e))
                 for head, items in buckets[n].items()})
            for n in (3, 2, 1)
        )
        self._first = frozenset(head[0] for _, t in self._tables for head in t)
        # a position where no entry starts is passed over with one look-up: the first two
        # characters of every longer entry, and the entries of one character
        self._heads = frozenset(head[:2] for n, t in self._tables for head in t if n > 1)
        self._ones = frozenset(buckets[1])
        self._word_start = word_start
        # an entry's first character (at a word start with ``word_start``: a letter there)
        first = "".join(re.escape(ch) for ch in sorted(self._first))
        self._opening = re.compile(
            (rf"(?<![{_IN_WORD}])(?=\w)[{first}]" if word_start else f"[{first}]")
            if first
            else "(?!)"  # no entry
        )
        self._prefixes = frozenset(prefixes)
        self._particles = tuple(sorted(set(particles), key=lambda p: (-len(p), p)))
        # the entries to try at a position, in the order of the tables (longer heads first,
        # then longest entries first), under the longest head found there: the entries of
        # three characters' head and those of its first two and of its first one, joined
        # once here instead of three look-ups per position; each entry with its length and
        # whether, as a name, it must end a word
        t3, t2, t1 = (t for _, t in self._tables)
        self._by3 = {h: self._tagged(t3[h] + t2.get(h[:2], []) + t1.get(h[0], [])) for h in t3}
        self._by2 = {h: self._tagged(t2[h] + t1.get(h[0], [])) for h in t2}
        self._by1 = {h: self._tagged(t1[h]) for h in t1}

    def _tagged(self, entries: list[tuple[str, str, str]]
                ) -> tuple[tuple[str, str, str, int, bool], ...]:
        return tuple(
            (key, family, value, len(key),
             self._word_start and key[-1].isalnum() and family.startswith("name"))
            for key, family, value in entries)

    def __len__(self) -> int:
        return len(self.keys())

    def keys(self) -> frozenset[str]:
        """Every surface form, case-folded."""
        return frozenset(e[0] for _, t in self._tables for items in t.values() for e in items)

    def _starts(self, folded: str) -> list[int]:
        """Where an entry may start: a word start (every position without ``word_start``)
        where the first two characters begin a longer entry or the first is an entry."""
        heads, ones = self._heads, self._ones
        if not self._prefixes or not self._word_start:  # one C-level search, then a look-up
            return [
                i
                for m in self._opening.finditer(folded)
                if folded[(i := m.start()) : i + 2] in heads or folded[i] in ones
            ]
        starts = []
        for m in _WORD_START.finditer(folded):
            i = m.start()
            starts.append(i)
            if folded[i] in self._prefixes and i + 1 < len(folded):
                starts.append(i + 1)
        return [i for i in starts if folded[i : i + 2] in heads or folded[i] in ones]

    def scan(self, folded: str, capitals_in: str | None = None) -> list[Hit]:
        """Leftmost-longest non-overlapping matches per family, in text order.

        ``folded`` must be :func:`fold_case` of the text. With ``capitals_in`` (the original
        text), only matches that start with a capital letter there are looked for.
        """
        best: dict[str, list[Hit]] = {}
        by3, by2, by1 = self._by3, self._by2, self._by1
        particles = self._particles
        length = len(folded)
        starts: Iterable[int]
        if capitals_in is None and self._word_start and not self._prefixes:
            # every word start where an entry's first character stands, read straight from
            # the search (the look-ups below pass over one where no entry starts; in a
            # script without spaces, where most positions are passed over, the set of
            # heads does that at a lower cost)
            starts = map(_START, self._opening.finditer(folded))
        else:
            starts = self._starts(folded)
            if capitals_in is not None:
                starts = [i for i in starts if capitals_in[i].isupper()]
        for i in starts:
            entries = by3.get(folded[i:i + 3])
            if entries is None:
                entries = by2.get(folded[i:i + 2])
                if entries is None:
                    entries = by1.get(folded[i])
                    if entries is None:
                        continue
            seen: set[str] | None = None
            for key, family, value, size, whole in entries:
                if (seen is not None and family in seen) or not folded.startswith(key, i):
                    continue
                end = i + size
                if (
                    whole
                    and end < length
                    and folded[end].isalnum()
                    and not folded.startswith(particles, end)
                ):
                    continue  # a name ends a word ("Rome" is not in "Romeo"), or a
                    # particle glued to it follows ("અમદાવાદનો": Ahmedabad's)
                if seen is None:
                    seen = set()
                seen.add(family)
                hits = best.get(family)
                if hits is None:
                    best[family] = [Hit(i, end, family, value)]
                elif hits[-1].end <= i:
                    hits.append(Hit(i, end, family, value))
        merged = [h for hits in best.values() for h in hits]
        merged.sort(key=lambda h: (h.start, -h.end, h.family, h.value))
        return merged


_NAME_MARKERS = frozenset({"org_prefix", "org_suffix"})
_NAMED_AWAY = frozenset({"partnership", "agreement", "event", "signing", "count"})


def _inside(h: Hit, spans: list[Hit], starts: list[int], longer: bool = False) -> bool:
    at = bisect.bisect_right(starts, h.start)
    for m in spans[max(0, at - 3):at]:  # (a loop: a generator's frame costs, so often called)
        if m.start <= h.start and h.end <= m.end and (
                not longer or m.end - m.start > h.end - h.start):
            return True
    return False


def _names_a_body(h: Hit, hits: list[Hit], starts: list[int]) -> bool:
    """Whether a partnership cue is the first part of a name: an organization marker or a
    conference word follows it at once ("Sister Cities Association", "友好城市大会": a body
    and a conference, no partnership). ``hits`` are in text order, ``starts`` theirs."""
    at = bisect.bisect_left(starts, h.end)
    while at < len(hits) and hits[at].start <= h.end + 1:
        o = hits[at]
        if o.family == "org_suffix" or (o.family == "event" and o.value == "conference"):
            return True
        at += 1
    return False


def unmasked(hits: list[Hit]) -> list[Hit]:
    """The cue hits outside every ``not_cues`` phrase ("according" holds no "accord"); the
    cue words outside every longer organization marker ("đoàn", delegation, in "Thành
    Đoàn": the city's youth union); and no partnership cue that begins the name of a body
    or a conference ("Sister Cities Association", "友好城市大会")."""
    ordered = [h.start for h in hits]
    hits = [h for h in hits if h.family != "partnership" or not _names_a_body(h, hits, ordered)]
    masks = [h for h in hits if h.family == "not_cues"]
    names = [h for h in hits if h.family in _NAME_MARKERS]
    if not masks and not names:
        return hits
    starts = [m.start for m in masks]
    name_starts = [m.start for m in names]
    out = []
    for h in hits:
        if h.family == "not_cues" or (masks and _inside(h, masks, starts)):
            continue
        if names and h.family in _NAMED_AWAY and _inside(h, names, name_starts, longer=True):
            continue
        out.append(h)
    return out


_HAN_LETTER = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff]")


def loose_suffix(h: Hit, text: str, lang: str) -> bool:
    """Whether ``h`` is a city marker of Japanese or Chinese that stands right after no Han
    letter (a kana particle, punctuation, the start): it ends no place's name and bounds no
    name beside a title ("県庁で村岡嗣政知事": 村 starts the governor's name, no village).

    >>> loose_suffix(Hit(start=3, end=4, family="city_suffix", value=""), "県庁で村岡", "ja")
    True
    >>> loose_suffix(Hit(start=2, end=3, family="city_suffix", value=""), "大分市", "ja")
    False
    """
    return lang in ("zh", "ja") and h.family == "city_suffix" and (
        h.start == 0 or not _HAN_LETTER.match(text[h.start - 1]))
