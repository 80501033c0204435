"""A place marker read inside a longer name: the name is the place the article names whole.

"일본 야마구치시와의 자매결연 … 야마구치 시청에서": the first "야마구치시" is the gazetteer's
Yamaguchi; the second, written before "시청" (city hall) without its marker, was read as a
district "야마구" on the marker "구" that the name holds ("야마구·치"). A draft place (one the
gazetteer does not know) whose letters run on, with no space, into the rest of a gazetteer
place's name as the article writes it elsewhere ("야마구" + "치" = "야마구치") is that place,
with the whole name as its span. Only letters complete a name (a particle after a space, or a
digit, does not); a draft that is a whole word is left alone.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._mention import Mention

__all__ = ["completed_names"]


def completed_names(entities: list[Mention], text: str) -> list[Mention]:
    """``entities`` with each draft place cut inside a known place's name made that place.

    >>> t = "야마구치시와 교류했다. 야마구치 시청에서 열렸다."
    >>> known = Mention(kind="place", start=0, end=4, text="야마구치", actor="city-yamaguchi",
    ...                 actor_type="city", name="Yamaguchi", geonames=1848689)
    >>> cut = Mention(kind="place", start=13, end=16, text="야마구", actor="city-야마구",
    ...               actor_type="city", name="야마구")
    >>> [(m.text, m.actor) for m in completed_names([known, cut], t)]
    [('야마구치', 'city-yamaguchi'), ('야마구치', 'city-yamaguchi')]
    """
    whole: dict[str, Mention] = {}
    for m in entities:
        if m.kind == "place" and m.geonames is not None:
            whole.setdefault(m.text, m)
    if not whole:
        return entities
    out: list[Mention] = []
    for m in entities:
        if m.kind == "place" and m.geonames is None and m.actor:
            end = m.end
            while end < len(text) and text[end].isalpha() and end - m.end < 4:
                end += 1
            known = whole.get(text[m.start:end]) if end > m.end else None
            if known is not None:
                m = attrs.evolve(known, start=m.start, end=end, text=text[m.start:end],
                                 title=None, proclitic=None)
        out.append(m)
    return out
