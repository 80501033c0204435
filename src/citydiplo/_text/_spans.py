"""Spans of days written across two date expressions: "2017年3月31日至4月2日",
"2024년 5월 5일부터 7일까지", "March 31 to April 2, 2024", "từ ngày 10 đến 12/5".

A span of days inside one expression ("5–7 мая", "May 5-7, 2024", "5至7日") is a single
alternative of the grammar (:mod:`._lexicon`). When the two ends are separate expressions,
:func:`day_span` joins them if only a word that joins days stands between them (the language's
``day_range_connectors``: "to", "至", "부터", "по"; never a conjunction such as "and", since
"5 and 7 May" are two days). The later end borrows what it leaves out from the earlier one:
its month and year ("7일" after "5월 5일"), or its year ("4月2日" after "2017年3月31日"); an
earlier end that is a day alone borrows them from the later one ("ngày 10" before "12/5").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._coming_end import coming_day_end
from citydiplo._text._persian_month_days import solar_month_days
from citydiplo._text._range_gap import gap_without_time
from citydiplo._text._span_verbs import gap_without_verbs
from citydiplo._text._split_span import split_span
from citydiplo._text._timed_days import timed_day_span
from citydiplo._text._word_spans import day_word_ends
from citydiplo._text._words import ends_with_word, starts_with_word
from citydiplo.dates import DateRange, PartialDate, Unbounded

if TYPE_CHECKING:
    from collections.abc import Mapping

    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = [
    "DAY_ENDS",
    "before_follows",
    "borrowed_start",
    "day_only_stands_alone",
    "day_span",
    "month_end",
    "month_span",
    "names_a_day",
    "names_a_weekday",
    "open_suffix",
    "qualifies_noun",
    "year_from_end",
    "yearless_end",
]

# expressions that name a day (the later end may also be a day alone)
DAY_ENDS = frozenset({"ymd", "dmy", "mdy", "md", "dm", "ymd_num", "dmy_num", "dm_num", "md_num"})
_LATER_ENDS = DAY_ENDS | {"d_only", "rel_month_d"}  # "6月28日から来月19日まで"
# a full date that may end a span whose start went unread: a day's date, Solar Hijri too
UNREAD_ENDS = DAY_ENDS | {"h_dmy", "h_dm"}
# a day of a month named relative to ref opens a span too: "다음달 13일부터 15일까지"
_FIRST_ENDS = DAY_ENDS | {"rel_month_d"}
# a day alone that names its month through a word ("this month's 10th") borrows nothing
_MONTH_WORDS = frozenset({"this_month", "last_month", "next_month", "mod_last", "mod_next"})


def day_span(a: Candidate, b: Candidate, folded: str, g: Grammar) -> Candidate | None:
    """``a`` to ``b`` as one range candidate, if the text joins them as a span of days."""
    if a.kind == "d_only" and b.kind in DAY_ENDS and not _MONTH_WORDS.intersection(a.fields):
        pass  # "từ ngày 10 đến 12/5": the earlier end takes its month from the later one
    elif a.kind == "d_only" and b.kind in DAY_ENDS and {"mod_last", "mod_next"} & a.fields.keys():
        pass  # "오는 26일부터 9월 5일까지": the earlier end's word names its month
    elif a.kind == "d_only" and b.kind == "rel_month_d" and _into_next_month(a, b):
        pass  # "26일부터 다음 달 5일까지": the earlier day is in the month before the later
    elif a.kind == "phrase" and b.kind in DAY_ENDS | {"wd"} and names_a_day(a, g):
        # "本日から10月7日まで", "from today until October 7": today to the 7th; "from today
        # until Tuesday": to the coming Tuesday, never the one before
        if b.kind == "wd":
            b = b._replace(fields={**b.fields, "future": "1"})
    elif (
        a.kind == "phrase"
        and b.kind == "wd"
        and names_a_weekday(a, g)
        and b.fields == {"wd": b.fields.get("wd", "")}
    ):
        # "from next Monday to Friday": the Friday after that Monday, never one before ref
        b = b._replace(fields={**b.fields, "future": "1", "after_start": "1"})
    elif a.kind == "d_only" and b.kind == "d_only":
        # "16일 오전10시부터 17일 오전3시까지", "22일부터 오는 29일까지"
        return timed_day_span(a, b, folded, g) or coming_day_end(a, b, folded, g)
    elif a.kind not in _FIRST_ENDS or b.kind not in _LATER_ENDS:
        return None
    if "d0" in a.fields or "d0" in b.fields or "mod_last" in b.fields or "mod_next" in b.fields:
        return None
    gap = gap_without_time(_after_year_comma(a, folded[a.end : b.start]), g)  # "(nhằm ...)"
    gap = gap_without_verbs(gap, b, folded, g)  # "29일부터 시작해 10월 2일까지"
    joints = g.words["day_range_connectors"]
    if not gap and b.fields.get("wdp") in joints:  # "с сегодняшнего дня до вторника"
        gap = b.fields["wdp"]
    if not gap and any(_glued(folded, a, j) for j in joints):
        gap = "-"  # "૨૬ નવેમ્બરથી ૨ ડિસેમ્બર": the joining word ends the first date
    if gap not in joints and gap in g.words["range_connectors"] and _opened(folded, a, b, g):
        gap = "-"  # "between November 26 and December 2": "and" joins after "between"
    if (len(gap) > 8 or gap not in joints) and not split_span(a, b, folded, g):
        return None  # (a clause may part them: "begins on 17 May and runs until the 21st")
    return a._replace(end=b.end, kind="range", fields={}, low=a, high=b, open_end=False)


def _after_year_comma(a: Candidate, gap: str) -> str:
    """The words between two ends, less a comma closing the first end's year: "October 1, 2010,
    through September 30, 2011" (apart, "from October 1, 2010" would open a closed span)."""
    gap = gap.strip()
    if gap[:1] == "," and "y" in a.fields and a.fields["y"].isdigit():
        return gap[1:].strip() or gap
    return gap


