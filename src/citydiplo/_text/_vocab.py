"""The relative, weekday and number vocabulary of a grammar, from CLDR, num2words and data.

:func:`vocabulary` gathers, for a tuple of languages, what :mod:`._lexicon` compiles into
its pattern and :mod:`._relative` resolves: counted patterns ("{0} days ago" split into the
words before and after the count, with their unit and direction), phrases ("yesterday",
"last week", "אמש") with their readings, weekday names, number words, and the per-language
word lists that keep counts and durations from being read as dates. Built on first use.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from citydiplo._text._cldr import UNITS, WEEKDAY_KEYS, relative_fields, weekday_names
from citydiplo._text._lexicon import load_data
from citydiplo._text._numerals import fold_word
from citydiplo._text._numwords import count_words, day_words
from citydiplo._text._vocab_keys import FOLDED_LISTS

__all__ = ["Reading", "Vocabulary", "vocabulary"]

_ALL_UNITS = (*UNITS, "decade")


class Reading(NamedTuple):
    """One meaning of a relative phrase: ``kind`` is "offset" (calendar unit: last week),
    "count" (units back or ahead: two days ago), "weekday" (``unit`` is 0..6: the nearest
    such day before or after) or "week_day" (``unit`` is 0..6 of the Monday-to-Sunday week
    ``n`` weeks away: "来週の金曜日", "下周五", "thứ Sáu tuần sau" name next week's Friday)."""

    kind: str
    unit: str
    n: int


class Vocabulary(NamedTuple):
    """Relative and numeric words of one or more languages, folded."""

    counted: dict[tuple[str, str], tuple[tuple[str, int, bool], ...]]
    count_prefixes: frozenset[str]
    count_suffixes: frozenset[str]
    phrases: dict[str, frozenset[Reading]]
    weekdays: dict[str, tuple[int, bool]]
    counts: dict[str, int]
    days: dict[str, int]
    lists: dict[str, frozenset[str]]
    flags: dict[str, Any]
    unit_words: dict[str, str]
    ambiguous: frozenset[str] = frozenset()  # phrases of two readings ("कल"): :mod:`._tense`


def _later(pattern: str, data: dict[str, Any]) -> bool:
    """Whether a CLDR "in {0} units" pattern ends with a word of the data's ``later_words``
    (Persian "{0} سال بعد" is also "{0} years later", counted from a date said before)."""
    last = fold_word(pattern).rsplit(" ", 1)[-1]
    return last in {fold_word(w) for w in data.get("later_words", ())}


def _split(pattern: str) -> tuple[str, str]:
    before, _, after = pattern.partition("{0}")
    return fold_word(before), fold_word(after)


def _glued_week_days(
    phrases: dict[str, set[Reading]], weekdays: dict[str, tuple[int, bool]]
) -> None:
    """A Han phrase naming a week whose last characters begin a weekday's name ("下个星期" and
    "星期五", "下礼拜" and "礼拜五") is written once before the rest of that name: "下个星期五"
    is the Friday of next week. Added as that day of that week, never read as the week with
    a stray "五" beside it."""
    for phrase, readings in list(phrases.items()):
        if len(readings) != 1 or not all(_is_han(c) for c in phrase):
            continue
        (reading,) = readings
        if reading.kind != "offset" or reading.unit != "week":
            continue
        for name, (day, _) in weekdays.items():
            overlap = next((k for k in range(len(name) - 1, 0, -1) if phrase.endswith(name[:k])), 0)
            if overlap and all(_is_han(c) for c in name):
                phrases.setdefault(phrase + name[overlap:], set()).add(
                    Reading("week_day", str(day), reading.n)
                )


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@functools.cache
def vocabulary(langs: tuple[str, ...]) -> Vocabulary:
    """The vocabulary of ``langs`` (a union when they share a script)."""
    counted: dict[tuple[str, str], list[tuple[str, int, bool]]] = {}
    phrases: dict[str, set[Reading]] = {}
    weekdays: dict[str, tuple[int, bool]] = {}
    counts: dict[str, int] = {}
    days: dict[str, int] = {}
    lists: dict[str, set[str]] = {}
    flags: dict[str, Any] = {}

    def add_counted(pattern: str, unit: str, sign: int, later: bool) -> None:
        entry = (unit, sign, later)
        bucket = counted.setdefault(_split(pattern), [])
        if entry not in bucket:
            bucket.append(entry)

    for lang in langs:
        data = load_data(lang)
        fields = relative_fields(lang)
        for name, (day, wide) in weekday_names(lang).items():
            key = fold_word(name)
            if key and (key not in weekdays or (wide and not weekdays[key][1])):
                weekdays[key] = (day, wide)
        for day, aliases in data.get("weekday_aliases", {}).items():
            for alias in aliases:
                weekdays[fold_word(alias)] = (int(day), True)  # a word that stands alone
        for day, forms in data.get("weekday_span_forms", {}).items():
            for form in forms:  # "до вторника": read only beside a date or ending a span
                weekdays.setdefault(fold_word(form), (int(day), False))
        for unit in UNITS:
            rel = fields[unit]
            for pattern in rel.past:
                add_counted(pattern, unit, -1, False)
            for pattern in rel.future:  # "{0} سال بعد" (later): from an earlier date too
                add_counted(pattern, unit, 1, _later(pattern, data))
            for phrase, offsets in rel.offsets.items():
                for offset in offsets:
                    phrases.setdefault(fold_word(phrase), set()).add(
                        Reading("offset", unit, offset)
                    )
            for phrase, n in rel.fixed.items():
                # one day, month or year back is the previous day, month or year; a week
                # back is a day, the previous week a Monday-to-Sunday span
                kind = "count" if unit == "week" else "offset"
                phrases.setdefault(fold_word(phrase), set()).add(Reading(kind, unit, n))
        week_words = {
            (fold_word(w), o) for w, offsets in fields["week"].offsets.items() for o in offsets
        }
        for day, key in enumerate(WEEKDAY_KEYS):
            for phrase, offsets in fields[key].offsets.items():
                folded = fold_word(phrase)
                if folded in weekdays:  # Hebrew "יום שישי" is both "this Friday" and "Friday"
                    continue
                # the same phrase with the day's other names ("thứ 5 tuần trước" beside
                # CLDR's "thứ năm tuần trước"), and with the data's other words for that
                # week ("thứ sáu tuần tới" beside "thứ sáu tuần sau")
                forms = {folded} | _alias_forms(folded, day, weekdays, data)
                for offset in offsets:
                    # a phrase holding the language's word for that week names a day of it
                    kind = (
                        "week_day"
                        if any(o == offset and w in folded for w, o in week_words)
                        else "weekday"
                    )
                    for form in forms | _week_forms(forms, offset, week_words, data):
                        phrases.setdefault(form, set()).add(Reading(kind, str(day), offset))
        for unit, directions in data.get("relative_patterns", {}).items():
            for direction, patterns in directions.items():
                for pattern in patterns:
                    add_counted(pattern, unit, -1 if direction == "past" else 1, False)
        for unit, patterns in data.get("later_patterns", {}).items():
            for pattern in patterns:
                add_counted(pattern, unit, 1, True)
        for phrase, (unit, n, *kind) in data.get("relative_phrases", {}).items():
            reading = Reading(kind[0] if kind else "offset", unit, n)  # "count": N units back
            phrases.setdefault(fold_word(phrase), set()).add(reading)
        for phrase, readings in data.get("ambiguous_phrases", {}).items():
            if phrase != "source":  # a word of two readings ("કાલે"): :mod:`._tense` picks
                for unit, n in readings:
                    phrases.setdefault(fold_word(phrase), set()).add(Reading("offset", unit, n))
        _glued_week_days(phrases, weekdays)
        for key in ("last_suffix", "next_suffix", "weekday_suffixes"):
            lists.setdefault(key, set()).update(fold_word(w) for w in data.get(key, []))
        for word, n in count_words(lang).items():
            counts.setdefault(word, n)
        for word, n in day_words(lang).items():
            days.setdefault(word, n)
        for key in FOLDED_LISTS:
            lists.setdefault(key, set()).update(fold_word(w) for w in data.get(key, []))
        for key in (
            "day_only",
            "day_only_needs_word",
            "day_only_needs_suffix",
            "day_only_needs_follower",
            "md_num_with_weekday",
            "shared_month_word",
            "capitalised_weekdays",
            "dm_num_bare",
            "later_counts_from_ref",
            "day_count_spans",
            "figure_before_relative_month_counts",
            "bare_month_needs_mark",
            "later_alone_from_ref",
            "bare_year_glued_name",
            "dotted_month_day_spans",
            "bare_year_after_name",
            "short_year_after_month",
            "dash_day_span_descending",
            "day_figures_take_suffix",
            "start_words_state_days",
            "start_words_state_years",
        ):
            flags[key] = flags.get(key, False) or bool(data.get(key, False))
        flags.setdefault("numeric_order", data.get("numeric_order", "dmy"))
    # the first word of every counted suffix ("years" of "years ago") is a counter too:
    # "2020 years ago" is no year 2020
    for _, suffix in counted:
        if suffix:
            lists.setdefault("counters", set()).add(suffix.split(" ")[0])
    # the hyphened ending of an anniversary ("-летию" of "{0}-летию") glued to a number makes
    # a count of years: "в сентябре 2024 года к 110-летию" has no number left unread
    for lang in langs:
        for pattern in load_data(lang).get("anniversary_patterns", []):
            tail = pattern.partition("{0}")[2].split(" ")[0]
            if len(tail) > 1 and tail[0] == "-":
                lists.setdefault("counters", set()).add(fold_word(tail))
    # the unit word of each counted pattern ("years" of "{0} years ago" and "in {0} years"),
    # for compound spans ("in 2 years 3 months"); a word naming two units is left out
    units: dict[str, set[str]] = {}
    for lang in langs:  # scripts without spaces name them in data: "年", "か月", "个月"
        for word, unit in load_data(lang).get("compound_units", {}).items():
            units.setdefault(fold_word(word), set()).add(unit)
    for (prefix, suffix), readings in counted.items():
        word = suffix.split(" ")[0] if " " in suffix else suffix if prefix else ""
        if word:
            units.setdefault(word, set()).update(unit for unit, _, _ in readings)
    return Vocabulary(
        counted={k: tuple(v) for k, v in counted.items()},
        count_prefixes=frozenset(p for p, _ in counted if p),
        count_suffixes=frozenset(s for _, s in counted if s),
        phrases={k: frozenset(v) for k, v in phrases.items() if k},
        weekdays=weekdays,
        counts=counts,
        days=days,
        lists={k: frozenset(v - {""}) for k, v in lists.items()},
        flags=flags,
        unit_words={w: next(iter(u)) for w, u in units.items() if len(u) == 1},
        ambiguous=frozenset(k for k, v in phrases.items() if k and len(v) > 1),
    )


def _alias_forms(
    phrase: str, day: int, weekdays: dict[str, tuple[int, bool]], data: dict[str, Any]
) -> set[str]:
    """``phrase`` (folded) with the day's name in it replaced by each of the day's aliases
    of the language's data (``weekday_aliases``)."""
    aliases = {fold_word(a) for a in data.get("weekday_aliases", {}).get(str(day), ())}
    names = sorted((n for n, (d, _) in weekdays.items() if d == day), key=len, reverse=True)
    for name in names:
        if name in phrase:
            return {phrase.replace(name, alias) for alias in aliases if alias != name}
    return set()


def _week_forms(
    forms: set[str], offset: int, week_words: set[tuple[str, int]], data: dict[str, Any]
) -> set[str]:
    """``forms`` with the CLDR word for the week at ``offset`` in them replaced by each
    phrase of the language's ``relative_phrases`` for that same week."""
    others = {
        fold_word(phrase)
        for phrase, (unit, n, *kind) in data.get("relative_phrases", {}).items()
        if unit == "week" and n == offset and not kind
    }
    out: set[str] = set()
    for word, o in week_words:
        if o == offset:
            out.update(f.replace(word, other) for f in forms if word in f for other in others)
    return out
