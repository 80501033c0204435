"""Relative dates resolved against ``ref``: days, spans, weekdays and day-only forms.

``ref`` is the publication date; nothing here reads the clock, and without ``ref`` every one
of these is unresolved. Rules (the precision follows the unit):

- "N days ago", "in N weeks": ``ref`` ± N days or 7·N days, a day; "N months ago" a month;
  "N quarters ago" a quarter; "N years ago" a year; "N decades ago" the year ``ref`` − 10·N.
  "N years later" counts from the anchor (an earlier date of the same sentence), not ``ref``.
- "yesterday", "today", "the day before yesterday": a day. "last/this/next month, quarter,
  year": that month, quarter (an EDTF grouping) or year. "last/this/next week": the Monday to
  Sunday :class:`DateRange`; "this/last/next decade": the ten years 2020..2029 as a range.
- A bare weekday ("Thursday", "सोमवार") is the most recent such day on or before ``ref``, or,
  in a sentence about the future ("will", "sẽ", "예정"), the first on or after it. "last
  Friday" is the most recent Friday strictly before ``ref``, "next Friday" the first strictly
  after it, "this Friday" the Friday of ``ref``'s Monday-to-Sunday week.
- A day alone ("15일", "于21日", "ngày 15", "on the 15th") takes ``ref``'s month and year; a
  day more than a week later than ``ref``'s belongs to the previous month if the sentence
  tells of the past, or if that day is at most two weeks back and nearer than the day ahead
  (:mod:`._day_lag`), else it is not read ("23일" on 9 July); one of the seven
  days after ``ref`` is that coming day, in this month or the next ("2일" on 30 October is
  2 November). In a sentence about the future a day more than three days earlier than
  ``ref``'s belongs to the next month; in one not about the past (:mod:`._verb_endings`) a
  later day stays in ``ref``'s month. A word before the first day of a span ("지난 7일부터
  28일까지") says which way that day lies; the span runs on from it.
- A phrase with several CLDR readings (Hindi "कल", yesterday or tomorrow) is ambiguous:
  every reading is listed and none chosen, unless the verbs of its sentence are all of one
  tense (:mod:`._tense`): "कल बैठक हुई थी" is yesterday, "कल बैठक होगी" tomorrow.
"""

from __future__ import annotations

import datetime

from citydiplo._text import _hijri
from citydiplo._text._cldr import first_week_day, weekend_days
from citydiplo._text._day_lag import not_past, past_is_nearer
from citydiplo._text._day_weekday import day_by_weekday
from citydiplo._text._lexicon import Grammar
from citydiplo._text._numerals import fold_word
from citydiplo._text._scan import Candidate
from citydiplo._text._tense import by_tense
from citydiplo._text._vocab import Reading
from citydiplo.dates import DateRange, PartialDate

__all__ = ["RELATIVE_KINDS", "Unresolved", "resolve_relative"]

RELATIVE_KINDS = frozenset({"ago", "phrase", "wd", "d_only"})
_QUARTERS = (33, 34, 35, 36)


class Unresolved(Exception):
    """A candidate lacks context (``ref`` or ``anchor``) or is ambiguous; the message says."""


def _base(ref: PartialDate | None, what: str, need_day: bool) -> PartialDate:
    if ref is None:
        raise Unresolved(f"no reference date: pass ref= (the publication date) to resolve {what}")
    if need_day and ref.day is None:
        raise Unresolved(f"the reference date {str(ref)!r} has no day, needed for {what}")
    if ref.month is None and not need_day:
        return ref
    return ref


def _day(ref: PartialDate) -> datetime.date:
    assert ref.month is not None and ref.day is not None
    return datetime.date(ref.year, ref.month, ref.day)


def _checked(year: int, what: str) -> int:
    if not 1 <= year <= 9999:
        raise Unresolved(f"{what} falls outside the years 1..9999")
    return year


