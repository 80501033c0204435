"""Scanning text for date expressions and resolving them to values.

:func:`scan` finds candidate expressions in folded text (leftmost-longest, one pass per
pattern, so time is linear in the text), joins neighbours into ranges ("2021 to 2025") and
open ranges ("since 2003"), and :func:`resolve` turns a candidate into a value, using the
reference date (``ref``, the publication date) for "this year", "last July", "June 12", and
the discourse anchor (``anchor``, the date the text was just talking about) for "the same
year" and a bare "July". Choices:

- "last July" is the most recent July strictly before ``ref``'s month; "next July" the first
  July strictly after it.
- A bare month ("in July", "ביולי") takes the anchor's year, else ``ref``'s; with neither it is
  unresolved.
- A Solar Hijri day is an exact :class:`PartialDate`; a Solar Hijri month or year straddles
  Gregorian months, so it is a :class:`DateRange` of its first and last Gregorian days.
- "early/mid/late 2024", "around 2020", "около 2020 года" are the year marked approximate
  (``2024~``): EDTF has no "early part of", and no sub-range is invented.
- :func:`find_dates` skips what it cannot resolve: it never invents a year. The anchor for
  later discourse-relative mentions is the last mention resolved from the text alone.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

import attrs

from citydiplo._errors import DateParseError, InvalidDateError
from citydiplo._text import _hijri
from citydiplo._text._lexicon import LANGUAGES, Grammar, grammar
from citydiplo._text._numerals import fold
from citydiplo.dates import DateRange, PartialDate, Unbounded

__all__ = ["Candidate", "DateMention", "detect_languages", "find_dates", "resolve", "scan"]

DateValue = PartialDate | DateRange
_HIJRI_LANGS = frozenset({"fa"})


@attrs.frozen(kw_only=True)
class DateMention:
    """One date expression found in a text.

    ``text[start:end] == mention.text`` for the text :func:`find_dates` read. ``relative`` is
    true when the value depends on ``ref`` or on an earlier mention (the anchor).
    """

    start: int
    end: int
    text: str
    value: PartialDate | DateRange
    lang: str
    relative: bool = False


@attrs.frozen(kw_only=True)
class Candidate:
    """A matched expression in folded text, before resolution."""

    start: int
    end: int
    kind: str
    fields: dict[str, str]
    low: Candidate | None = None
    high: Candidate | None = None
    open_end: bool = False


def detect_languages(text: str) -> tuple[str, ...]:
    """Languages to try for ``text``, from its script (Latin: English and Vietnamese)."""
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
            return ("ko",)
        if 0x3040 <= o <= 0x30FF:
            return ("ja",)
    for ch in text:
        o = ord(ch)
        if 0x0590 <= o <= 0x05FF:
            return ("he",)
        if 0x0600 <= o <= 0x06FF:
            return ("fa",)
        if 0x0900 <= o <= 0x097F:
            return ("hi",)
        if 0x0A80 <= o <= 0x0AFF:
            return ("gu",)
        if 0x0400 <= o <= 0x04FF:
            return ("ru",)
        if 0x3400 <= o <= 0x9FFF:
            return ("zh", "ja")
    return ("en", "vi")


def _languages(text: str, lang: str | None) -> tuple[str, ...]:
    if lang is None:
        return detect_languages(text)
    if lang not in LANGUAGES:
        raise DateParseError(
            f"language {lang!r} is not supported; expected one of {', '.join(LANGUAGES)}",
            text=text,
        )
    return (lang,)


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


def _atoms(folded: str, original: str, where: list[int], g: Grammar) -> list[Candidate]:
    """Leftmost matches of the grammar's one pattern, each the first reading that fits."""
    chosen: list[Candidate] = []
    pattern = g.pattern
    pos = 0
    while (m := pattern.search(folded, pos)) is not None:
        name = m.lastgroup  # the alternative's own group closes last
        if not name or not name.startswith("K"):
            pos = m.start() + 1
            continue
        i = int(name[1:])
        kind, names, groups = g.kinds[i]
        values = m.group(*groups) if len(groups) > 1 else (m.group(groups[0]),) if groups else ()
        fields = {n: v for n, v in zip(names, values, strict=True) if v is not None}
        fields.pop("s", None)
        if m.group("approx") is not None:
            fields["approx"] = m.group("approx")
        if (kind == "m" and not _bare_month_ok(m, f"m_{i}", original, where, g)) or (
            kind == "y" and "y" in fields and not _plausible_bare_year(int(fields["y"]), g)
        ):
            pos = m.start() + 1
            continue
        chosen.append(Candidate(start=m.start(), end=m.end(), kind=kind, fields=fields))
        pos = max(m.end(), m.start() + 1)
    return chosen


def _bare_month_ok(
    m: re.Match[str], group: str, original: str, where: list[int], g: Grammar
) -> bool:
    name = m.group(group)
    if name in g.ambiguous_bare:
        return False
    if g.capitalised and name.isascii():  # "May" the month, not "may" the verb
        return original[where[m.start(group)]].isupper()
    return True


