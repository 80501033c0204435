"""``parse_date``: one date expression, in any of the supported languages, to a value."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Sequence

from citydiplo._errors import DateParseError, InvalidDateError
from citydiplo._text._apposed import apposed
from citydiplo._text._both_days import both_days
from citydiplo._text._find import _as_partial, _languages, _span, _with_tense, needs_tense
from citydiplo._text._fiscal import fiscal_year
from citydiplo._text._gap_weekdays import gap_weekdays_agree
from citydiplo._text._hindi_dateline import dateline_day
from citydiplo._text._hindi_either_day import without_either_days
from citydiplo._text._lexicon import Grammar, grammar
from citydiplo._text._lunar_year import year_beside_lunar_day
from citydiplo._text._name_year import in_stated_year, without_name_years
from citydiplo._text._next_day import next_day_span
from citydiplo._text._next_word import next_word_in as _next_word_in
from citydiplo._text._number_left import number_left_after_day
from citydiplo._text._numerals import fold
from citydiplo._text._period_end import period_end_span
from citydiplo._text._resolve import Unresolved, resolve
from citydiplo._text._same_day import days_span, one_day, one_day_candidate, without_restated_days
from citydiplo._text._scan import Candidate, scan
from citydiplo._text._sentences import Sentences
from citydiplo._text._stated_twice_gu_fa import no_range_word, said_once, stated_twice
from citydiplo._text._terms import without_terms
from citydiplo._text._weekdays_before_span import apposed_once, named_weekdays, weekdays_fit
from citydiplo._text._whole import ABSOLUTE, read_whole
from citydiplo._text._year_day import year_then_day
from citydiplo.dates import DateRange, PartialDate, RecordDate, YearlessDate, _read_edtf

__all__ = ["MAX_LENGTH", "parse_date"]

MAX_LENGTH = 1000
_GRAMMARS: dict[str, Grammar] = {}  # the grammar of each language asked for by name
# what EDTF can be: a date as ``_edtf.parse`` reads it without "/" (any other text without
# "/" it rejects, so trying it would only build an error), or an interval: four digits
# (or X) first, or an opening ".." or "/", and a "/"
_EDTF_SHAPED = re.compile(
    r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?[~?%]?|XXXX-[0-9]{2}(?:-[0-9]{2})?"
    r"|(?=[^/]*/)(?:[0-9X]{4}|\.\.|/)[0-9X?~%./\-+]*"
)
_EDTF_FIRST = frozenset("0123456789X./")  # what such a text starts with
_DASHES = frozenset("-–—")


def _innermost(
    candidates: list[Candidate],
    g: Grammar,
    ref: PartialDate | None,
    anchor: PartialDate | None,
    text: str,
) -> RecordDate | None:
    """The one value that lies within every other value of ``candidates``, when each resolves
    on its own (with ``ref``) and they nest ("6月17日" in "2022年", the span "3月16日から19日"
    in "令和6年(2024年)", "31.3" in "השנה"): the text states one date and its year around it.
    ``None`` when two values are not nested, or one cannot be read alone (a year-less day
    beside a year is left to :func:`find_dates`, which dates it by that year): then the
    text states several dates."""
    values = []
    for c in candidates:
        try:
            value, _ = resolve(c, g, ref, anchor, repr(text))
        except Unresolved:
            return None  # (a year-less day is dated by no other mention here)
        if isinstance(value, YearlessDate):
            return None
        low, high = value.earliest(), value.latest()
        if c.kind == "open" or high.year == 9999:
            return None  # "since 2020 … June 5": an open range holds any later date
        values.append((value, low, high, c))
    values.sort(key=lambda v: (v[2] - v[1], v[1]))
    inner, low, high, _ = values[0]
    if all(
        (lo <= low and high <= hi and not days_span(c))
        # a year the stated span starts or ends in: "lần thứ 6 năm 2015 … 29-12-2015 đến 2-1-2016"
        or (c.kind == "y" and isinstance(inner, DateRange) and lo <= high and low <= hi)
        for _, lo, hi, c in values[1:]
    ):
        return inner
    return None


def _tensed(candidates: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``candidates`` marked with their sentence's tense, as :func:`find_dates` reads them."""
    sentences = Sentences(folded, g)
    return [_with_tense(c, sentences, folded, g) if needs_tense(c) else c for c in candidates]


