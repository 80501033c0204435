"""The one place look-up extraction uses: :func:`find_places`.

Everything place-related in extraction goes through this function, so a better gazetteer
changes one function. It reads :func:`citydiplo.find_places` (countries, first-level
subdivisions and cities from GeoNames and CLDR, in ten languages, each kept only when the
context separates its candidates) and turns each mention into a :class:`PlaceHit`. Cities
are also found from their markers ("X City", "하남시", "thành phố X") in
:mod:`citydiplo._extract._mentions`.
"""

from __future__ import annotations

from functools import cache

import attrs

__all__ = ["PlaceHit", "find_places"]

_KINDS = {"country": "country", "subdivision": "region", "city": "city"}


@attrs.frozen(kw_only=True)
class PlaceHit:
    """A place named in a text: ``kind`` is "country", "region" or "city"."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    country: str | None = None
    subdivision: str | None = None
    geonames: int | None = None


@cache
def _country_name(code: str) -> str:
    from citydiplo._geo import country_name

    return country_name(code)


def find_places(text: str, lang: str) -> list[PlaceHit]:
    """The places named in ``text``, in text order.

    >>> [(p.text, p.kind, p.country) for p in find_places("Kim visited Zibo in China.", "en")]
    [('Zibo', 'city', 'CN'), ('China', 'country', 'CN')]
    """
    from citydiplo._extract._cues import cues
    from citydiplo._extract._joined import in_joined_name
    from citydiplo._geo import find_places as find  # the gazetteer loads on first use
    from citydiplo._geo._cues import office_after

    joiners = tuple(cues(lang).get("name_joiners", ()))
    out = []
    for m in find(text, lang=lang):
        if office_after(text, m.end, lang):
            continue  # "하남시장": the title finder reads the city and its office (_people.py)
        if in_joined_name(text, m.start, m.end, joiners):
            continue  # "拉萨罗·布凯尔": Lazaro Bukel, no Lhasa (_joined.py)
        place = m.place
        kind = _KINDS[place.kind.value]
        name = place.name or (_country_name(place.country) if kind == "country" else m.text)
        out.append(PlaceHit(start=m.start, end=m.end, text=m.text, kind=kind, name=name,
                            country=place.country, subdivision=place.subdivision,
                            geonames=place.geonames_id))
    return out
