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
("fiscal 2024", "FY2024", "Fiscal Year (FY) 2024"; "2024 fiscal policy" is a calendar year). A
word of ``fiscal_year_not_words`` is none: in Chinese "2024年度" is the year 2024 (China's
fiscal year is the calendar year), so a text read as Chinese or Japanese leaves "年度" to its
year.

Only readings without a month or day are concerned: "令和5年度…10月10日" keeps its day.

Fiscal years written "2025-26" in languages whose data name the month their fiscal year
starts (``fiscal_year_start``: India's financial year runs from 1 April to 31 March) are
read by :func:`fiscal_span`. In such a language a year, a dash and the next year's last two
digits name a fiscal year, a school session or a season far more often than two calendar
years; read as "2025/2026" it would be silently wrong. So the span is read as the fiscal
year (1 April 2025 to 31 March 2026) when a word of the language's ``fiscal_year_words``
stands just before it ("वित्त वर्ष 2026-27", "बजट 2023-24") or after it in the same clause
("વર્ષ 2021-22ના બજેટમાં"), and left unread otherwise ("सत्र 2025-26": whose months the text
does not say). Languages without a ``fiscal_year_start`` keep the span of calendar years.
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar
from citydiplo._text._lexicon import load_data
from citydiplo._text._numerals import fold_word
from citydiplo._text._word_trigger import Trigger

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["fiscal_span", "fiscal_start", "fiscal_words", "fiscal_words_near", "fiscal_year"]

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


def _trigger(g: Grammar) -> Trigger | None:
    """One search for any fiscal word of ``g``; a word in letters of a spaced script only as
    a word of its own ("fy" of "FY2024", never of "notify")."""
    words = fiscal_words(g)
    return Trigger(words) if words else None


def fiscal_words(g: Grammar) -> frozenset[str]:
    """The words of a fiscal or school year of ``g`` that :func:`fiscal_words_near` finds."""
    lists = g.vocab.lists
    return frozenset(
        lists.get("fiscal_year_words", frozenset())
        | lists.get("fiscal_year_before_words", frozenset())
    )


_TRIGGERS: dict[int, tuple[Grammar, Trigger | None]] = {}


def fiscal_words_near(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether a word of a fiscal or school year stands in ``folded[start:end]`` (one search:
    the common text holds none, and no check of :func:`fiscal_year` is run for it)."""
    found = _TRIGGERS.get(id(g))  # (``per_grammar``'s look-up, without its call)
    trigger = (
        found[1] if found is not None and found[0] is g else per_grammar(_TRIGGERS, g, _trigger)
    )
    return trigger is not None and trigger.found(folded, max(0, start), end)


_NEXT_TWO = re.compile(r"[-–/](\d{2})(?!\d)")


def _spanned(a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``a`` is a year followed by the next year's last two digits, in a language
    whose fiscal year :func:`fiscal_span` reads ("2026-27")."""
    year = a.fields.get("y")
    m = _NEXT_TWO.match(folded, a.end)
    return (
        m is not None
        and year is not None
        and year.isdigit()
        and int(m.group(1)) == (int(year) + 1) % 100
        and fiscal_start(g) != 0
    )


def fiscal_year(a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``a`` is a year of a fiscal or school year ("2023年度", "FY 2024",
    "năm tài chính 2024-2025", "2024财年", "2024학년도"): never a calendar year."""
    lists = g.vocab.lists
    words = lists.get("fiscal_year_words")
    if not words or not _undated(a) or _spanned(a, folded, g):
        return False  # (a span "वित्त वर्ष 2026-27" is read whole by :func:`fiscal_span`)
    if not fiscal_words_near(folded, a.start - 30, a.end + 40, g):
        return False
    before = (words | lists.get("fiscal_year_before_words", frozenset())) - lists.get(
        "fiscal_year_not_words", frozenset()
    )
    text = folded[a.start : a.end]
    head = folded[max(0, a.start - 30) : a.start]
    head = head[: m.start()] if (m := _FIRST_YEAR.search(head)) is not None else head
    head = head.rstrip(" :)）")  # (an abbreviation in brackets: "Fiscal Year (FY) 2024")
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


_BEFORE = 40  # characters before the span where a fiscal word may stand ("वित्त वर्ष ")
_AFTER = 100  # and after it ("ના બજેટમાં", "માટે ... રજૂ કરેલા ... ડ્રાફ્ટ બજેટમાં")


@functools.cache
def _data(langs: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """The month the fiscal year starts (0: none, or the languages disagree) and the
    fiscal words, folded."""
    starts = {int(load_data(lang).get("fiscal_year_start", 0)) for lang in langs}
    words = sorted(
        {fold_word(w) for lang in langs for w in load_data(lang).get("fiscal_year_words", ())}
    )
    return (starts.pop() if len(starts) == 1 else 0), tuple(w for w in words if w)


def fiscal_start(g: Grammar) -> int:
    """The month the fiscal year of the grammar's languages starts in, or 0.

    >>> from citydiplo._text._lexicon import grammar
    >>> fiscal_start(grammar(("hi",))), fiscal_start(grammar(("ru",)))
    (4, 0)
    """
    return _data(g.langs)[0]


def fiscal_span(low: Candidate, end: int, first: int, folded: str, g: Grammar) -> Candidate | None:
    """The span of ``low`` (a year) to ``end`` (after the two digits of the next year) as the
    fiscal year starting in month ``first`` of that year, when a fiscal word stands beside
    it; None when none does (the span is then left unread)."""
    _, words = _data(g.langs)
    around = folded[max(0, low.start - _BEFORE) : end + _AFTER]  # (the span holds its "वर्ष")
    if not any(w in around for w in words):
        return None
    year = int(low.fields["y"])
    last_month = (first - 2) % 12 + 1  # the month before the first
    last_year = year + (last_month < first)
    last_day = calendar.monthrange(last_year, last_month)[1]
    start = low._replace(fields={"y": str(year), "mn": str(first), "d": "1"})
    stop = low._replace(
        start=end - 2,
        end=end,
        fields={"y": str(last_year), "mn": str(last_month), "d": str(last_day)},
    )
    return low._replace(end=end, kind="range", fields={}, low=start, high=stop)