def _joined_as_span(candidates: list[Candidate], folded: str, g: Grammar) -> bool:
    """Whether a word that joins the ends of a span stands between two dates ("from June 10
    to Tuesday", "с 10 июня до вторника"): two ends, never one day named twice, even when
    both read alone fall on the same day."""
    joints = g.words["range_connectors"] | g.words["day_range_connectors"]
    return any(
        (
            (gap := folded[a.end : b.start].strip(" ,")) in joints - {""}
            and not (gap in _DASHES and a.kind == "wd" and b.kind != "wd")
        )
        or b.fields.get("wdp") in joints
        for a, b in itertools.pairwise(candidates)
    )  # (a weekday, a dash, then a date: "یکشنبه - ۴ آذر ۱۴۰۳" names the day it is on)


def parse_date(
    text: str,
    *,
    lang: str | None = None,
    ref: PartialDate | datetime.date | str | None = None,
    anchor: PartialDate | None = None,
) -> RecordDate:
    """Parse one date expression: absolute, partial, a range, or relative to a context.

    Args:
        text: the expression, possibly with the words around it ("in 2003", "2025 में").
        lang: ISO 639-1 code; ``None`` guesses from the script (Latin: English, Vietnamese;
            Han: Chinese, Japanese).
        ref: the source's publication date, for "this year", "last July", "June 12",
            "3 days ago", "last week", "Thursday", "15일"; never the clock.
        anchor: the date the surrounding text talks about, for "the same year", "in July".

    Raises:
        DateParseError: no date, several dates, one that needs a ``ref``/``anchor`` that
            was not given, or an ambiguous one ("4/5/2018" in English); the message quotes
            the text and says what is missing or lists the readings.

    A day and month without a year and without ``ref`` or ``anchor`` is a
    :class:`~citydiplo.YearlessDate`.

    >>> parse_date("6 मार्च, 2025")
    PartialDate("2025-03-06")
    >>> parse_date("the second half of this year", ref=PartialDate("2025-06-12"))
    PartialDate("2025-41")
    >>> parse_date("ביולי אותה שנה", anchor=PartialDate("2024-03"))
    PartialDate("2024-07")
    >>> parse_date("2 weeks ago", ref=PartialDate("2025-06-12"))
    PartialDate("2025-05-29")
    >>> parse_date("10 мая")
    YearlessDate("XXXX-05-10")
    """
    if not isinstance(text, str):
        raise DateParseError(f"expected a str, got {type(text).__name__}", text=None)
    if len(text) > MAX_LENGTH:
        raise DateParseError(
            f"text of {len(text)} characters is too long for one date (at most {MAX_LENGTH}); "
            "use find_dates for running text",
            text=text[:80],
        )
    if lang is not None and (type(lang) is not str or lang not in _GRAMMARS):
        _languages(text, lang)  # raises for a language not supported, before any fast path
    ref_date = ref if ref is None or type(ref) is PartialDate else _as_partial(ref, "ref")
    anchor_date = anchor if anchor is None else _as_partial(anchor, "anchor")
    stripped = text.strip()
    if stripped[:1] in _EDTF_FIRST and _EDTF_SHAPED.fullmatch(stripped):
        try:
            return _read_edtf(stripped)
        except DateParseError:
            pass
    g = _GRAMMARS.get(lang) if lang is not None else None
    if g is None:
        g = grammar(_languages(text, lang))
        if lang is not None:
            _GRAMMARS[lang] = g
    folded, where = fold(text)
    # the whole text as one date of a common shape: the candidate the scan would find
    whole = read_whole(folded, g)
    if whole is not None and (
        fiscal_year(whole, folded, g)
        or (whole.low is not None and fiscal_year(whole.low, folded, g))
        or (whole.high is not None and fiscal_year(whole.high, folded, g))
    ):
        whole = None  # "2023年度", "FY2024": no calendar year (the scan leaves it unread)
    if whole is not None and whole.kind in ABSOLUTE:  # its value is what it states
        f = whole.fields
        try:
            return PartialDate(
                year=int(f["y"]),
                month=g.months[f["m"]] if "m" in f else None,
                day=int(f["d"]) if "d" in f else None,
            )
        except InvalidDateError:
            pass  # no such day: the general pipeline says why
    candidates = [whole] if whole is not None else scan(folded, text, where, g)
    if not candidates:
        raise DateParseError(f"no date found in {text!r}", text=text)
    if len(candidates) > 1:  # "Sáng 11/7, …, nhiệm kỳ 2016-2021": a label; "1月28日电…28日"
        candidates = without_restated_days(without_terms(candidates, folded, g))
    named = without_name_years(candidates, (folded, text, where), g, ref_date, anchor_date)
    candidates, anchor_date = named  # "Expo 2025"; "2016 …불꽃축제'는 10월 8일": its day
    span = len(candidates) > 1 and _joined_as_span(candidates, folded, g)
    once = said_once(candidates, g)  # "امروز … امروز": one day, said twice
    if (
        len(candidates) > 1  # (a span whose two ends are one stated day is that day)
        and (not span or no_range_word(candidates, folded, g))  # "…הבא- 2.6.19"
        and (
            all(apposed(folded, a.end, b.start, g) for a, b in itertools.pairwise(once))
            or stated_twice(candidates)  # "તા. 10મી માર્ચના … તા. 10મી માર્ચના": one day
        )
        and (same := _named_again(once, g, ref_date, anchor_date, text)) is not None
        and gap_weekdays_agree(once, folded, g, same)  # "tomorrow, Sunday, April 17, 2021"
    ):
        return same  # "Сегодня, 27 июня", "昨日(11月1日)", "امروز : یکشنبه - ۴ آذر - ۱۴۰۳"
    if (
        len(candidates) == 2
        and not span
        and (day := year_then_day(candidates, folded, g, text, ref_date or anchor_date))
    ):
        return day  # "વર્ષ 1973માં 19 નવેમ્બરના દિવસે", "в 1973 году 19 ноября"
    if (
        len(candidates) > 1
        and not span
        and (inner := _innermost(_tensed(candidates, folded, g), g, ref_date, anchor_date, text))
    ):
        return inner  # "6月17日 … 2022年第9次会议", "令和6年(2024年)3月16日から19日"
    if len(candidates) > 1 and (
        days := _weekdays_then_span(candidates, folded, g, (ref_date, anchor_date), text)
    ):
        return days  # "ביום רביעי וחמישי 18-19/7/18": the span the weekdays name
    if (dated := dateline_day(candidates, folded, g, text, ref_date or anchor_date)) is not None:
        return dated  # "जगदलपुर, 03 मार्च … आज …": the dateline states the day "today" names
    if len(candidates) > 1:
        spans = [text[slice(*_span(where, text, c.start, c.end))] for c in candidates]
        raise DateParseError(
            f"several dates in {text!r}: {', '.join(map(repr, spans))}; expected one",
            text=text,
        )
    cand = one_day_candidate(candidates[0])  # "…ngày 22/6 đến … ngày 22/6": one day
    if cand.kind in ABSOLUTE and (stated := _stated(cand, g)) is not None:
        # (what the general path below gives such a date, without its steps)
        if stated.day is None or number_left_after_day(folded, cand):
            _check_nothing_unread(text, folded, where, cand, g)
            if year_beside_lunar_day(stated, folded, cand.end, g):  # "2023年…正月十七": coarser
                raise DateParseError(f"cannot read the lunar day of {text!r}", text=text)
        both = both_days(stated, folded, cand.end, g)  # "2024年5月21、22両日": both days
        if both is None:
            raise DateParseError(f"cannot read all of {text!r}: two days named together", text=text)
        value, stop = next_day_span(both[0], folded, both[1], g)  # "…23时至次日早7时": two days
        return period_end_span(value, folded, stop, g)[0]  # "6月1日至月底": to the month's end
    # the tense is read only against ref or anchor: without either it changes nothing
    if (ref_date is not None or anchor_date is not None) and needs_tense(cand):
        cand = _with_tense(cand, Sentences(folded, g), folded, g)
    s, e = _span(where, text, cand.start, cand.end)
    try:
        value, _ = resolve(cand, g, ref_date, anchor_date, repr(text[s:e]))
    except Unresolved as exc:
        raise DateParseError(f"cannot resolve {text!r}: {exc}", text=text, position=s) from None
    if getattr(value, "day", 0) is None or number_left_after_day(folded, cand):  # "3 April 123"
        _check_nothing_unread(text, folded, where, cand, g)
    if year_beside_lunar_day(value, folded, cand.end, g):  # "今年…正月十二…": coarser
        raise DateParseError(f"cannot read the lunar day of {text!r}", text=text)
    both = both_days(value, folded, cand.end, g)  # "5月21、22両日": the two days
    if both is None:
        raise DateParseError(f"cannot read all of {text!r}: two days named together", text=text)
    value, stop = next_day_span(both[0], folded, both[1], g)  # "…23时至次日早7时": two days
    value = one_day(period_end_span(value, folded, stop, g)[0])  # "…至月底": to the month's end
    return in_stated_year(value, text, text[s:e], g)  # "令和5年度…1月20日": January 2024


