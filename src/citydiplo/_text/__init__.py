"""Free-text dates: :func:`parse_date` for one expression, :func:`find_dates` for running text.

Ten languages (en, ko, vi, zh, ja, ru, hi, gu, he, fa); the vocabulary lives in
``data/<lang>.json`` and CLDR (through Babel) and is loaded on first use.
"""

from __future__ import annotations

from citydiplo._text._anniversary import anniversary_base
from citydiplo._text._find import DateMention, DateResolution, find_dates
from citydiplo._text._parse import parse_date

__all__ = ["DateMention", "DateResolution", "anniversary_base", "find_dates", "parse_date"]
