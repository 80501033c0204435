"""Geography: countries, subdivisions and cities by name, in many languages, linked to GeoNames."""

from __future__ import annotations

from citydiplo._geo._countries import country_name, is_valid_country, resolve_country
from citydiplo._geo._find import PlaceMention, find_places
from citydiplo._geo._parse import parse_place
from citydiplo._geo._places import DOMINANCE, AmbiguousPlaceError, Place, PlaceKind
from citydiplo._geo._subdivisions import is_valid_subdivision, resolve_subdivision

__all__ = [
    "DOMINANCE",
    "AmbiguousPlaceError",
    "Place",
    "PlaceKind",
    "PlaceMention",
    "country_name",
    "find_places",
    "is_valid_country",
    "is_valid_subdivision",
    "parse_place",
    "resolve_country",
    "resolve_subdivision",
]
