"""Guards on scanned candidates: readings the grammar's patterns allow but the text around
them rules out, each for a whole family of phrases.

- A relative word right after a count is a span, not a date: "trong 76 năm qua" (the past 76 years)
  is not "last year".
- A one-letter weekday of a CJK or Hangul script glued to the letter before it is part of a word:
  "등록일" (registration day) holds no Sunday.
- A one-letter word for this, last or next year ("올": this year) is read only standing apart and
  before a word of the language's ``short_year_followers`` ("올 들어", "올 상반기") or a figure:
  glued to letters or before another word it is part of a word or a verb ("나올 수": may come out,
  "올림픽": Olympics, "올 것이다": will come).
- A day with its suffix followed by a noun of the language's ``day_suffix_nouns`` is an ordinal:
  "地铁6号线" (line 6), "2号码头" (pier 2), "1일차" (day one).
- A year followed by a dash and two digits is a span of years when the two digits can only be a
  later year ("2024-25", "the 2019-20 season": a range, never the first year alone); in a language
  with a fiscal year the next year's digits name it (:mod:`._fiscal`); otherwise ("2024-05" in
  running text, "2021-12") the figures are left unread, never read as the year alone.
- A month and year, or a month, right after a number the grammar could not read as a day ("ها6 مهر
  1402": a day glued to a word) is left unread: the text states a day, and the whole month would be
  a coarser answer than the text gives.
- A bare year after a day and a comma ("May 19, 2017" where the month's name is not the language's)
  is left unread: the year alone would drop the day the text states.
- A day and a conjunction before a day and month ("5 and 7 May", "5 и 7 мая", "۵ و ۷ اردیبهشت") are
  two days, each a date (:mod:`._listed_apart`), never the second alone; nor the first alone before
  a conjunction and a day ("May 5 and 7": each a date; "ngày 5 và 7/5": read from "7/5").
- A day and a dash before a date in figures make a span of days: "27-30.9.2025".
- A day or month in figures and a range connector right before a day or month ("3~5월", "ה-5 עד ה-7
  במרץ", "the 1st and 2nd of May", "ngày 15 và 16/3/2020") start a span or list whose first end the
  grammar did not read: the second end alone is not read; nor a month or day without a year right
  before a dash and figures ("tháng 3-5/2020": March to May 2020, never March of ``ref``'s year).
- A bare year in a chain of figure groups ("2021-555-0199", "+1 2019 555 0101", "0243 2019 555") is
  part of a phone or document number: it is left unread; so is one with a star or hash glued to it,
  the short dialling code of a service line ("במוקד *2120", "מוקד– 2120*"; not "*2024*").
- A year after a word of ``year_part_words`` among the three words before it ("в III квартале 2020
  года", "نیمه دوم سال ۱۴۰۲") states a part of the year the grammar did not read: the whole year
  would be a coarser answer than the text gives, so it is left unread.
- Dates beside a word of another calendar, an offset or a version: unread (:mod:`._other_calendar`).
- A weekday separated from a date by the language's prefix ("יום רביעי ה-19 בנובמבר") joins it, as
  it would across a comma.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._and_next_day import AND_DAY, next_day_pair
from citydiplo._text._dash_months import month_after_dash
from citydiplo._text._docyears import without_document_numbers
from citydiplo._text._fiscal import fiscal_span, fiscal_start
from citydiplo._text._hebcal import hebrew_calendar_dates
from citydiplo._text._hebrew_letter_days import letter_days
from citydiplo._text._hebrew_rtl_days import rtl_day_spans
from citydiplo._text._listed_day import listed_day
from citydiplo._text._next_word import next_word_in
from citydiplo._text._nouns import anchored_after
from citydiplo._text._offsets import anchored_offsets
from citydiplo._text._opened import opened_relatives
from citydiplo._text._other_calendar import other_calendar, quiet_text
from citydiplo._text._persian_month_tens import month_tens
from citydiplo._text._relmonth import month_word_needs_day
from citydiplo._text._ru_hi_days_across_months import days_across_months
from citydiplo._text._russian_month_tens import month_decades
from citydiplo._text._span_end_words import without_worded_ends
from citydiplo._text._span_head_hi_ru import without_unread_heads
from citydiplo._text._span_tail_ru_fa import without_unread_ends
from citydiplo._text._two_days_listed import listed_with_and
from citydiplo._text._worded import worded_days

if TYPE_CHECKING:
    from collections.abc import Sequence

    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = [
    "after_count",
    "day_noun_follows",
    "glued_weekday",
    "not_after_count",
    "prefix_gap",
    "refine",
    "short_year_alone",
]

_TWO_DIGITS = re.compile(r"( ?[-–/] ?)(\d{2})(?![\d/.\-–])")  # (spaced: "2025- 26")
_MONTH_KINDS = frozenset({"my", "h_my", "m"})
_FIGURE_DAYS = frozenset({"dmy_num", "dm_num"})
_LISTABLE = frozenset({"dm", "dmy", "h_dm", "h_dmy"})
_REFINED = _MONTH_KINDS | _FIGURE_DAYS | _LISTABLE | {"y", "decade", "d_only", "md"}
# (the conjunction may be glued to the second day by a hyphen: "10 ו-12 במאי")
_DIGIT_BEFORE = re.compile(r"\d ?$")
# a day and a dash right before a day in figures: "27-30.9.2025", "8-13/1"
_DAY_COMMA = re.compile(r"(?<![\d.,/:])(?:[12]\d|3[01]|0?[1-9]), ?$")
# a day or month in figures (with an ordinal suffix) ending a tail before a connector
_SMALL_FIGURE = re.compile(r"(?<![\d.,/:])\d{1,2}(?:st|nd|rd|th)? ?$")
_DASH_FIGURE = re.compile(r" ?[-–~〜～] ?\d")
_YEARLESS = frozenset({"m"})
# figure groups around a bare year: a phone or document number, not a year
# (a group of four figures may be a later year: "2021-2025")
_GROUP_AFTER = re.compile(r"[-. ](?:\d{3}|\d{5,})(?![\d/])")
_GROUP_BEFORE = re.compile(r"(?<![\d/.])(?:\+\d{1,3}|\d{3}|\d{5,})[-. ]$")
_DAY_BEFORE = re.compile(r"(?<![\d.,/:\-])([12]\d|3[01]|0?[1-9]) ?[-–] ?$")
# marks glued to a service line's short dialling code
_DIAL_MARKS = frozenset("*#")


def after_count(folded: str, start: int, g: Grammar) -> bool:
    """Whether a count (figures, a number word, or one of the language's ``vague_counts``:
    "nhiều năm trước", many years before, is no "last year") stands right before ``start``."""
    head = folded[max(0, start - 16) : start].rstrip()
    if head[-1:].isdigit():
        return True
    word = head.rsplit(" ", 1)[-1] if head else ""
    return bool(word) and (word in g.vocab.counts or word in g.vocab.lists.get("vague_counts", ()))


def glued_weekday(fields: dict[str, str], folded: str, start: int) -> bool:
    """Whether a one-letter weekday ("일", "日") runs on from the letter before it, or into
    the letter after it ("수원": Suwon, "화순": Hwasun, no Wednesday or Tuesday)."""
    if len(fields.get("wd", "")) != 1:
        return False
    after = folded[start + 1 : start + 2]
    return (start > 0 and folded[start - 1].isalpha()) or ("\uac00" <= after <= "\ud7af")


def not_after_count(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """Whether a relative word stands as a date: not after a count ("76 năm qua": the past 76
    years), not anchored to a noun after it ("سال بعد از جنگ": the year after the war) and
    not a one-letter word inside a word or a verb ("나올 수": may come out)."""
    if anchored_after(folded, m.end(), g) or short_year_alone(fields, folded, m, g):
        return False
    if month_word_needs_day(fields, g):
        return False  # "내달렸다": a verb, no month alone
    return not after_count(folded, m.start(), g)


def short_year_alone(fields: dict[str, str], folded: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether the candidate ``m`` matched is a one-letter relative year word
    ("올") that touches a letter or is followed by no word of ``short_year_followers`` nor a
    figure: part of a word or a verb ("나올 수", "올림픽", "올 것이다"), no year."""
    word = fields.get("this_year") or fields.get("last_year") or fields.get("next_year") or ""
    start, end = m.span()
    followers = g.vocab.lists.get("short_year_followers")
    if len(word) != 1 or not followers or folded[start:end].strip() != word:
        return False
    if (start > 0 and folded[start - 1].isalpha()) or folded[end : end + 1].isalpha():
        return True
    rest = folded[end:].lstrip()
    if rest[:1].isdigit():
        return False
    for w in sorted(followers):  # a one-letter follower stands alone: "올 초", not "올 초청"
        if rest.startswith(w) and (len(w) > 1 or not rest[1:2].isalpha()):
            return False
    return True


