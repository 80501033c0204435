"""Resolving a scanned candidate to a value, using ``ref`` and the anchor only as documented:

- "last July" is the most recent July strictly before ``ref``'s month; "next July" the first
  July strictly after it.
- A bare month ("in July", "ביולי") takes the anchor's year, else ``ref``'s; with neither it is
  unresolved. A day and month without a year ("10 мая", "11月3日") take the anchor's year, else
  ``ref``'s, unless that puts them more than three months after ``ref`` (the year before) or,
  in a sentence about the future, more than a month before it (the year after); in one told
  in the past, the latest on or before ``ref``; unread when both that year's and the year
  before's are over three months away (:mod:`._day_lag`); with neither anchor nor ``ref``
  they are a :class:`~citydiplo.YearlessDate`, and so is a span of such days ("20 и 21
  июня", "May 3-5": ``XXXX-06-20/XXXX-06-21``, see :mod:`._yearless_span`).
- A span of days is a range ("5–7 мая", "3月31日至4月2日"): its later end takes the month and
  year it leaves out from the earlier one. A decade ("the 1970s") is its ten years.
- A Solar Hijri day is an exact :class:`PartialDate`; a Solar Hijri month or year straddles
  Gregorian months, so it is a :class:`DateRange` of its first and last Gregorian days.
- "early/mid/late 2024", "around 2020", "около 2020 года" are the year marked approximate
  (``2024~``): EDTF has no "early part of", and no sub-range is invented.
- In Persian text a numeric date with a two-digit year ("۱۶/۴/۹۹") is Solar Hijri: 50..99
  are 1350..1399, 00..49 are 1400..1449.
- Numeric dates follow the language's order (``numeric_order`` in its data file: day first in
  Vietnamese, Russian, Hindi...; year first in Korean, Chinese, Japanese). Where day and month
  could swap (English "4/5/2018", a day-first date in a year-first language) and both are 12
  or less, the date is ambiguous: both readings are listed and none is chosen. A two-digit year
  pivots as POSIX ``strptime`` does: 69..99 are 1969..1999, 00..68 are 2000..2068.
- A weekday next to a day is checked against it: a contradiction is an error.
- Relative days, weeks, weekdays and day-only forms are resolved by :mod:`._relative`.
"""

from __future__ import annotations

import datetime

from citydiplo._errors import DateParseError, InvalidDateError
from citydiplo._text import _hijri
from citydiplo._text._coming_day_start import day_span_start
from citydiplo._text._day_lag import AHEAD, BEHIND, ref_year
from citydiplo._text._eras import era_year
from citydiplo._text._lexicon import Grammar, grammar, load_data
from citydiplo._text._numerals import fold_word
from citydiplo._text._persian_short_year import gregorian_day_end, persian_short_year
from citydiplo._text._relative import RELATIVE_KINDS, Unresolved, resolve_relative
from citydiplo._text._scan import Candidate
from citydiplo._text._solar_month import in_solar_year
from citydiplo._text._spans import DAY_ENDS, month_end, year_from_end, yearless_end
from citydiplo._text._stated_weekday import checked_weekday, year_of_weekday
from citydiplo._text._yearless_span import (
    LEAP,
    in_leap_year,
    leap_year_end,
    leap_year_start,
    no_year,
    states_no_year,
    unyear,
)
from citydiplo.dates import DateRange, PartialDate, RecordDate, Unbounded, YearlessDate

__all__ = ["Unresolved", "resolve"]

DateValue = PartialDate | DateRange
_NUMERIC = frozenset({"dmy_num", "dmy_num2", "dm_num"})
_AHEAD, _BEHIND = AHEAD, BEHIND
_MONTH_KEYS = frozenset({"this_month", "last_month", "next_month"})
_DAY_MONTH = frozenset({"dm", "md", "dm_num", "md_num", "mod_m"})  # ("지난 7월 9일")


def _ref_month(ref: PartialDate | None, what: str) -> tuple[int, int]:
    if ref is None:
        raise Unresolved(f"no reference date: pass ref= (the publication date) to resolve {what}")
    if ref.month is None:
        raise Unresolved(f"the reference date {str(ref)!r} has no month, needed for {what}")
    return ref.year, ref.month


