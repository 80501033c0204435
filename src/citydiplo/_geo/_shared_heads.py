"""Subdivisions listed as adjectives under one plural generic word (``find_places`` runs it
on what its scan found; data in ``data/shared_heads.json``).

Russian names several regions of one kind by their adjectives, coordinated, with the
generic word once, in the plural: "Курской, Белгородской и Брянской областей" (of the Kursk,
Belgorod and Bryansk regions), "Хабаровского, Приморского и Красноярского краёв",
"Ханты-Мансийского и Ямало-Ненецкого автономных округов". No adjective there is a name by
itself, and the plural generic word names no one region, so the scan reads nothing. Each
adjective (or run of agreeing adjectives, "Еврейской автономной") is read with the singular
of the same case in its place ("Брянской области"), the way the scan reads a region written
in full (a city read with the generic word, "Воронежской области" as Voronezh, gives its
region); it stands only as a subdivision, and only in a list of two or more adjectives that
agree with the generic word (the case ending the data gives), each starting with a capital.
The last one's mention takes the generic word with it.

Persian (and Vietnamese: "các tỉnh Nghệ An, Quảng Trị, Tây Ninh") writes the plural
generic word before the list: "در استان‌های فارس، بوشهر و
هرمزگان". Each name is read with the singular before it ("استان فارس"), so that a
province whose bare name is also a word ("فارس", Persian) is read in the list as it is
after "استان"; a name other countries' provinces share ("استان مرکزی", Central Province)
is the one of the country of the list's other items, when they all lie in one; the list
ends at the first item that reads nothing and was not read already.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any, TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind, candidates, subdivision_place
from citydiplo._normalize import match_key

__all__ = ["with_shared_heads"]

M = TypeVar("M", bound=Mention)
_REACH = 300  # characters before the generic word the list may start in
_PARTS = re.compile(r"\s*,\s*|\s+и\s+")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_BOUNDARY = re.compile(r"[.!?;:()\[\]«»\"\n]")


@cache
def _heads(lang: str) -> tuple[dict[str, Any], re.Pattern[str] | None]:
    heads: dict[str, Any] = load_json("shared_heads.json")["after"].get(lang, {})
    if not heads:
        return {}, None
    words = "|".join(re.escape(h) for h in sorted(heads, key=lambda h: (-len(h), h)))
    return heads, re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def _items(before: str, endings: tuple[str, ...]) -> list[tuple[int, int]]:
    """The adjectives listed at the end of ``before``, as spans, last first; empty when
    fewer than two agree."""
    out: list[tuple[int, int]] = []
    cuts = [(m.start(), m.end()) for m in _PARTS.finditer(before)]
    for k in range(len(cuts), -1, -1):
        start = cuts[k - 1][1] if k else 0
        stop = cuts[k][0] if k < len(cuts) else len(before)
        words = list(_WORD.finditer(before, start, stop))
        if not words or before[words[-1].end() : stop].strip():
            break
        run = []
        for w in reversed(words):
            if not w.group().lower().endswith(endings):
                break
            run.append(w)
        while run and not run[-1].group()[0].isupper():
            run.pop()
        if not run:
            break
        out.append((run[-1].start(), run[0].end()))
        if run[-1] is not words[0]:
            break  # words before the adjectives: the list starts here
    return out if len(out) >= 2 else []


def with_shared_heads(
    mentions: Sequence[M],
    text: str,
    lang: str | None,
    make: Callable[..., M],
    finder: Callable[..., Sequence[Mention]],
) -> tuple[M, ...]:
    """``mentions`` with the subdivisions listed as described above (made with
    ``make(start=, end=, text=, place=)``; ``finder`` is ``find_places``), in text order.

    >>> from citydiplo import find_places
    >>> text = "в Курской, Белгородской и Брянской областях"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="ru")]
    [('Курской', 'RU-KRS'), ('Белгородской', 'RU-BEL'), ('Брянской областях', 'RU-BRY')]
    """
    heads, pattern = _heads(lang) if lang else ({}, None)
    before = _before_heads(lang) if lang else None
    if pattern is None and before is None:
        return tuple(mentions)
    taken = [(m.start, m.end) for m in mentions]
    added: list[M] = []
    for head, generic in _heads_before(text, before):
        added += _listed_after(text, head, generic, lang, taken, make, finder)
    for head in pattern.finditer(text) if pattern is not None else ():
        rule = heads[head.group()]
        lo = max(0, head.start() - _REACH)
        stops = list(_BOUNDARY.finditer(text, lo, head.start()))
        lo = stops[-1].end() if stops else lo
        items = _items(text[lo : head.start()], tuple(rule["endings"]))
        spans = [(lo + s, lo + e) for s, e in reversed(items)]
        phrases = [f"{text[s:e]} {rule['singular']}" for s, e in spans]
        joined = ", ".join(phrases)
        offsets, at = [], 0
        for phrase in phrases:
            offsets.append(at)
            at += len(phrase) + 2
        for m in finder(joined, lang=lang) if spans else ():
            if m.start not in offsets or m.place.subdivision is None:
                continue
            k = offsets.index(m.start)
            start, end = spans[k]
            whole = m.end - m.start > end - start  # the generic word read with it
            if m.place.kind is not PlaceKind.SUBDIVISION and not whole:
                continue
            end = head.end() if k == len(spans) - 1 else end
            if any(s < end and start < e for s, e in taken):
                continue
            place = subdivision_place(m.place.subdivision, text[start:end])
            added.append(make(start=start, end=end, text=text[start:end], place=place))
            taken.append((start, end))
    if not added:
        return tuple(mentions)
    return tuple(sorted((*mentions, *added), key=lambda m: m.start))


_AFTER_PARTS = re.compile(r"[ \t]*[،,][ \t]*|[ \t]+(?:و|và)[ \t]+")  # (fa, vi: "and")
_AFTER_END = re.compile(r"[.!?;:؛()\[\]«»\"\n]")
_MAX_ITEMS = 12


@cache
def _before_heads(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    heads: dict[str, str] = load_json("shared_heads.json")["before"].get(lang, {})
    if not heads:
        return None
    words = "|".join(re.escape(h) for h in sorted(heads, key=lambda h: (-len(h), h)))
    return re.compile(rf"(?<!\w)(?:{words})[ \t]+"), heads


def _heads_before(
    text: str, before: tuple[re.Pattern[str], dict[str, str]] | None
) -> list[tuple[re.Match[str], str]]:
    if before is None:
        return []
    pattern, heads = before
    return [(h, heads[h.group().rstrip()]) for h in pattern.finditer(text)]


def _listed_after(
    text: str,
    head: re.Match[str],
    generic: str,
    lang: str | None,
    taken: list[tuple[int, int]],
    make: Callable[..., M],
    finder: Callable[..., Sequence[Mention]],
) -> list[M]:
    """The names listed right after a plural generic word written before them ("استان‌های
    فارس، بوشهر و هرمزگان"), each read with the singular before it; the list ends at the
    first item that reads nothing and is not read already."""
    lo = head.end()
    stop = _AFTER_END.search(text, lo, lo + _REACH)
    hi = stop.start() if stop else min(len(text), lo + _REACH)
    spans, at = [], lo
    for sep in _AFTER_PARTS.finditer(text, lo, hi):
        spans.append((at, sep.start()))
        at = sep.end()
    spans = [(s, e) for s, e in (*spans, (at, hi)) if e > s][:_MAX_ITEMS]
    phrases = [f"{generic} {text[s:e]}" for s, e in spans]
    offsets = [sum(len(p) + 2 for p in phrases[:k]) for k in range(len(phrases))]
    skip = len(generic) + 1  # a reading may leave the generic word out ("tỉnh Tây Ninh")
    found = finder(", ".join(phrases), lang=lang)
    readings = {m.start - (m.start not in offsets) * skip: m for m in found}
    country = _one_country(readings.values())
    out: list[M] = []
    for k, (start, end) in enumerate(spans):
        m = readings.get(offsets[k])
        read = m is not None and m.place.kind is PlaceKind.SUBDIVISION and m.place.subdivision
        code = str(m.place.subdivision) if m is not None and read else None
        if code is None and not any(s < end and start < e for s, e in taken):
            code = _of_country(phrases[k], country)  # "استان مرکزی" of Iran, by the list
        if code is None:
            if any(s < end and start < e for s, e in taken):
                continue  # read by the scan already ("بوشهر"): the list goes on
            break
        if m is not None and read:
            end = min(end, start + m.end - offsets[k] - skip)
        if any(s < end and start < e for s, e in taken):
            continue
        place = subdivision_place(code, text[start:end])
        out.append(make(start=start, end=end, text=text[start:end], place=place))
        taken.append((start, end))
    return out


def _one_country(read: Iterable[Mention]) -> str | None:
    """The one country of the subdivisions a list read, when it read some and all lie in
    one country."""
    codes = [m.place.subdivision for m in read if m.place.kind is PlaceKind.SUBDIVISION]
    countries = {c.partition("-")[0] for c in codes if c}
    return countries.pop() if len(countries) == 1 else None


def _of_country(phrase: str, country: str | None) -> str | None:
    """The one subdivision of ``country`` that ``phrase`` (an item with its generic word)
    names, where the name is shared with other countries' ("استان مرکزی", Central Province:
    Iran's Markazi, and Sri Lanka's, Uganda's ...): a list under one generic word names the
    provinces of one country, and its other items tell which."""
    if country is None:
        return None
    found = candidates(match_key(phrase)).subdivisions
    mine = [c for c in found if c.startswith(country + "-")]
    return mine[0] if len(mine) == 1 and len(found) > 1 else None
