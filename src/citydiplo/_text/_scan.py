"""Scanning folded text for date expressions: candidates, before resolution.

:func:`scan` finds candidates in folded text (leftmost-longest, one pass of one pattern: time
linear in the text), drops counts ("1900个城市") and durations ("3일간"), joins a weekday to
the day beside it, and neighbours into ranges ("2021 to 2025") and open ranges ("since 2003").
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

from citydiplo._text._abbrev import unmarked_short_month
from citydiplo._text._amounts import amount_or_count_before
from citydiplo._text._approx_count import approximate_count
from citydiplo._text._between import listed_not_spanned
from citydiplo._text._coded import name_number_day, numbered
from citydiplo._text._compound import compound
from citydiplo._text._count_nouns import counted_noun_follows
from citydiplo._text._dashes import code_tail, plausible_year, second_day
from citydiplo._text._day_alone import day_head_blocked, needs_day_word, no_follower
from citydiplo._text._day_counts import counted_day_spans, duration_not_count
from citydiplo._text._day_tail import DASHES, unread_day_after
from citydiplo._text._dm_checks import dm_checks, h_dm_checks
from citydiplo._text._dm_year import dm_then_relative_year, dm_then_year, year_word_follows
from citydiplo._text._dotted_span import dotted_spans
from citydiplo._text._fast import fast
from citydiplo._text._glued import with_glued
from citydiplo._text._guards import day_noun_follows, not_after_count, refine
from citydiplo._text._hebrew_joint import glued_joint
from citydiplo._text._hindi_short_year import without_short_years
from citydiplo._text._lexicon import Grammar
from citydiplo._text._listed_full_days import listed_full_days, listed_later_day
from citydiplo._text._month_after_day import days_of_the_month
from citydiplo._text._month_mark import unmarked_month
from citydiplo._text._month_parts import month_parts
from citydiplo._text._name_year import year_in_name
from citydiplo._text._next_word import next_word_in as _next_word_in
from citydiplo._text._nouns import anchored_after, anchored_before, unsuffixed_days
from citydiplo._text._phrase_apposed import phrase_apposed_days
from citydiplo._text._range_gap import gap_without_time, next_atom
from citydiplo._text._range_words import GLUED_KINDS
from citydiplo._text._range_words import glued_word as _glued_word
from citydiplo._text._range_words import opened_through_year_word as _opened_through_year_word
from citydiplo._text._range_words import prefix as _prefix
from citydiplo._text._recurring import not_yearly, recurring_before
from citydiplo._text._relmonth import rel_month_day_ok
from citydiplo._text._shared_month import shared_month_word
from citydiplo._text._solar_year import solar_day_then_year
from citydiplo._text._spans import (
    UNREAD_ENDS,
    before_follows,
    day_only_stands_alone,
    day_span,
    month_span,
    open_suffix,
    qualifies_noun,
    unread_span_start,
)
from citydiplo._text._split_span import split_span
from citydiplo._text._stated_starts import scan_end
from citydiplo._text._timed_days import timed_span_end
from citydiplo._text._title import title_case_word
from citydiplo._text._unplaced import unplaced
from citydiplo._text._unread import unread_date_before
from citydiplo._text._unread_days import month_year_not_a_count
from citydiplo._text._week_phrases import phrase_ok, relative_not_compared
from citydiplo._text._weekday_before import weekday_before
from citydiplo._text._weekday_ok import weekday_ok
from citydiplo._text._weekdays import in_named_week, with_weekdays
from citydiplo._text._words import ends_with_word, starts_with_word
from citydiplo._text._year_apart import year_month_day_ok, year_month_ok
from citydiplo._text._year_unread import month_alone_ok, month_day_year_ok

__all__ = ["Candidate", "bare_year_ok", "scan"]


class Candidate(NamedTuple):
    """A matched expression in folded text, before resolution (a tuple: made by the
    thousand, so it must be cheap)."""

    start: int
    end: int
    kind: str
    fields: dict[str, str]
    low: Candidate | None = None
    high: Candidate | None = None
    open_end: bool = False
    lender: tuple[int, int] | None = None  # the date whose month or year a listed day took


_NEW = tuple.__new__


def _atoms(folded: str, original: str, where: Sequence[int], g: Grammar) -> list[Candidate]:
    """Leftmost matches of the grammar's one pattern, each the first reading that fits."""
    chosen: list[Candidate] = []
    compiled = fast(g)
    search, table, approx = compiled.search, compiled.table, compiled.approx
    pos, length = 0, len(folded)
    while (m := search(folded, pos)) is not None:
        start, end = m.span()
        alternative = table.get(m.lastindex)  # type: ignore[arg-type]
        if alternative is None:  # the alternative's own group closes last
            pos = start + 1
            continue
        kind, names, groups, month = alternative
        # (loops, not comprehensions: in a loop this hot, a comprehension's own call costs)
        fields: dict[str, str] = {}
        if len(groups) > 1:
            for n, v in zip(names, m.group(*groups), strict=True):
                if v is not None:
                    fields[n] = v
        elif groups and (v := m.group(groups[0])) is not None:
            for n in names:
                fields[n] = v
        if (a := m.group(approx)) is not None:
            fields["approx"] = a
        if (skip := name_number_day(fields, folded, start, g)) > 0:  # "covid-19 may": no 19th
            pos = skip
            continue
        if (
            (kind == "m" and not _bare_month_ok(m, month, original, where, g))
            or (kind == "y" and not bare_year_ok(fields, folded, start, end, g))
            or (kind in _CHECKS and not _CHECKS[kind](fields, folded, m, original, where, g))
        ):
            pos = start + 1
            continue
        chosen.append(_NEW(Candidate, (start, end, kind, fields, None, None, False, None)))
        pos = end if end > start else start + 1
        if pos >= length:
            break
    return chosen


