"""Fiscal and school years: a year that names one is left unread.

A fiscal or school year is not the calendar year its figures name: Japan's "2023年度" and
"令和5年度" run from April 2023 to March 2024 (Local Autonomy Act, art. 208), "the 2025-26
fiscal year" and "FY2024" start in a month each body chooses, "2023至2024学年" and "năm học
2023-2024" run from one autumn to the next summer. Read as calendar years they would be
silently wrong, and which months they cover depends on who keeps the accounts, so a year (or
span of years) with a word of the language's ``fiscal_year_words`` right before it, right
after it (past a second year written after a dash: "2025-26 fiscal year", "2008-'09 fiscal
year") or ending the text it was read from ("2023年度") is left unread; so is one right after
a word of ``fiscal_year_before_words``, words that name a fiscal year only before its figures
("fiscal 2024", "FY2024"; "2024 fiscal policy" is a calendar year). A word of
``fiscal_year_not_words`` is none: in Chinese "2024年度" is the year 2024 (China's fiscal year
is the calendar year), so a text read as Chinese or Japanese leaves "年度" to its year.

Only readings without a month or day are concerned: "令和5年度…10月10日" keeps its day.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["fiscal_words_near", "fiscal_year"]

# a second year after the first: "-26", "-'09", "/2025", "至2024", "~2025年"; and a first
# year before the second: "2023-", "2023至"
_SECOND_YEAR = re.compile(r"\s*(?:[-–—/~～]|至|到)\s*['’]?\d{2,4}(?:\s*年)?\s*")
_FIRST_YEAR = re.compile(r"['’]?\d{2,4}(?:\s*年)?\s*(?:[-–—/~～]|至|到)\s*$")
_DATED_FIELDS = ("m", "d", "wd")


def _undated(a: Candidate) -> bool:
    """Whether ``a`` (and each end of a span) names no month, day or weekday."""
    if any(k in a.fields for k in _DATED_FIELDS):
        return False
    return all(end is None or _undated(end) for end in (a.low, a.high))


def _glued(word: str) -> bool:
    """Whether ``word`` is written in a script without spaces (Han, kana, Hangul)."""
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" for ch in word)


@functools.lru_cache(maxsize=64)
def _trigger(words: frozenset[str]) -> re.Pattern[str] | None:
    """One search for any of ``words``; a word in letters of a spaced script only as a word
    of its own ("fy" of "FY2024", never of "notify")."""
    glued = frozenset(w for w in words if _glued(w))
    spaced = words - glued
    parts = [alternation(glued)] if glued else []
    if spaced:
        parts.append(rf"(?<![^\W\d_])(?:{alternation(spaced)})(?![^\W\d_])")
    return re.compile("|".join(parts)) if parts else None


def _all_words(g: Grammar) -> frozenset[str]:
    lists = g.vocab.lists
    return frozenset(
        lists.get("fiscal_year_words", frozenset())
        | lists.get("fiscal_year_before_words", frozenset())
    )


def fiscal_words_near(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether a word of a fiscal or school year stands in ``folded[start:end]`` (one search:
    the common text holds none, and no check of :func:`fiscal_year` is run for it)."""
    pattern = _trigger(_all_words(g))
    return pattern is not None and pattern.search(folded, max(0, start), end) is not None


def fiscal_year(a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``a`` is a year of a fiscal or school year ("2023年度", "FY 2024",
    "năm tài chính 2024-2025", "2024财年", "2024학년도"): never a calendar year."""
    lists = g.vocab.lists
    words = lists.get("fiscal_year_words")
    if not words or not _undated(a) or not fiscal_words_near(folded, a.start - 30, a.end + 40, g):
        return False
    before = (words | lists.get("fiscal_year_before_words", frozenset())) - lists.get(
        "fiscal_year_not_words", frozenset()
    )
    text = folded[a.start : a.end]
    head = folded[max(0, a.start - 30) : a.start]
    head = head[: m.start()] if (m := _FIRST_YEAR.search(head)) is not None else head
    head = head.rstrip(" :")
    m = _SECOND_YEAR.match(folded, a.end)
    tail = folded[m.end() if m is not None else a.end : a.end + 40].lstrip(" ")
    for word in before:
        cut = head[-len(word) - 1 : -len(word)]
        if head.endswith(word) and (_glued(word) or not cut.isalpha()):
            return True  # "fiscal year 2024", "FY2024", "năm học 2023-2024"
    words = words - lists.get("fiscal_year_not_words", frozenset())
    for word in words:
        if text.endswith(word) or any(
            folded.startswith(word, a.end - k) for k in range(1, min(len(word), len(text)))
        ):
            return True  # "2023年度", "令和5年度", "今年|度": the word ends the year as read
        nxt = tail[len(word) : len(word) + 1]
        if tail.startswith(word) and (_glued(word) or not nxt.isalpha()):
            return True  # "2024 fiscal year", "2024财年", "2023至2024学年", "今年度"
    return False