def _into_next_month(a: Candidate, b: Candidate) -> bool:
    """Whether a day alone and a day of next month ("26일부터 다음 달 5일까지") make a span
    whose start :func:`borrowed_start` puts in the month before the end's: the start's day is
    not earlier than the end's. ("3일부터 다음 달 5일까지" runs over a month, and its start is
    in no month :func:`borrowed_start` would give: it is left unread.)"""
    if "next_month" not in b.fields or (_MONTH_WORDS - {"mod_next"}).intersection(a.fields):
        return False  # (a word for the coming day keeps it in this month: "오는 30일부터")
    first, last = a.fields.get("d", ""), b.fields.get("d", "")
    return first.isdigit() and last.isdigit() and int(first) >= int(last)


def month_span(a: Candidate, b: Candidate, folded: str, g: Grammar) -> Candidate | None:
    """A bare month and a month joined by a word that joins days ("July to August", "с июля по
    август 2024 года", "જુલાઈ-ઓગસ્ટમાં", "ડિસેમ્બર-જાન્યુઆરીમાં"; "이달부터 11월까지": from this
    month to November), as one range: read apart,
    the first would take ``ref``'s year, not the second's, and the second, alone, ``ref``'s
    even when the span runs into the next year. So are two Solar Hijri days, the first
    perhaps without its year ("از ۲۵ بهمن تا ۵ اسفند ۱۴۰۳"): the second alone would drop it."""
    if a.kind == b.kind == "h_dm":  # "از ۲۱ دی تا ۲۷ دی": the days of one month
        return solar_month_days(a, b, folded, g)
    solar = a.kind in ("h_dm", "h_dmy") and b.kind == "h_dmy"  # "از ۲۵ بهمن تا ۵ اسفند ۱۴۰۳"
    if a.kind in ("ym", "my") and b.kind == "m":  # "今年一月至五月", "2024年1月至5月"
        second = year_to_second(a, b, g)
        if second is None:
            return None
        b = second
    elif (  # "다음 달부터 11월까지": from next month
        not solar
        and (a.kind != "m" or b.kind not in ("m", "my"))
        and (b.kind != "m" or not names_a_month(a, g))
    ):
        return None
    gap = folded[a.end : b.start].strip()
    joints = g.words["day_range_connectors"]
    if not gap and any(_glued(folded, a, j) for j in joints):
        gap = "-"  # "જુલાઈથી ઓગસ્ટ": the joining word ends the first month
    if (len(gap) > 8 or gap not in joints) and not (solar and split_span(a, b, folded, g)):
        return None
    if a.kind == "h_dm":  # the Solar year stated once, at the end (the year before if need be)
        later = g.hijri_months.get(a.fields["h"], 0) > g.hijri_months.get(b.fields["h"], 0)
        year = str(int(b.fields["y"]) - later)
        a = a._replace(kind="h_dmy", fields={**a.fields, "y": year})
    return a._replace(end=b.end, kind="range", fields={}, low=a, high=b, open_end=False)


