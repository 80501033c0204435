"""One city under two gazetteer records, named both ways in one article, is one actor.

GeoNames often holds a city twice: the populated place ("Changwon", 1846326) and the
municipality around it, named with its generic word in romanised form ("Changwon-si",
1846322). An article writes "창원특례시" in its lead and "창원시" in the next sentence; the
two readings land on the two records, and every candidate told twice (a partnership in the
headline and again in the lead, a visit, a meeting) becomes two candidates with two hosts.

Rule: among the article's place mentions of cities linked to the gazetteer, those whose
gazetteer names are one name once a trailing generic word written in Latin letters is
dropped (the ``romanized_after`` words of every language's place cues: "si", "gun", "shi",
"xian"...), in one country and one first-level subdivision, are one city: every such mention
takes the gazetteer id and name of the earliest one in the text. Two cities of one name in
one province are rare enough that one article naming both is not served by this rule (it
does not fuse them when their subdivisions differ or are unknown).
"""

from __future__ import annotations

from functools import cache, lru_cache

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._normalize import match_key

__all__ = ["one_city"]


@cache
def _generic_words() -> frozenset[str]:
    from citydiplo._geo._data import load_json
    from citydiplo._geo._languages import available

    words: set[str] = set()
    for lang in available():
        words.update(match_key(w) for w in load_json(f"cues/{lang}.json")["romanized_after"])
    return frozenset(w for w in words if w)


@lru_cache(maxsize=4096)
def _bare(name: str) -> str:
    key = match_key(name)
    head, _, last = key.rpartition(" ")
    return head if head and last in _generic_words() else key


def one_city(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the cities named under two gazetteer records read as the first.

    >>> a = Mention(kind="place", start=0, end=5, text="창원특례시", actor="city-changwonsi",
    ...             actor_type="city", name="Changwon-si", country="KR", subdivision="KR-48",
    ...             geonames=1846322)
    >>> b = Mention(kind="place", start=40, end=43, text="창원시", actor="city-changwon",
    ...             actor_type="city", name="Changwon", country="KR", subdivision="KR-48",
    ...             geonames=1846326)
    >>> [(m.actor, m.geonames) for m in one_city([a, b])]
    [('city-changwonsi', 1846322), ('city-changwonsi', 1846322)]
    """
    first: dict[tuple[str, str, str], Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.kind == "place" and m.actor_type == "city" and m.geonames is not None \
                and m.name and m.country and m.subdivision:
            first.setdefault((m.country, m.subdivision, _bare(m.name)), m)
    out = []
    for m in mentions:
        if m.kind == "place" and m.actor_type == "city" and m.geonames is not None \
                and m.name and m.country and m.subdivision:
            lead = first[(m.country, m.subdivision, _bare(m.name))]
            if lead.geonames != m.geonames:
                m = attrs.evolve(m, actor=lead.actor, name=lead.name, geonames=lead.geonames)
        out.append(m)
    return out
