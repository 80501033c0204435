"""Dates in free text: ``parse_date`` reads one expression, ``find_dates`` finds them all.

Ten languages (en, ko, vi, zh, ja, ru, hi, gu, he, fa); their vocabulary lives in
``data/<lang>.json`` and month names come from Babel (CLDR).

>>> str(parse_date("2021년부터 2025년까지"))
'2021/2025'
"""

from citydiplo._datetext._find import DateMention, find_dates
from citydiplo._datetext._lexicon import LANGUAGES
from citydiplo._datetext._parse import parse_date

__all__ = ["LANGUAGES", "DateMention", "find_dates", "parse_date"]