def day_noun_follows(folded: str, end: int, suffix: str, g: Grammar) -> bool:
    """Whether the day suffix ending at ``end`` starts a word of the language's
    ``day_suffix_nouns`` ("号线", "일차"), or a word of ``ordinal_nouns_after`` follows it
    ("3-го этажа", "на 25-м заседании": the third floor, the 25th session): a numbered
    thing, not a day. A suffix of ``month_day_suffixes`` dates a day only before its month
    ("1-е мая"): alone, the ordinal is of a thing ("14-м побратимом": the 14th sister city)."""
    lists = g.vocab.lists
    if suffix.strip() in lists.get("month_day_suffixes", frozenset()):
        return True
    if next_word_in(folded, end, lists.get("ordinal_nouns_after", frozenset())):
        return True
    nouns = g.vocab.lists.get("day_suffix_nouns")
    if not nouns or end >= len(folded):
        return False
    return folded.startswith(_shortest_first(nouns), end - len(suffix))  # (one test in C)


def prefix_gap(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether only the language's prefix (with its hyphen) stands between two expressions."""
    gap = folded[start:end].strip(" ,.()（）")
    return bool(gap) and len(gap) <= 4 and gap.rstrip("-") in g.words["prefixes"]


def _joins_days(joint: str, g: Grammar) -> bool:
    """A conjunction ("and", "và", "и"): a range connector that joins no span of days."""
    words = g.words
    if joint == "&":  # (in every language)
        return True
    return joint in words["range_connectors"] and joint not in words["day_range_connectors"]


_JOINT_MARKS = (",", "–", "~", "〜", "～")


@functools.lru_cache(maxsize=64)
def _shortest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (len(w), w)))


