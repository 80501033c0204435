"""Recurring days are no dates: "every Sunday", "매년 10월 셋째 주 일요일", "每周一", "по
средам" name a day that comes back, not one day, so a weekday or a day alone right after a
word of recurrence (the language's ``recurring_words``), or right before one of
``recurring_after_words`` ("thứ Hai hằng tuần"), is not read as a date. The word may carry a
one-letter word glued before it (``recurring_clitics``: Hebrew "ובכל יום שלישי", and every
Tuesday; "בכל" is "ב" + "כל"), as the language writes its prepositions and "and". A day and month
without a year right after a word of yearly recurrence (``recurring_year_words``: "हर साल 20
मार्च को", "ежегодно 9 мая", "هر سال ۲۲ بهمن", "מדי שנה ב-10 במאי") come back every year too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from citydiplo._text._nouns import day_not_a_duration
from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["month_day_ok", "not_yearly", "recurring_after", "recurring_before"]

_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_REACH = 16  # "매년 10월 셋째 주 일요일": the word may stand a few words before the day


@functools.lru_cache(maxsize=64)
def _pattern(
    words: frozenset[str], clitics: frozenset[str] = frozenset()
) -> re.Pattern[str] | None:
    alt = alternation(words)
    lead = f"(?:{alternation(clitics)})?" if clitics else ""  # "ובכל": "וב" + "כל"
    # a whole word; one ending in CJK or Hangul may run into the next ("매주일요일")
    return (
        re.compile(rf"(?:(?<!\w)|(?=[{_CJK}])){lead}(?:{alt})(?:(?<=[{_CJK}])|(?!\w))")
        if alt
        else None
    )


@functools.lru_cache(maxsize=64)
def _any_word(words: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``words``, with nothing around it: what every match of :func:`_pattern` and of
    :func:`_yearly` for ``words`` holds. A pattern that opens with the words is searched in C
    for their first characters; those two open with a look behind and are tried at every
    position, so they are searched only where this one finds a word (the same answers)."""
    alt = alternation(words)
    return re.compile(alt) if alt else None


def recurring_before(
    folded: str, start: int, lists: Mapping[str, frozenset[str]], end: int | None = None
) -> bool:
    """Whether a word of recurrence stands shortly before ``start`` in ``folded``; given the
    expression's ``end``, also one that runs into it: "每星期一", "毎月曜日" (every Monday: the
    word "每星期", "毎月" takes the first characters of the weekday's name)."""
    empty: frozenset[str] = frozenset()
    words = lists.get("recurring_words", empty)
    gate = _any_word(words)
    low, high = max(0, start - _REACH), start if end is None else end
    if gate is None or gate.search(folded, low, high) is None:
        return False  # (no word of recurrence there: the common text)
    pattern = _pattern(words, lists.get("recurring_clitics", empty))
    found = None if pattern is None else pattern.search(folded, low, high)
    return found is not None and found.start() < start


def recurring_after(folded: str, end: int, lists: Mapping[str, frozenset[str]]) -> bool:
    """Whether a word of ``recurring_after_words`` follows ``end`` ("thứ Hai hằng tuần": every
    Monday, the word after the day)."""
    pattern = _pattern(lists.get("recurring_after_words", frozenset()))
    return (
        pattern is not None
        and pattern.match(folded, end + (folded[end : end + 1] == " ")) is not None
    )


# between the yearly word and the day: spaces, a comma, a one-letter prefix ("ב-10 במאי")
_GAP = r"[ ,]*(?:[\w]{1,2}-?)?[ ]*$"


@functools.lru_cache(maxsize=64)
def _yearly(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(words)
    # a word in CJK script or Hangul may follow another with no space ("将每年的5月3日")
    return re.compile(rf"(?:(?<!\w)|(?=[{_CJK}]))(?:{alt}){_GAP}") if alt else None


def not_yearly(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A day and month without a year, not right after a word of yearly recurrence ("हर साल
    20 मार्च को": every year on 20 March), nor right before one of
    ``recurring_year_after_words`` ("ngày 20/11 hằng năm": 20 November of every year)."""
    lists = g.vocab.lists
    words = lists.get("recurring_year_words", frozenset())
    gate, low = _any_word(words), max(0, m.start() - 24)
    if (
        gate is not None
        and gate.search(folded, low, m.start())  # (no word of recurrence there: no search)
        and (pattern := _yearly(words)) is not None
        and pattern.search(folded, low, m.start())
    ):
        return False
    if _in_yearly_list(folded, m.start(), lists):
        return False
    after = _pattern(lists.get("recurring_year_after_words", frozenset()))
    return (
        after is None
        or after.match(folded, m.end() + (folded[m.end() : m.end() + 1] == " ")) is None
    )


_LIST_REACH = 48  # "(1차 : 6월 10일, 2차 : 11월 21일": the list's later days


@functools.lru_cache(maxsize=64)
def _times(words: frozenset[str], times: frozenset[str]) -> re.Pattern[str] | None:
    if not words or not times:
        return None
    return re.compile(
        rf"(?:(?<!\w)|(?=[{_CJK}]))(?:{alternation(words)}) ?\d{{1,2}} ?(?:{alternation(times)}) ?$"
    )


def _in_yearly_list(folded: str, start: int, lists: Mapping[str, frozenset[str]]) -> bool:
    """Whether the day at ``start`` stands in brackets opened right after a word of yearly
    recurrence and a count of times (``recurring_year_times``): "정례회는 매년 2회 (1차 : 6월
    10일, 2차 : 11월 21일) 집회하며" (twice every year: the days of every year)."""
    opened = folded.rfind("(", max(0, start - _LIST_REACH), start)
    if opened < 0 or ")" in folded[opened:start]:
        return False
    empty: frozenset[str] = frozenset()
    pattern = _times(
        lists.get("recurring_year_words", empty), lists.get("recurring_year_times", empty)
    )
    return pattern is not None and pattern.search(folded[max(0, opened - 16) : opened]) is not None


def month_day_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A month and day: not a count of days ("3월 3일 간"), nor a day of every year."""
    return day_not_a_duration(fields, folded, m, original, where, g) and not_yearly(
        fields, folded, m, original, where, g
    )