def _plausible_bare_year(year: int, g: Grammar) -> bool:
    if 1800 <= year <= 2199:
        return True
    return bool(_HIJRI_LANGS & set(g.langs)) and 1300 <= year <= 1499


def _between(folded: str, a: int, b: int) -> str:
    return folded[a:b].strip()


def _ends_with_word(text: str, words: frozenset[str]) -> int:
    """Length of the longest word of ``words`` that ``text`` ends with (whole word), or 0."""
    best = 0
    for w in words:
        if len(w) > best and text.endswith(w):
            before = text[: len(text) - len(w)]
            if not before or not (before[-1].isalnum() or unicodedata.combining(before[-1])):
                best = len(w)
    return best


def _starts_with_word(text: str, words: frozenset[str]) -> int:
    best = 0
    for w in words:
        if len(w) > best and text.startswith(w):
            after = text[len(w):]
            if not after or not after[0].isalnum() or not w[-1].isalnum():
                best = len(w)
    return best


_RANGE_ENDS = frozenset({"y", "my", "ym", "dmy", "mdy", "ymd", "ymd_num", "dmy_num", "h_my"})


def scan(folded: str, original: str, where: list[int], g: Grammar) -> list[Candidate]:
    """Candidates in ``folded``: atoms, then ranges and open ranges joined from them."""
    atoms = _atoms(folded, original, where, g)
    out: list[Candidate] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and a.kind in _RANGE_ENDS and b.kind in _RANGE_ENDS:
            gap = _between(folded, a.end, b.start)
            if len(gap) <= 12 and gap in g.words["range_connectors"]:
                start, end = a.start, b.end
                head = folded[max(0, start - 24):start].rstrip()
                n = _ends_with_word(head, g.words["range_prefixes"])
                if n:
                    start = start - (len(folded[max(0, start - 24):start]) - len(head)) - n
                tail = folded[end:end + 12].lstrip()
                n = _starts_with_word(tail, g.words["range_suffixes"])
                if n:
                    end = end + (len(folded[end:end + 12]) - len(tail)) + n
                out.append(Candidate(start=start, end=end, kind="range", fields={}, low=a, high=b))
                i += 2
                continue
        if a.kind in _RANGE_ENDS:
            head_raw = folded[max(0, a.start - 24):a.start]
            head = head_raw.rstrip()
            n = _ends_with_word(head, g.words["open_prefixes"])
            tail_raw = folded[a.end:a.end + 16]
            tail = tail_raw.lstrip()
            k = _starts_with_word(tail, g.words["open_suffixes"])
            if n or k:
                start = a.start - (len(head_raw) - len(head)) - n if n else a.start
                end = a.end + (len(tail_raw) - len(tail)) + k if k else a.end
                out.append(Candidate(start=start, end=end, kind="open", fields={}, low=a,
                                     open_end=True))
                i += 1
                continue
        out.append(a)
        i += 1
    return out


# --------------------------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------------------------


class Unresolved(Exception):
    """A candidate lacks context (``ref`` or ``anchor``); the message says which."""


def _ref_month(ref: PartialDate | None, what: str) -> tuple[int, int]:
    if ref is None:
        raise Unresolved(f"no reference date: pass ref= (the publication date) to resolve {what}")
    if ref.month is None:
        raise Unresolved(f"the reference date {str(ref)!r} has no month, needed for {what}")
    return ref.year, ref.month


def _year(c: Candidate, g: Grammar, ref: PartialDate | None, anchor: PartialDate | None,
          what: str, month: int | None) -> tuple[int, bool]:
    """The year a candidate speaks of and whether it came from context."""
    f = c.fields
    if "y" in f:
        return int(f["y"]), False
    if "era" in f:
        number = 1 if f["ey"] == "元" else int(f["ey"])
        return g.eras[f["era"]] + number - 1, False
    if "this_year" in f or "last_year" in f or "next_year" in f:
        if ref is None:
            raise Unresolved(f"no year: pass ref= (the publication date) to resolve {what}")
        shift = 0 if "this_year" in f else (-1 if "last_year" in f else 1)
        return ref.year + shift, True
    if "same_year" in f:
        if anchor is None:
            raise Unresolved(f"no year: pass anchor= (the date the text refers to) to resolve "
                             f"{what}")
        return anchor.year, True
    if "mod_last" in f or "mod_next" in f:
        year, ref_m = _ref_month(ref, what)
        assert month is not None
        if "mod_last" in f:
            return (year if month < ref_m else year - 1), True
        return (year if month > ref_m else year + 1), True
    if anchor is not None:
        return anchor.year, True
    if ref is not None:
        return ref.year, True
    raise Unresolved(f"no year: pass anchor= or ref= (the publication date) to resolve {what}")


