"""An Indian town named in Devanagari or Gujarati, or an Iranian one named in Persian, in a
text whose places lie in another state or province (one of the checks ``find_places`` runs
on its mentions).

Town names repeat from state to state, and GeoNames gives the Hindi or Gujarati name to
one namesake only: "औरंगाबाद" is an alternate name of Aurangabad, Maharashtra and not of
Aurangābād, Bihar; "सोनपुर" one of Sonepur, Odisha, not of Sonepur, Bihar. Texts about
Bihar ("बिहार ... मुंगेर ... नवादा औरंगाबाद जहानाबाद", "पटना से छपरा ... सोनपुर") read those
names in Maharashtra and Odisha: silently wrong.

The text's other places tell the state. A town of a home country of the text's language
(India for Hindi and Gujarati), named in one of these scripts, that lies in no state the
text's other places of that country lie in (states it names, and the states of its other
towns) is

* read as its namesake (a city of the same country with the same GeoNames name) that lies
  in one of those states, when exactly one of them does and the town read does not have
  :data:`~citydiplo._geo._dominance.DOMINANCE` times its inhabitants (Aurangābād, Bihar;
  "कोटा" beside Lucknow and Kanpur stays Kota, Rajasthan, a million against Kota, Uttar
  Pradesh, 15,000); else
* left unread when all the text's other places of that country lie in one other state,
  among them two towns or more, the town has under :data:`MAX_POPULATION` inhabitants and
  its name is shared by another city it does not dominate so, and it stands in one list
  with a town of that state (spaces, commas, dashes or "and" between): the text speaks of that
  state, and the writer's town is likelier one the gazetteer lacks
  ("भरतपुर" beside Raipur and Chirmiri is the Bharatpur of Chhattisgarh, not of
  Rajasthan, whose name Bharatpur, Nepal shares); or it is named right after a word for a
  local unit (``data/level_words.json``'s ``local_before``: Persian "بخش", a county's
  district, "دهستان", "روستای"), whose namesake in the text's province the gazetteer
  lacks ("بخش مهاباد" of Ardestan, Isfahan, is no Mahabad, West Azerbaijan). A state
  named alone does not suffice: a
  delegation of Mizoram ("मिजोरम") visits Mussoorie, Uttarakhand ("मसूरी"); nor does a
  name no other city bears ("અમદાવાદ અને સુરતના પ્રવાસીઓ શિમલા ફરવા ગયા": Shimla).

A town in a state the text names elsewhere, a text of several states, or a big city
(Delhi, Mumbai) is left as read.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any, TypeVar, cast

import attrs

from citydiplo._geo._candidates import candidates
from citydiplo._geo._data import load_json, name_key
from citydiplo._geo._dominance import DOMINANCE
from citydiplo._geo._extra import subdivision_of
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guard_types import Mention, with_changes
from citydiplo._geo._limits import home_countries
from citydiplo._geo._places import Place, PlaceKind, city_place
from citydiplo._normalize import match_key

__all__ = ["MAX_POPULATION", "within_text_states"]

M = TypeVar("M", bound=Mention)
MAX_POPULATION = 500_000  # a town this big is meant by its name whatever the text's state
# Devanagari, Gujarati, Arabic (Persian): the scripts whose town names GeoNames holds for
# one namesake
_SCRIPTS = (("\u0900", "\u097f"), ("\u0a80", "\u0aff"), ("\u0600", "\u06ff"))


def _indic(word: str) -> bool:
    return bool(word) and any(low <= word[0] <= high for low, high in _SCRIPTS)


def _namesakes(row_name: str, country: str, states: set[str]) -> list[int]:
    """The rows of the cities of ``country`` named ``row_name`` that lie in ``states``."""
    gz = gazetteer()
    found = gz.postings(name_key(row_name))
    if found is None:
        return []
    return [r for r in found.own if gz.country_of(r) == country and subdivision_of(r) in states]


def _rivalled(place: Place, written: str) -> bool:
    """Whether another city bearing the name of ``place`` (its GeoNames name, or the name as
    ``written``) is not dominated by it: "भरतपुर" is also Bharatpur, Nepal (369,000 against
    252,000); Shimla and Ayodhya have no such rival."""
    gz = gazetteer()
    rows: set[int] = set()
    for found in (gz.postings(name_key(place.name or "")), candidates(match_key(written))):
        if found is not None:
            rows.update(found.own, found.alternate)
    population = place.population or 0
    return any(
        gz.geonames_ids[r] != place.geonames_id and gz.population(r) * DOMINANCE > population
        for r in sorted(rows)
    )


_JOINERS = frozenset({"और", "व", "एवं", "તથા", "અને"})  # "and" in Hindi and Gujarati


def _listed_with(m: M, others: list[M], text: str) -> bool:
    """Whether ``m`` stands in one list with a town of ``others``: nothing but spaces,
    commas, dashes or "and" between them ("मनेंद्रगढ़ चिरमिरी भरतपुर और सक्ती"), not a
    destination apart from them ("प्रवासीओ ... ઉદયપુર ફરવા ગયા")."""
    for o in others:
        if o.place.kind is not PlaceKind.CITY:
            continue
        gap = text[o.end : m.start] if o.end <= m.start else text[m.end : o.start]
        words = gap.replace(",", " ").replace("-", " ").replace("–", " ").split()
        if len(gap) <= 40 and all(w in _JOINERS for w in words):
            return True
    return False


@cache
def _local_words() -> frozenset[str]:
    words: dict[str, list[str]] = load_json("level_words.json")["local_before"]
    return frozenset(w for lang in sorted(words) for w in words[lang])


def _after_local_word(m: M, text: str) -> bool:
    """Whether ``m`` is written right after a word for a local unit ("بخش مهاباد")."""
    before = text[max(0, m.start - 20) : m.start].split()
    return bool(before) and before[-1] in _local_words()


def within_text_states(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` with each home town that lies outside the text's states read as its
    namesake in them, or dropped (see the module's docstring).

    >>> from citydiplo import find_places
    >>> text = "बिहार के मुख्यमंत्री की यात्रा मुंगेर से शुरू होगी। नवादा औरंगाबाद जहानाबाद का भी दौरा।"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="hi")][-2:]
    [('औरंगाबाद', 'IN-BR'), ('जहानाबाद', 'IN-BR')]
    >>> text = "मुख्यमंत्री पटना से छपरा के लिए रवाना हुए तथा सोनपुर होते हुए छपरा पहुंचे।"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="hi")][2]
    ('सोनपुर', 'IN-BR')
    >>> text = "रायपुर : मनेंद्रगढ़ चिरमिरी भरतपुर और सक्ती जिले का शुभारंभ"
    >>> [m.text for m in find_places(text, lang="hi")]
    ['रायपुर', 'चिरमिरी']
    >>> text = "लखनऊ और कानपुर के छात्र कोटा में पढ़ते हैं"
    >>> [m.place.subdivision for m in find_places(text, lang="hi")]
    ['IN-UP', 'IN-UP', 'IN-RJ']
    >>> text = "અમદાવાદ અને સુરતના પ્રવાસીઓ શિમલા ફરવા ગયા હતા."
    >>> [m.place.subdivision for m in find_places(text, lang="gu")]
    ['IN-GJ', 'IN-GJ', 'IN-HP']
    >>> text = "मिजोरम के प्रतिनिधि मंडल ने मसूरी भ्रमण किया। मिजोरम राज्य के अधिकारी मसूरी पहुंचे।"
    >>> [m.place.subdivision for m in find_places(text, lang="hi")]
    ['IN-MZ', 'IN-UK', 'IN-MZ', 'IN-UK']
    >>> [m.place.subdivision for m in find_places("महाराष्ट्र के औरंगाबाद में", lang="hi")]
    ['IN-MH', 'IN-MH']
    >>> text = "سفر استاندار اصفهان به اردستان و کاشان؛ حضور استاندار در بخش مهاباد"
    >>> [m.text for m in find_places(text, lang="fa")]
    ['اصفهان', 'اردستان', 'کاشان']
    >>> [m.place.subdivision for m in find_places("شهر مهاباد در آذربایجان غربی", lang="fa")]
    ['IR-04', 'IR-04']
    """
    home = home_countries(lang) if lang is not None else frozenset()
    if not home:
        return mentions
    tables: _Tables | None = None  # built once per text, at the first home town in its script
    changed: dict[int, M | None] = {}
    for m in mentions:
        place = m.place
        if place.kind is not PlaceKind.CITY or place.country not in home or not _indic(m.text):
            continue
        if tables is None:
            tables = _Tables(mentions)  # each mention then asks in constant time
        key = match_key(m.text)
        states = tables.states(place.country, key)
        if not states or place.subdivision in states:
            continue
        gz = gazetteer()
        population = place.population or 0
        rows = [
            r
            for r in _namesakes(place.name or "", place.country, states)
            if gz.population(r) * DOMINANCE > population  # Kota, Rajasthan over Kota, UP
        ]
        if rows and len({subdivision_of(r) for r in rows}) == 1:
            namesake = attrs.evolve(city_place(rows[0], m.text), text=m.text)
            changed[id(m)] = attrs.evolve(cast(Any, m), place=namesake)
        elif (
            len(states) == 1
            and tables.towns(place.country, key) >= 2
            and population < MAX_POPULATION
            and (
                _after_local_word(m, text)
                or (
                    _rivalled(place, m.text)
                    and _listed_with(m, tables.others(mentions, place.country, key), text)
                )
            )
        ):
            changed[id(m)] = None
    return with_changes(mentions, changed)


