"""Names a marker read wrong, in scripts without capitals: a place name of two words that
a place marker cut to one (:func:`whole_names`), and a city read as an organization on a
"municipality of" marker (:func:`municipal_places`).

Without capitals a place marker shows where a name ends, not where it starts: a name built on
one takes the word before the marker ("वॉलवर हैमटन सिटी" gives "हैमटन सिटी", "લિટલ રોક
સિટી" gives "રોક"). Where the article writes the name three times or more and every time
after the same word, that word is part of the name: "वॉलवर हैमटन सिटी" (Wolverhampton),
"લિટલ રોક" (Little Rock). The word must be a word of letters that is no cue, no other
mention and no particle of the language; a name the text also writes after another word, or
alone, keeps its length. The longer name written without the marker elsewhere ("લિટલ રોક,
અરકાનસાસ") is the same place. Scripts with capitals (their names show their first word)
and scripts without spaces (:func:`citydiplo._extract._mentions._longest_cores` reads Han
names whole) are left as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import attrs

from citydiplo._extract._literal import occurrences
from citydiplo._extract._mention import Mention, draft_id

__all__ = ["whole_names"]

_PLACE_TYPES = ("city", "region")
_MIN_TIMES = 3


def whole_names(entities: list[Mention], text: str, data: dict[str, Any],
                hits: Sequence[Any]) -> list[Mention]:
    """``entities`` with the cut names made whole (module docstring), in text order.

    >>> from citydiplo._extract._mention import Mention
    >>> text = "वॉलवर हैमटन सिटी और शिमला. वॉलवर हैमटन सिटी से. वॉलवर हैमटन आए."
    >>> ms = [Mention(kind="place", start=6, end=16, text="हैमटन सिटी", actor="city-h",
    ...               actor_type="city", name="हैमटन सिटी"),
    ...       Mention(kind="place", start=33, end=43, text="हैमटन सिटी", actor="city-h",
    ...               actor_type="city", name="हैमटन सिटी")]
    >>> data = {"script": {"cased": False, "boundary": "word", "particles": []}}
    >>> [m.text for m in whole_names(ms, text, data, [])]
    ['वॉलवर हैमटन सिटी', 'वॉलवर हैमटन सिटी', 'वॉलवर हैमटन']
    """
    script = data["script"]
    if script.get("cased") or script.get("boundary") != "word":
        return entities
    drafts: dict[str, Mention] = {}
    for m in entities:
        if m.kind == "place" and m.geonames is None and m.actor_type in _PLACE_TYPES \
                and m.actor and m.name and " " not in m.name.strip():
            drafts.setdefault(m.actor, m)
        elif m.kind == "place" and m.geonames is None and m.actor_type in _PLACE_TYPES \
                and m.actor and m.name and len(m.name.split()) == 2:
            drafts.setdefault(m.actor, m)  # a name with its marker: "हैमटन सिटी"
    if not drafts:
        return entities
    covered = bytearray(len(text) + 1)
    for h in hits:
        covered[h.start:h.end] = b"\x01" * (h.end - h.start)
    particles = frozenset(script.get("particles", ()))
    grown: dict[str, tuple[str, str]] = {}  # draft id -> (word before, the core it joins)
    for actor, m in sorted(drafts.items()):
        core = (m.name or "").split()[0]
        before = _words_before(text, core)
        if len(before) < _MIN_TIMES or len({w for w, _ in before}) != 1:
            continue
        word, at = before[0]
        if not all(_letter(c) for c in word) or word in particles \
                or any(covered[at:at + len(word)]) \
                or any(e.start <= at < e.end for e in entities):
            continue
        grown[actor] = (word, core)
    if not grown:
        return entities
    out: list[Mention] = []
    renamed: dict[str, Mention] = {}  # draft id -> a mention of the whole name
    for m in entities:
        if m.actor in grown and m.kind == "place":
            old = m.actor
            word, _ = grown[old]
            start = m.start - len(word) - 1
            if start >= 0 and text[start:m.start] == word + " ":
                name = f"{word} {m.name}"
                m = attrs.evolve(m, start=start, text=text[start:m.end], name=name,
                                 actor=draft_id(m.actor_type or "city", name))
                renamed.setdefault(old, m)
        out.append(m)
    spans = bytearray(len(text) + 1)
    for m in out:
        spans[m.start:m.end] = b"\x01" * (m.end - m.start)
    extra = []
    for actor, whole in sorted(renamed.items()):
        word, core = grown[actor]
        for a, b in occurrences(text, f"{word} {core}"):
            if not _letter(text[b:b + 1]) and not any(spans[a:b]):
                extra.append(attrs.evolve(whole, start=a, end=b, text=text[a:b],
                                          title=None, proclitic=None))
    return sorted([*out, *extra], key=lambda m: (m.start, m.end))


def _letter(c: str) -> bool:
    """Whether ``c`` is one character of a word: a letter, a digit or a combining mark (the
    vowel signs of Brahmic scripts)."""
    return len(c) == 1 and (c.isalnum() or unicodedata.category(c)[0] == "M")


def _words_before(text: str, core: str) -> list[tuple[str, int]]:
    """The word written right before each whole-word occurrence of ``core`` (with its
    start), or "" where none is (the text starts there, or punctuation stands before)."""
    out = []
    for at, end in occurrences(text, core):
        if (at > 0 and _letter(text[at - 1])) or _letter(text[end:end + 1]):
            continue  # inside a longer word: "રોકાણ" is no "રોક"
        if at >= 2 and text[at - 1] == " " and _letter(text[at - 2]):
            start = at - 1
            while start > 0 and _letter(text[start - 1]):
                start -= 1
            out.append((text[start:at - 1], start))
        else:
            out.append(("", at))
    return out


def municipal_places(entities: list[Mention], text: str, data: dict[str, Any],
                     lang: str) -> list[Mention]:
    """``entities`` with each organization built on a ``municipality`` marker ("עיריית": the
    municipality of) read as the city it governs, where the gazetteer knows the words after
    the marker as a city: the marker's one-word reach cuts a name of two words ("עיריית בת|
    ים"), so the name and the word after it are tried first ("בת ים", Bat Yam), then the
    name alone. In city diplomacy a municipality acts as its city. An organization whose
    name the gazetteer does not know as a city stays one, unless the article names that city