# what may go unresolved, without ``ref``, beside the date it names: a word for a day, a
# weekday, a count of days back or on ("एक दिन बाद यानी 27 अगस्त": a day after, the 27th)
_UNREAD_BESIDE = frozenset({"phrase", "wd", "ago"})


def _named_again(
    candidates: list[Candidate],
    g: Grammar,
    ref_date: PartialDate | None,
    anchor_date: PartialDate | None,
    text: str,
) -> RecordDate | None:
    """The one day that mentions side by side all name: each resolves to it ("Сегодня, 27
    июня"); without ``ref`` or ``anchor``, a word for a day or a weekday that cannot be
    resolved beside a date stated outright leaves that date ("היום, ה-4 ביולי", "ביום רביעי
    הבא (26 באוקטובר)"), never a day alone or a count ("15, 20 мая" is two days)."""
    values: list[RecordDate] = []
    unread = False
    candidates = without_either_days(candidates, g, ref_date, text)  # "कल 31 अगस्त"
    for c in candidates:
        try:
            values.append(resolve(c, g, ref_date, anchor_date, repr(text))[0])
        except Unresolved:
            if ref_date is not None or anchor_date is not None or c.kind not in _UNREAD_BESIDE:
                return None
            unread = True
    if not values or any(v != values[0] for v in values[1:]):
        return None
    if unread and sum("wd" in c.fields or "weekday" in c.fields for c in candidates) > 1:
        return None  # two weekdays: one may contradict the other, and no year checks either
    day = values[0]
    if isinstance(day, PartialDate) and day.day is not None and day.month is not None:
        weekday = datetime.date(day.year, day.month, day.day).weekday()
        for c in candidates:  # "شنبه - ۴ آذر - ۱۴۰۳": 4 Azar 1403 is a Sunday, no Saturday
            name = c.fields.get("wd" if c.kind == "wd" else "weekday")  # or "فردا یکشنبه"
            if name is not None and g.vocab.weekdays[name][0] != weekday:
                return None
    if unread and not isinstance(day, YearlessDate) and getattr(day, "day", None) is None:
        return None  # a weekday beside a year ("Wednesday 2111") names a day the year does not
    return values[0]