def _bare_month_ok(
    m: re.Match[str], group: str, original: str, where: Sequence[int], g: Grammar
) -> bool:
    name = m.group(group)
    if name in g.ambiguous_bare or recurring_before(m.string, m.start(), g.vocab.lists):
        return False  # "매년 10월": every October
    if unmarked_month(m, group, g):
        return False  # "יוני חכימי": a name; the month alone is "ביוני"
    if unmarked_short_month(name, g.langs, original, where, m.end(group)):
        return False  # "Jan" the name, "בינו" (between him): an abbreviation needs its mark
    if title_case_word(name, original, where, m.start(group), m.end(group), g):
        return False  # "City Council Members May Travel": a headline's verb
    if g.capitalised and name.isascii():  # "May" the month, not "may" the verb
        return original[where[m.start(group)]].isupper()
    return True


_plausible_bare_year = plausible_year


def bare_year_ok(fields: dict[str, str], folded: str, start: int, end: int, g: Grammar) -> bool:
    """A bare number is a year only if plausible and not a count ("1900个城市", "2000 people")."""
    if "y" in fields and not _plausible_bare_year(int(fields["y"]), g):
        return False
    if "y" in fields and unread_date_before(folded, start, g):
        return False  # "22 -1-2021ના", "5 تا 7 ماه ثور 1396": the day and month are unread
    if "approx" in fields:  # "около 1900 человек": "about" is no year word
        return not approximate_count(fields, folded, start, end, g)
    if "y" not in fields or folded[start:end].strip() != fields["y"]:
        return True  # a year word or suffix says it is a year ("2024년", "năm 2024")
    if numbered(folded, start, g) or code_tail(folded, end, g):
        return False  # "No. 2025", "2025-4815": numbers of codes
    if year_in_name(folded, start, end, g):
        return False  # "東京2020", "大会2025": the end of a name
    if amount_or_count_before(folded, start, g):
        return False  # "₹ 1999", "कुल 2024 मतदाता": an amount, a count
    if not _next_word_in(
        folded, end, g.vocab.lists.get("counters", frozenset())
    ) and not counted_noun_follows(folded, end, g):  # "2025 волонтёров": a count
        return True
    head = folded[max(0, start - 24) : start].rstrip()
    return ends_with_word(head, g.vocab.lists.get("counter_exempt_before", frozenset())) > 0


