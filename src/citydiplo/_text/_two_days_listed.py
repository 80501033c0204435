"""Two days of one month named with "and" ("27 और 28 जुलाई", "27 и 28 июля", "27 અને 28
જુલાઈ", "10 ו-11 במאי"): when the second is the day after the first, the two are the span of
both days, as "5月21、22両日" is; any other pair ("5 and 7 May") is two days, each a date of
the month (and year) written once (:mod:`._listed_apart`), never the second day alone. Days
listed before the pair with commas or a dash ("19, 20 и 21 мая", "27-28 और 29 अक्टूबर")
extend the span when each is the day before the next (19 to 21 May, 27 to 29 October); days
listed with commas that are not in a row are each a date ("16, 17 и 19 мая"); a dash among
days not in a row leaves the list unread ("5-6 и 8 октября").

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("27 और 28 जुलाई 2019 को", lang="hi")]
['2019-07-27/2019-07-28']
>>> [str(m.value) for m in find_dates("5 и 7 мая 2024 года", lang="ru")]
['2024-05-05', '2024-05-07']
>>> [str(m.value) for m in find_dates("27-28 और 29 अक्टूबर 2024 को", lang="hi")]
['2024-10-27/2024-10-29']
>>> [str(m.value) for m in find_dates("5-6 и 8 октября 2024 года", lang="ru")]
[]

Days written as words are listed so too ("होली एक व दो मार्च को है": Holi is on the first and
second of March), never the second day alone; and a day word joined to a later day by a word
that joins a span ("с первого по десятое марта": from the first to the tenth of March) is the
span's first day:

>>> [str(m.value) for m in find_dates("होली एक व दो मार्च 2018 को है", lang="hi")]
['2018-03-01/2018-03-02']
>>> [str(m.value) for m in find_dates("с первого по десятое марта 2027 года", lang="ru")]
['2027-03-01/2027-03-10']
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar
from citydiplo._text._listed_apart import day_word_before, days_apart
from citydiplo._text._numwords import day_words
from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["listed_with_and"]

_PAIRED = frozenset({"dm", "dmy", "h_dm", "h_dmy", "dm_num", "dmy_num"})  # a day and month
_DAY = r"(?<![\d.,/:])(?P<d>[12]\d|3[01]|0?[1-9])"
# a day listed before the pair with a comma or a dash: "19, 20 и 21 мая", "27-28 और 29"
_LISTED_DAY = re.compile(r"(?<![\d.,/:])(?P<d>[12]\d|3[01]|0?[1-9])(?: ?[,،] ?| ?[-–—] ?)$")
# any other day before the pair: "19 и 20 и 21 мая"
_ANOTHER_DAY = re.compile(r"(?<![\d.,/:])(?:[12]\d|3[01]|0?[1-9])(?: ?, ?| \S{1,4} | \S{1,3}-)$")


@functools.lru_cache(maxsize=16)
def _day_and(words: frozenset[str]) -> re.Pattern[str] | None:
    """A day and a word of ``words`` ending a text ("27 और ", "10 ו-")."""
    alt = alternation(words)
    return re.compile(rf"{_DAY} (?:{alt})(?: |-|(?<=-))$") if alt else None


@functools.lru_cache(maxsize=16)
def _word_and(
    langs: tuple[str, ...], words: frozenset[str]
) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """A day written as a word and a word of ``words`` ending a text ("एक व "), with the
    days the words name."""
    days: dict[str, int] = {}
    for lang in langs:
        days.update(day_words(lang))
    alt, day_alt = alternation(words), alternation(frozenset(days))
    if not alt or not day_alt:
        return None
    return re.compile(rf"(?<!\w)(?P<d>{day_alt}) (?:{alt}) $"), days


@functools.lru_cache(maxsize=64)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(words)


def _may_end_with(folded: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether ``folded[start:end]`` ends with a word of ``words``, or with one and one more
    character, or so before a last newline (where ``$`` also matches): what the patterns
    above need to match there (a word, a space or hyphen or nothing, then the end), tested
    in C before the search, which would try every position of the window."""
    found = _as_tuple(words)
    if folded.endswith(found, start, end) or folded.endswith(found, start, end - 1):
        return True
    return folded[end - 1 : end] == "\n" and folded.endswith(found, start, end - 2)


