"""The name a place marker builds, read against the places the gazetteer finds inside it.

"посетила израильский город-побратим Харькова Ришон ле-Цион" (visited Kharkiv's twin city
Rishon LeZion): the marker "город-побратим" (twin city) took the words after it, "Харькова
Ришон", for one name -- the city whose twin it is, in the genitive, then the first word of the
twin's name -- and the mention hid both cities. "посетила город-побратим Ришон ле-Цион": the
marker's name stopped at the lower-case "ле-Цион" although the gazetteer found the whole
"Ришон ле-Цион" at that spot. Two rules, for a name a marker written before it builds
(:meth:`citydiplo._extract._finder.Finder.marked_with_core`), in scripts with capitals:

- when its core begins with a place the gazetteer finds in an inflected form (the word runs
  on past the name the gazetteer reads: the stem "Харьков" of the genitive "Харькова") and
  goes on past that word with a capitalised word, that place is the marker's complement
  (whose twin, whose partner), and the name is the rest: "Ришон". A name the gazetteer
  reads to its word's end ("Bà Rịa" of "Bà Rịa Vũng Tàu") is left whole: without an
  inflection nothing shows where a complement would end;
- when the gazetteer finds a place that begins where the core begins and ends beyond it,
  the name runs to that place's end ("Ришон ле-Цион"): the gazetteer knows the whole name.

The mention then covers the name alone: the complement keeps its own mention.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._places import PlaceHit
from citydiplo._extract._scan import word_end

__all__ = ["read_cores"]


def read_cores(
    cored: list[tuple[Mention, str]], places: Sequence[PlaceHit], text: str
) -> list[tuple[Mention, str]]:
    """``cored`` (marker-built names, each with its core) read against ``places`` (the
    module's rules). Only names that end with their core (a marker written before the name)
    are read.

    >>> from citydiplo._extract._mention import Mention
    >>> t = "посетила город-побратим Харькова Ришон ле-Цион."
    >>> m = Mention(kind="place", start=9, end=38, text=t[9:38], actor="city-x",
    ...             actor_type="city", name="Харькова Ришон")
    >>> kharkiv = PlaceHit(start=24, end=31, text="Харьков", kind="city", name="Kharkiv")
    >>> [(x.text, core) for x, core in read_cores([(m, "Харькова Ришон")], [kharkiv], t)]
    [('Ришон', 'Ришон')]
    >>> rishon = PlaceHit(start=33, end=46, text="Ришон ле-Цион", kind="city", name="R")
    >>> [(x.text, core) for x, core in read_cores([(m, "Харькова Ришон")], [kharkiv, rishon], t)]
    [('Ришон ле-Цион', 'Ришон ле-Цион')]
    """
    if not cored or not places:
        return cored
    by_start: dict[int, list[PlaceHit]] = {}
    for p in places:
        by_start.setdefault(p.start, []).append(p)
    out = []
    for m, core in cored:
        cs = m.end - len(core)
        if not core or text[cs:m.end] != core:
            out.append((m, core))
            continue
        s, e = cs, m.end
        inner = _longest(by_start.get(s, ()))
        if inner is not None and inner.end < e:
            w = word_end(text, inner.end)
            rest = w
            while rest < e and text[rest] == " ":
                rest += 1
            if inner.end < w < e and rest > w and text[rest:rest + 1].isupper():
                s = rest  # "Харькова Ришон": the complement, then the name
        outer = _longest(by_start.get(s, ()))
        if outer is not None and outer.end > e:
            e = outer.end  # "Ришон" of "Ришон ле-Цион"
        if (s, e) == (cs, m.end):
            out.append((m, core))
            continue
        name = text[s:e]
        out.append((attrs.evolve(m, start=s, end=e, text=name, name=name,
                                 actor=draft_id(m.actor_type or "city", name)), name))
    return out


def _longest(hits: Sequence[PlaceHit]) -> PlaceHit | None:
    return max(hits, key=lambda p: p.end, default=None)
