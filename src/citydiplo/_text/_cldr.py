"""CLDR date vocabulary through Babel: relative-time fields and weekday names.

Babel publishes month and weekday names (``babel.dates``) but its relative-time data
("yesterday", "{0} days ago", "last week", "in {0} months") only under ``Locale._data``:
:func:`_date_fields` is the one place that reads it, and ``tests/test_text_dates_cldr.py``
checks it against literal cases so that a Babel upgrade cannot change it silently. Nothing
here runs at import: Babel is imported inside the functions, on first use.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

__all__ = [
    "UNITS",
    "WEEKDAY_KEYS",
    "Relative",
    "first_week_day",
    "relative_fields",
    "weekday_names",
]

# CLDR field keys of the units a news date is counted in, and of the weekdays (Monday first).
UNITS = ("year", "quarter", "month", "week", "day")
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WIDTHS = ("", "-short", "-narrow")


class Relative(NamedTuple):
    """The relative-time vocabulary of one unit in one language, all widths together.

    ``offsets`` maps a phrase ("yesterday", "last week") to its offsets in units (a phrase
    may have several: Hindi "कल" is both yesterday and tomorrow). ``past`` and ``future`` hold
    the patterns with a ``{0}`` count ("{0} days ago", "in {0} days"); ``fixed`` maps a phrase
    without a count to its signed count (Hebrew "לפני יומיים", two days ago: -2).
    """

    offsets: dict[str, frozenset[int]]
    past: frozenset[str]
    future: frozenset[str]
    fixed: dict[str, int]


def _date_fields(lang: str) -> Any:
    """CLDR ``date_fields`` of ``lang``: the only access to Babel's private locale data."""
    from babel import Locale

    return Locale.parse(lang)._data["date_fields"]


_PLURAL_COUNTS = {"zero": 0, "one": 1, "two": 2}


@functools.cache
def relative_fields(lang: str) -> dict[str, Relative]:
    """Relative-time vocabulary per unit (:data:`UNITS` and :data:`WEEKDAY_KEYS`).

    Patterns of the ``one``/``two`` plural forms that do not show the count (Hebrew
    "לפני יום אחד ({0})") are phrases with a fixed count: the parenthesised ``({0})`` is
    dropped and the count taken from the plural category.
    """
    fields = _date_fields(lang)
    out: dict[str, Relative] = {}
    for unit in (*UNITS, *WEEKDAY_KEYS):
        offsets: dict[str, set[int]] = {}
        past: set[str] = set()
        future: set[str] = set()
        fixed: dict[str, int] = {}
        # narrow weekday phrases ("last F", "last T") are letters, not words: not read
        for width in _WIDTHS if unit in UNITS else _WIDTHS[:2]:
            data = fields.get(unit + width)
            if data is None:
                continue
            for offset, phrase in (data.get("relative") or {}).items():
                offsets.setdefault(_clean(phrase), set()).add(int(offset))
            for sign, key, bucket in ((-1, "past", past), (1, "future", future)):
                for category, pattern in (data.get(key) or {}).items():
                    bare = pattern.replace("({0})", "")
                    if "{0}" not in bare and category in _PLURAL_COUNTS:
                        fixed[_clean(bare)] = sign * _PLURAL_COUNTS[category]
                    elif "{0}" in bare and not bare.startswith(("+", "-")):
                        # narrow "+{0} г." / "-{0} г." read like arithmetic: not taken
                        bucket.add(_clean(bare))
        out[unit] = Relative(
            offsets={k: frozenset(v) for k, v in offsets.items() if k},
            past=frozenset(past),
            future=frozenset(future),
            fixed={k: v for k, v in fixed.items() if k},
        )
    return out


def _clean(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def weekday_names(lang: str) -> dict[str, tuple[int, bool]]:
    """Weekday name -> (weekday, Monday = 0; whether the name is wide) in every width.

    Wide names stand alone in text; abbreviated and short ones ("Thu", "(木)") are read only
    beside a date, where they cannot be another word.
    """
    from babel.dates import get_day_names

    names: dict[str, tuple[int, bool]] = {}
    for width in ("wide", "abbreviated", "short"):
        for context in ("format", "stand-alone"):
            for day, name in get_day_names(width, context, lang).items():
                wide = width == "wide"
                known = names.get(name)
                if known is None or (wide and not known[1]):
                    names[name] = (int(day), wide)
    return names


@functools.cache
def weekend_days(lang: str) -> tuple[int, int]:
    """The first and last day of the weekend (Monday = 0) where ``lang`` is most likely
    written: CLDR's week data ("he" -> Israel: Friday and Saturday, "hi" -> India: Sunday).

    >>> weekend_days("en"), weekend_days("he"), weekend_days("fa")
    ((5, 6), (4, 5), (4, 4))
    """
    from babel import Locale
    from babel.core import get_global

    likely = get_global("likely_subtags").get(lang, lang)
    locale = Locale.parse(likely)
    return int(locale.weekend_start), int(locale.weekend_end)


@functools.cache
def first_week_day(lang: str) -> int:
    """The day a week starts on (Monday = 0) where ``lang`` is most likely written: CLDR's
    week data for the likely territory ("he" -> Israel: Sunday, "fa" -> Iran: Saturday)."""
    from babel import Locale
    from babel.core import get_global

    likely = get_global("likely_subtags").get(lang, lang)
    return int(Locale.parse(likely).first_week_day)