def shift(unit: str, n: int, base: PartialDate, what: str) -> PartialDate | DateRange:
    """``base`` moved by ``n`` units, at the unit's precision (see the module's rules)."""
    if unit in ("day", "week"):
        if base.day is None:
            raise Unresolved(f"the reference date {str(base)!r} has no day, needed for {what}")
        days = n * (7 if unit == "week" else 1)
        try:
            return PartialDate.from_date(_day(base) + datetime.timedelta(days=days))
        except OverflowError:
            raise Unresolved(f"{what} falls outside the years 1..9999") from None
    if unit in ("month", "quarter"):
        if base.month is None:
            raise Unresolved(f"the reference date {str(base)!r} has no month, needed for {what}")
        months = base.year * 12 + base.month - 1 + n * (3 if unit == "quarter" else 1)
        year, month = _checked(months // 12, what), months % 12 + 1
        if unit == "quarter":
            return PartialDate(year=year, group=_QUARTERS[(month - 1) // 3])
        return PartialDate(year=year, month=month)
    if unit == "decade":
        return PartialDate(year=_checked(base.year + 10 * n, what))
    return PartialDate(year=_checked(base.year + n, what))


def _offset(reading: Reading, ref: PartialDate, what: str) -> PartialDate | DateRange:
    """A calendar unit relative to ``ref``: last week, this month, next decade..."""
    unit, n = reading.unit, reading.n
    if unit == "week":
        day = _day(_base(ref, what, True)) + datetime.timedelta(days=7 * n)
        monday = day - datetime.timedelta(days=day.weekday())
        return DateRange(
            start=PartialDate.from_date(monday),
            end=PartialDate.from_date(monday + datetime.timedelta(days=6)),
        )
    if unit == "decade":
        first = _checked((ref.year // 10 + n) * 10, what)
        return DateRange(
            start=PartialDate(year=max(first, 1)), end=PartialDate(year=_checked(first + 9, what))
        )
    return shift(unit, n, ref, what)


def _weekday(
    day: int, offset: int | None, ref: PartialDate, future: bool, what: str
) -> PartialDate:
    today = _day(_base(ref, what, True))
    if offset is None:  # a bare weekday
        back = (today.weekday() - day) % 7
        found = (
            today + datetime.timedelta(days=(day - today.weekday()) % 7)
            if future
            else (today - datetime.timedelta(days=back))
        )
    elif offset < 0:
        found = today - datetime.timedelta(days=(today.weekday() - day - 1) % 7 + 1)
    elif offset > 0:
        found = today + datetime.timedelta(days=(day - today.weekday() - 1) % 7 + 1)
    else:
        found = today + datetime.timedelta(days=day - today.weekday())
    return PartialDate.from_date(found)


# a day alone at most this many days after ref's is one of the coming days, in ref's month
# ("伊万里市は20日、訪問団を派遣する" in an article of the 18th): real news names the days just
# ahead as often without a word of the future as with one
_COMING_DAYS = 7
# ... and one at most this many days before ref's, even in a sentence about the future, one of
# the days just past ("除29日的开幕式外,…还将举办…" on the 30th): news names a day a month
# ahead with its month, and a notice may appear a day or two after the day it names
_RECENT_DAYS = 3


def _coming(base: PartialDate, months: int, day: int) -> bool:
    """Whether ``day`` of the month ``months`` (counted from year 0) is one of the coming
    days after ``base``."""
    try:
        found = datetime.date(months // 12, months % 12 + 1, day)
    except ValueError:
        return False
    return 0 < (found - _day(base)).days <= _COMING_DAYS


def _day_only(
    day: int,
    ref: PartialDate,
    future: bool,
    what: str,
    not_past: bool = False,
    said: bool = False,
    first: int | None = None,
    past: bool = False,
) -> PartialDate:
    """The day ``day`` of ref's month or a month beside it. A word that says which way
    (``said``: "오는 2일", "지난 8일") decides alone: the coming 2nd on 5 December is 2
    January, the last 8th is 8 November; without one, the tense and the days just past or
    ahead of ``ref`` decide."""
    base = _base(ref, what, True)
    assert base.month is not None and base.day is not None
    months = base.year * 12 + base.month - 1
    if said:
        months += (day < base.day) if future else -(day > base.day)
    elif day > base.day + _COMING_DAYS and not future and not not_past:
        if not past and not past_is_nearer(base, months - 1, day, day if first is None else first):
            raise Unresolved(f"{what}: the day may be of this month or the last")
        months -= 1
    elif day < base.day and not future and _coming(base, months + 1, day):
        months += 1  # the coming days run into the next month: "2일" on 30 October
    elif day < base.day - _RECENT_DAYS and future:
        months += 1
    try:
        return PartialDate(year=months // 12, month=months % 12 + 1, day=day)
    except Exception as exc:  # the day does not exist in that month
        raise Unresolved(f"{what}: {exc}") from None


_FINE = ("decade", "year", "quarter", "month", "week", "day")


def _compound(
    f: dict[str, str], g: Grammar, unit: str, n: int, base: PartialDate, what: str
) -> PartialDate | DateRange:
    """Two counts in one span ("in 2 years 3 months"), at the finer unit's precision."""
    from dateutil.relativedelta import relativedelta  # not dateutil.parser

    unit2 = f["u2"]  # the unit itself (:mod:`._compound`)
    n2 = int(f["n2"]) if f["n2"].isdigit() else g.vocab.counts[f["n2"]]
    n2 = n2 if n > 0 else -n2
    finer = max(unit, unit2, key=_FINE.index)
    if base.month is None or (finer in ("day", "week") and base.day is None):
        raise Unresolved(f"the reference date {str(base)!r} is too coarse for {what}")
    start = datetime.date(base.year, base.month, base.day or 1)
    months = days = 0
    for u, k in ((unit, n), (unit2, n2)):
        months += {"decade": 120, "year": 12, "quarter": 3, "month": 1}.get(u, 0) * k
        days += {"week": 7, "day": 1}.get(u, 0) * k
    delta = relativedelta(months=months, days=days)
    try:
        moved = start + delta
    except (OverflowError, ValueError):
        raise Unresolved(f"{what} falls outside the years 1..9999") from None
    return shift(finer, 0, PartialDate.from_date(moved), what)


def _weekend(n: int, base: PartialDate, g: Grammar) -> PartialDate | DateRange:
    """The weekend of the Monday-to-Sunday week ``n`` weeks from ``base``'s, its days where
    the language is written ("last weekend": Saturday and Sunday; "בסוף השבוע שעבר": Friday
    and Saturday; India's and Iran's one day)."""
    ends = {weekend_days(lang) for lang in g.langs}
    first, last = ends.pop() if len(ends) == 1 else (5, 6)
    today = _day(base)
    monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(weeks=n)
    start = PartialDate.from_date(monday + datetime.timedelta(days=first))
    if first == last:
        return start
    return DateRange(start=start, end=PartialDate.from_date(monday + datetime.timedelta(days=last)))


def _describe(reading: Reading) -> str:
    if reading.kind in ("weekday", "week_day"):
        return f"weekday {reading.unit} at offset {reading.n}"
    return f"{reading.n:+d} {reading.unit}"


def resolve_relative(
    c: Candidate, g: Grammar, ref: PartialDate | None, anchor: PartialDate | None, what: str
) -> tuple[PartialDate | DateRange, str]:
    """The value of a relative candidate and its basis ("ref" or "anchor")."""
    stated = g.vocab.weekdays[c.fields["weekday"]][0] if "weekday" in c.fields else None
    value: PartialDate | DateRange | None
    try:
        value, basis = _resolve_relative(c, g, ref, anchor, what)
    except Unresolved:  # "24日(日)" read on 14 March: the weekday may still say which month
        if stated is None or c.kind != "d_only" or ref is None or ref.day is None:
            raise
        value, basis = None, "ref"
    if stated is not None and (
        not isinstance(value, PartialDate) or _day(value).weekday() != stated
    ):  # "tomorrow, Sunday": the day the phrase names must be that weekday
        found = None
        if (
            c.kind == "d_only"
            and ref is not None
            and not {"d0", "mod_last", "mod_next"} & c.fields.keys()
        ):
            found = day_by_weekday(int(c.fields["d"]), stated, ref)  # "24日(日)": its month
        if found is None:
            raise Unresolved(f"{what}: the weekday contradicts the day")
        value = found
    assert value is not None  # (None only with a weekday, which gave a day or raised)
    # "約53か月前", "약 3년 전"; but "late Saturday", "early yesterday": a part of that day
    parts = g.vocab.lists.get("day_part_words", frozenset())
    if (
        "approx" in c.fields
        and isinstance(value, PartialDate)
        and (value.day is None or fold_word(c.fields["approx"]) not in parts)
    ):
        value = value.with_qualifiers(approximate=True)
    return value, basis


def _resolve_relative(
    c: Candidate, g: Grammar, ref: PartialDate | None, anchor: PartialDate | None, what: str
) -> tuple[PartialDate | DateRange, str]:
    f = c.fields
    future = "future" in f
    if c.kind == "ago":
        readings = g.vocab.counted[f.get("rp", ""), f["rs"]]
        if len(readings) > 1 and len(set(readings)) > 1:
            raise Unresolved(f"ambiguous: {what} reads as {readings}")
        unit, sign, later = readings[0]
        n = int(f["n"]) if f["n"].isdigit() else g.vocab.counts[f["n"]]
        if n > 999 and unit not in ("day", "week"):
            # "4868 дней назад" is a count of days; "2020 years ago" is no date we read
            raise Unresolved(f"{what}: {n} {unit}s is not a span we read as a date")
        # (a compound too: "and 3 days later" is no "in 4 days"); in Hindi and Gujarati
        # "दो साल बाद" (after two years) is also how "in two years" is said: from ref, in a
        # sentence about the future ("57 साल बाद ... पेश किया": 57 years on, no date)
        flags = g.vocab.flags  # ("دو سال بعد" alone: from ref, as CLDR's "in two years")
        if (
            later
            and anchor is None
            and not (
                (future and flags.get("later_counts_from_ref")) or flags.get("later_alone_from_ref")
            )
        ):
            raise Unresolved(f"{what} counts from an earlier date of the same sentence")
        if "n2" in f:
            if later and anchor is not None:
                return _compound(f, g, unit, sign * n, anchor, what), "anchor"
            return _compound(f, g, unit, sign * n, _base(ref, what, False), what), "ref"
        if later and anchor is not None:
            if unit == "year" and g.hijri_months and anchor.day is not None:
                # "در سال ۱۳۵۷ ... دو سال بعد": the Solar Hijri year two after the anchor's
                y0, y1 = _hijri.year_bounds(_hijri.year_of(_day(anchor)) + sign * n)
                span = DateRange(start=PartialDate.from_date(y0), end=PartialDate.from_date(y1))
                return span, "anchor"
            return shift(unit, sign * n, anchor, what), "anchor"
        return shift(unit, sign * n, _base(ref, what, unit in ("day", "week")), what), "ref"
    if c.kind == "phrase":
        read = g.vocab.phrases[f["ph"]]  # (one reading: nothing to sort)
        choices = sorted(read) if len(read) > 1 else [*read]
        if len(choices) > 1 and len(choices := by_tense(choices, f)) > 1:
            # (one left when the tense of the verbs decides: "कल बैठक होगी" is tomorrow)
            raise Unresolved(
                f"ambiguous: {what} could be {' or '.join(_describe(r) for r in choices)}"
            )
        reading = choices[0]
        base = _base(ref, what, reading.unit in ("day", "week") or reading.kind == "weekday")
        if reading.kind == "weekday":
            return _weekday(int(reading.unit), reading.n, base, future, what), "ref"
        if reading.kind == "week_day":  # the week starting where the language's does
            starts = {first_week_day(lang) for lang in g.langs}
            first = starts.pop() if len(starts) == 1 else 0
            today = _day(base)
            start = today - datetime.timedelta(days=(today.weekday() - first) % 7)
            days = 7 * reading.n + (int(reading.unit) - first) % 7
            return PartialDate.from_date(start + datetime.timedelta(days=days)), "ref"
        if reading.unit == "weekend":  # of the Monday-to-Sunday week, as "last week"
            return _weekend(reading.n, base, g), "ref"
        if "n2" in f:  # "לפני שנתיים ושלושה חודשים" (:mod:`._compound`)
            return _compound(f, g, reading.unit, reading.n, base, what), "ref"
        if reading.kind == "count":
            return shift(reading.unit, reading.n, base, what), "ref"
        return _offset(reading, base, what), "ref"
    if c.kind == "wd":
        day = g.vocab.weekdays[f["wd"]][0]
        if "week" in f:  # "先週金曜日": Friday of last week, the week starting on day w0
            today, first = _day(_base(ref, what, True)), int(f["w0"])
            start = today - datetime.timedelta(days=(today.weekday() - first) % 7)
            days = 7 * int(f["week"]) + (day - first) % 7
            return PartialDate.from_date(start + datetime.timedelta(days=days)), "ref"
        mod = -1 if "mod_last" in f else 1 if "mod_next" in f else None
        found = _weekday(day, mod, _base(ref, what, True), future, what)
        if "wk" in f:  # "the Tuesday before last": the week before last Tuesday
            found = PartialDate.from_date(_day(found) + datetime.timedelta(weeks=int(f["wk"])))
        return found, "ref"
    if "in_week" in f:  # "다음 주말인 9일": the day, on the side of ref the phrase says
        (week,) = g.vocab.phrases[f["in_week"]]
        if week.n:
            f = {**f, ("mod_next" if week.n > 0 else "mod_last"): f["in_week"]}
    said = "mod_last" in f or "mod_next" in f
    if said:  # "지난 20일", "오는 20일" say which way
        future = "mod_next" in f
    if "d0" in f and int(f["d0"]) >= int(f["d"]):  # "3~5일": both days in the month of the last
        if _day_month(c, g):  # "Ngày 19 - 12": the 19th of December, as "Ngày 19-12" is
            from citydiplo._text._resolve import resolve  # (it resolves relative kinds here)

            dm = {"d": f["d0"], "mn": f["d"], **({"dnp": f["dw"]} if "dw" in f else {})}
            return resolve(c._replace(kind="dm_num", fields=dm), g, ref, anchor, what)  # type: ignore[return-value]
        raise Unresolved(f"{what}: {f['d0']} to {f['d']} is no span of days")
    if "d0" in f and said:  # "지난 7일부터 28일까지": the word says which way the first day lies
        opens = _day_only(int(f["d0"]), _base(ref, what, True), future, what, said=True)
        return DateRange(start=opens, end=_on_day(opens, int(f["d"]))), "ref"
    d0 = int(f["d0"]) if "d0" in f else None
    last = _day_only(
        int(f["d"]), _base(ref, what, True), future, what, not_past(f, ref), said, d0, "past" in f
    )
    if "d0" not in f:
        return last, "ref"
    return DateRange(start=_on_day(last, int(f["d0"])), end=last), "ref"


def _day_month(c: Candidate, g: Grammar) -> bool:
    """Whether a span of days that runs backwards ("Ngày 19 - 12": the 19th to the 12th) is a
    day and a month joined by a spaced dash: after a day word, in a language that writes the
    day first, the later figure a month and no day word after it."""
    f = c.fields
    return (
        "dw" in f
        and "dsx" not in f
        and g.vocab.flags.get("numeric_order", "dmy") == "dmy"
        and f["d"].isdigit()
        and 1 <= int(f["d"]) <= 12
    )


def _on_day(value: PartialDate, day: int) -> PartialDate:
    """``value`` on another day of its month."""
    return PartialDate(year=value.year, month=value.month, day=day)