def _bracket_era(g: Grammar) -> str:
    """The era whose years a language writes in brackets after "this year" ("今(113)年")."""
    for lang in g.langs:
        era = load_data(lang).get("bracket_year_era")
        if era:
            return fold_word(str(era))
    raise Unresolved("no era for a year in brackets")


def _year(
    c: Candidate,
    g: Grammar,
    ref: PartialDate | None,
    anchor: PartialDate | None,
    what: str,
    month: int | None,
) -> tuple[int, str]:
    """The year a candidate speaks of and what it came from: "", "ref" or "anchor"."""
    f = c.fields
    if "y" in f:
        return int(f["y"]), ""
    if "yy" in f:
        yy = int(f["yy"])
        return (1900 + yy if yy >= 69 else 2000 + yy), ""
    if "ey" in f:  # "令和5年", "民國113年", and "今(113)年" in the language's bracket era
        number = 1 if f["ey"] == "元" else int(f["ey"])
        era = f["era"] if "era" in f else _bracket_era(g)
        return era_year(g, era, number, what), ""  # "平成40年": no such year
    if "this_year" in f or "last_year" in f or "next_year" in f:
        if ref is None:
            raise Unresolved(f"no year: pass ref= (the publication date) to resolve {what}")
        shift = 0 if "this_year" in f else (-1 if "last_year" in f else 1)
        return ref.year + shift, "ref"
    if "same_year" in f:
        if anchor is None:
            raise Unresolved(
                f"no year: pass anchor= (the date the text refers to) to resolve {what}"
            )
        return anchor.year, "anchor"
    if "mod_last" in f or "mod_next" in f:
        year, ref_m = _ref_month(ref, what)
        assert month is not None
        key = "d0" if "mod_last" in f and "d0" in f else "d"  # "지난": a span's first day
        stated = (month, day_of(f[key], g) if key in f else 0)
        today = (ref_m, (ref.day or 0) if "d" in f and ref is not None else 0)
        if "mod_last" in f:
            return (year if stated < today else year - 1), "ref"
        return (year if stated > today else year + 1), "ref"
    if anchor is not None:
        return anchor.year, "anchor"
    if ref is not None:
        return _ref_year(c, g, ref, month, what), "ref"
    raise Unresolved(f"no year: pass anchor= or ref= (the publication date) to resolve {what}")


def _ref_year(c: Candidate, g: Grammar, ref: PartialDate, month: int | None, what: str) -> int:
    """The year of a day and month without one ("10 мая"), read against ``ref``
    (:func:`._day_lag.ref_year`); a weekday beside it may name a year next to it."""
    f = c.fields
    if month is None or "d" not in f or ref.month is None:
        return ref.year
    first = int(f["d0"]) if "d0" in f else day_of(f["d"], g)  # a span: its first day ...
    last = day_of(f["d"], g)  # ... and its last
    today = datetime.date(ref.year, ref.month, ref.day or 1)
    year = ref_year(today, month, first, last, "future" in f, "weekday" in f, "past" in f)
    if year is None:  # "10月19日" on 29 June: last October or the coming one
        raise Unresolved(f"{what}: the day and month may be of this year or the last")
    return year_of_weekday(c, g, year, month, last, today)


def day_of(value: str, g: Grammar) -> int:
    """A day written with digits or as a word ("21", "twenty-first", "پنجم")."""
    return int(value) if value.isdigit() else g.vocab.days[value]


def _hijri_value(c: Candidate, g: Grammar) -> DateValue:
    f = c.fields
    jy = int(f["y"])
    try:
        if "h" in f or "mn" in f:
            jm = int(f["mn"]) if "mn" in f else 0
            if "h" in f:
                jm = grammar(("fa",)).hijri_months.get(f["h"], jm)
            if "d0" in f:  # "۱۰ تا ۱۲ اردیبهشت ۱۴۰۳": a span of days in the month
                first, last = int(f["d0"]), day_of(f["d"], g)
                if first >= last:
                    raise ValueError(f"{first} to {last} is no span of days")
                return DateRange(
                    start=PartialDate.from_date(_hijri.to_gregorian(jy, jm, first)),
                    end=PartialDate.from_date(_hijri.to_gregorian(jy, jm, last)),
                )
            if "d" in f:
                return PartialDate.from_date(_hijri.to_gregorian(jy, jm, day_of(f["d"], g)))
            lo, hi = _hijri.month_bounds(jy, jm)
        elif "g" in f:  # "نیمه دوم سال ۱۴۰۲": the second half, never the whole year
            lo, hi = _hijri.group_bounds(jy, g.groups.get(f["g"], 0))
        else:
            lo, hi = _hijri.year_bounds(jy)
    except ValueError as exc:
        raise Unresolved(str(exc)) from None
    return DateRange(start=PartialDate.from_date(lo), end=PartialDate.from_date(hi))


