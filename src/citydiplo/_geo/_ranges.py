"""A subdivision's name used for the mountain range it is named after (a check
``find_places`` runs on the mentions its scan read; data in ``data/range_words.json``).

Some subdivisions bear the name of a mountain range: Alborz province of Iran, the Altai
Republic and Altai Krai, Aravalli district of Gujarat. Weather news names the range itself
far more often, with a terrain word before or after it or a compass word naming a part of
it: "ارتفاعات البرز مرکزی و شرقی" (the heights of the central and eastern Alborz),
"مناطق مرتفع البرز" (the high parts of the Alborz), "горы Алтая", "अरावली पर्वतमाला". A
range's name written so names the mountains, not the subdivision, and reads no place; the
same name elsewhere ("استان البرز", "البرز، قزوین") is read as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._normalize import match_key

__all__ = ["outside_ranges"]

M = TypeVar("M", bound=Mention)
_LOOKBACK = 40
_LOOKAHEAD = 30
_GAP = "[\\s\u200c]+"  # spaces, or the zero-width non-joiner Persian writes between parts


def _alternatives(words: list[str]) -> str:
    """A regular expression for any of ``words``, a space or ZWNJ inside one matching any
    run of spaces or ZWNJs, or none (Persian writes "کوه‌های", "کوههای" and "کوه های")."""
    parts = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        pieces = re.split("[ \u200c]", word)
        parts.append("[\\s\u200c]*".join(re.escape(p) for p in pieces))
    return "|".join(parts)


@cache
def _rules(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """The range names' keys of ``lang``, and the patterns of the words before and after."""
    data = load_json("range_words.json").get(lang)
    if not data:
        return frozenset(), None, None
    before = after = None
    if data["before"]:
        between = _alternatives(data["between"]) if data["between"] else ""
        gap = f"(?:{_GAP}(?:{between}))?" if between else ""
        before = re.compile(f"(?<!\\w)(?:{_alternatives(data['before'])}){gap}{_GAP}$")
    if data["after"]:
        after = re.compile(f"{_GAP}(?:{_alternatives(data['after'])})(?!\\w)")
    return frozenset(match_key(r) for r in data["ranges"]), before, after


def outside_ranges(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the mountain ranges' names described above.

    >>> from citydiplo import find_places
    >>> text = "بارش در ارتفاعات البرز مرکزی و استان البرز"
    >>> [m.text for m in find_places(text, lang="fa")]
    ['البرز']
    """
    if lang is None:
        return mentions
    names, before, after = _rules(lang)
    if not names:
        return mentions
    out = []
    for m in mentions:
        if match_key(m.text) in names and (
            (before is not None and before.search(text, max(0, m.start - _LOOKBACK), m.start))
            or (after is not None and after.match(text[m.end : m.end + _LOOKAHEAD]))
        ):
            continue
        out.append(m)
    return out
