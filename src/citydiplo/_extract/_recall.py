"""Recall rules on cue hits and mentions: what keeps a name in the article from being
found (the rule on parties is :func:`citydiplo._extract._focus.focus_as_party`).

Each rule reads per-language data from ``data/<lang>.json`` (see :mod:`._cues`) and works on
the cue hits or mentions before sentences are built:

- :func:`glued_anaphora`: in a spaced script whose cues may be glued to a name (Korean), a
  word for "the city" glued to the end of a longer word is that word's marker and particle
  ("대경시는" is 대경시 + 는), no anaphor ("시는" standing alone is one).
- :func:`subunits`: a sub-municipal unit written after its city (Korean "합천군 대병면") is
  a place of its own (``subunit`` markers).
- :func:`officials_of_places`: after a place and a possessive ("亳州市の"), a name before an
  office title ("劉健市長") is that place's official, not a city.
- :func:`uncut`: a name built on an organization marker never starts inside a place the
  gazetteer found ("中|国安徽省" is no organization: "中国" is a country).
"""

from __future__ import annotations

import itertools
from typing import Any

from citydiplo._extract._mention import Mention, draft_id

__all__ = ["glued_anaphora", "last_of_kind", "officials_of_places", "subunits", "uncut"]


def glued_anaphora(hits: list[Any], text: str, script: dict[str, Any]) -> list[Any]:
    """``hits`` without the anaphora glued to a letter before them, when the language's
    script is spaced (``script.spaced``), or is unspaced and the anaphor is a marker and a
    particle (Japanese "町は" in "那須町は"); else ``hits`` unchanged.

    >>> from types import SimpleNamespace as H
    >>> hits = [H(start=2, end=4, family="anaphora"), H(start=2, end=3, family="city_suffix")]
    >>> [h.family for h in glued_anaphora(hits, "대경시는", {"spaced": True})]
    ['city_suffix']
    >>> alone = [H(start=3, end=5, family="anaphora")]
    >>> [h.family for h in glued_anaphora(alone, "대경 시는", {"spaced": True})]
    ['anaphora']
    >>> ja = {"boundary": "none", "particles": ["は"]}
    >>> [len(glued_anaphora([H(start=2, end=4, family="anaphora")], t, ja))
    ...  for t in ("那須町は14日", "。町は昨年")]
    [0, 1]
    """
    if not script.get("spaced"):
        # unspaced (Japanese): a marker and a particle ("町は": the town + topic) written onto
        # a letter end a name ("那須町は"), they stand for no place named before
        bound = frozenset(script.get("particles", ())) if script.get("boundary") == "none" \
            else frozenset()
        return [h for h in hits if h.family != "anaphora" or h.start == 0
                or not text[h.start - 1].isalpha() or text[h.start + 1:h.end] not in bound]
    return [h for h in hits
            if h.family != "anaphora" or h.start == 0 or not text[h.start - 1].isalpha()]


def last_of_kind(places: list[Any], at: int, word: str) -> Any:
    """The place an anaphor names among ``places[:at]`` (those named before it): the last
    one; for a marker and a kana particle (Japanese "町は", the town), the last one whose
    name ends with that marker ("那須町", not the city named after it); ``None`` if none.

    >>> from types import SimpleNamespace as P
    >>> ps = [P(text="那須町"), P(text="下田市")]
    >>> [last_of_kind(ps, 2, w).text for w in ("同市", "町は")], last_of_kind(ps, 2, "村は")
    (['下田市', '那須町'], None)
    """
    if len(word) != 2 or not "\u3040" <= word[1] <= "\u309f":
        return places[at - 1] if at else None
    return next((p for p in reversed(places[max(0, at - 20):at]) if p.text.endswith(word[0])),
                None)


def subunits(entities: list[Mention], text: str, data: dict[str, Any]) -> list[Mention]:
    """``entities`` with the sub-municipal units written after their city (``subunit``
    markers: Korean "합천군 대병면", "서귀포시 천지동"): each unit is a city-level place of its
    own, its city only where it lies; the unit named again on its own ("대병면과") is the same
    place. The city before it is a place mention or a word built on a city marker
    (``city.suffix``); a marker word with no city before it ("공동", "활동") names nothing.

    >>> from citydiplo._extract._mention import Mention
    >>> text = "합천군 대병면과 거제시 장승포동이 자매결연을 맺었다. 대병면은 좋다."
    >>> places = [Mention(kind="place", start=0, end=3, text="합천군", actor_type="city"),
    ...           Mention(kind="place", start=9, end=12, text="거제시", actor_type="city")]
    >>> data = {"subunit": ["면", "동"], "script": {"particles": ["과", "이", "은"]},
    ...         "city": {"suffix": ["시", "군"]}}
    >>> [m.text for m in subunits(places, text, data)]
    ['합천군', '대병면', '거제시', '장승포동', '대병면']
    """
    markers = tuple(data.get("subunit", ()))
    if not markers:
        return entities
    particles = tuple(data["script"]["particles"])
    cities = tuple(data["city"]["suffix"])
    taken = sorted((m.start, m.end) for m in entities)
    ends = {m.end for m in entities if m.kind == "place" and m.actor_type in ("city", "region")}
    names: set[str] = set()
    for at in range(1, len(text) - 1):
        if text[at] != " " or not _hangul(text[at - 1]) or not _hangul(text[at + 1]):
            continue
        back = at
        while back > 0 and _hangul(text[back - 1]):
            back -= 1
        if at not in ends and not (text[back:at].endswith(cities) and at - back >= 2):
            continue  # no city before it: "공동", "활동" name nothing
        end = at + 1
        while end < len(text) and _hangul(text[end]):
            end += 1
        word = text[at + 1:end]
        for marker in markers:
            cut = _unit_end(word, marker, particles)
            if cut is not None:
                names.add(word[:cut])
                break
    if not names:
        return entities
    found: list[Mention] = []
    for name in sorted(names):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            rest = text[end:]
            if (at == 0 or not text[at - 1].isalpha()) and (
                    not rest[:1].isalpha() or rest.startswith(particles)) \
                    and not any(a < end and at < b for a, b in taken):
                found.append(Mention(kind="place", start=at, end=end, text=name,
                                     actor=draft_id("city", name), actor_type="city",
                                     name=name))
            at = text.find(name, end)
    return sorted([*entities, *found], key=lambda m: (m.start, m.end))


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _unit_end(word: str, marker: str, particles: tuple[str, ...]) -> int | None:
    """Where a unit's name ends in ``word`` (its name, three to five letters with the
    marker, then nothing or one particle), or None. A one-letter stem before the marker is a
    common word: "공동" (joint), "활동" (activity), "측면" (side)."""
    for cut in range(len(word), 1, -1):
        if word[:cut].endswith(marker) and 3 <= cut <= 5 and (
                cut == len(word) or word[cut:] in particles):
            return cut
    return None


