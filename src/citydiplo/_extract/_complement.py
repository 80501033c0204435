"""A title's complement is no name: "שר המים" (the water minister), "שר התחבורה" (the
transport minister).

Hebrew names an office by its title and a definite noun in the construct state: "שר החוץ",
"ראש המועצה", "יו"ר הוועדה". The lists of titles hold the common offices; an office they do
not hold ("שר המים ואנשים בכירים": the water minister and senior people) is read as the
title "שר" and a person named "המים ואנשים בכירים".

Rule, for the languages whose cue data lists ``complement_prefixes`` (Hebrew "ה", the): in a
person's name read after a title, a first word that is such a prefix and a common word -- the
word and the word without its prefix both common words of the language
(``data/common_words.json``, as :mod:`citydiplo._extract._noparty` reads them) -- is the
office's complement, and the name is what follows it ("שר התחבורה מירי רגב": Miri
Regev). A next word that is one of the language's one-letter ``conjunctions`` ("ו", and) and
a common word coordinates the office's holder with others ("ואנשים": and people): no name is
written, and neither is one when nothing follows the complement. A name that begins with the
article's letter ("הדס", "הרצל": their bare forms are no words) is kept.
"""

from __future__ import annotations

import re

import attrs

from citydiplo._extract._cues import cues
from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._noparty import _common_words

__all__ = ["title_complements"]

_WORD = re.compile(r"\S+")


def _prefixed(word: str, prefixes: tuple[str, ...], common: frozenset[str]) -> bool:
    return len(word) > 2 and word.startswith(prefixes) and word in common and word[1:] in common


def title_complements(mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """``mentions`` with each person's name read past its title's complement (the module's
    rule); a person left with no name is dropped.

    >>> from citydiplo import extract
    >>> t = "ביקרה לאחרונה בארץ משלחת גדולה בראשות שר המים ואנשים בכירים ממשק המים."
    >>> [m.text for m in extract(t, lang="he").mentions if m.kind == "person"]
    []
    """
    data = cues(lang)
    prefixes = tuple(data.get("complement_prefixes", ()))
    if not prefixes:
        return mentions
    joiners = tuple(w for w in data["conjunctions"] if len(w) == 1)
    common = _common_words(lang)
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "person" or not m.name or not m.title:
            out.append(m)
            continue
        at = text.rfind(m.name, m.start, m.end)
        words = [(w.start(), w.end()) for w in _WORD.finditer(m.name)]
        if at < 0 or at + len(m.name) != m.end or not words:
            out.append(m)  # the name is not read after its title
            continue
        first = m.name[words[0][0] : words[0][1]]
        if not _prefixed(first, prefixes, common):
            out.append(m)
            continue
        rest = words[1:]
        if not rest or _prefixed(m.name[rest[0][0] : rest[0][1]], joiners, common):
            continue  # "שר המים", "שר המים ואנשים בכירים": no one named
        name = m.name[rest[0][0] :]
        out.append(attrs.evolve(m, name=name, actor=draft_id("person", name)))
    return out
