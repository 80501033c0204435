"""A year the text states but leaves unread dates the year-less days of its sentence.

Two such years are no calendar year of their own and so are no mention, yet they say which
calendar year the days of their sentence fall in:

- a fiscal year of a language whose data name the month it starts (``fiscal_year_days_start``:
  Japan's runs from 1 April to 31 March, Local Autonomy Act art. 208): "令和5年度の説明会は
  5月20日と1月20日に開催" holds 20 May 2023 and 20 January 2024. A day from the start month to
  December is of the fiscal year's first year, a day from January to the month before the
  start of the next;
- a year right before a word of the lunar calendar or of a lunar feast (the language's
  ``other_calendar_words``: "2012年元宵灯会于2月2日至2月6日举行", "2024年春节庙会1月28日开幕"): the
  feast's Gregorian year, whose days in figures are that year's.

Only days left without a year (no ``ref``) are dated; a sentence with two such years, or with
a mention stating its own year, is left as it was, and a day read against ``ref`` keeps that
reading, which the rules of :mod:`._day_lag` already place near the publication. A fiscal
year right before a noun of what is drawn up for it (``fiscal_year_days_not_before``: "2023
年度予算案を2月15日に発表": the budget of the fiscal year 2023, announced on 15 February,
before that year begins) is the object of the sentence, not its time, and dates nothing.
A mention so dated tells that it was resolved against the year it took; :func:`parse_date`
gives the same day for the sentence (:func:`in_stated_year`).

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("令和5年度の説明会は1月20日に開催します。", lang="ja")]
['2024-01-20']
>>> [str(m.value) for m in find_dates("2012年元宵灯会于2月2日至2月6日举行", lang="zh")]
['2012-02-02/2012-02-06']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from citydiplo._text._lexicon import alternation, load_data
from citydiplo._yearless import YearlessDate
from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._text._find import DateMention
    from citydiplo._text._lexicon import Grammar
    from citydiplo.dates import RecordDate

__all__ = ["dated_by_stated_year", "in_stated_year"]

_STOPS = re.compile(r"[。！？!?\n]|\.(?:\s|$)")
_OWN_YEAR = re.compile(r"\d{4}|年|년|năm", re.IGNORECASE)
# the character every match of the pattern of :func:`_patterns` holds (its year ends in it):
# a text without it holds no such year, and is not searched
_YEAR_MARK = "年"


@functools.cache
def _patterns(langs: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[str, int], int]:
    """The years stated and unread (a fiscal year, a year before a lunar word) as one pattern,
    the eras by name, and the month a fiscal year starts (0: none)."""
    data: list[dict[str, Any]] = [load_data(lang) for lang in langs]
    start = max((int(d.get("fiscal_year_days_start", 0)) for d in data), default=0)
    eras = {name: int(y) for d in data for name, y in d.get("eras", {}).items()}
    lunar = {w for d in data for w in d.get("other_calendar_words", [])}
    fiscal = {w for d in data if d.get("fiscal_year_days_start") for w in d["fiscal_year_words"]}
    objects = {w for d in data for w in d.get("fiscal_year_days_not_before", [])}
    era = rf"(?P<era>{alternation(set(eras))}) ?(?P<n>\d{{1,2}}|元)" if eras else r"(?!x)x"
    year = rf"(?:(?<!\d)(?P<y>\d{{4}})|{era}) ?{_YEAR_MARK}"
    kinds = []
    if fiscal:  # ("年度" after the year's 年: the word less its first character)
        words = {w[1:] if w.startswith("年") else w for w in fiscal}
        not_before = rf"(?!{alternation(objects)})" if objects else ""
        kinds.append(rf"(?P<fy>{alternation(words)}){not_before}")
    if lunar:
        kinds.append(rf"(?:的)?(?P<lunar>{alternation(lunar)})")
    if not kinds:
        return None, eras, start
    return re.compile(rf"{year}(?:{'|'.join(kinds)})"), eras, start


def _years(
    sentence: str, at: int, langs: tuple[str, ...]
) -> dict[tuple[int, bool], tuple[int, int]]:
    """The years stated and unread in ``sentence`` (which starts at ``at`` in the text), each
    with whether it is a fiscal year, mapped to its first span in the text."""
    pattern, eras, _ = _patterns(langs)
    found: dict[tuple[int, bool], tuple[int, int]] = {}
    if pattern is None:
        return found
    for m in pattern.finditer(sentence):
        if m.group("y"):
            year = int(m.group("y"))
        else:
            n = m.group("n")
            year = eras[m.group("era")] + (0 if n == "元" else int(n) - 1)
        key = (year, m.groupdict().get("fy") is not None)
        found.setdefault(key, (at + m.start(), at + m.end()))
    return found


def _in_year(value: PartialDate, year: int, fiscal: int) -> PartialDate:
    """``value`` (a month, perhaps a day) moved to the calendar year the stated year gives."""
    assert value.month is not None
    shift = 1 if fiscal and value.month < fiscal else 0
    return PartialDate(year=year + shift, month=value.month, day=value.day)


def _redated(value: RecordDate, year: int, fiscal: int) -> RecordDate | None:
    """``value`` in the year the stated year gives, or None if it has no month to place."""
    if isinstance(value, YearlessDate):
        value = value.in_year(2000)  # (a leap year: "XXXX-02-29" stays a day)
    if isinstance(value, PartialDate) and value.month is not None:
        return _in_year(value, year, fiscal)
    if isinstance(value, DateRange):
        low, high = value.start, value.end
        if (
            isinstance(low, PartialDate)
            and isinstance(high, PartialDate)
            and low.month is not None
            and high.month is not None
        ):
            a, b = _in_year(low, year, fiscal), _in_year(high, year, fiscal)
            if (b.year, b.month, b.day or 0) >= (a.year, a.month, a.day or 0):
                return DateRange(start=a, end=b)
    return None


def in_stated_year(value: RecordDate, text: str, said: str, g: Grammar) -> RecordDate:
    """``value``, read from ``said`` (a part of ``text``, one sentence given to
    :func:`parse_date`), in the calendar year a year stated and unread in ``text`` gives,
    when ``said`` states no year of its own and ``text`` holds one such year."""
    if _YEAR_MARK not in text:
        return value  # (no such year: the common text, with no look-up of the pattern)
    pattern, _, start = _patterns(g.langs)
    if pattern is None or _OWN_YEAR.search(said) or pattern.search(text) is None:
        return value
    years = _years(text, 0, g.langs)
    if len(years) != 1:
        return value
    ((year, is_fiscal), _span), *_ = years.items()
    redated = _redated(value, year, start if is_fiscal else 0)
    return redated if redated is not None and isinstance(value, YearlessDate) else value


def dated_by_stated_year(mentions: list[DateMention], text: str, g: Grammar) -> list[DateMention]:
    """``mentions`` with the year-less days of a sentence that states one unread year (a
    fiscal year, a year before a lunar word) placed in the calendar year it gives."""
    pattern, _, start = _patterns(g.langs)
    if pattern is None or not mentions or _YEAR_MARK not in text or pattern.search(text) is None:
        return mentions
    from citydiplo._text._find import DateResolution  # (the mention's own module)

    bounds = [0, *(m.end() for m in _STOPS.finditer(text)), len(text)]
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.resolution is not DateResolution.ABSOLUTE:
            continue  # (read against ref or another mention: that reading stands)
        if not isinstance(mention.value, YearlessDate):
            continue
        if _OWN_YEAR.search(mention.text):
            continue  # "2023年1月20日": the day states its year
        s = max(b for b in bounds if b <= mention.start)
        e = min((b for b in bounds if b >= mention.end), default=len(text))
        if _dated_elsewhere(mentions, i, s, e):
            continue
        years = _years(text[s:e], s, g.langs)
        if len(years) != 1:
            continue
        ((year, is_fiscal), span), *_ = years.items()
        value = _redated(mention.value, year, start if is_fiscal else 0)
        if value is not None:
            out[i] = _with_year(mention, value, year, span)
    return out


def _dated_elsewhere(mentions: Sequence[DateMention], i: int, s: int, e: int) -> bool:
    """Whether another mention in ``[s, e)`` states its own year."""
    return any(
        j != i and s <= m.start < e and _OWN_YEAR.search(m.text) is not None
        for j, m in enumerate(mentions)
    )


def _with_year(
    mention: DateMention, value: RecordDate, year: int, span: tuple[int, int]
) -> DateMention:
    """``mention`` with ``value``, resolved against the year stated at ``span``."""
    from citydiplo._text._find import anchored

    return anchored(mention, value, PartialDate(year=year), span)
