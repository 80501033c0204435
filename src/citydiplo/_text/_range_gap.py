"""The words between the two ends of a span, less what says no date: a time of day and an
aside in brackets. "từ ngày 22-1-2022 đến 12 giờ ngày 31-1-2022" (from 22 January to noon on
31 January) and "từ ngày 12/01/2022 (tức ngày 10 tháng 12 Âm lịch) đến 20 giờ ngày
31/01/2022" (the bracket gives the lunar date, which is not read) join their ends by "đến
ngày" once the hour and the bracket are set aside. An aside never holds a date read: the scan
found no candidate between the two ends. The time forms are the language's
``range_time_words`` after one or two figures ("12 giờ", "오후 2시": with a word of
``range_time_before`` before them; a word of ``range_time_stems`` may have the span's joining
word glued after it, "સવારે 8 વાગ્યાથી": from 8 in the morning), or figures with a colon
("12:00", or dotted, "24.00", when the minutes are no month), or a word of
``range_times_alone`` that names an hour by itself ("자정부터": from midnight), with a word of
``range_clock_before`` or ``range_time_before`` before them (a dash may mark the time after
that word: "બપોરના -૧૨:૦૦") ("החל מהשעה 22:00": starting at
22:00; "晚10:00": 10 pm) and of ``range_clock_after`` after them ("с 22:00 час. до 06:00
час.": from 22:00 to 06:00).

A line that opens with a list's mark ("- ", "• ", "+ ") is an item of its own: its mark is no
dash of a span, so a date ending the line before and one starting the item are two dates
("Ngày đăng : 08:59, 28/05/2018" then "- Ngày 28.5, UBND tỉnh…": 28 May 2018 twice, not 28 May
2018 to 28 May 2019); :func:`next_atom` keeps them apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["gap_without_time", "next_atom"]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_T = TypeVar("_T", bound=_Spanned)
# a line break, then a list's mark and a space or tab: the line is an item of a list
_ITEM = re.compile("\n[ \t]*[-\u2013\u2014\u2022\u00b7*+\u25cf\u25cb\u25a0\u25b6\u25ba][ \t]")

_ASIDE = re.compile(r"\([^()]{0,60}\)")
# "10:26:57" too, and a dotted time whose minutes are no month ("24.00", "до 8.00", "10.30":
# "10.05" could be 10 May, and stays); a full stop may follow ("до 8.00.")
_CLOCK = re.compile(
    r"(?<![\d.])(?:\d{1,2}[:h]\d{2}(?::\d{2})?|(?:[01]?\d|2[0-4])\.(?:00|1[3-9]|[2-5]\d))(?!\d|\.\d)"
)


_CJK_CHARS = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_CJK = re.compile(rf"[{_CJK_CHARS}]$")
_PAUSE = re.compile(rf"(?<=[{_CJK_CHARS}]) ?[、，,] ?$")  # a comma after "から", "부터"
_MINUTES = frozenset({"分", "분"})  # the minute's sign in Han script and in Hangul
# a dash that marks the time after its word ("બપોરના -૧૨:૦૦ કલાકથી": from 12:00 noon)
_DASH_MARK = r"(?:[-\u2013\u2014] ?)?"


@functools.lru_cache(maxsize=64)
def _hours(
    words: frozenset[str], before: frozenset[str], stems: frozenset[str] = frozenset()
) -> re.Pattern[str] | None:
    spaced = alternation(frozenset(w for w in words if not _CJK.search(w)))
    # "2시부터", and ``range_time_stems`` ("8 વાગ્યાથી": the span's "થી" glued to the hour)
    glued = alternation(frozenset(w for w in words if _CJK.search(w)) | stems)
    ends = [f"(?:{spaced})(?!\\w)"] if spaced else []
    ends += [f"(?:{glued})"] if glued else []
    if not ends:
        return None
    lead = rf"(?:(?:{alternation(before)}) ?{_DASH_MARK})?" if before else ""
    # minutes after a glued hour ("8時30分", "16时30分", "2시 30분"): the language's own words
    minutes = rf"(?: ?\d{{1,2}} ?(?:{alternation(_MINUTES)}))?"
    return re.compile(rf"{lead}(?<![\d.])\d{{1,2}} ?(?:{'|'.join(ends)}){minutes}")


@functools.lru_cache(maxsize=16)
def _alone(words: frozenset[str]) -> re.Pattern[str]:
    """The words of a time of day that need no figure ("자정": midnight, "정오": noon)."""
    return re.compile(alternation(words))


@functools.lru_cache(maxsize=16)
def _clock_with_words(
    before: frozenset[str], after: frozenset[str], stems: frozenset[str] = frozenset()
) -> re.Pattern[str]:
    lead = rf"(?:(?:{alternation(before)}) ?{_DASH_MARK})?" if before else ""
    # (a word after the clock ends a word, or is CJK: "23:00时至", "10 pm to"; or is a stem
    # the joining word is glued to: "12:00 કલાકથી")
    ends = [rf"(?:{alternation(after)})(?:(?<=[{_CJK_CHARS}])|(?!\w))"] if after else []
    ends += [f"(?:{alternation(stems)})"] if stems else []
    tail = rf"(?: ?(?:{'|'.join(ends)}))?" if ends else ""
    return re.compile(rf"{lead}{_CLOCK.pattern}{tail}")


@functools.lru_cache(maxsize=16)
def _leads(clock: frozenset[str] | None, hour: frozenset[str] | None) -> frozenset[str]:
    return (clock or frozenset()) | (hour or frozenset())


def gap_without_time(gap: str, g: Grammar) -> str:
    """``gap`` without asides in brackets and times of day, its spaces made single, and
    without a pause after a joining word in CJK ("6月3日、土曜日から、7月2日": "から")."""
    gap = _PAUSE.sub("", gap)
    alone = g.vocab.lists.get("range_times_alone")  # "21일 자정부터": midnight, no figure
    if alone and _alone(alone).search(gap):
        gap = " ".join(_alone(alone).sub(" ", gap).split())
    if "(" not in gap and not any(ch.isdigit() for ch in gap):
        return gap
    out, lists = _ASIDE.sub(" ", gap), g.vocab.lists
    # a word for the time of day leads a clock as it leads an hour ("晚10:00至次日": 10 pm)
    before = _leads(lists.get("range_clock_before"), lists.get("range_time_before"))
    after, stems = lists.get("range_clock_after"), lists.get("range_time_stems", frozenset())
    if before or after:  # "החל מהשעה 22:00", "с 22:00 час.": the clock's words too
        out = _clock_with_words(before, after or frozenset(), stems).sub(" ", out)
    out = _CLOCK.sub(" ", out)
    hours = _hours(
        lists.get("range_time_words", frozenset()),
        lists.get("range_time_before", frozenset()),
        stems,
    )
    if hours is not None:
        out = hours.sub(" ", out)
    return " ".join(out.split())


def next_atom(atoms: Sequence[_T], i: int, original: str, where: Sequence[int]) -> _T | None:
    """The atom after ``atoms[i]`` (folded offsets, ``where`` mapping them to ``original``),
    or None when there is none or a line that opens with a list's mark parts the two."""
    if i + 1 >= len(atoms):
        return None
    a, b = atoms[i], atoms[i + 1]
    low, high = where[a.end - 1] + 1, where[b.start]  # (the gap alone is searched)
    if original.find("\n", low, high) >= 0 and _ITEM.search(original, low, high):
        return None
    return b
