"""Geography: country and subdivision names to ISO 3166 codes, in many languages."""

from __future__ import annotations

from citydiplo._geo._countries import country_name, is_valid_country, resolve_country
from citydiplo._geo._subdivisions import (
    Place,
    is_valid_subdivision,
    parse_place,
    resolve_subdivision,
)

__all__ = [
    "Place",
    "country_name",
    "is_valid_country",
    "is_valid_subdivision",
    "parse_place",
    "resolve_country",
    "resolve_subdivision",
]