elsewhere as a place ("עיריית נשר" after "מנשר": נשר alone is also "eagle").

    >>> from citydiplo._extract._mention import Mention
    >>> text = "ראש עיריית בת ים, צביקה ברוט, נפגש עם המשלחת."
    >>> org = Mention(kind="organization", start=4, end=13, text="עיריית בת",
    ...               actor="organization-x", actor_type="organization", name="עיריית בת")
    >>> got = municipal_places([org], text, {"municipality": ["עיריית"]}, "he")
    >>> [(m.kind, m.text, m.actor_type) for m in got]
    [('place', 'בת ים', 'city')]
    """
    markers = tuple(data.get("municipality", ()))
    if not markers:
        return entities
    from citydiplo._extract._places import find_places

    # the cities the article names elsewhere, by their written name ("מנשר" is נשר): the
    # municipality of one of them is that city even where its bare name reads as a word
    named: dict[str, Mention] = {}
    for x in entities:
        if x.kind == "place" and x.actor_type == "city" and x.actor:
            named.setdefault(x.text, x)
    out = []
    for m in entities:
        marker = next((w for w in markers if m.kind == "organization"
                       and m.text.startswith(w + " ")), None)
        if marker is None:
            out.append(m)
            continue
        start = m.start + len(marker) + 1
        nxt = re.match(r" ([^\W\d_][\w'\"״׳\-]*)", text[m.end:m.end + 40])
        tries = ([m.end + nxt.end()] if nxt else []) + [m.end]
        for end in tries:
            name = text[start:end]
            if name in named:
                m = attrs.evolve(named[name], start=start, end=end, text=name, title=None,
                                 proclitic=None)
                break
            hits = [p for p in find_places(name, lang)
                    if p.kind == "city" and p.start == 0 and p.end == len(name)]
            if len(hits) == 1:
                p = hits[0]
                m = Mention(kind="place", start=start, end=end, text=name,
                            actor=draft_id("city", p.name), actor_type="city", name=p.name,
                            country=p.country, subdivision=p.subdivision,
                            geonames=p.geonames)
                break
        out.append(m)
    return sorted(out, key=lambda x: (x.start, x.end))
