"""Who may be a party: people tie no cities, and a place that only locates is no side.

Two rules on candidates, after they are read from their sentences:

- **A person is no party of a partnership.** Partnerships tie places and organisations;
  when an anaphor or a title makes a person one side ("両市が1979年9月に友好都市を締結" read
  beside "佐藤市長"), the person is dropped; with fewer than two sides left the candidate is
  no partnership (listed in ``Extraction.skipped``). People still take part in events and
  sign agreements.
- **A country is no side of a place's partnership.** "В список городов-побратимов
  Новосибирска ... входят города США, Японии" (Novosibirsk's twin towns include cities of
  the USA, Japan): a partnership ties towns, provinces and their bodies; a country named
  beside a city or region as the other side stands for its unnamed towns, and is dropped
  (the candidate, with fewer than two sides left, is skipped).
- **A place's own body is no second side.** "亳州市役所" (the city hall of Bozhou) beside
  Bozhou, "עיריית אשקלון" (the municipality of Ashkelon) beside Ashkelon: an organisation
  whose name holds the name of a place that is a side, or whose name the place's follows at
  once ("شورای اسلامی شهر یزد", the Islamic council of the city of Yazd), is that place's
  body, the same side (of an agreement, its parties are its sides, not its signatories). A
  partnership, agreement or two-sided event (visit, meeting, delegation...) whose sides are
  then fewer than two is skipped; so is one whose only two sides are one place.
- **A place that only says where another lies is no side.** "진저우시는 랴오닝성 서남부에
  위치한 도시로" (Jinzhou, a city *located in* south-west Liaoning), "原州市位于韓國江原道",
  "Mandaue, located in Cebu": the place after (or before) one of the language's locating
  words (``data/locating.json``, "…" standing for the place) within a few characters locates
  another place (so do the places joined to it by one of the language's conjunctions:
  "옌타이와 칭다오를 잇는 … 웨이하이시", Weihai, the hub linking Yantai and Qingdao); it
  is no party of a partnership or agreement and no participant of an event
  of its sentence, unless the sentence names it elsewhere too. A partnership or agreement
  left with fewer than two sides is skipped; so is an event whose second side was such a
  place ("मुंबई स्थित महावाणिज्य दूत ने पटना हवाई अड्डे पर ... स्वागत किया": the
  Mumbai-based consul general welcomed him at Patna airport), which would otherwise pair
  the place of the welcome with the official's posting.
- **What a speaker only talks about takes no part** in the event of the speaker's clause
  (:mod:`citydiplo._extract._quoted`); **nor does a meeting's venue**
  (:mod:`citydiplo._extract._venue`).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._extract._own_body import SentenceActors, one_side
from citydiplo._extract._quoted import quoted_only, unspoken_sides
from citydiplo._extract._respective import listed_respectively
from citydiplo._extract._sentence import Candidate, Sentence
from citydiplo._extract._venue import venue_only
from citydiplo._extract._within import OWN_REGION, own_region_tie, subdivisions

__all__ = ["locators", "parties_only"]

_REACH = 12  # characters between a locating word and its place ("랴오닝성 서남부에 위치")
_TIES = ("partnership", "agreement")


@cache
def _locating_data() -> dict[str, dict[str, list[str]]]:
    raw = resources.files("citydiplo._extract").joinpath("data/locating.json").read_text(
        encoding="utf-8")
    data: dict[str, dict[str, list[str]]] = json.loads(raw)
    return data


@cache
def _locating(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's locating words: those before their place, those after it."""
    words = _locating_data()["words"].get(lang, ())
    before = tuple(w.replace("…", "").strip().lower() for w in words if w.endswith("…"))
    after = tuple(w.replace("…", "").strip().lower() for w in words if w.startswith("…"))
    return before, after


def _contained_by(places: list[Mention], text: str, lang: str) -> set[int]:
    """The places of ``places`` (in text order) that a possessive mark joins to a place
    named at once after it ("Tokyo’s Minato Ward": Tokyo; data ``between``)."""
    marks = sorted(_locating_data().get("between", {}).get(lang, ()), key=len, reverse=True)
    out: set[int] = set()
    for i in range(len(places) - 1):
        gap = text[places[i].end:places[i + 1].start]
        word = gap.rstrip()
        if word != gap and any(word == m for m in marks):  # the mark, then a space
            out.add(i)
    return out


def _find_all(hay: str, needle: str) -> list[int]:
    out, at = [], hay.find(needle)
    while at >= 0:
        out.append(at)
        at = hay.find(needle, at + 1)
    return out