def _weekdays_then_span(
    candidates: list[Candidate],
    folded: str,
    g: Grammar,
    context: tuple[PartialDate | None, PartialDate | None],
    text: str,
) -> RecordDate | None:
    """The span of days the last candidate states, when the ones before name its days'
    weekdays (see :mod:`._weekdays_before_span`)."""
    candidates = apposed_once(candidates, g, context, text)  # a span in two calendars
    if (weekdays := named_weekdays(candidates, folded, g)) is None:
        return None
    try:
        value = resolve(candidates[-1], g, *context, repr(text))[0]
    except Unresolved:
        return None
    return value if weekdays_fit(value, weekdays) else None


_STATED_FIELDS = frozenset({"y", "m", "d"})


def _stated(cand: Candidate, g: Grammar) -> PartialDate | None:
    """The value of an absolute date of a year, a month's name and a day in figures, as
    :func:`resolve` gives it: it depends on neither the tense, ``ref`` nor ``anchor``.
    ``None`` for any other (a Persian year may be a Solar Hijri one, a day may be a word, a
    weekday beside it is checked, a date that does not exist is reported): those take the
    general path."""
    f = cand.fields
    if "y" not in f or not _STATED_FIELDS.issuperset(f) or "fa" in g.langs:
        return None
    month = None
    if "m" in f:
        month = g.months.get(f["m"])
        if month is None:
            return None
    day = f.get("d")
    if day is not None and not (day.isascii() and day.isdigit()):
        return None
    try:
        return PartialDate(year=int(f["y"]), month=month, day=None if day is None else int(day))
    except InvalidDateError:
        return None