def _hijri_day_month(
    c: Candidate, g: Grammar, ref: PartialDate | None, anchor: PartialDate | None, what: str
) -> tuple[RecordDate, str]:
    """A Solar Hijri day and month ("بیست و یکم آبان") against the anchor or ``ref``, as a
    Gregorian one: at most three months after it (a month before it, of the future)."""
    base, basis = (anchor, "anchor") if anchor is not None else (ref, "ref")
    if base is None or base.day is None or base.month is None:
        raise Unresolved(f"no year: pass ref= (the publication date) to resolve {what}")
    today = datetime.date(base.year, base.month, base.day)
    jm = grammar(("fa",)).hijri_months[c.fields["h"]]
    found: list[datetime.date] = []
    for jy in range(base.year - 623, base.year - 619):
        try:
            found.append(_hijri.to_gregorian(jy, jm, day_of(c.fields["d"], g)))
        except ValueError:
            continue
    future = "future" in c.fields
    ahead, behind = datetime.timedelta(days=_AHEAD), datetime.timedelta(days=_BEHIND)
    fits = [d for d in found if (d >= today - behind if future else d <= today + ahead)]
    if not fits:
        raise Unresolved(f"{what} is no Solar Hijri date near {base}")
    return PartialDate.from_date(min(fits) if future else max(fits)), basis


def _numeric_order(c: Candidate, g: Grammar, day: int, month: int) -> tuple[int, int]:
    """Day and month of a numeric date, in the language's order; ambiguity raises."""
    order = g.vocab.flags.get("numeric_order", "dmy")
    if order == "mdy":
        return month, day
    year = c.fields.get("y", "")  # "5/28/2025": no month 28, so month first, the one reading
    if order == "dmy" and month > 12 >= day and year.isdecimal() and int(year) >= 1900:
        return month, day
    if order == "dmy" or "yf" in c.fields:  # "yf": the year came first ("24. 11. 7.")
        return day, month
    if month > 12 >= day or c.fields.get("text_order") == "mdy":  # (:mod:`._text_order`)
        return month, day
    if day <= 12 and month <= 12 and day != month and "text_order" not in c.fields:
        f = c.fields
        year = f.get("y") or f.get("yy") or "XXXX"
        readings = [f"{year}-{month:02d}-{day:02d}", f"{year}-{day:02d}-{month:02d}"]
        raise Unresolved(
            f"ambiguous day and month: {day} and {month} could be either; readings: "
            f"{' or '.join(readings)}"
        )
    return day, month


