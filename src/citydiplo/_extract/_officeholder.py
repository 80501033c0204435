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
("UBND tỉnh Quảng Nam Lê Trí Thanh": the region Quảng Nam) -- and when the marker's reading
ran on past the place's own name into such a personal name ("Chủ tịch Ủy ban Nhân dân thành
phố Hạ Long Đào Xuân Đan": the reading took "Hạ Long Đào Xuân", and Hạ Long's mayor was lost
as a signatory), the place ends with its name and the words after it, two to four, each a
capital and small letters, are the officer's name.
"""

from __future__ import annotations

import re

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
        if m.kind == "place" and m.geonames is not None and m.name and m.text.casefold(
        ).startswith(markers) and text[max(0, m.start - 30):m.start].rstrip().casefold(
        ).endswith(organs):
            out += _named_after(m, text)
            continue
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


def _named_after(m: Mention, text: str) -> list[Mention]:
    """A known place read from its marker, and the officer's name its reading ran into
    ("thành phố Hạ Long Đào Xuân Đan"): the place up to its name, then the person; else the
    place as it is.

    >>> t = "Chủ tịch UBND thành phố Hạ Long Đào Xuân Đan và Thị trưởng."
    >>> m = Mention(kind="place", start=14, end=40, text=t[14:40], actor="city-halong",
    ...             actor_type="city", name="Hạ Long", geonames=1580410)
    >>> [(x.kind, x.text) for x in _named_after(m, t)]
    [('place', 'thành phố Hạ Long'), ('person', 'Đào Xuân Đan')]
    """
    assert m.name is not None
    at = text.find(m.name, m.start, m.end)
    if at < 0 or at + len(m.name) >= m.end:
        return [m]
    words = re.match(r"(?: [^\W\d_][^\W\d_]*){2,4}", text[at + len(m.name):])
    if words is None:
        return [m]
    name = words.group().strip()
    while name.split() and not _personal(name):
        name = name.rsplit(" ", 1)[0] if " " in name else ""
    if not name:
        return [m]
    start = at + len(m.name) + 1
    place = attrs.evolve(m, end=at + len(m.name), text=text[m.start:at + len(m.name)])
    return [place, Mention(kind="person", start=start, end=start + len(name), text=name,
                           actor=draft_id("person", name), actor_type="person", name=name)]
