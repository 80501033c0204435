"""citydiplo: typed, multilingual data for city diplomacy.

Cities run their own foreign relations: sister-city partnerships, memoranda of understanding,
visits and delegations. citydiplo turns what the news says about them into immutable typed
records with provenance, validates them, merges accounts of the same occurrence and answers
questions about the result.
"""

from __future__ import annotations

from citydiplo._errors import (
    AmbiguousNameError,
    CitydiploError,
    DateParseError,
    InvalidDateError,
    MissingExtraError,
    ParseError,
    Problem,
    UnknownNameError,
)
from citydiplo.dates import DateRange, DateValue, PartialDate, Precision, Unbounded, parse_edtf

__version__ = "0.1.0"

__all__ = [
    "AmbiguousNameError",
    "CitydiploError",
    "DateParseError",
    "DateRange",
    "DateValue",
    "InvalidDateError",
    "MissingExtraError",
    "ParseError",
    "PartialDate",
    "Precision",
    "Problem",
    "Unbounded",
    "UnknownNameError",
    "parse_edtf",
]