def _hijri_value(c: Candidate) -> DateValue:
    f = c.fields
    jy = int(f["y"])
    try:
        if "h" in f or "mn" in f:
            jm = int(f["mn"]) if "mn" in f else 0
            for name, num in grammar(("fa",)).hijri_months.items():
                if "h" in f and name == f["h"]:
                    jm = num
            if "d" in f:
                return PartialDate.from_date(_hijri.to_gregorian(jy, jm, int(f["d"])))
            lo, hi = _hijri.month_bounds(jy, jm)
        else:
            lo, hi = _hijri.year_bounds(jy)
    except ValueError as exc:
        raise Unresolved(str(exc)) from None
    return DateRange(start=PartialDate.from_date(lo), end=PartialDate.from_date(hi))


def resolve(c: Candidate, g: Grammar, ref: PartialDate | None, anchor: PartialDate | None,
            what: str) -> tuple[DateValue, bool]:
    """The value of a candidate and whether it depends on ``ref`` or ``anchor``."""
    if c.kind == "range" and c.low is not None and c.high is not None:
        lo, rel1 = resolve(c.low, g, ref, anchor, what)
        hi, rel2 = resolve(c.high, g, ref, anchor, what)
        start = lo.start if isinstance(lo, DateRange) else lo
        end = hi.end if isinstance(hi, DateRange) else hi
        try:
            return DateRange(start=start, end=end), rel1 or rel2
        except (InvalidDateError, DateParseError, ValueError) as exc:
            raise Unresolved(f"not a range: {exc}") from None
    if c.kind == "open" and c.low is not None:
        lo, rel = resolve(c.low, g, ref, anchor, what)
        start = lo.start if isinstance(lo, DateRange) else lo
        return DateRange(start=start, end=Unbounded.OPEN), rel
    f = c.fields
    # In Persian text a year below 1700 is Solar Hijri, whether written alone or in a
    # numeric date ("۱۴۰۴/۰۷/۰۴"); Gregorian month names keep their Gregorian reading.
    if c.kind in ("h_dmy", "h_my") or (
        "fa" in g.langs and "y" in f and "m" not in f and int(f["y"]) < 1700
        and c.kind not in ("range", "open")
    ):
        return _hijri_value(c), False
    if c.kind == "rel_month":
        ry, rm = _ref_month(ref, what)
        if "last_month" in f:
            ry, rm = (ry, rm - 1) if rm > 1 else (ry - 1, 12)
        elif "next_month" in f:
            ry, rm = (ry, rm + 1) if rm < 12 else (ry + 1, 1)
        return PartialDate(year=ry, month=rm), True
    month = g.months.get(f["m"]) if "m" in f else (int(f["mn"]) if "mn" in f else None)
    day = int(f["d"]) if "d" in f else None
    if c.kind == "dmy_num" and month is not None and day is not None and "en" in g.langs:
        if month > 12 >= day:
            month, day = day, month
        elif day <= 12 and month <= 12 and day != month:
            raise Unresolved(f"ambiguous day and month: {day} and {month} could be either")
    year, relative = _year(c, g, ref, anchor, what, month)
    group = g.groups.get(f["g"]) if "g" in f else None
    approximate = "approx" in f
    try:
        return PartialDate(
            year=year, month=month, day=day, group=group, approximate=approximate
        ), relative
    except InvalidDateError as exc:
        raise Unresolved(str(exc)) from None


def _as_partial(value: PartialDate | datetime.date | None, name: str) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value)
    raise TypeError(f"{name}={value!r} must be a datetime.date, a PartialDate or None")


def _span(where: list[int], original: str, start: int, end: int) -> tuple[int, int]:
    s = where[start]
    e = where[end - 1] + 1
    while e < len(original) and unicodedata.combining(original[e]):
        e += 1
    return s, e


def find_dates(
    text: str,
    *,
    lang: str | None = None,
    ref: PartialDate | datetime.date | None = None,
) -> list[DateMention]:
    """Every date expression in a running text, in order, resolved where the text allows.

    Relative expressions ("this year", "last July") resolve against ``ref``; a bare month or
    "the same year" against the previous absolute mention. What cannot be resolved is skipped.

    >>> [str(m.value) for m in find_dates("Signed in March 2024; in July of the same year ...")]
    ['2024-03', '2024-07']
    """
    ref_date = _as_partial(ref, "ref")
    langs = _languages(text, lang)
    g = grammar(langs)
    folded, where = fold(text)
    anchor: PartialDate | None = None
    mentions: list[DateMention] = []
    for cand in scan(folded, text, where, g):
        s, e = _span(where, text, cand.start, cand.end)
        try:
            value, relative = resolve(cand, g, ref_date, anchor, repr(text[s:e]))
        except Unresolved:
            continue
        if not relative and isinstance(value, PartialDate):
            anchor = value
        elif not relative and isinstance(value, DateRange) and cand.kind not in ("range", "open"):
            anchor = value.start if isinstance(value.start, PartialDate) else anchor
        mentions.append(DateMention(start=s, end=e, text=text[s:e], value=value,
                                    lang=langs[0], relative=relative))
    return mentions
