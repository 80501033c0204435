"""A person named beside the place of their title: the name is cut at the place.

The words read after a title ("Mayor", "મેયર", "глава") are taken as the holder's name.
Two ways of writing put a place the gazetteer knows among those words:

- **The name, then a place**, in scripts without capitals: "અમેરિકી એમ્બેસેડર એરિક
  ગારસેટ્ટી અમદાવાદની મુલાકાતે" (US Ambassador Eric Garcetti, on a visit to Ahmedabad). The
  words read after the title run on into "અમદાવાદની". The name is the words before the
  place -- at least two of them, none a place or organisation marker ("کلانشهر تهران", the
  metropolis of Tehran, names no one), the place starting a word of its own (a place with a
  preposition glued on, "בקוריאה", ends a title's qualifier, not a name) -- and the place
  stays a place of its own.
- **The place, then the name**, in scripts with capitals: "глава Челябинска Михаил Юревич"
  (the head of Chelyabinsk, Mikhail Yurevich), "мэр Ставрополя Георгий Колягин". The
  capitalised words right after the place, separated from it by a space only, are the
  holder's name; the place keeps the title as before (its office takes part too). The
  organ of government the office is named by may stand between the place and the name
  (one of the language's ``office_organs``: "председатель Могилевского горисполкома
  Александр Студнев", the chairman of the Mogilev city executive committee): the name is
  then the capitalised words after the organ. Where the place's adjective names no place
  the gazetteer reads ("председателя Могилевского облисполкома Анатолия Исаченко": the
  regional committee's chairman), the one word read after the title is no name either:
  the name is the two or three capitalised words after the organ
  (:func:`named_after_organ`).

Elsewhere a title whose "name" is a place names that place's office, its holder unnamed
("شهردار تهران", the mayor of Tehran), as before.
"""

from __future__ import annotations

import re

import attrs

from citydiplo._extract._finder import Finder
from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._scan import Hit, word_end

__all__ = ["named_after_organ", "named_beside_place"]

_MARKERS = ("org_suffix", "org_prefix", "city_suffix", "city_prefix")
_GLUED = ("ko", "ja", "zh")  # titles glued to their place: citydiplo._extract._people
_WORDS = 2  # words of a name cut before a place (one word is too often a common noun)


def _person(m: Mention, s: int, e: int, text: str, *, titled: bool) -> Mention:
    """``m`` as the person named ``text[s:e]``; its span takes in the title when
    ``titled`` (else the name alone: the place between them is a mention of its own)."""
    start = min(m.start, s) if titled else s
    return attrs.evolve(m, start=start, end=e, text=text[start:e], name=text[s:e],
                        actor=draft_id("person", text[s:e]))


def named_beside_place(m: Mention, name: tuple[int, int], spans: list[tuple[int, int]],
                       finder: Finder, hits: list[Hit], *, cased: bool,
                       limit: int) -> Mention | None:
    """The person of title mention ``m`` once its name ``name`` is cut at the place of
    ``spans`` it runs into, or None (module docstring).

    >>> from citydiplo import extract
    >>> x = extract("глава Челябинска Михаил Юревич подписал протокол о намерениях.", lang="ru")
    >>> [m.name for m in x.mentions if m.kind == "person"]
    ['Михаил Юревич']
    >>> x = extract("встреча председателя Могилевского облисполкома Анатолия Исаченко.", lang="ru")
    >>> [m.name for m in x.mentions if m.kind == "person"]
    ['Анатолия Исаченко']
    >>> x = extract("ભારત ખાતેના અમેરિકી એમ્બેસેડર એરિક ગારસેટ્ટી અમદાવાદની મુલાકાતે આવ્યા હતા.",
    ...             lang="gu")
    >>> [m.name for m in x.mentions if m.kind == "person"]
    ['એરિક ગારસેટ્ટી']
    """
    text = finder.text
    place = min((p for p in spans if p[0] < name[1] and name[0] < p[1]), default=None)
    if place is None or finder.lang in _GLUED:
        return None
    if not cased and place[0] > name[0]:
        cut = text[name[0]:place[0]].rstrip()
        if len(cut.split()) < _WORDS or not text[place[0] - 1].isspace() or any(
                h.family in _MARKERS and name[0] <= h.start < place[0] for h in hits):
            return None
        return _person(m, name[0], name[0] + len(cut), text, titled=True)
    if cased and place[0] == name[0]:
        end = _past_organ(text, word_end(text, place[1]), finder.data.get("office_organs", ()))
        after = finder.reach(end, 1, limit, cased=True)
        if after is None or not text[end:after[0]].isspace():
            return None
        return _person(m, after[0], after[1], text, titled=False)
    return None


def _past_organ(text: str, end: int, organs: list[str]) -> int:
    """The end of the organ of government written right after a place's word that ends at
    ``end`` ("Могилевского| облисполкома"), or ``end`` when none is written there."""
    rest = text[end:end + 40].casefold()
    for organ in sorted(organs, key=len, reverse=True):
        at = len(rest) - len(rest.lstrip(" "))
        if at == 1 and rest[at:].startswith(organ.casefold()) and (
                len(rest) == at + len(organ) or not rest[at + len(organ)].isalnum()):
            return end + at + len(organ)
    return end


_CAPITALISED = re.compile(r" ([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){1,2})")


def named_after_organ(m: Mention, text: str, organs: list[str]) -> Mention:
    """Person mention ``m``, whose one-word "name" is an adjective followed by an organ of
    government, as the person named by the capitalised words after that organ; else ``m``.

    >>> t = "встреча председателя Могилевского облисполкома Анатолия Исаченко с гостями"
    >>> m = Mention(kind="person", start=8, end=33, text=t[8:33], actor="person-x",
    ...             actor_type="person", name="Могилевского", title="председателя")
    >>> named_after_organ(m, t, ["облисполкома"]).name
    'Анатолия Исаченко'
    """
    if not m.name or " " in m.name or not organs:
        return m
    at = text.rfind(m.name, m.start, m.end)
    if at < 0 or at + len(m.name) != m.end:
        return m
    end = _past_organ(text, m.end, organs)
    found = _CAPITALISED.match(text, end) if end > m.end else None
    if found is None:
        return m
    cut = found.group(1).split()
    n = next((i for i, w in enumerate(cut) if not w[:1].isupper()), len(cut))
    if n < 2:
        return m
    name = " ".join(cut[:n])
    stop = found.start(1) + len(name)
    return attrs.evolve(m, end=stop, text=text[m.start:stop], name=name,
                        actor=draft_id("person", name))