def _ago_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """ "3 days ago", "через два года": the words around the count make a CLDR pattern."""
    counted = (fields.get("rp", ""), fields["rs"]) in g.vocab.counted
    # a count after a word that makes it an ordinal: "thứ sáu tuần tới" is Friday next week
    ordinal = not fields.get("rp") and folded[max(0, m.start() - 12) : m.start()].rstrip().rsplit(
        " ", 1
    )[-1] in g.vocab.lists.get("ordinal_markers", ())
    anchored = anchored_after(folded, m.end(), g, True) or anchored_before(folded, m.start(), g)
    return counted and not ordinal and not anchored


def _day_only_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A day alone ("15일", "于21日", "ngày 15"): a day word or suffix, not a duration."""
    flags, lists = g.vocab.flags, g.vocab.lists
    if "dw" not in fields and ("dsx" not in fields or needs_day_word(fields["dsx"], g)):
        return False
    if no_follower(folded, m.end(), g):
        return False  # "आगामी 2 दिनों में": in the next two days, no day
    if flags.get("day_only_needs_suffix") and not day_only_stands_alone(fields, folded, m, lists):
        return False  # "on the 15th floor" is no date
    if recurring_before(folded, m.start(), lists):
        return False  # "매월 15일": every month's 15th
    if m.start() and folded[m.start() - 1] in "-/" and not second_day(folded, m.start(), g):
        return False  # "第2024-15号" is a number
    if duration_not_count(fields, folded, m, g):
        return False  # "3일간", "3日間", "15 ngày qua"; "1일 1회": once a day
    if "dsx" in fields and day_noun_follows(folded, m.end(), fields["dsx"], g):
        return False  # "地铁6号线": line 6
    han = not original[where[m.end() - 1 - len(fields.get("dsx", ""))]].isdigit()
    if han and _next_word_in(folded, m.end(), lists.get("han_day_place_nouns", frozenset())):
        return False  # "四日市", "廿日市": a town's name, a day in Han numerals before 市
    return not day_head_blocked(folded, m.start(), lists)


def _not_a_count(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """A day and month in figures ("7.3"), not a number ("3.5 מיליון"), nor a numbering ("מס'
    30/12", "No. 3/13"), nor, without a date word before it, a fraction ("1/2", "3/4": a
    denominator of 4 or less over a smaller numerator). Where figures need a word before them
    (no ``dm_num_bare``), they may go without it only before a year word ("12/6 năm 2024").
    Nor a day of every year ("ngày 20/11 hằng năm"), nor a time ("8.00": no month 0)."""
    zero = 0 in (int(fields.get("d", "1")), int(fields.get("mn", "1")))  # "8.00": a time
    if zero or not not_yearly(fields, folded, m, original, where, g):
        return False
    if (
        "dnp" not in fields
        and "yy" not in fields
        and not g.vocab.flags.get("dm_num_bare")
        and not year_word_follows(folded, m.end(), g)
    ):
        return False
    if "dnp" not in fields and "d" in fields and "mn" in fields:
        d, mn = int(fields["d"]), int(fields["mn"])  # (a year after them: no fraction)
        fraction = d < mn <= 4 and "yy" not in fields  # "1/2" (no year, no weekday before)
        if (fraction and not weekday_before(folded, m.start(), g)) or numbered(
            folded, m.start(), g
        ):
            return False
    if year_word_follows(folded, m.end(), g):  # "ngày 12/6 năm 2024": its year, no count
        return True
    return not _next_word_in(folded, m.end(), g.vocab.lists.get("counters", frozenset()))


_CHECKS = {
    "ago": _ago_ok,
    "phrase": phrase_ok,  # "סדר היום": the agenda, no "today"; "차주" alone: a car's owner
    "md": month_day_year_ok,
    "ymd": year_month_day_ok,  # "3월 3일 간": three days in March; "4633\n8月25日"
    "ym": year_month_ok,  # "点击量:4633\n8月": a count on the line before
    "dm": dm_checks,
    "h_dm": h_dm_checks,  # "हर साल 20 मार्च": every year's 20 March
    "m": month_alone_ok,  # not "12th June, 2024BC": a year follows, in a form not read
    "my": month_year_not_a_count,  # "In June, 2500 visitors": a month, then a count
    "rel": relative_not_compared,  # "so với cùng kỳ năm trước": the base of a comparison
    "rel_month": not_after_count,
    "rel_month_d": rel_month_day_ok,  # "अगले महीने की 5 तारीख", not "… की 5 बैठकें"
    "d_only": _day_only_ok,
    "wd": weekday_ok,
    "dm_num": _not_a_count,
    "m_days": not_yearly,  # "每年5月3日至5日": every year's 3rd to 5th of May
    "dmy_num2": _not_a_count,
}


_KIND = operator.attrgetter("kind")
_RANGE_ENDS = frozenset(
    {"y", "my", "ym", "dmy", "mdy", "ymd", "ymd_num", "dmy_num", "dmy_num2", "h_my"}
)


def _opens(a: Candidate) -> bool:
    """Whether ``a`` may start an open span: an end of a range, or a Solar Hijri day with its
    year ("از ۱۵ آذر ۱۴۰۵": from 15 Azar 1405 on, as "from 6 December 2026" is), not a span
    of days ("از ۱ تا ۵ بهمن ۱۴۰۵" is one already)."""
    return a.kind in _RANGE_ENDS or (a.kind == "h_dmy" and "d0" not in a.fields)


def scan(folded: str, original: str, where: Sequence[int], g: Grammar) -> list[Candidate]:
    """Candidates in ``folded``: atoms, then ranges and open ranges joined from them."""
    atoms = dotted_spans(unsuffixed_days(_atoms(folded, original, where, g), folded, g), folded, g)
    atoms = shared_month_word(atoms, folded, g)  # "3~5월": March to May
    if g.vocab.flags.get("day_count_spans"):  # "2일부터 이틀간": from the 2nd, two days
        atoms = counted_day_spans(atoms, folded, g)
    if g.vocab.lists.get("dm_num_prefixes"):  # "ngày 12/6 năm nay"
        atoms = dm_then_relative_year(atoms, folded, g)
    atoms = month_parts(refine(unplaced(atoms, folded, g), folded, g), folded, g)
    atoms = days_of_the_month(atoms, folded, g)  # "ב-20 לחודש": the 20th of this month
    if len(atoms) > 1 and atoms[0].kind != "y":  # (a year is never the first of the two)
        atoms = dm_then_year(atoms, folded, g)
        if g.hijri_months:  # "۲۷ اردیبهشت , ۱۴۰۳": the day's year after a comma
            atoms = solar_day_then_year(atoms, folded)
    atoms, glued_only = with_glued(atoms, folded, original, where, g, _atoms)
    if glued_only:  # "25_April_2008", "Pacts2013-11-08T15:58"; "તા12/01/2023 ગુરુવારના"
        return atoms
    kinds = {*map(_KIND, atoms)}
    if "wd" in kinds:
        atoms = with_weekdays(in_named_week(atoms, folded, g), folded, g)
    if g.vocab.flags.get("short_year_after_month"):  # "20 सितम्बर 23": its year unread
        atoms = without_short_years(atoms, folded, g)
    if len(atoms) > 1:  # "18 апреля и 19 апреля 2024": the year is both days'
        atoms = listed_later_day(listed_full_days(atoms, folded, g), folded, g)
    if "ago" in kinds or "phrase" in kinds:  # "next Tuesday, June 24": the day, checked
        atoms = compound(phrase_apposed_days(atoms, folded, g), folded, g)
    out: list[Candidate] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = next_atom(atoms, i, original, where)  # no span across an item of a list
        if b is not None and (days := day_span(a, b, folded, g)) is not None:
            out.append(days)  # "3月31日至4月2日", "5월 5일부터 7일까지"
            i += 2
            continue
        if b is not None and (months := month_span(a, b, folded, g)) is not None:
            out.append(months)  # "July to August", "ડિસેમ્બર-જાન્યુઆરીમાં"
            i += 2
            continue
        if b is not None and a.kind in _RANGE_ENDS and b.kind in _RANGE_ENDS:
            gap = gap_without_time(folded[a.end : b.start].strip(), g)  # "đến 12 giờ ngày"
            if not gap and _glued_word(folded, a, g.words["range_connectors"]):
                gap = "-"  # "2009થી 2012 સુધી": the connector ends the first year
            elif not gap:  # "…, 7.1.24 ליום שני, 8.1.24": the connector starts the second
                gap = glued_joint(folded, b, g)
            if (
                (len(gap) <= 12 and gap in g.words["range_connectors"])
                or split_span(a, b, folded, g)  # "תחל ב-4.1.26 ותימשך עד 15.1.26"
            ) and not listed_not_spanned(folded, a, b, gap, g):  # "в 2019 и 2021 годах"
                start, end = a.start, b.end
                head = folded[max(0, start - 24) : start].rstrip()
                n = _prefix(head, g.words["range_prefixes"], g)
                if n:
                    start = start - (len(folded[max(0, start - 24) : start]) - len(head)) - n
                tail = folded[end : end + 12].lstrip()
                n = starts_with_word(tail, g.words["range_suffixes"])
                if n:
                    end = end + (len(folded[end : end + 12]) - len(tail)) + n
                out.append(Candidate(start=start, end=end, kind="range", fields={}, low=a, high=b))
                i += 2
                continue
        glued = (  # "2009થી" (a year that ends in a figure has no word glued: no call)
            a.kind in GLUED_KINDS
            and not folded[a.end - 1 : a.end].isdigit()
            and _glued_word(folded, a, g.words["open_suffixes"])
        )
        if _opens(a) and (a.start or a.end < len(folded) or glued):
            head_raw = folded[max(0, a.start - 24) : a.start]
            head = head_raw.rstrip()
            opening = g.words["open_prefixes"]  # not before a noun: "from the May 7 meeting"
            n = 0 if qualifies_noun(folded, a.end, g) else _prefix(head, opening, g)
            tail_raw = folded[a.end : a.end + 16]
            tail = tail_raw.lstrip()
            k = open_suffix(tail, g) if tail else 0
            start = a.start - (len(head_raw) - len(head)) - n if n else a.start
            if (  # "החל משנת 2009": the opening words end in the year's word
                not n
                and head
                and (year := a.fields.get("y"))
                and folded.find(year, a.start, a.end) > a.start  # (else: a.start, no call)
            ):
                start = _opened_through_year_word(folded, a, g)
                n = a.start - start
            if (n or k or glued) and not before_follows(folded, a.end, g):  # "2009 से पहले"
                end = a.end + (len(tail_raw) - len(tail)) + k if k else a.end
                out.append(
                    Candidate(start=start, end=end, kind="open", fields={}, low=a, open_end=True)
                )
                i += 1
                continue
        # "с 29.07 по 02.08.1997" is no 2 August (only a day ends such a span: no call else)
        if not timed_span_end(folded, a, g) and (
            a.kind not in UNREAD_ENDS
            or not (
                unread_span_start(folded, a, g)
                or (folded[a.end : a.end + 1] in DASHES and unread_day_after(folded, a.kind, a.end))
            )
        ):  # nor "2024年6月12-35日", nor a day after "이날 오후 11시부터"
            out.append(a)
        i += 1
    return scan_end(out, folded, g)  # "since … began in 1988", nights, "с 3 марта 2025 года"