def _worded_pair(a: Candidate, folded: str, g: Grammar) -> tuple[Candidate, ...] | None:
    """``a`` with a day word and an "and" right before it: the span of both days when ``a``'s
    day is the next one, else nothing; with a day word and a word that joins a span of days
    ("с первого по десятое марта"), the span when that day is the earlier; ``None`` when no
    such word stands before ``a``."""
    day = a.fields.get("d", "")
    joints = per_grammar(_JOINTS, g, _joints)  # (built once per grammar)
    for words, joined in ((g.vocab.lists.get("and_words", frozenset()), True), (joints, False)):
        found = _word_and(g.langs, frozenset(words))
        if found is None:
            continue
        pattern, days = found
        low_end = max(0, a.start - 32)
        if not _may_end_with(folded, low_end, a.start, words):
            continue  # (the pattern ends with a word of ``words``: no search without one)
        m = pattern.search(folded, low_end, a.start)
        if m is None:
            continue
        last, first = int(day) if day.isdigit() else days.get(day), days[m.group("d")]
        if last is None or (last != first + 1 if joined else last <= first):
            return () if joined else None
        low = a._replace(start=m.start(), end=m.end("d"), fields={**a.fields, "d": m.group("d")})
        return (a._replace(start=m.start(), kind="range", fields={}, low=low, high=a),)
    return None


def _joints(g: Grammar) -> frozenset[str]:
    """The words of ``g`` that join the two days of a span ("по", "تا"), less the dash."""
    return frozenset(w for w in g.words["day_range_connectors"] if w.strip("-–— "))


_JOINTS: dict[int, tuple[Grammar, frozenset[str]]] = {}


def listed_with_and(
    a: Candidate, folded: str, g: Grammar, before: int = 0
) -> tuple[Candidate, ...] | None:
    """For ``a``, a day and month (in words or figures) that a day and an "and" stand right
    before: the span of both days when ``a``'s day is the next one, else each listed day a
    date (:func:`._listed_apart.days_apart`) or nothing; ``None`` when no such day and word
    stand before ``a``, or when that figure ends a date read before (``before``, where it
    ends: "ngày 18 tháng 4 và ngày 19 tháng 4": a month, no day)."""
    if a.kind not in _PAIRED:
        return None
    pattern = _day_and(g.vocab.lists.get("and_words", frozenset()))
    if pattern is None:
        return None
    low_end = max(0, a.start - 16)
    m = None
    if _may_end_with(folded, low_end, a.start, g.vocab.lists.get("and_words", frozenset())):
        m = pattern.search(folded, low_end, a.start)  # (it ends with a word of the list)
    if m is None:
        return _worded_pair(a, folded, g)  # "एक व दो मार्च"
    if m.end("d") <= before and not (m.end("d") == before and day_word_before(folded, m, g)):
        return None  # (a day alone read before is listed: "ngày 16 và 19/8/2025")
    day = a.fields.get("d", "")
    if not day.isdigit():
        return ()
    firsts, start, dashed = [(m.start("d"), m.end("d"), m.group("d"))], m.start(), False
    while (e := _LISTED_DAY.search(folded, max(before, start - 8), start)) is not None:
        dashed = dashed or not any(c in e.group(0) for c in ",،")
        firsts.insert(0, (e.start("d"), e.end("d"), e.group("d")))
        start = e.start()
    if _ANOTHER_DAY.search(folded, max(0, start - 16), start):
        return ()
    days = [int(d) for _, _, d in firsts] + [int(day)]
    if any(y != x + 1 for x, y in itertools.pairwise(days)):
        # "16 и 19 мая": each day a date; "5-6 и 8 октября": a span and a day, unread
        return () if dashed else days_apart(a, firsts, folded, g)
    first = firsts[0][2]
    low = a._replace(start=start, end=start + len(first), fields={**a.fields, "d": first})
    return (a._replace(start=start, kind="range", fields={}, low=low, high=a),)
