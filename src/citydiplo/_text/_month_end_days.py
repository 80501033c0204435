"""A month named with the words for its first or last day states that day, not the month:
"в первый день мая" (on the first day of May), "последний день июня 2024 года", "मई के
पहले दिन", "જૂનના છેલ્લા દિવસે". Read alone, the month would drop the day the text states, a
silently wrong answer; so the month becomes its first day, or its last day when its length is
known (February without a year is left unread: 28 or 29 days).

The words are the language's lists ``first_day_before_month`` and ``last_day_before_month``
(right before the month: "первый день"), and ``first_day_after_month`` and
``last_day_after_month`` (right after it: "के पहले दिन"), each a whole word.

>>> from citydiplo import find_dates, PartialDate
>>> [(m.text, str(m.value)) for m in find_dates("В первый день мая 2025 года открылся парк",
...                                               lang="ru")]
[('первый день мая 2025 года', '2025-05-01')]
"""

from __future__ import annotations

import calendar
import unicodedata
from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["month_end_days"]

_MONTHS = {"m": "dm", "my": "dmy"}  # a month alone, or with its year: the day's reading
_KEYS = (
    ("first", "first_day_before_month", "first_day_after_month"),
    ("last", "last_day_before_month", "last_day_after_month"),
)
Words = tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]


def _words(g: Grammar) -> Words:
    """Per day (first, last): the words before and after the month, each longest first;
    empty when the language has none (built once per grammar)."""
    lists = g.vocab.lists
    if not any(lists.get(key) for keys in _KEYS for key in keys[1:]):
        return ()

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted(lists.get(key, frozenset()), key=len, reverse=True))

    return tuple((which, longest_first(b), longest_first(a)) for which, b, a in _KEYS)


_WORDS: dict[int, tuple[Grammar, Words]] = {}


def _in_word(ch: str) -> bool:
    """Whether ``ch`` is part of a word: a letter, a figure or a vowel sign ("दिनों")."""
    return bool(ch) and unicodedata.category(ch)[0] in "LMN"


def _before(folded: str, start: int, words: tuple[str, ...]) -> int | None:
    """Where a word of ``words`` (longest first) ending right before ``start`` (a space
    between) begins."""
    head = folded[max(0, start - 40) : start].rstrip(" ")
    if not words or not head.endswith(words):  # (one test in C when none ends the head)
        return None
    base = start - len(folded[max(0, start - 40) : start])
    for word in words:
        begin = base + len(head) - len(word)
        if head.endswith(word) and (begin == 0 or not _in_word(folded[begin - 1])):
            return begin
    return None


def _after(folded: str, end: int, words: tuple[str, ...]) -> int | None:
    """Where a word of ``words`` (longest first) starting right after ``end`` (a space
    between) ends."""
    tail = folded[end : end + 40]
    gap = len(tail) - len(tail.lstrip(" "))
    if not words or not folded.startswith(words, end + gap):  # (one test in C when none)
        return None
    for word in words:
        stop = end + gap + len(word)
        if folded.startswith(word, end + gap) and not _in_word(folded[stop : stop + 1]):
            return stop
    return None


def _day(which: str, month: int, fields: dict[str, str]) -> int | None:
    if which == "first":
        return 1
    if month == 2 and "y" not in fields:
        return None  # 28 or 29 days: the year decides
    return calendar.monthrange(int(fields.get("y", "2001")), month)[1]


def month_end_days(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each month named with its first or last day's words read as that day,
    or dropped when the day cannot be known."""
    words = per_grammar(_WORDS, g, _words)
    if not words:
        return atoms
    out = []
    for a in atoms:
        month = g.months.get(a.fields.get("m", ""))
        if a.kind in _MONTHS and month is not None and "approx" not in a.fields:
            for which, before_words, after_words in words:
                start = _before(folded, a.start, before_words)
                end = _after(folded, a.end, after_words)
                if start is None and end is None:
                    continue
                day = _day(which, month, a.fields)
                if day is None:
                    break  # the month is not returned alone either
                fields = {**a.fields, "d": str(day)}
                out.append(
                    a._replace(
                        start=a.start if start is None else start,
                        end=a.end if end is None else end,
                        kind=_MONTHS[a.kind],
                        fields=fields,
                    )
                )
                break
            else:
                out.append(a)
            continue
        out.append(a)
    return out
