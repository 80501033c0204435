"""A holder's name set off by commas after their title and its owner.

"מזכ"ל האו"ם לשעבר, באן קי-מון, נתן הרצאה" (the former UN Secretary-General, Ban Ki-moon,
gave a lecture), "ראש עיריית בת ים, צביקה ברוט, נפגש", "the Mayor of Cincinnati, Mark
Mallory, and ...": the words right after a title (``titles_before``) name what the office
belongs to -- a place, an organization, an acronym ("האו"ם", "UNESCO") -- and the holder's
name follows after a comma, closed by another comma or the sentence's end. The title finder
reads the words after the title as the name ("האו" from "האו"ם"); here the name after the
comma becomes the person, with the title, and a "person" read from the owner's words is
dropped. A name the register (``known``) lists stays that known actor: a register never
turns a holder it names into a draft person of its own.

The words between title and comma must hold a place, an organization or a known actor the
article found, or an acronym (a word with a gershayim or quote inside, or of two capitals
or more); there are at most ``name_tokens`` of them and one more ("former"). The name is
two or three words of letters (capitalised, in a cased script), none of them a cue word.
Neither the owner's words nor the name hold one of the language's ``name_stops`` (a verb or
a function word): "جان کوپر شهردار نشویل امضا شد، اعلام کردند" (John Cooper, mayor of
Nashville, signed; they announced) names no holder "اعلام کردند" after the comma.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from citydiplo._extract._mention import Mention, draft_id

__all__ = ["appositions"]

_WORD = re.compile(r"[^\W\d_][\w'’\"״׳\-]*")
_ACRONYM_MARKS = frozenset('"״')
_OWNERS = ("place", "organization", "actor")
_COMMAS = (",", "،")  # the Latin and the Arabic comma


def appositions(entities: list[Mention], text: str, data: dict[str, Any],
                hits: Sequence[Any]) -> list[Mention]:
    """``entities`` with the holders named in apposition (module docstring), in text order.

    >>> from types import SimpleNamespace as H
    >>> from citydiplo._extract._mention import Mention
    >>> text = "the Mayor of Cincinnati, Mark Mallory, met him."
    >>> place = Mention(kind="place", start=13, end=23, text="Cincinnati", actor="city-c",
    ...                 actor_type="city")
    >>> data = {"name_tokens": 3, "script": {"cased": True}}
    >>> got = appositions([place], text, data, [H(start=4, end=9, family="titles_before")])
    >>> [(m.kind, m.text, m.title) for m in got]
    [('place', 'Cincinnati', None), ('person', 'Mark Mallory', 'Mayor')]
    """
    titles = [h for h in hits if h.family == "titles_before"]
    if not titles:
        return entities
    cased = bool(data["script"]["cased"])
    stops = frozenset(w.lower() for w in data.get("name_stops", ()))
    limit = int(data["name_tokens"]) + 1
    cue_spans = sorted((h.start, h.end) for h in hits)
    entities = sorted(entities, key=lambda m: (m.start, m.end))
    starts = [m.start for m in entities]
    added: list[Mention] = []
    dropped: set[int] = set()
    for h in titles:
        found = [c for c in (text.find(k, h.end, h.end + 60) for k in _COMMAS) if c >= 0]
        comma = min(found, default=-1)
        if comma < 0 or "\n" in text[h.end:comma]:
            continue
        owner_words = _WORD.findall(text[h.end:comma])
        if not owner_words or len(owner_words) > limit \
                or any(w.lower() in stops for w in owner_words):
            continue
        inside = range(bisect.bisect_left(starts, h.end), bisect.bisect_left(starts, comma))
        owned = any(entities[i].kind in _OWNERS for i in inside) or any(
            _acronym(w) for w in owner_words)
        if not owned:
            continue
        name = _name_after(text, comma + 1, cased, cue_spans)
        if name is None:
            continue
        s, e = name
        person = text[s:e]
        if any(w.lower() in stops for w in person.split()):
            continue
        near = range(bisect.bisect_left(starts, h.start), bisect.bisect_left(starts, e))
        registered = any(entities[i].kind == "actor" and entities[i].start < e
                         and s < entities[i].end for i in near)
        if not registered:  # a holder the register lists stays that actor
            added.append(Mention(kind="person", start=s, end=e, text=person,
                                 actor=draft_id("person", person), actor_type="person",
                                 name=person, title=text[h.start:h.end]))
        dropped |= {i for i in near if (entities[i].kind == "person"
                                        and entities[i].start < comma)
                    or (not registered and entities[i].start < e and s < entities[i].end)}
    if not added and not dropped:
        return entities
    kept = [m for i, m in enumerate(entities) if i not in dropped]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _acronym(word: str) -> bool:
    """An acronym: a gershayim or quote inside the word ("האו"ם"), or two capitals or more."""
    inner = word[1:-1]
    return bool(_ACRONYM_MARKS & set(inner)) or (len(word) >= 2 and word.isupper())


def _name_after(text: str, start: int, cased: bool, cue_spans: list[tuple[int, int]]
                ) -> tuple[int, int] | None:
    """The span of a name of two or three words from ``start`` (after spaces), closed by a
    comma or a full stop; None if there is none."""
    at = start
    while at < len(text) and text[at] == " ":
        at += 1
    words: list[tuple[int, int]] = []
    pos = at
    while len(words) < 3:
        m = _WORD.match(text, pos)
        if m is None:
            break
        words.append(m.span())
        pos = m.end()
        if text[pos:pos + 1] != " ":
            break
        pos += 1
    if not 2 <= len(words) <= 3:
        return None
    s, e = words[0][0], words[-1][1]
    if text[e:e + 1] not in (*_COMMAS, "."):
        return None
    spelled = [text[a:b] for a, b in words]
    if cased and not all(w[0].isupper() for w in spelled):
        return None
    if any(_ACRONYM_MARKS & set(w) for w in spelled):
        return None
    at = bisect.bisect_left(cue_spans, (e, e))
    if any(a < e and s < b for a, b in cue_spans[max(0, at - 8):at]):
        return None  # a cue word is no part of a name (cue words are short: 8 back suffice)
    return s, e