class _Tables:
    """The subdivisions and towns of a text's mentions per country, each also counted per
    name, so that "the others" of a mention (those of its country by another name) are
    known without a pass over the text's mentions for each."""

    def __init__(self, mentions: list[Any]) -> None:
        self.subs: dict[str, Counter[str]] = {}
        self.subs_by_key: dict[tuple[str, str], Counter[str]] = {}
        self.towns_by_key: dict[str, Counter[str]] = {}
        for o in mentions:
            sub = o.place.subdivision
            if sub is None:
                continue
            country, key = o.place.country, match_key(o.text)
            self.subs.setdefault(country, Counter())[sub] += 1
            self.subs_by_key.setdefault((country, key), Counter())[sub] += 1
            if o.place.kind is PlaceKind.CITY:
                self.towns_by_key.setdefault(country, Counter())[key] += 1

    def states(self, country: str, key: str) -> set[str]:
        """The subdivisions of the mentions of ``country`` named otherwise than ``key``."""
        own = self.subs_by_key.get((country, key), Counter())
        return {s for s, n in self.subs.get(country, Counter()).items() if n > own[s]}

    def towns(self, country: str, key: str) -> int:
        """How many different towns of ``country`` the text names otherwise than ``key``."""
        towns = self.towns_by_key.get(country, Counter())
        return len(towns) - (1 if key in towns else 0)

    @staticmethod
    def others(mentions: list[M], country: str, key: str) -> list[M]:
        return [
            o
            for o in mentions
            if o.place.country == country
            and o.place.subdivision is not None
            and match_key(o.text) != key
        ]