_OWN_YEAR = ("y", "yy", "ey", "era", "this_year", "last_year", "next_year", "same_year")


def year_to_second(a: Candidate, b: Candidate, g: Grammar) -> Candidate | None:
    """The bare month ``b`` with the year of ``a`` (a month with its year, stated or named
    relative to ``ref``), when ``b`` comes later in that year; else ``None``."""
    first, second = g.months.get(a.fields.get("m", "")), g.months.get(b.fields.get("m", ""))
    if first is None or second is None or second <= first:
        return None
    year = {k: v for k, v in a.fields.items() if k in _OWN_YEAR}
    return b._replace(kind="ym", fields={**b.fields, **year})


def month_end(
    low: Candidate, high: Candidate, start: PartialDate | Unbounded, end: PartialDate | Unbounded
) -> PartialDate | Unbounded:
    """The end of a span of two bare months: in the year after the start's when its month
    comes before the start's ("December to January")."""
    if (
        low.kind == high.kind == "m"
        and isinstance(start, PartialDate)
        and isinstance(end, PartialDate)
        and end.year == start.year
        and (end.month or 0) < (start.month or 0)
    ):
        return PartialDate(year=end.year + 1, month=end.month)
    return end


def before_follows(folded: str, end: int, g: Grammar) -> bool:
    """Whether a word for "before" follows the date ending at ``end``, after its postposition
    ("2009 से पहले", "2009થી પહેલાં": before 2009): the postposition then opens no range."""
    words = g.vocab.lists.get("before_words")
    if not words:
        return False
    tail = folded[end : end + 24].lstrip()
    k = starts_with_word(tail, g.words["open_suffixes"])
    return starts_with_word(tail[k:].lstrip(), words) > 0


def open_suffix(tail: str, g: Grammar) -> int:
    """The length of the open suffix ``tail`` starts with ("onwards", "以来", "부터"), or 0.
    A suffix of ``open_suffixes_final`` ("on") opens the range only where the phrase ends:
    "from 2023 on." is 2023 onwards, "in 2023 on the occasion of" is the year. The day's
    weekday in brackets may stand before the suffix ("5月20日(土曜)から")."""
    aside = _WEEKDAY_ASIDE.match(tail)  # "2023年5月20日(土曜)から": past the weekday
    if aside and aside.group(1) in g.vocab.weekdays:
        k = open_suffix(tail[aside.end() :], g)
        return aside.end() + k if k else 0
    k = starts_with_word(tail, g.words["open_suffixes"])
    if not k and "\u3040" <= tail[:1] <= "\u9fff":  # kana or Han: "から派遣"
        k = _glued_cjk_suffix(tail, g)
    final = k and tail[:k] in g.vocab.lists.get("open_suffixes_final", ())
    return 0 if final and tail[k:].lstrip()[:1].isalnum() else k


_WEEKDAY_ASIDE = re.compile(r"[(（]([^()（）\s]{1,6})[)）] ?")


def _glued_cjk_suffix(tail: str, g: Grammar) -> int:
    """The length of an open suffix of two or more kana or Han characters that ``tail``
    starts with, whatever follows: such a word ends where it ends ("昭和40年から派遣",
    "2004年以来の交流"). A one-character word ("起") may begin a longer one ("起草")."""
    words = _cjk_words(g.words["open_suffixes"])
    if not words or not tail.startswith(words):
        return 0
    return max(len(w) for w in words if tail.startswith(w))