def uncut(marked: list[Mention], places: list[Any]) -> list[Mention]:
    """The names in ``marked`` (built on a marker) that do not start strictly inside a
    place of ``places`` (gazetteer hits, with ``start`` and ``end``): reaching back from its
    marker, such a name took the tail of the place's name ("中国安徽省": "国安徽" + the
    ministry marker "省"), and names nothing; nor does one that is, whole, a city or region
    the gazetteer knows ("山東省の訪問団": the delegation of Shandong Province, no ministry),
    or that ends with one, its marker the place's own ("第7回遼寧省": the 7th session in
    Liaoning Province; reaching back from the province's "省", the name took "回").

    >>> from types import SimpleNamespace as P
    >>> org = Mention(kind="organization", start=1, end=5, text="国安徽省")
    >>> uncut([org], [P(start=0, end=2, kind="country")])
    []
    >>> len(uncut([org], [P(start=1, end=2, kind="country")]))
    1
    >>> uncut([org], [P(start=1, end=5, kind="region")])
    []
    >>> uncut([org], [P(start=2, end=5, kind="region")])
    []
    >>> body = Mention(kind="organization", start=0, end=17, text="Thành ủy Bắc Kinh")
    >>> len(uncut([body], [P(start=9, end=17, kind="city")]))
    1
    """
    spans = sorted((p.start, p.end) for p in places)
    whole = frozenset((p.start, p.end) for p in places if p.kind in ("city", "region"))
    ends = {p.end: p.start for p in places if p.kind in ("city", "region")}
    return [m for m in marked if not any(a < m.start < b for a, b in spans)
            and (m.start, m.end) not in whole and not _glued_onto(m, ends.get(m.end, -1))]


def _glued_onto(m: Mention, place: int) -> bool:
    """Whether name ``m`` ends with a place that starts at ``place``, inside it, with what
    stands before the place glued onto it ("回|遼寧省"; not "Thành ủy |Bắc Kinh", the party
    committee of Beijing, a body named by its place)."""
    return m.start < place and not m.text[place - m.start - 1].isspace()


def officials_of_places(entities: list[Mention], text: str, data: dict[str, Any]
                        ) -> list[Mention]:
    """``entities`` with the names that a place's office title follows read as people, not
    places: after a place and a possessive (``possessive``: Japanese "の"), "劉健市長" in
    "亳州市の劉健市長" is Liu Jian, the mayor of Bozhou, not a city 劉健 with its mayor. The
    same name written with the same title elsewhere is the same person.

    >>> from citydiplo._extract._mention import Mention
    >>> text = "亳州市の劉健市長と会談した。劉健市長は話した。"
    >>> ms = [Mention(kind="place", start=0, end=3, text="亳州市", actor="city-bozhou",
    ...               actor_type="city"),
    ...       Mention(kind="place", start=4, end=7, text="劉健市", actor="city-劉健",
    ...               actor_type="city", name="劉健市"),
    ...       Mention(kind="place", start=14, end=17, text="劉健市", actor="city-劉健",
    ...               actor_type="city", name="劉健市")]
    >>> data = {"possessive": ["の"], "titles_after": ["市長"]}
    >>> [(m.kind, m.text, m.name) for m in officials_of_places(ms, text, data)][1:]
    [('person', '劉健市長', '劉健'), ('person', '劉健市長', '劉健')]
    """
    marks = tuple(data.get("possessive", ()))
    if not marks:
        return entities
    titles = tuple(data["titles_after"])
    names: dict[str, str] = {}  # the marker city's draft id -> the title after it
    for prev, m in itertools.pairwise(entities):
        if m.kind != "place" or m.geonames is not None or prev.kind != "place":
            continue
        gap = text[prev.end:m.start]
        title = next((t for t in titles if text.startswith(t, m.end - 1)
                      and text[m.end - 1] == t[0]), None)
        if gap in marks and title is not None and m.actor:
            names[m.actor] = title
    if not names:
        return entities
    out = []
    for m in entities:
        title = names.get(m.actor or "") if m.kind == "place" else None
        if title is None or not text.startswith(title, m.end - 1):
            out.append(m)
            continue
        name = text[m.start:m.end - 1]
        out.append(Mention(kind="person", start=m.start, end=m.end - 1 + len(title),
                           text=text[m.start:m.end - 1 + len(title)],
                           actor=draft_id("person", name), actor_type="person", name=name,
                           title=title))
    return out
