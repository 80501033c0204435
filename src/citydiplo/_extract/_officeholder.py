"""The name after "the city's People's Committee" is its officer's, not a city's.

"Chủ tịch UBND thành phố Lê Trung Chinh tiếp …" (Le Trung Chinh, chairman of the city People's
Committee, received …), "Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn": Vietnamese names an office by
its organ and the level of government it serves ("UBND thành phố", the People's Committee of
the city -- the city the article is about), and writes the officer's name right after. The
place marker "thành phố" / "tỉnh" then stands before a personal name, and the marker rule reads
a city "Lê Trung Chinh" the gazetteer does not know -- a false side of every candidate of the
sentence.

Rule: a place mention the gazetteer does not know (a draft city or region), read from one of
the language's city markers, right after one of its ``office_organs`` (the organs of local
government: "UBND", "HĐND", "Ủy ban nhân dân"), and written as a personal name (two words or
more, each a capital and small letters), is the officer's name: the mention becomes a person
mention of the words after the marker ("UBND TP.HCM Lê Hoàng Quân" opens with the city's
initials and is left to the other rules). A place the gazetteer knows stays a place
("UBND tỉnh Quảng Nam Lê Trí Thanh": the region Quảng Nam, whatever words its reading took).
"""

from __future__ import annotations

import attrs

from citydiplo._extract._mention import Mention, draft_id

__all__ = ["officeholders"]


def _personal(name: str) -> bool:
    """Written as a personal name: two words or more, each a capital and small letters
    ("Lê Trung Chinh"; not "HCM Lê Hoàng Quân", which opens with a city's initials)."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and w[1:].islower() for w in words)


def officeholders(mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """``mentions`` with each officer read as a draft place made a person again.

    >>> t = "Chủ tịch UBND thành phố Lê Trung Chinh tiếp Thị trưởng thành phố Daejeon."
    >>> m = Mention(kind="place", start=14, end=38, text=t[14:38], actor="city-letrungchinh",
    ...             actor_type="city", name="Lê Trung Chinh")
    >>> [(x.kind, x.text, x.actor) for x in officeholders([m], t, "vi")]
    [('person', 'Lê Trung Chinh', 'person-letrungchinh')]
    """
    from citydiplo._extract._cues import cues

    data = cues(lang)
    organs = tuple(w.casefold() for w in data.get("office_organs", ()))
    if not organs:
        return mentions
    city = data["city"]
    markers = tuple(w.casefold() for w in (*city.get("prefix", ()),
                                          *data.get("region", {}).get("prefix", ())))
    out = []
    for m in mentions:
        if m.kind == "place" and m.geonames is None and m.name \
                and m.actor_type in ("city", "region") \
                and m.actor == draft_id(m.actor_type, m.name) and _personal(m.name) \
                and m.text.casefold().startswith(markers) \
                and text[max(0, m.start - 30):m.start].rstrip().casefold().endswith(organs):
            at = text.find(m.name, m.start, m.end)
            if at >= 0:
                m = attrs.evolve(m, kind="person", start=at, end=at + len(m.name),
                                 text=m.name, actor=draft_id("person", m.name),
                                 actor_type="person")
        out.append(m)
    return out
