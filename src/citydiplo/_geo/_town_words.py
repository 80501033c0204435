"""Frequent words that name a town of the language's own country, read as the word (a check
``find_places`` runs on the mentions its scan read; data in ``data/town_words.json``, built by
``tools/build_town_words.py`` from wordfreq and GeoNames).

News in Hindi, Persian or Hebrew is about its own country, so a town of it is read as any
name; but some of its towns are named with a common word, and the word is far more frequent
than the town: Hindi "आनंद" (joy) is Anand, Gujarat, "सागर" (ocean) Sagar; Persian "ابریشم"
(silk) is Abrisham, and "قوم" (people) an old spelling of Qom; Hebrew "לשלם" (to pay) is
"Salem", Jerusalem, and "איילת" (Ayelet) folds to "אילת", Eilat. Such a word (``words``, and
the ``spellings`` written otherwise than any name of the town) is read as a place only

* with a place word on its side of the name: a cue word of the language (``data/cues``)
  or a town's or district's generic word (``place_words``: "सागर जिले में", in Sagar
  district; "עיריית רחובות", but not "ברחובות העיר", in the streets of the city);
* as an item of a list of places, a list separator or conjunction (``conjunctions``) and
  nothing else between it and the next or previous place ("वडोदरा, आनंद और सूरत");
* located by a Hebrew relative clause ("בנשר שבישראל", in Nesher, which is in Israel);
* as a dateline, opening the text or a line before a dash, slash or colon ("دماوند- ایرنا-");
* or in a text that names the town's own subdivision ("गुजरात के आनंद शहर");
* or written exactly as another mention of the same town that one of these makes a place
  ("सागर। ... सागर के कार्यों का निरीक्षण": the dateline names the town the text is about).

A word that names a town at home and, most populous, a city abroad (``weak``: "رباط",
caravanserai and Rabat) is read as that city only beside another mention of its country.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import cues
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._geo._which_in import located_after
from citydiplo._normalize import match_key

__all__ = ["outside_town_words"]

M = TypeVar("M", bound=Mention)
_ARABIC = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})  # Arabic letters in Persian text
_DATELINE = re.compile(r" ?[-–—/:،,।.]")  # the sign after a dateline's place
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"“”«»،]+")


class _Lists:
    """The lists of one language, as match keys (``spellings`` as written, without marks)."""

    def __init__(self, lang: str) -> None:
        data = load_json("town_words.json")
        self.words = frozenset(match_key(w) for w in data["words"].get(lang, ()))
        self.weak = frozenset(match_key(w) for w in data["weak"].get(lang, ()))
        self.spellings = frozenset(data["spellings"].get(lang, ()))
        c = cues(lang)
        own = data["place_words"].get(lang, {})
        self.before = frozenset(
            {w for w, _ in c.before} | {match_key(w) for w in own.get("before", ())}
        )
        self.after = frozenset(
            {w for w, _ in c.after} | {match_key(w) for w in own.get("after", ())}
        )
        self.joins = frozenset(match_key(w) or w for w in data["conjunctions"].get(lang, ()))
        self.prefixes = c.attached_before
        self.particles = c.particles

    def forms(self, written: str) -> list[str]:
        """``written`` and it without a prefix letter or particle, as match keys."""
        key = match_key(written)
        found = [key]
        found += [key[len(p) :] for p in self.prefixes if key.startswith(p) and key != p]
        found += [key[: -len(s)] for s in self.particles if key.endswith(s) and key != s]
        return found


@cache
def _lists(lang: str) -> _Lists | None:
    data = load_json("town_words.json")
    if not any(data[part].get(lang) for part in ("words", "weak", "spellings")):
        return None
    return _Lists(lang)


def light(word: str) -> str:
    """``word`` cased and without marks (Hebrew points), its spelling otherwise kept."""
    decomposed = unicodedata.normalize("NFD", word.casefold().translate(_ARABIC))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def outside_town_words(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` (sorted by start) without the frequent words read as a town at home
    that nothing around them makes a place.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("भारत में लोगों को बहुत आनंद आया।", lang="hi")]
    ['भारत']
    >>> [m.text for m in find_places("वडोदरा, आनंद और सूरत", lang="hi")]
    ['वडोदरा', 'आनंद', 'सूरत']
    >>> [m.text for m in find_places("सागर। कलेक्टर ने सागर के कार्यों का निरीक्षण किया", lang="hi")]
    ['सागर', 'सागर']
    """
    lists = _lists(lang) if lang is not None else None
    if lists is None or not mentions:
        return mentions
    named = {m.place.subdivision for m in mentions if m.place.kind is PlaceKind.SUBDIVISION}
    kept: list[M] = []
    held: list[M] = []  # town words nothing around makes a place
    placed: set[tuple[str, int | None]] = set()  # town words something around makes a place
    for k, m in enumerate(mentions):
        if m.place.kind is PlaceKind.COUNTRY:
            kept.append(m)
            continue
        forms = lists.forms(m.text)
        spelled = light(m.text) in lists.spellings or any(
            light(m.text).endswith(s) for s in lists.spellings
        )
        if spelled or any(f in lists.words for f in forms):
            if not (
                _beside_place_word(text, m, lists)
                or bool(located_after(text, m.end, match_key(m.text)))  # "בנשר שבישראל"
                or _dateline(text, m)
                or _listed(text, mentions, k, lists)
                or (m.place.subdivision is not None and m.place.subdivision in named)
            ):
                held.append(m)
                continue
            placed.add((m.text, m.place.geonames_id))
        elif any(f in lists.weak for f in forms):
            country = m.place.country
            if not any(o is not m and o.place.country == country for o in mentions):
                continue
        kept.append(m)
    again = [m for m in held if (m.text, m.place.geonames_id) in placed]
    return sorted([*kept, *again], key=lambda m: m.start) if again else kept


def _beside_place_word(text: str, m: Mention, lists: _Lists) -> bool:
    """Whether a place word written before names is right before the mention, or one
    written after names right after it (one or two words)."""
    before = [match_key(w) for w in _WORD.findall(text[max(0, m.start - 40) : m.start])[-2:]]
    after = [match_key(w) for w in _WORD.findall(text[m.end : m.end + 40])[:2]]
    heads = [*before[-1:], " ".join(before)]
    tails = [*after[:1], " ".join(after)]
    return any(w in lists.before for w in heads) or any(w in lists.after for w in tails)


def _dateline(text: str, m: Mention) -> bool:
    """Whether the mention opens the text or a line and a dateline's sign follows it
    ("دماوند- ایرنا-", "सागर/", "રાજકોટ:"): the place the news comes from."""
    opening = text[: m.start].rsplit("\n", 1)[-1].strip() == ""
    return opening and _DATELINE.match(text, m.end) is not None


def _listed(text: str, mentions: list[M], k: int, lists: _Lists) -> bool:
    """Whether the mention ``k`` and the one before or after it are items of one list."""
    for other in (k - 1, k + 1):
        if not 0 <= other < len(mentions):
            continue
        a, b = sorted((mentions[k], mentions[other]), key=lambda m: m.start)
        gap = text[a.end : b.start]
        if len(gap) > 12:
            continue
        words = [match_key(w) or w for w in re.findall(r"[^\s]+", gap.replace(",", " , "))]
        words = [w.replace("،", ",") for w in words]
        joined = words and all(w in lists.joins for w in words)
        glued = not gap.strip() and text[b.start : b.start + 1] in lists.joins
        if joined or glued or (not words and gap == ", "):
            return True
    return False
