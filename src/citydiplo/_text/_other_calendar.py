"""Words that put a date out of reach of the grammar's reading.

- A date or year next to a word of the language's ``other_calendar_words`` ("संवत 2080",
  "۱۵ رمضان ۱۴۴۵", "음력 3월 5일", "1445 AH") is in a calendar the grammar does not convert:
  it is left unread, never read as a Gregorian (or Solar Hijri) date; so is a date followed by
  a bracket holding only such a word ("ngày 10 tháng 3 (âm lịch)"). A lunar day after a
  month ("3月初三": the third day of the third lunar month) is such a word.
- A date right after a word of ``offset_before_words`` ("the day after 5 March", "неделю
  после 5 марта", "יום לאחר") or right before one of ``offset_after_words`` ("の翌日",
  "次日", "다음날", "के अगले दिन") is the anchor of an offset the grammar does not compute:
  it is left unread, never returned as the day the text names. After a comma the date is
  the day the word names ("накануне, 13 сентября": the day before, 13 September).
- A date after a word of ``version_words`` ("версия 2.5.2019") is a version number.
- A year of a fiscal or school year ("2023年度", "FY 2024") is no calendar year
  (:mod:`._fiscal`); a year of a count of its first months ("8 tháng đầu năm 2008") is
  coarser than the text (:mod:`._year_months`).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._fiscal import fiscal_words, fiscal_words_near, fiscal_year
from citydiplo._text._lexicon import alternation
from citydiplo._text._year_months import year_months, year_months_words

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["other_calendar", "quiet_text"]


@functools.lru_cache(maxsize=256)
def _edges(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first characters of ``words`` and the last characters of their stems: a text
    that starts or ends otherwise holds none of them there (one set test, not a loop)."""
    return (frozenset(w[:1] for w in words), frozenset(w.rstrip(".")[-1:] for w in words))


def _word_before(head: str, words: frozenset[str], skip: range = range(0)) -> bool:
    if head[-1:] not in _edges(words)[1]:
        return False
    for word in words:
        stem = word.rstrip(".")  # (the head's closing dot was stripped: "वि.सं. 2080")
        if (
            head.endswith(stem)
            and not head[-len(stem) - 1 : -len(stem)].isalpha()
            and len(head) - len(stem) not in skip
        ):
            return True
    return False


def _word_after(tail: str, words: frozenset[str], cjk: bool = False) -> bool:
    if tail[:1] not in _edges(words)[0]:
        return False
    for word in words:
        # a word in Han script has no word boundary to check ("中秋节", "正月初一")
        if tail.startswith(word) and (
            cjk or "\u3400" <= word[-1] <= "\u9fff" or not tail[len(word) : len(word) + 1].isalpha()
        ):
            return True
    return False


def other_calendar(a: Candidate, folded: str, g: Grammar, prev: tuple[int, int] = (0, 0)) -> bool:
    """Whether a word of another calendar ("संवत", "قمری", "음력") stands right before or
    after ``a``, or ``a`` anchors an offset ("the day after 5 March", "3月5日の翌日"). An
    offset word starting inside ``prev``, the date read before, is none: "с сегодняшнего
    дня до 15 июня" is today to the 15th, no "дня до" counted back."""
    lists = g.vocab.lists
    empty: frozenset[str] = frozenset()
    low = max(0, a.start - 24)
    head = folded[low : a.start].rstrip(" .,(")
    inside = range(prev[0] - low + 1, prev[1] - low)
    tail = folded[a.end : a.end + 24].lstrip(" ")
    return (
        _word_before(head, lists.get("other_calendar_words", empty))
        or _word_after(tail, lists.get("other_calendar_words", empty))
        or _bracketed(tail, lists.get("other_calendar_words", empty))
        or (  # "накануне, 13 сентября": after a comma, the day before is that day (apposition)
            not folded[low : a.start].rstrip(" (").endswith(",")
            and _word_before(head.rstrip("-"), lists.get("offset_before_words", empty), inside)
        )
        or _word_after(tail, lists.get("offset_after_words", empty), cjk=True)
        or _after_version_word(folded, a.start, lists.get("version_words", empty))
        or fiscal_year(a, folded, g)
        or year_months(a, folded, g)
    )


def _bracketed(tail: str, words: frozenset[str]) -> bool:
    """Whether ``tail`` opens a bracket that holds only a word of another calendar: "ngày 10
    tháng 3 (âm lịch)" is a lunar date; "2月10日（农历正月初一）" gives the lunar day beside
    a Gregorian one (the bracket holds more than the word)."""
    if tail[:1] not in ("(", "（", "["):
        return False
    inner = tail[1:].lstrip(" ")
    for word in words:
        if inner.startswith(word) and inner[len(word) :].lstrip(" .")[:1] in (")", "）", "]"):
            return True
    return False


def _after_version_word(folded: str, start: int, words: frozenset[str]) -> bool:
    """Whether a word of ``version_words`` ("version", "версия", "버전", "版本号") stands
    right before ``start``, across a space, colon or number sign, or glued in a script
    written without spaces: "версия 2.5.2019", "版本号2.5.2019" are version numbers."""
    head = folded[max(0, start - 24) : start].rstrip(" :#№")
    if not head:
        return False
    for word in words:
        if head.endswith(word) or (word.endswith(".") and head.endswith(word[:-1])):
            n = len(word) if head.endswith(word) else len(word) - 1
            before = head[-n - 1 : -n]
            if not before.isalpha() or _UNSPACED.match(word) is not None:
                return True  # (a word of its own: "v" of "dev" is none)
    return False


# the first letter of a word of a script written without spaces (Han, kana)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


# each grammar's words of those checks, and those words with the words of a fiscal year
_TRIGGERS: dict[tuple[str, ...], tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}


def quiet_text(folded: str, g: Grammar) -> bool:
    """Whether ``folded`` holds none of the words the checks of :func:`other_calendar` and
    of a year's part look for, nor a word of a fiscal year (one search for the common text
    that holds none: a word either finds is a word of the two lists together)."""
    key = g.langs
    if key not in _TRIGGERS:
        lists = g.vocab.lists
        words = (
            {
                w.rstrip(".")
                for name in (
                    "other_calendar_words",
                    "offset_before_words",
                    "offset_after_words",
                    "year_part_words",
                )
                for w in lists.get(name, frozenset())
            }
            | set(lists.get("version_words", frozenset()))  # ("v." keeps its dot)
            | year_months_words(g)
        ) - {""}
        both = (words | fiscal_words(g)) - {""}
        # (tries: the search skips in one step every character that starts no word)
        _TRIGGERS[key] = (
            re.compile(alternation(words)) if words else None,
            re.compile(alternation(both)) if both else None,
        )
    pattern, either = _TRIGGERS[key]
    if either is None or either.search(folded) is None:
        return True
    return (pattern is None or pattern.search(folded) is None) and not fiscal_words_near(
        folded, 0, len(folded), g
    )