# A number written against a year or a month, past what was read, makes
# part of the expression unread: glued to a word that is no counter ("2024년 13월", "2024年13月":
# a month 13 is none), or ending the text ("2024-4", "April 2024 5"), or alone before the date
# ("3 2066"), or before another number or a month. A count in running text ("지난해 151개
# 행사", "in 2023, 15 delegates": a word follows) is not.
_NUMBER_AFTER = re.compile(r"[ ]?[^\s0-9]?[ ]?[0-9]+")
_END = re.compile(r"[\s.,;:!?)\]]*\Z")
_WORD = re.compile(r"[ ]+([^\W\d_]\w*)")
_NUMBER_BEFORE = re.compile(r"\A\s*[0-9]+[ ]?[^\s0-9]?[ ]?\Z|[0-9][-/.]\Z")


def _number_after(folded: str, end: int, g: Grammar) -> bool:
    after = _NUMBER_AFTER.match(folded, end)
    if after is None:
        return False
    rest = after.end()
    if _END.match(folded, rest):
        return True
    if folded[rest : rest + 1].isalpha() or folded[rest : rest + 1] == "-":  # "151개", "110-летию"
        return not _next_word_in(folded, rest, g.vocab.lists.get("counters", frozenset()))
    word = _WORD.match(folded, rest)  # another number or a sign follows: unread too
    return word is None or word.group(1) in g.months


def _number_before(folded: str, start: int) -> bool:
    """Whether ``_NUMBER_BEFORE`` is found in ``folded`` before ``start``: its first branch
    can only match at 0, its second only two characters before ``start`` (two tries, not a
    search through the whole text before the date)."""
    return bool(
        _NUMBER_BEFORE.search(folded, max(0, start - 2), start)
        or (start > 2 and _NUMBER_BEFORE.match(folded, 0, start))
    )


def _check_nothing_unread(
    text: str, folded: str, where: Sequence[int], cand: Candidate, g: Grammar
) -> None:
    """Raise when a number touches the one date found: the text says more than was read,
    and answering with the date alone would drop it (a coarser value is never the answer).
    """
    if not _number_after(folded, cand.end, g) and not _number_before(folded, cand.start):
        return
    s, e = _span(where, text, cand.start, cand.end)
    raise DateParseError(
        f"cannot read all of {text!r}: {text[s:e]!r} is a date, but the number beside it is "
        "not part of any date form; expected one date expression",
        text=text,
        position=s,
    )
