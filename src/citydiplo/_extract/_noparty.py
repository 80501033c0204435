"""Names that are no parties: words a name finder read as a person or a place.

A marker ("the city", "شهر", "העיר", "市") or an office title ("市长", "시장") shows that a
name is near, not where it starts. In languages written without capitals the finder takes
the word beside the marker, and sometimes that word is no name:

- **a common word beside a place marker**: "העיר הגרמנית" (the German city), "העיר בעד"
  (the council voted *for*), "شهر بسیار مهمی" (a very important city), "העיר ומנהלי"
  (the city *and the heads of*). A place the gazetteer does not know, built on a marker,
  whose name word -- or that word without a prefix letter of its language -- is a frequent
  word of the language that names no place (``data/common_words.json``, built by
  ``tools/build_common_words.py`` from wordfreq and stopwordsiso), is no place. A name
  the gazetteer knows is never touched ("אילת", Eilat, is a frequent word and a city).
- **a country's adjective or a possessive word beside a place marker**: "העיר ההולנדית"
  (the Dutch city), "જાપાની શહેર", "העיר התאומה שלה" (its twin city): see
  :mod:`citydiplo._extract._demonym`.
- **a country word beside a place marker**: "בעיר בצרפת" (in a city *in France*): the name
  word, without a prefix letter, is a country: no city of that name.
- **a word the language names no one with** (its ``not_names``) beside a place marker:
  "nước CHDCND Lào" (the Lao *People's Democratic Republic*) is no country or city "CHDCND".
- **a cue word read as a name**: "东北亚城市市长论坛" gives a person "论坛" (forum) before
  the next title; "舞鶴市長表敬訪問" a person "表敬訪" (courtesy visit); "国际友好城市大会"
  a city "国际友好城". A draft person or place whose name overlaps one of the language's
  record cue words (partnership, agreement, event, document, signing) is no name.
- **a person read as a place before an office title**: "佐藤市長は" (Mayor Sato) gives a
  city "佐藤市" whose marker "市" begins the title "市長". A draft place whose every
  mention in the article runs on into an office title of the language that begins with its
  marker is that official, a person with the title ("佐藤", 市長); a city named once without
  the title ("四万十市") stays a city.
- **a place's name before its office title read as a person**: "리우싱웨이 진저우 시장"
  (Liu Xingwei, the mayor of Jinzhou) gives a person "진저우" where the article names the
  city "진저우시". A draft person with a title whose name is a place named elsewhere in the
  article, alone or with one of its language's city markers, is that place's office: the
  mention becomes the place's, with the title.
- **a place's office read as a person**: "세계 겨울도시 시장 회의" (the winter cities'
  mayors' meeting) gives a person "겨울도시" with the title 시장; "東北亞城市市長" a person
  "亞城市". A name that ends with an attached city or region marker of its language, before
  an office title, names a place's office, not a person.

Only drafts are judged: a name the gazetteer or the register (``known``) gives is kept.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import attrs

from citydiplo._extract._demonym import no_city_word
from citydiplo._extract._mention import Mention, draft_id
from citydiplo._normalize import match_key
from citydiplo._spans import SpanIndex

__all__ = ["no_party_names"]

_CUE_FAMILIES = frozenset({"partnership", "agreement", "event", "document", "signing"})


@cache
def _common_words(lang: str) -> frozenset[str]:
    import json
    from importlib import resources

    raw = resources.files("citydiplo._extract").joinpath("data/common_words.json").read_text(
        encoding="utf-8")
    return frozenset(json.loads(raw)["words"].get(lang, ()))


@cache
def _is_country(key: str) -> bool:
    from citydiplo._geo._places import candidates

    return bool(key) and bool(candidates(key).countries)


def _forms(word: str, prefixes: tuple[str, ...]) -> list[str]:
    forms = [word]
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= 2:
            forms.append(word[len(p):])
            forms += [word[len(p) + len(q):] for q in prefixes
                      if word[len(p):].startswith(q) and len(word) - len(p) - len(q) >= 2]
    return forms


def _marker_word(m: Mention, text: str, data: dict[str, Any]) -> str | None:
    """The name word of a place built on a marker written apart ("העיר הגרמנית" ->
    "הגרמנית", "अमेरिकी शहर" -> "अमेरिकी"), or None."""
    city = data["city"]
    region = data.get("region", {})
    words = m.text.split()
    if len(words) != 2:
        return None
    first, last = words
    befores = {w.strip().lower() for w in (*city.get("prefix", ()), *region.get("prefix", ()))}
    afters = {w.strip().lower() for w in (*city.get("suffix", ()), *region.get("suffix", ()))}
    prefixes = tuple(data["script"]["prefixes"])
    if any(f.lower() in befores for f in _forms(first, prefixes)):
        return last
    if last.lower() in afters:
        return first
    return None


def _common(word: str, lang: str, prefixes: tuple[str, ...], joins: tuple[str, ...]) -> bool:
    """Whether a name word is a common word, or a common word after a prefix letter that is
    a conjunction (Hebrew "ו": "ומנהלי", *and* the heads of), or a country after any prefix
    letter ("בצרפת", *in* France). A name may begin with another prefix letter ("הנאם",
    Hanam, is no "נאם", speech)."""
    words = _common_words(lang)
    return any(match_key(f) in words for f in _forms(word, joins)) or any(
        _is_country(match_key(f)) for f in _forms(word, prefixes)[1:])


def _titled_drafts(entities: list[Mention], text: str, data: dict[str, Any]) -> list[Mention]:
    """Draft places whose marker begins an office title at every mention, as people."""
    suffixes = [w for w in data["city"].get("suffix", ()) if w and not w[0].isspace()]
    titles = [t for t in data["titles_after"] if t]
    title_at: dict[int, tuple[str, str]] = {}
    by_actor: dict[str, list[int]] = {}
    for i, m in enumerate(entities):
        if m.kind != "place" or m.geonames is not None or m.subdivision is not None \
                or m.actor_type != "city" or not m.actor:
            continue
        by_actor.setdefault(m.actor, []).append(i)
        marker = next((w for w in suffixes if m.text.endswith(w)), None)
        if marker is None:
            continue
        title = max((t for t in titles if t.startswith(marker) and len(t) > len(marker)
                     and text.startswith(t, m.end - len(marker))), key=len, default=None)
        if title is not None and len(m.text) > len(marker):
            title_at[i] = (marker, title)
    people = {a for a, idx in by_actor.items() if all(i in title_at for i in idx)}
    if not people:
        return entities
    out = []
    for i, m in enumerate(entities):
        if m.actor in people and i in title_at:
            marker, title = title_at[i]
            name = m.text[:len(m.text) - len(marker)]
            end = m.end - len(marker) + len(title)
            out.append(Mention(kind="person", start=m.start, end=end, text=text[m.start:end],
                               actor=draft_id("person", name), actor_type="person",
                               name=name, title=title))
        else:
            out.append(m)
    return out


def _offices_of_named_places(entities: list[Mention], data: dict[str, Any]) -> list[Mention]:
    """Draft people named like a place of the article, as that place with the title."""
    markers = tuple(w.strip() for w in (*data["city"].get("suffix", ()),
                                        *data["city"].get("prefix", ())) if w.strip())
    places: dict[str, Mention] = {}
    for m in entities:
        if m.kind == "place" and m.actor_type in ("city", "region") and m.actor:
            places.setdefault(m.text, m)
            for w in markers:
                if m.text.endswith(w) and len(m.text) > len(w):
                    places.setdefault(m.text[:-len(w)].strip(), m)
                if m.text.startswith(w) and len(m.text) > len(w):
                    places.setdefault(m.text[len(w):].strip(), m)
    out = []
    for m in entities:
        place = places.get(m.name or "") if m.kind == "person" and m.title else None
        if place is None or not m.name or m.geonames is not None:
            out.append(m)
            continue
        at = m.start + max(0, m.text.find(m.name))
        out.append(attrs.evolve(place, start=at, end=at + len(m.name), text=m.name,
                                title=m.title, proclitic=None))
    return out


def no_party_names(entities: list[Mention], text: str, hits: list[Any], lang: str,
                   data: dict[str, Any]) -> list[Mention]:
    """``entities`` without the draft people and places that are common words, cue words or
    a place's office (see the module's documentation).

    >>> from citydiplo._extract._cues import cues
    >>> text = "משלחת מהעיר הגרמנית הגיעה"
    >>> m = Mention(kind="place", start=7, end=19, text="העיר הגרמנית", actor="city-x",
    ...             actor_type="city", name="הגרמנית")
    >>> no_party_names([m], text, [], "he", cues("he"))
    []
    """
    prefixes = tuple(data["script"]["prefixes"])
    joins = tuple(p for p in prefixes if p in data["conjunctions"])
    cue_hits = SpanIndex((h.start, h.end) for h in hits if h.family in _CUE_FAMILIES)
    suffixes = tuple(w for w in (*data["city"].get("suffix", ()),
                                 *data.get("region", {}).get("suffix", ()))
                     if w and not w[0].isspace())
    entities = _titled_drafts(entities, text, data)
    entities = _offices_of_named_places(entities, data)
    out = []
    for m in entities:
        if (m.kind not in ("place", "person") or m.geonames is not None
                or m.subdivision is not None or m.actor_type == "country"):
            out.append(m)  # the gazetteer's places and the register's actors stay
            continue
        if m.kind == "place" and m.actor_type in ("city", "region"):
            word = _marker_word(m, text, data)
            if word is not None and _common(word, lang, prefixes, joins):
                continue
            if m.name and no_city_word(word or m.name, data):
                continue  # "העיר ההולנדית" (the Dutch city), "העיר התאומה שלה": _demonym
            if m.name in data.get("not_names", ()):
                continue  # "nước CHDCND Lào": the state's form, not a city's name
        at = m.text.find(m.name) if m.name else -1
        s, e = (m.start + at, m.start + at + len(m.name or "")) if at >= 0 else (m.start, m.end)
        if cue_hits.overlaps(s, e):
            continue
        if (m.kind == "person" and m.title and m.name and suffixes
                and m.name.endswith(suffixes) and not m.name.endswith(tuple(
                    w for w in data["titles_after"] if w))):
            continue
        out.append(m)
    return out

