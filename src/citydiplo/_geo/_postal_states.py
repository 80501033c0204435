"""A state written by its postal abbreviation after a city (used by ``parse_place``).

News and addresses in the United States, Canada and Australia write a city's state,
province or territory by its postal abbreviation, which is its ISO 3166-2 code without the
country (``data/postal_states.json``): "Boston, MA" is Boston, Massachusetts, not a place
"Boston" in Morocco (country code MA); "Denver, CO" is no locality of Colombia. The
abbreviation is read as such a state only when exactly one of those countries has a state
so coded that holds a city of that name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from citydiplo._errors import CitydiploError
from citydiplo._geo._data import load_json
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["postal_state_city"]


@cache
def _countries() -> tuple[str, ...]:
    countries: list[str] = load_json("postal_states.json")["countries"]
    return tuple(countries)


@cache
def _codes() -> frozenset[str]:
    import pycountry

    return frozenset(
        s.code
        for s in pycountry.subdivisions
        if s.country_code in _countries() and s.parent_code is None
    )


def postal_state_city(qualifier: str, read: Callable[[str, str], Place]) -> Place | None:
    """The city that ``read(country, subdivision)`` finds in the one state whose postal
    abbreviation is ``qualifier`` ("MA", "ON", "NSW"), or ``None`` (no such state, no city
    of that name in it, one in several such states, or the country coded ``qualifier``
    holds a place of that name: ``read(qualifier, "")`` finds one).

    >>> from citydiplo import parse_place
    >>> place = parse_place("Boston, MA")
    >>> place.name, place.subdivision
    ('Boston', 'US-MA')
    >>> parse_place("Toronto, ON").subdivision, parse_place("Perth, WA").subdivision
    ('CA-ON', 'AU-WA')
    >>> parse_place("Casablanca, MA").country
    'MA'
    """
    if not (2 <= len(qualifier) <= 3 and qualifier.isascii() and qualifier.isupper()):
        return None
    try:  # the country so coded names the place: "Córdoba, AR" is Argentina's
        read(qualifier, "")
    except CitydiploError:
        pass
    else:
        return None
    found: list[Place] = []
    for country in _countries():
        code = f"{country}-{qualifier}"
        if code not in _codes():
            continue
        try:
            place = read(country, code)
        except CitydiploError:
            continue
        if place.kind is PlaceKind.CITY:
            found.append(place)
    return found[0] if len(found) == 1 else None
