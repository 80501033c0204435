"""Turn the slots of one matched date expression into a value, and ``parse_date``."""

from __future__ import annotations

import datetime
import re
import unicodedata

from citydiplo._datetext import _hijri
from citydiplo._datetext._lexicon import LANGUAGES, Lexicon, lexicon
from citydiplo._datetext._numerals import fold
from citydiplo._errors import DateParseError, InvalidDateError
from citydiplo.dates import DateRange, PartialDate, Unbounded, parse_edtf

__all__ = ["MAX_LENGTH", "detect_languages", "parse_date", "resolve"]

MAX_LENGTH = 1000
Value = PartialDate | DateRange
_EDTF_LIKE = re.compile(r"[\dX./~?%-]*\d[\dX./~?%-]*")
_SCRIPTS = (
    (re.compile("[\uac00-\ud7af\u1100-\u11ff]"), ("ko",)),
    (re.compile("[\u3040-\u30ff]"), ("ja",)),
    (re.compile("[\u4e00-\u9fff]"), ("zh", "ja")),
    (re.compile("[\u0400-\u04ff]"), ("ru",)),
    (re.compile("[\u0900-\u097f]"), ("hi",)),
    (re.compile("[\u0a80-\u0aff]"), ("gu",)),
    (re.compile("[\u0590-\u05ff]"), ("he",)),
    (re.compile("[\u0600-\u06ff]"), ("fa",)),
)


class Unresolved(Exception):
    """A matched expression needs a year (or month) the caller did not give."""


def detect_languages(text: str) -> tuple[str, ...]:
    """Languages to try for ``text``, from its script; Latin script gives English, Vietnamese.

    >>> detect_languages("2025년 3월"), detect_languages("tháng 4/2024")
    (('ko',), ('en', 'vi'))
    """
    for pattern, langs in _SCRIPTS:
        if pattern.search(text):
            return langs
    return ("en", "vi")


def _as_partial(value: datetime.date | PartialDate | None, name: str) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value)
    raise TypeError(f"{name}= must be a datetime.date or PartialDate, not {type(value).__name__}")


def _year_of(spec: str, ref: PartialDate | None, anchor: PartialDate | None, text: str) -> int:
    """A relative-year word's year: ``ref+0`` (this year), ``anchor-1`` (the year before)."""
    base, sign, offset = spec[:-2], spec[-2], int(spec[-1])
    delta = offset if sign == "+" else -offset
    if base == "anchor":
        if anchor is None:
            raise Unresolved(
                f"no year: pass anchor= (the date the text is talking about) to resolve {text!r}"
            )
        return anchor.year + delta
    if ref is None:
        raise Unresolved(f"no year: pass ref= (the publication date) to resolve {text!r}")
    return ref.year + delta


def _int(slots: dict[str, str], name: str) -> int | None:
    value = slots.get(name)
    return int(value) if value is not None else None


def _month(lex: Lexicon, slots: dict[str, str], suffix: str) -> tuple[int | None, bool]:
    """The month of a slot set and whether it is a Solar Hijri month."""
    if f"month{suffix}" in slots:
        return lex.month(slots[f"month{suffix}"]), False
    if f"hmonth{suffix}" in slots:
        return lex.hijri_month(slots[f"hmonth{suffix}"]), True
    return _int(slots, f"mnum{suffix}"), False


def _hijri_value(year: int, month: int | None, day: int | None) -> Value:
    if month is not None and day is not None:
        return PartialDate.from_date(_hijri.to_gregorian(year, month, day))
    first, last = _hijri.month_bounds(year, month) if month else _hijri.year_bounds(year)
    return DateRange(start=PartialDate.from_date(first), end=PartialDate.from_date(last))


def _bounds(value: Value) -> tuple[PartialDate | Unbounded, PartialDate | Unbounded]:
    if isinstance(value, DateRange):
        return value.start, value.end
    return value, value


