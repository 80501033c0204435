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
  holder's name; the place keeps the title as before (its office takes part too).

Elsewhere a title whose "name" is a place names that place's office, its holder unnamed
("شهردار تهران", the mayor of Tehran), as before.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._finder import Finder
from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._scan import Hit, word_end

__all__ = ["named_beside_place"]

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
        end = word_end(text, place[1])  # "Челябинск|а": the place's word, case ending and all
        after = finder.reach(end, 1, limit, cased=True)
        if after is None or not text[end:after[0]].isspace():
            return None
        return _person(m, after[0], after[1], text, titled=False)
    return None
