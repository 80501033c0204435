"""A city glued to the capitalised name of its country written before it (used by
:func:`citydiplo._geo._context.country_after_its_place`).

A name right after another capitalised word is read only when something tells that the
two are not one longer name ("Nguyễn Văn Anh", "Mr Hanam"). Russian writes a city after the
genitive of its country: "столица Беларуси Минск" (Belarus's capital Minsk), "город Китая
Харбин". When the word before resolves as a country in any of its case forms and the name
read lies in that country, the name is the city.
"""

from __future__ import annotations

from functools import lru_cache

from citydiplo._errors import CitydiploError
from citydiplo._geo._countries import resolve_country
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import candidates
from citydiplo._normalize import match_key

__all__ = ["country_named_before"]


def country_named_before(written: str, key: str) -> bool:
    """Whether ``written`` (the word before a name, as written) names a country in which a
    place ``key`` names lies.

    >>> country_named_before("Беларуси", "минск"), country_named_before("Китая", "минск")
    (True, False)
    """
    country = _country(written) if written[:1].isupper() else None
    if country is None:
        return False
    found = candidates(key)
    return any(code[:2] == country for code in found.subdivisions) or any(
        gazetteer().country_of(row) == country for row in found.cities
    )


@lru_cache(maxsize=4096)
def _country(written: str) -> str | None:
    """The country ``written`` names, as written or by the dictionary form of its case
    ending (Russian "Беларуси", "Китая"), or ``None``."""
    from citydiplo._geo._cues import merged_cues
    from citydiplo._geo._inflect import readings

    folded = match_key(written)
    forms = [written] + [k for k, j in readings(folded, 0, merged_cues(None)) if j == len(folded)]
    for form in forms:
        try:
            return resolve_country(form)
        except CitydiploError:
            continue
    return None