@functools.lru_cache(maxsize=64)
def _joints(connectors: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """For :func:`unread_first_end`, built once per grammar: the connectors and marks longest
    first, by their last character (the empty string: the empty ones; two joints of one
    length cannot both end a text, so the order among them does not matter)."""
    joints = tuple(sorted(connectors | set(_JOINT_MARKS), key=len, reverse=True))
    by_last: dict[str, tuple[str, ...]] = {
        ch: tuple(j for j in joints if not j or j[-1] == ch) for ch in {j[-1:] for j in joints}
    }
    by_last[""] = tuple(j for j in joints if not j)
    return by_last


def unread_first_end(a: Candidate, folded: str, g: Grammar, ends: dict[int, str]) -> int:
    """Whether ``a`` is the second end of a span or list whose first end, a day or month in
    figures, stands unread before it ("3~5월", "ה-5 עד ה-7 במרץ"), or a year-less month or
    day whose span runs on in figures ("tháng 3-5/2020"). A first end the grammar read
    with its month (an end of ``ends``, mapped to its kind), or with a connector of days, is
    left to the span's reading ("between November 26 and December 2"). Returns
    where the unread first end starts (``a.start`` when it follows ``a``), or -1."""
    if a.kind in _YEARLESS and _DASH_FIGURE.match(folded, a.end):
        return -1 if month_after_dash(folded, a.end, g) else a.start  # "5月-9月": joined
    low = max(0, a.start - 20)
    tail = folded[low : a.start].rstrip()
    if tail.endswith("-"):  # (only a prefix with its hyphen is taken off)
        # the shortest prefix: a conjunction glued before it ("5 וב-7": "and on the 7th")
        # stays a joint; in the order of a set, the answer depended on the process
        for prefix in _shortest_first(g.words["prefixes"]):
            if tail.endswith(prefix + "-"):
                tail = tail[: -len(prefix) - 1].rstrip()
                break
    # the joints ``tail`` can end with, longest first (a joint ends with the tail's last
    # character, or is empty)
    by_last = _joints(g.words["range_connectors"])
    for joint in by_last.get(tail[-1:], by_last[""]):
        if not tail.endswith(joint) or (
            joint not in "-–~〜～," and tail[-len(joint) - 1 : -len(joint)].isalpha()
        ):
            continue
        head = tail[: -len(joint)].rstrip()
        first = _SMALL_FIGURE.search(head)
        read = ends.get(low + len(head))
        if first is None or (
            read is not None
            and (read != "d_only" or joint in g.words["day_range_connectors"] | {"~"})
        ):
            return -1
        return low + first.start()
    return -1


def _ends(atoms: list[Candidate]) -> dict[int, str]:
    return {a.end: a.kind for a in atoms}


def _group_before(folded: str, start: int) -> bool:
    """Whether a group of figures and a separator end right before ``start``."""
    sep = folded[start - 1 : start] if start else ""
    # (the pattern needs a separator before the end, a figure before it, or a newline last)
    if sep == "\n" or (sep and sep in "-. " and folded[start - 2 : start - 1].isdigit()):
        return _GROUP_BEFORE.search(folded, max(0, start - 6), start) is not None
    return False


def refine(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """Spans of years written "2024-25", and month readings that would drop a stated day."""
    langs = g.langs  # (each of the two looks for its own language first: no call else)
    if "he" in langs:
        atoms = hebrew_calendar_dates(atoms, folded, g)  # "כ"ה בכסלו התשפ"ה": 2024-12-26
        atoms = letter_days(atoms, folded, g)  # "כ"ט בנובמבר 1947": 1947-11-29
        atoms = rtl_day_spans(atoms, folded, g)  # "19-18 בספטמבר", "ט'-י' בתשרי": in order
    if "fa" in langs:
        atoms = month_tens(atoms, folded, g)  # "دهه سوم آبان": the 21st to the 30th
    if "ru" in langs:
        atoms = month_decades(atoms, folded, g)  # "в первой декаде мая": the 1st to the 10th
    if "zh" in langs or "ja" in langs:
        atoms = without_document_numbers(atoms, folded, g)  # "国发〔2024〕12号": no date
    if not atoms:
        return atoms
    atoms = anchored_offsets(atoms, folded, g)  # "через неделю после 5 марта": neither
    atoms = without_unread_ends(atoms, folded, g)  # "10.03.2013 – 12": its end is unread
    atoms = without_worded_ends(atoms, folded, g)  # "از ۲۹ خرداد تا سه تیر": its end too
    atoms = without_unread_heads(atoms, folded, g)  # "29 अप्रेल से 2 मई 2014": its start
    kinds = {a.kind for a in atoms}
    if len(atoms) > 1 and not kinds.isdisjoint(("m", "d_only")):
        atoms = worded_days(atoms, folded, g)  # "March seven, 2022": one date
    if not kinds.isdisjoint(("phrase", "rel")):
        atoms = opened_relatives(atoms, folded, g)  # "since last year": 2024 onwards
    quiet = quiet_text(folded, g)  # no word of another calendar, an offset or a year's part
    if quiet:
        for a in atoms:
            if a.kind in _REFINED:
                break
        else:
            return atoms
    out: list[Candidate] = []
    ends: dict[int, str] | None = None  # (built when first needed)
    prev = (0, 0)  # where the date read before ``a`` starts and ends
    for a in atoms:
        kind = a.kind
        prev, last = (a.start, a.end), prev
        if not quiet and other_calendar(a, folded, g, last):
            continue  # "संवत 2080": a year of another calendar
        if kind not in _REFINED:
            out.append(a)
            continue
        if out and (both := days_across_months(out[-1], a, folded, g)) is not None:
            out[-1] = both  # "30 апреля и 1 мая": the two days in a row
            continue
        if (pair := listed_with_and(a, folded, g, last[1])) is not None:
            out.extend(pair)  # "27 और 28 जुलाई": both days; "5 and 7 May": each day a date
            continue
        if (
            kind not in ("y", "decade")
            and not (
                kind in _FIGURE_DAYS and _DAY_BEFORE.search(folded, max(0, a.start - 6), a.start)
            )
            and (first := unread_first_end(a, folded, g, (ends := ends or _ends(atoms)))) >= 0
        ):
            # "2023년 3~5월": never the second end alone, nor the year the span belongs to
            while out and out[-1].kind == "y" and not folded[out[-1].end : first].strip():
                out.pop()
            continue
        if kind == "y":
            if out and a.start < out[-1].end:
                continue  # "May 7th and 8th, 2011": the year of the span read before
            parts = None if quiet else g.vocab.lists.get("year_part_words")
            if parts and any(
                word.startswith(part)
                for word in folded[max(0, a.start - 40) : a.start].split()[-3:]
                for part in parts
            ):
                continue  # "в III квартале 2020 года": never the whole year
            if folded[a.start : a.end] == a.fields.get("y") and (
                _GROUP_AFTER.match(folded, a.end) or _group_before(folded, a.start)
            ):
                continue  # "2021-555-0199": a phone number
            if (folded[a.start - 1 : a.start] in _DIAL_MARKS) != (
                folded[a.end : a.end + 1] in _DIAL_MARKS
            ):  # (marks on both sides: "*2024*" is emphasis)
                continue  # "*2120": a short dialling code ("2120*" in right-to-left text)
            nxt = folded[a.end : a.end + 2].lstrip()[:1]  # (a space may come first: "2024 - 25")
            # (the year may follow its word: "વર્ષ ૨૦૨૪-૨૫ના", "năm 2024-25")
            if nxt and nxt in "-–/" and folded[a.start : a.end].endswith(a.fields.get("y", "-")):
                m = _TWO_DIGITS.match(folded, a.end)
                after = (int(a.fields["y"]) + 1) % 100  # spaced, "- ", only the next year's
                if m is not None and " " in m.group(1) and int(m.group(2)) != after:
                    m = None  # figures: "વર્ષ ૨૦૨૫- ૨૬ના"
                if m is not None:
                    year, later = int(a.fields["y"]), int(m.group(2))
                    if later <= 12 or later <= year % 100:
                        continue  # a month ("2024-05"), or a code: not the year alone
                    if later == (year + 1) % 100 and (first := fiscal_start(g)):
                        # "वित्त वर्ष 2026-27": 1 April 2026 to 31 March 2027; unread bare
                        if (fy := fiscal_span(a, m.end(), first, folded, g)) is not None:
                            out.append(fy)
                        continue
                    high = a._replace(
                        start=m.start(2), end=m.end(), fields={"y": str(year - year % 100 + later)}
                    )
                    out.append(a._replace(end=m.end(), kind="range", fields={}, low=a, high=high))
                    continue
            if "," in folded[max(0, a.start - 2) : a.start] and _DAY_COMMA.search(
                folded, max(0, a.start - 6), a.start
            ):
                continue  # "May 19, 2017" with a month name the language does not know
        elif kind == "decade":
            if "dec2" in a.fields:  # "上世纪70年代": the 1970s
                century = 1900 if "c19" in a.fields else 2000
                a = a._replace(fields={"dec": str(century + int(a.fields["dec2"]))})
        elif kind in ("d_only", "md"):
            m = AND_DAY.match(folded, a.end)
            if m is not None and _joins_days(m.group(1), g):
                if kind == "md":  # "May 7 and 8, 2011": both days; "May 5 & 7": two dates
                    out.extend(next_day_pair(a, folded, g))
                continue  # "ngày 5 và 7/5": read from "7/5" (:mod:`._listed_apart`)
        elif kind in _LISTABLE:
            if (m := listed_day(a, folded, g, last[1])) is not None:
                continue  # "5 and 7 May": two days; never the second alone
        elif kind in _FIGURE_DAYS:
            m = _DAY_BEFORE.search(folded, max(0, a.start - 6), a.start)
            if m is not None and "d" in a.fields and int(m.group(1)) < int(a.fields["d"]):
                # "27-30.9.2025": the 27th to the 30th
                fields = {**a.fields, "d": m.group(1)}
                low = a._replace(start=m.start(1), end=m.end(1), fields=fields)
                out.append(a._replace(start=m.start(1), kind="range", fields={}, low=low, high=a))
                continue
        elif (
            a.start
            and not folded[a.start].isdigit()
            and _DIGIT_BEFORE.search(folded, max(0, a.start - 2), a.start)
        ):
            continue  # "ها6 مهر 1402": the day the text states could not be read
        out.append(a)
    return out
