"""Subdivisions that share the first word of a name read just before them, the word written
once (``find_places`` runs it on what its scan found; data in ``data/shared_heads.json``).

Persian names provinces that differ by a qualifier after one shared word with that word
once: "خراسان شمالی و رضوی" (North and Razavi Khorasan), "خراسان شمالی، رضوی، جنوبی",
"آذربایجان غربی و شرقی" (West and East Azerbaijan). The qualifier alone ("رضوی", "شرقی") is
no name, so the scan reads nothing there. After a subdivision read as two words or more,
each item that follows it across a list separator of the language (the data's
``elided``), while it is one word and the name's first word(s) with it name a subdivision
of the same country, is that subdivision; the list ends at the first item that is not so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind, candidates, subdivision_place
from citydiplo._normalize import match_key

__all__ = ["with_elided_heads"]

M = TypeVar("M", bound=Mention)
_MAX_ITEMS = 6
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _separator(lang: str) -> re.Pattern[str] | None:
    words: list[str] = load_json("shared_heads.json").get("elided", {}).get(lang, [])
    if not words:
        return None
    parts = "|".join(
        rf"[ \t]*{re.escape(w)}[ \t]*" if not w.isalpha() else rf"[ \t]+{re.escape(w)}[ \t]+"
        for w in sorted(words, key=lambda w: (-len(w), w))
    )
    return re.compile(parts)


def _subdivision(name: str, country: str) -> str | None:
    """The one subdivision of ``country`` that ``name`` names, if exactly one."""
    found = [s for s in candidates(match_key(name)).subdivisions if s.startswith(country + "-")]
    return found[0] if len(found) == 1 else None


def with_elided_heads(
    mentions: Sequence[M], text: str, lang: str | None, make: Callable[..., M]
) -> tuple[M, ...]:
    """``mentions`` with the subdivisions named as described above (made with
    ``make(start=, end=, text=, place=)``), in text order.

    >>> from citydiplo import find_places
    >>> text = "در استان‌های گلستان، خراسان شمالی و رضوی باران می‌بارد"
    >>> [m.place.subdivision for m in find_places(text, lang="fa")]
    ['IR-27', 'IR-28', 'IR-09']
    """
    separator = _separator(lang) if lang else None
    if separator is None:
        return tuple(mentions)
    taken = [(m.start, m.end) for m in mentions]
    added: list[M] = []
    for m in mentions:
        place = m.place
        words = m.text.split()
        if place.kind is not PlaceKind.SUBDIVISION or place.country is None or len(words) < 2:
            continue
        head = " ".join(words[:-1])
        at = m.end
        for _ in range(_MAX_ITEMS):
            sep = separator.match(text, at)
            word = _WORD.match(text, sep.end()) if sep else None
            if word is None or (word.end() < len(text) and text[word.end()].isalnum()):
                break
            if any(s < word.end() and word.start() < e for s, e in taken):
                break
            code = _subdivision(f"{head} {word.group()}", place.country)
            if code is None or code == place.subdivision:
                break
            name = word.group()
            added.append(
                make(
                    start=word.start(),
                    end=word.end(),
                    text=name,
                    place=subdivision_place(code, name),
                )
            )
            taken.append((word.start(), word.end()))
            at = word.end()
    if not added:
        return tuple(mentions)
    return tuple(sorted((*mentions, *added), key=lambda m: m.start))