def _range(
    c: Candidate, g: Grammar, ref: PartialDate | None, anchor: PartialDate | None, what: str
) -> tuple[RecordDate, str]:
    assert c.low is not None
    low, high = c.low, c.high
    for tense in ("future", "past"):  # the sentence's tense reaches both ends
        if tense in c.fields:
            low = low._replace(fields={**low.fields, tense: "1"})
    if low.kind == "d_only" and high is not None:  # "từ ngày 10 đến 12/5"
        hi, basis, yearless = in_leap_year(*resolve(high, g, ref, anchor, what))  # "20 и 21 июня"
        if not isinstance(hi, PartialDate) or hi.day is None or hi.month is None:
            raise Unresolved("a span of days needs a full date at its end")
        try:
            return unyear(day_span_start(low, hi, g, (ref, anchor, what)), yearless), basis
        except (InvalidDateError, DateParseError, ValueError) as exc:
            raise Unresolved(f"{what}: not a span of days: {exc}") from None
    if yearless_end(low, high):  # "July 29 through August 2, 1997": the year stated once
        low = year_from_end(low, high, g)  # (never "June 21 - June 20, 2024": Unresolved)
    lo, basis1 = resolve(low, g, ref, anchor, what)
    if yearless := isinstance(lo, YearlessDate):  # "May 3 to June 5": read in a leap year
        lo = leap_year_start(lo, c)
    start = lo.start if isinstance(lo, DateRange) else lo
    if c.kind == "open":
        return DateRange(start=start, end=Unbounded.OPEN), basis1
    assert high is not None
    # a span of days ("3月31日至4月2日", "本日から10月7日まで"; not "5 March 2020 to 2021")
    day_span = low.kind in DAY_ENDS | {"phrase", "rel_month_d"} and gregorian_day_end(high, g)
    if day_span and isinstance(start, PartialDate) and start.day is not None:
        return unyear(_day_span_end(high, g, start, what, yearless), yearless), basis1
    after = start if "after_start" in high.fields and isinstance(start, PartialDate) else ref
    hi, basis2 = resolve(high, g, after, anchor, what)  # ("to Friday": after the start)
    hi = leap_year_end(hi, yearless, start)
    end = month_end(low, high, start, hi.end if isinstance(hi, DateRange) else hi)
    try:
        return unyear(DateRange(start=start, end=end), yearless), basis1 or basis2
    except (InvalidDateError, DateParseError, ValueError) as exc:
        raise Unresolved(f"not a range: {exc}") from None


def _decade(first: int, g: Grammar) -> DateRange:
    """The ten years of a decade ("the 1970s": 1970 to 1979); in Persian text a decade below
    1700 is Solar Hijri ("دهه ۱۳۷۰"), the Gregorian days of its ten years."""
    if "fa" in g.langs and first < 1700:
        return DateRange(
            start=PartialDate.from_date(_hijri.year_bounds(first)[0]),
            end=PartialDate.from_date(_hijri.year_bounds(first + 9)[1]),
        )
    return DateRange(start=PartialDate(year=first), end=PartialDate(year=first + 9))


def _day_span_end(
    high: Candidate, g: Grammar, start: PartialDate, what: str, yearless: bool = False
) -> DateRange:
    """The range from ``start`` to the later end of a span of days, which takes the month and
    year it leaves out from ``start`` (the next if before it; "平成20年4月1日" keeps its own)."""
    f = high.fields
    day = day_of(f["d"], g)
    month = g.months.get(f["m"]) if "m" in f else (int(f["mn"]) if "mn" in f else None)
    if high.kind in _NUMERIC and month is not None:
        day, month = _numeric_order(high, g, day, month)
    year = _year(high, g, None, None, what, month)[0] if {"y", "yy", "ey"} & f.keys() else None
    assert start.month is not None and start.day is not None
    if month is None:  # a day alone: the start's month, or the next one
        months = start.year * 12 + start.month - 1 + (day <= start.day)
        year, month = months // 12, months % 12 + 1
    elif year is None:
        year = start.year + ((month, day) <= (start.month, start.day))
    try:
        last = PartialDate(year=year, month=month, day=day)
        if not yearless:  # "8月5日(土)・6日(月)": the end's weekday is its day's (of a year)
            checked_weekday(high, g, last)
        return DateRange(start=start, end=last)
    except (InvalidDateError, DateParseError, ValueError) as exc:
        raise no_year(exc, yearless, (month, day), prefix=f"{what}: not a span of days: ") from None