def resolve(
    lex: Lexicon,
    slots: dict[str, str],
    text: str,
    ref: PartialDate | None,
    anchor: PartialDate | None,
) -> Value:
    """The value of one matched expression; :class:`Unresolved` if a year is missing."""
    month, hijri = _month(lex, slots, "")
    month2, hijri2 = _month(lex, slots, "2")
    day, day2 = _int(slots, "day"), _int(slots, "day2")
    year = _int(slots, "year") or _int(slots, "gyear")
    year2 = _int(slots, "year2")
    group = None
    for name in ("half", "quarter", "season"):
        if name in slots:
            group = int(lex.word(name, slots[name]))
    if "qnum" in slots:
        group = 32 + int(slots["qnum"])
    if "rel" in slots:
        year = _year_of(str(lex.word("rel", slots["rel"])), ref, anchor, text)
    if lex.lang == "fa":  # a Persian 4-digit year up to 1700 is Solar Hijri
        hijri = hijri or (year is not None and year <= 1700)
        hijri2 = hijri2 or (year2 is not None and year2 <= 1700)
    is_range = any(k in slots for k in ("year2", "month2", "day2", "mnum2", "hmonth2"))
    if is_range:
        month = month if month is not None else (month2 if day is not None else None)
        year = year if year is not None else year2
        month2 = month2 if month2 is not None else (month if day2 is not None else None)
        year2 = year2 if year2 is not None else year
        hijri = hijri or (hijri2 and year == year2)
    if year is None and (month is not None or group is not None):
        if "mrel" in slots and month is not None:
            year = _month_relative(str(lex.word("mrel", slots["mrel"])), month, ref, text)
        elif anchor is not None:
            year = anchor.year
        elif ref is not None:
            year = ref.year
        else:
            raise Unresolved(f"no year: pass ref= (the publication date) to resolve {text!r}")
    if year is None:
        raise Unresolved(f"no year in {text!r}")
    start = _build(year, month, day, group, hijri)
    if "since" in slots and not is_range:
        return DateRange(start=_bounds(start)[0], end=Unbounded.OPEN)
    if not is_range:
        return start
    assert year2 is not None
    end = _build(year2, month2, day2, None, hijri2)
    return DateRange(start=_bounds(start)[0], end=_bounds(end)[1])


def _build(year: int, month: int | None, day: int | None, group: int | None, hijri: bool) -> Value:
    if hijri:
        return _hijri_value(year, month, day)
    if month is None:
        day = None
    return PartialDate(year=year, month=month, day=day, group=group if month is None else None)


def _month_relative(spec: str, month: int, ref: PartialDate | None, text: str) -> int:
    """The year of "last July" (strictly before ref's month), "next July", "this July"."""
    if ref is None or ref.month is None:
        raise Unresolved(f"no month: pass ref= (the publication date) to resolve {text!r}")
    if spec == "last":
        return ref.year if month < ref.month else ref.year - 1
    if spec == "next":
        return ref.year if month > ref.month else ref.year + 1
    return ref.year


def best_match(lex: Lexicon, folded: str) -> re.Match[str] | None:
    """The longest expression the parse scanner finds in ``folded`` (first on ties)."""
    best: re.Match[str] | None = None
    for match in lex.parse_regex.finditer(folded):
        if best is None or match.end() - match.start() > best.end() - best.start():
            best = match
    return best


def parse_date(
    text: str,
    *,
    lang: str | None = None,
    ref: datetime.date | PartialDate | None = None,
    anchor: PartialDate | None = None,
) -> PartialDate | DateRange:
    """Read one date expression in one of ten languages, resolving relative words.

    Args:
        text: the expression, e.g. ``"6 марта 2025 года"``, ``"2021년부터 2025년까지"`` or EDTF.
        lang: ISO 639-1 code (en, ko, vi, zh, ja, ru, hi, gu, he, fa); ``None`` guesses it
            from the script (Latin: English, then Vietnamese).
        ref: the publication date, for "this year", "last July", a date without a year.
        anchor: the date the surrounding text is about, for "the same year", a bare month.

    Raises:
        DateParseError: no date in the text, a year that cannot be resolved, input over
            1,000 characters; the message quotes the text and says what is missing.

    >>> parse_date("6 марта 2025 года")
    PartialDate("2025-03-06")
    >>> parse_date("the second half of this year", ref=datetime.date(2025, 6, 12))
    PartialDate("2025-41")
    >>> parse_date("۲۰۲۱ تا ۲۰۲۵")
    DateRange("2021/2025")
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date() takes a str, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise DateParseError(
            f"text of {len(text)} characters is too long for one date (at most {MAX_LENGTH})",
            text=text[:80],
        )
    ref_date = _as_partial(ref, "ref")
    anchor_date = _as_partial(anchor, "anchor")
    stripped = unicodedata.normalize("NFC", text).strip()
    if _EDTF_LIKE.fullmatch(stripped):
        try:
            return parse_edtf(stripped)
        except DateParseError:
            pass
    if lang is not None and lang not in LANGUAGES:
        raise DateParseError(
            f"unsupported language {lang!r} for {text!r}; expected one of {', '.join(LANGUAGES)}",
            text=text,
        )
    folded = fold(stripped)
    problem: str | None = None
    for code in (lang,) if lang else detect_languages(stripped):
        lex = lexicon(code)
        match = best_match(lex, folded)
        if match is None:
            continue
        try:
            return resolve(
                lex, lex.slots(match), stripped[match.start() : match.end()], ref_date, anchor_date
            )
        except Unresolved as err:
            problem = problem or str(err)
        except (InvalidDateError, ValueError) as err:
            problem = problem or f"{text!r} is not a valid date: {err}"
    if problem is not None:
        raise DateParseError(problem, text=text)
    raise DateParseError(f"no date found in {text!r}", text=text)