@functools.lru_cache(maxsize=32)
def _cjk_words(words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` of two or more characters that end in kana or Han."""
    return tuple(sorted(w for w in words if len(w) > 1 and "\u3040" <= w[-1] <= "\u9fff"))


def qualifies_noun(folded: str, end: int, g: Grammar) -> bool:
    """Whether the date ending at ``end`` stands before a noun it qualifies, one of the
    language's ``date_qualified_nouns`` ("from May 7, 2019 City Council Regular Meeting": a
    source, the meeting of that day; "从5月7日的会议"): then a word before it that may open a
    span ("from", "从") does not."""
    words = g.vocab.lists.get("date_qualified_nouns")
    if not words:
        return False
    tail = folded[end : end + 32].lstrip(" ")
    if not tail.startswith(_as_tuple(words)):  # (one test for all the words)
        return False
    for word in words:
        if tail.startswith(word):
            after = tail[len(word) : len(word) + 1]
            if word[-1] >= "\u3040" or not (after.isalnum() or after == "-"):
                return True
    return False


@functools.lru_cache(maxsize=64)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words))


def names_a_month(a: Candidate, g: Grammar) -> bool:
    """Whether ``a`` names this, the next or the last month ("이달", "next month", "下个月")."""
    if a.kind == "rel_month":
        return True
    if a.kind != "phrase":
        return False
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    return len(readings) == 1 and all(r.kind == "offset" and r.unit == "month" for r in readings)


def names_a_day(a: Candidate, g: Grammar) -> bool:
    """Whether a relative phrase names one day ("today", "本日", "tomorrow")."""
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    return len(readings) == 1 and all(r.kind == "offset" and r.unit == "day" for r in readings)


def names_a_weekday(a: Candidate, g: Grammar) -> bool:
    """Whether a relative phrase names one weekday ("next Monday", "last Friday")."""
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    return len(readings) == 1 and all(r.kind == "weekday" for r in readings)


def borrowed_start(end: PartialDate, day: int) -> DateRange:
    """The span from ``day`` to ``end``, the day taken in ``end``'s month (the month before
    when it is not earlier than ``end``'s day): "từ ngày 10 đến 12/5", "ngày 28 đến 3/6".

    >>> str(borrowed_start(PartialDate("2023-06-03"), 28))
    '2023-05-28/2023-06-03'
    """
    assert end.month is not None and end.day is not None
    months = end.year * 12 + end.month - 1 - (day >= end.day)
    start = PartialDate(year=months // 12, month=months % 12 + 1, day=day)
    return DateRange(start=start, end=end)


# a day and month (with names or in figures), and the same with a year
_WITH_YEAR = {"md": "mdy", "dm": "dmy", "md_num": "mdy_num", "dm_num": "dmy_num", "m": "my"}
# fields that give an expression its year, stated or relative
_YEAR_FIELDS = frozenset(
    {"y", "yy", "ey", "this_year", "last_year", "next_year", "same_year", "mod_last", "mod_next"}
)


def yearless_end(low: Candidate, high: Candidate | None) -> bool:
    """Whether a span's earlier end names a day and month but no year, and its later end
    states one: "July 29 through August 2, 1997", "с 29 июля по 2 августа 1997 года"."""
    return (
        high is not None
        and low.kind in _WITH_YEAR
        and (high.kind in DAY_ENDS or low.kind == "m" == high.kind[:1])  # "July–August 2024"
        and not _YEAR_FIELDS.intersection(low.fields)
        and "y" in high.fields
    )


def year_from_end(low: Candidate, high: Candidate | None, g: Grammar) -> Candidate:
    """``low`` with the year of ``high`` (the year before when its month and day come after
    ``high``'s): "December 30 to January 2, 2024" starts on 30 December 2023. Unresolved when
    the end is an earlier day of the start's own month ("June 21 - June 20, 2024"): a slip,
    no span of almost a year, as the same span without a year is none."""
    assert high is not None

    def month_day(c: Candidate) -> tuple[int, int]:
        f = c.fields
        month = g.months.get(f["m"], 0) if "m" in f else int(f.get("mn", 0))
        return month, int(f["d"]) if f.get("d", "").isdigit() else 0

    first, last = month_day(low), month_day(high)
    if first[0] == last[0] and first[1] > last[1] > 0:
        from citydiplo._text._relative import Unresolved  # (it imports the scan: not above)

        raise Unresolved(f"the span ends on day {last[1]} before its start, day {first[1]}")
    year = int(high.fields["y"]) - (first > last)
    return low._replace(kind=_WITH_YEAR[low.kind], fields={**low.fields, "y": str(year)})


def _opened(folded: str, a: Candidate, b: Candidate, g: Grammar) -> bool:
    """Whether a word that opens a span ("between", "между") stands right before ``a``, or
    one of the language's ``between_after`` right after ``b`` ("16 ઓક્ટોબર અને 13 નવેમ્બર
    વચ્ચે", "5 मई और 7 जून के बीच": between, after its two ends)."""
    head = folded[max(0, a.start - 24) : a.start].rstrip()
    if head and ends_with_word(head, g.words["range_prefixes"]) > 0:
        return True
    tail = folded[b.end : b.end + 24].lstrip()
    after = g.vocab.lists.get("between_after", frozenset())
    return bool(tail) and starts_with_word(tail, after) > 0


def _glued(folded: str, a: Candidate, joint: str) -> bool:
    """Whether a joining word with letters ("થી") is the end of ``a``'s text."""
    return len(joint) > 1 and not joint.isascii() and folded.endswith(joint, a.start, a.end)


_WORD = re.compile(r" ?(\w+)")


def day_only_stands_alone(
    fields: dict[str, str], folded: str, m: re.Match[str], lists: Mapping[str, frozenset[str]]
) -> bool:
    """In a language whose day alone is an ordinal ("on the 15th"), the ordinal names a day
    only with its suffix and when no noun follows it ("on the 15th floor", "the 21st
    century"): the next word, if any, must be one of the language's ``day_only_followers``."""
    if "dsx" not in fields:
        return False
    nxt = _WORD.match(folded, m.end())
    return nxt is None or nxt.group(1) in lists.get("day_only_followers", frozenset())


# a day and month in figures ending a text: "29/7", "29.07", "29.07."
# (a day and a month that can be one: "23.00 и 23 июня" is a time, then a date)
_FIGURES_DM = re.compile(r"(?<![\d.,/:-])(?:[12]\d|3[01]|0?[1-9])[./](?:1[0-2]|0?[1-9])\.?$")


@functools.lru_cache(maxsize=64)
def _by_last(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``words`` by their last character, each list with the empty word if there is one
    (under ""): the words a text can end with, by its last character."""
    empty = tuple(w for w in words if not w)
    out: dict[str, tuple[str, ...]] = {"": empty}
    for w in sorted(words):
        if w:
            out[w[-1]] = (*out.get(w[-1], empty), w)
    return out


def unread_span_start(folded: str, a: Candidate, g: Grammar) -> bool:
    """Whether ``a``, a full date, ends a span or list whose first day and month, in
    figures, or first day in words, were not read as a date ("с 29.07 по 02.08.1997",
    "từ 29/7 đến 2/8/1997", "بیست و پنجم تا بیست و هفتم آوریل 2017"):
    read alone it would drop what the text states, so it is no mention of its own."""
    if a.kind not in UNREAD_ENDS:
        return False
    head = folded[max(0, a.start - 32) : a.start].rstrip()
    by_last = _by_last(g.words["range_connectors"])
    for word in by_last.get(head[-1:], by_last[""]):
        if head.endswith(word):
            rest = head[: len(head) - len(word)]
            joined = rest[-1:].isspace() or rest[-1:].isdigit() or rest[-1:] == "."
            if joined and _FIGURES_DM.search(rest.rstrip()):  # the word stands alone
                return True
            if rest[-1:].isspace() and day_word_ends(rest.rstrip(), g):  # "بیست و پنجم تا"
                return True
    return False