def resolve(
    c: Candidate, g: Grammar, ref: PartialDate | None, anchor: PartialDate | None, what: str
) -> tuple[RecordDate, str]:
    """The value of a candidate and what it depends on: "", "ref" or "anchor"."""
    if c.kind in ("range", "open"):
        return _range(c, g, ref, anchor, what)
    if c.kind in RELATIVE_KINDS:
        return resolve_relative(c, g, ref, anchor, what)
    f = c.fields
    if c.kind == "decade":
        return _decade(int(f["dec"]), g), ""
    if c.kind == "h_dm":
        last, basis = _hijri_day_month(c, g, ref, anchor, what)
        last = checked_weekday(c, g, last)  # a weekday beside it: of the day, or a span's end
        if "d0" not in f:
            return last, basis
        first, final = int(f["d0"]), day_of(f["d"], g)
        if first >= final or not isinstance(last, PartialDate):
            raise Unresolved(f"{what}: {first} to {final} is no span of days")
        start = last.earliest() - datetime.timedelta(days=final - first)  # the same month
        return DateRange(start=PartialDate.from_date(start), end=last), basis
    # In Persian text a year below 1700 is Solar Hijri, alone or in figures ("۱۴۰۴/۰۷/۰۴")
    c = persian_short_year(c, g)  # "۱۶/۴/۹۹", "96/11/18": a two-digit Solar year (Persian)
    f = c.fields
    if c.kind in ("h_my", "h_dmy", "h_m") and "y" not in f:  # "مهر سال جاری", "بهمن ماه"
        if ref is None or ref.day is None or "same_year" in f:
            raise Unresolved(f"{what}: a Solar Hijri year relative to the reference day")
        c = in_solar_year(c, g, ref, what)  # in words, or the year of the month nearest ref
    if c.kind in ("h_dmy", "h_my") or (
        "fa" in g.langs and "y" in f and "m" not in f and int(f["y"]) < 1700
    ):
        return checked_weekday(c, g, _hijri_value(c, g)), ""
    if c.kind in ("rel_month", "rel_month_d") or not _MONTH_KEYS.isdisjoint(f):
        # "지난달", "지난달 31일", "上月21日", "the 3rd of this month"
        ry, rm = _ref_month(ref, what)
        if "last_month" in f:
            ry, rm = (ry, rm - 1) if rm > 1 else (ry - 1, 12)
        elif "next_month" in f:
            ry, rm = (ry, rm + 1) if rm < 12 else (ry + 1, 1)
        try:
            day = day_of(f["d"], g) if "d" in f else None
            return PartialDate(year=ry, month=rm, day=day, approximate="approx" in f), "ref"
        except InvalidDateError as exc:
            raise Unresolved(str(exc)) from None
    month = g.months.get(f["m"]) if "m" in f else (int(f["mn"]) if "mn" in f else None)
    day = day_of(f["d"], g) if "d" in f else None
    if c.kind in _NUMERIC and month is not None and day is not None:
        day, month = _numeric_order(c, g, day, month)
    if c.kind in _DAY_MONTH and anchor is None and ref is None and month is not None:
        try:  # what the text states: a month and a day, no year
            return checked_weekday(c, g, YearlessDate(month=month, day=day)), ""
        except InvalidDateError as exc:
            raise Unresolved(str(exc)) from None
    if "d0" in f:  # a span of days in one month
        return _days(c, g, ref, anchor, what, month)
    year, basis = _year(c, g, ref, anchor, what, month)
    group = g.groups.get(f["g"]) if "g" in f else None
    try:
        value = PartialDate(year=year, month=month, day=day, group=group, approximate="approx" in f)
    except InvalidDateError as exc:
        raise Unresolved(str(exc)) from None
    return checked_weekday(c, g, value), basis


def _days(
    c: Candidate,
    g: Grammar,
    ref: PartialDate | None,
    anchor: PartialDate | None,
    what: str,
    month: int | None,
) -> tuple[RecordDate, str]:
    """ "30–31 марта 2024 года": the days as a range in their month (year-less without one)."""
    f = c.fields
    first, last = int(f["d0"]), day_of(f["d"], g)
    # a first day above the last, or stating the month before, is in it ("từ 28/2 đến 3/3")
    mn0 = int(f.get("mn0", 0))
    before = (first > last and "mn" in f) if not mn0 else (int(f["mn"]) - mn0) % 12 == 1
    if (first >= last and not before) or month is None:
        raise Unresolved(f"{what}: {first} to {last} is no span of days")
    try:
        yearless = states_no_year(c, ref, anchor)  # "May 3-5", "5-7 мая": no year at all
        year, basis = (LEAP, "") if yearless else _year(c, g, ref, anchor, what, month)
        months = year * 12 + month - 1 - before
        return unyear(
            DateRange(
                start=PartialDate(year=months // 12, month=months % 12 + 1, day=first),
                end=PartialDate(year=year, month=month, day=last),
            ),
            yearless,
        ), basis
    except InvalidDateError as exc:
        raise no_year(exc, yearless, (month - before, first), (month, last)) from None