def locators(s: Sentence, text: str, lang: str) -> frozenset[str]:
    """The actors of sentence ``s`` named only beside a locating word.

    >>> from citydiplo import extract
    >>> x = extract("Mandaue City, located in Cebu, signed a sister city agreement with "
    ...             "Mosul City.", lang="en")
    >>> sorted(a for r in x.records for a in r.actors)
    ['city-mandaue', 'city-mandaue', 'city-mosul', 'city-mosul']
    """
    before, after = _locating(lang)
    places = [m for m in s.entities if m.kind in ("place", "actor") and m.actor]
    marked: set[int] = _contained_by(places, text, lang)
    if not before and not after and not marked:
        return frozenset()
    from citydiplo._extract._cues import cues

    data = cues(lang)  # "A와 B를 잇는": joined by "and", not by "with" ("... با شهر آنکونا")
    joins = {""} | ({w.lower() for w in data.get("conjunctions", ())}
                    - {w.lower() for w in data.get("counterpart", ())})
    body = text[s.start:s.end].lower()
    for w in before:
        for at in _find_all(body, w):
            pos = s.start + at + len(w)
            for i, m in enumerate(places):  # the first place after it, and those glued on
                if m.start < pos:
                    continue
                gap = text[pos:m.start]
                first = pos == s.start + at + len(w)
                if (len(gap) > _REACH or any(_stop(ch) for ch in gap)) if first \
                        else gap.strip().lower() not in joins:
                    break
                marked.add(i)
                pos = m.end
    for w in after:
        for at in _find_all(body, w):
            pos = s.start + at
            for i in range(len(places) - 1, -1, -1):  # the last place before it, and so on
                m = places[i]
                if m.end > pos:
                    continue
                gap = text[m.end:pos]
                first = pos == s.start + at
                if (len(gap) > _REACH or any(_stop(ch) for ch in gap)) if first \
                        else gap.strip().lower() not in joins:
                    break
                marked.add(i)
                pos = m.start
    located = {places[i].actor for i in marked}
    elsewhere = {m.actor for i, m in enumerate(places) if i not in marked}
    return frozenset(a for a in located if a and a not in elsewhere)


def _stop(ch: str) -> bool:
    """A character a locating phrase does not run over: punctuation."""
    import unicodedata

    return unicodedata.category(ch)[0] == "P"


def _countries_beside_places(c: Candidate, index: SentenceActors) -> set[str]:
    """The countries among the sides of partnership ``c`` when a city or region is one (the
    type of a side is that of its last mention)."""
    sides = [a for a, r in c.actors if r == "party"]
    if not any(index.last_type(c, a) in ("city", "region") for a in sides):
        return set()
    return {a for a in sides if index.last_type(c, a) == "country"}


def _core(text: str, markers: frozenset[str]) -> str:
    """A place's name without its marker words ("בעיר אשקלון" -> "אשקלון")."""
    words = text.split()
    core = [w for w in words if w.lower() not in markers and w[1:].lower() not in markers]
    return " ".join(core) if core and len(words) > 1 else text


def parties_only(cands: list[Candidate], text: str, lang: str,
                 skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` without people as sides of a partnership and without the places that only
    locate another (see the module's documentation)."""
    from citydiplo._extract._cues import cues

    city = cues(lang)["city"]
    each = tuple(cues(lang).get("respectively", ()))
    markers = frozenset(w.strip().lower() for w in (*city.get("prefix", ()),
                                                    *city.get("suffix", ())) if w.strip())
    out = []
    cache_: dict[int, frozenset[str]] = {}
    held: dict[tuple[int, int, bool], frozenset[str]] = {}  # each sentence's venues
    index: dict[int, SentenceActors] = {}  # each sentence's actors, read once
    said: dict[tuple[int, int], bool] = {}  # whether each sentence says "respectively"
    where = subdivisions(cands)
    for c in cands:
        if c.sentence.start not in cache_:
            cache_[c.sentence.start] = locators(c.sentence, text, lang)
        if c.sentence.start not in index or index[c.sentence.start].sentence is not c.sentence:
            index[c.sentence.start] = SentenceActors(c.sentence)
        actors = index[c.sentence.start]
        venues = venue_only(c, text, lang, held)
        gone = set(cache_[c.sentence.start]) | quoted_only(c, text, lang) | venues
        gone |= unspoken_sides(c, text, lang)
        if c.type == "partnership":
            gone |= {a for a, r in c.actors if r == "party" and actors.is_person(c, a)}
            gone |= _countries_beside_places(c, actors)
        if c.type in _TIES and len({a for a, r in c.actors if r == "party"}) < 2:
            skipped.append((c.sentence, f"a {c.type} with fewer than two distinct sides"))
            continue  # "with B and C respectively" split where B is the only side left
        if listed_respectively(c, text, each, said):
            skipped.append((c.sentence, f"a {c.type} between two places listed 'respectively'"))
            continue
        if one_side(c, actors, lambda t: _core(t, markers)):
            skipped.append((c.sentence, f"a {c.type} whose sides are one place and its own "
                                        "bodies"))
            continue
        if own_region_tie(c, where):
            skipped.append((c.sentence, OWN_REGION))
            continue
        if not gone & {a for a, _ in c.actors}:
            out.append(c)
            continue
        kept = tuple((a, r) for a, r in c.actors if a not in gone)
        if c.type in _TIES and len({a for a, r in kept if r == "party"}) < 2:
            skipped.append((c.sentence, f"a {c.type} with fewer than two sides once people "
                                        "and places that only locate are left out"))
            continue
        if c.type not in _TIES and len({a for a, _ in kept}) < 2:
            if venues & {a for a, _ in c.actors} and all(
                    actors.is_person(c, a) for a, _ in kept):
                skipped.append((c.sentence, "an event whose place only locates it"))
                continue
            if cache_[c.sentence.start] & {a for a, _ in c.actors}:
                skipped.append((c.sentence, "an event whose second side only locates a "
                                            "person or place"))
                continue
            out.append(c)  # an event keeps its place rather than lose its second side
            continue
        out.append(attrs.evolve(c, actors=kept))
    return out
