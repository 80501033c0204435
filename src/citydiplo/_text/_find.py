"""Finding the date expressions of a running text: :func:`find_dates` and :class:`DateMention`.

Mentions are scanned by :mod:`._scan` and resolved by :mod:`._resolve` and :mod:`._relative`.
A mention that cannot be resolved, or is ambiguous, is skipped: :func:`find_dates` never
invents a year and never picks one reading of several. Anaphora is used only where the text
makes the link: a bare month or day takes its year from the last date the text states
outright in the *same sentence*, or from the last stated date when its own sentence opens
with a link word ("then", "ואז"); "the same year" names its link and reaches back to the last
stated date too. The mention says so (``resolution``, ``anchor``, ``anchor_span``).
"""

from __future__ import annotations

import datetime
import enum
import unicodedata
from collections.abc import Sequence

import attrs

from citydiplo._errors import ArgumentTypeError, DateParseError
from citydiplo._text._both_days import both_days
from citydiplo._text._carried_month import StatedDay, carried_day, stated_day
from citydiplo._text._days_before_month import Pending, days_before_month
from citydiplo._text._either_count import either_counts
from citydiplo._text._gap_offsets import dated_sentences, gap_offset
from citydiplo._text._gap_weekdays import contradicted_days
from citydiplo._text._hi_gu_either_day_beside import either_days_beside_dates
from citydiplo._text._later_month import dated_by_later_month
from citydiplo._text._lexicon import LANGUAGES, Grammar, grammar
from citydiplo._text._lines import line_breaks
from citydiplo._text._modifier_year import full_date, modifier_year
from citydiplo._text._monthly import MonthlyRules
from citydiplo._text._name_year import dated_by_stated_year, name_year
from citydiplo._text._next_day import next_day_span
from citydiplo._text._numerals import fold
from citydiplo._text._object_year import object_year
from citydiplo._text._past import past_verb_before
from citydiplo._text._past_told import told_in_past
from citydiplo._text._period_end import period_end_span
from citydiplo._text._relative_year_anchor import YearWord
from citydiplo._text._resolve import Unresolved, resolve
from citydiplo._text._restated_day import day_restated, restated_days
from citydiplo._text._same_day import one_day, one_day_candidate
from citydiplo._text._scan import Candidate, scan
from citydiplo._text._scheduled import scheduled_weekday
from citydiplo._text._sentences import Sentences
from citydiplo._text._tense import with_verb_tense
from citydiplo._text._text_order import with_text_order
from citydiplo._text._verb_endings import past_verb_after
from citydiplo._text._weekday_restated import doubtful_weekdays
from citydiplo._text._weekdays_before_span import without_span_weekdays
from citydiplo.dates import DateRange, PartialDate, RecordDate

__all__ = ["DateMention", "DateResolution", "detect_languages", "find_dates"]


class DateResolution(enum.Enum):
    """How a :class:`DateMention`'s value was resolved.

    ``ABSOLUTE``: from the text alone. ``REF``: relative to the reference (publication) date.
    ``ANCHOR``: relative to another mention of the same sentence (anaphora).
    """

    ABSOLUTE = "absolute"
    REF = "ref"
    ANCHOR = "anchor"


@attrs.frozen(kw_only=True)
class DateMention:
    """One date expression found in a text.

    ``text[start:end] == mention.text`` for the text :func:`find_dates` read. ``relative`` is
    true when the value depends on ``ref`` or on another mention (an earlier one, or the day
    of a list that states the month: "16 и 19 мая"); ``resolution`` says which, and ``anchor``
    is the date it was resolved against (``ref``, or that mention's value, whose span is
    ``anchor_span``). A date read from its own text has no anchor.
    """

    start: int
    end: int
    text: str
    value: RecordDate
    lang: str
    relative: bool = False
    resolution: DateResolution = DateResolution.ABSOLUTE
    anchor: PartialDate | None = None
    anchor_span: tuple[int, int] | None = None


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
    if not isinstance(lang, str):
        raise ArgumentTypeError(f"lang={lang!r} must be a language code (str) or None")
    if lang not in LANGUAGES:
        raise DateParseError(
            f"language {lang!r} is not supported; expected one of {', '.join(LANGUAGES)}",
            text=text,
        )
    return (lang,)


def _as_partial(value: PartialDate | datetime.date | str | None, name: str) -> PartialDate | None:
    """``value`` as a :class:`PartialDate`: a ``datetime.date``, or a str in ISO form
    ("2025-03-06", read as ``PartialDate`` reads it; another form raises ``DateParseError``)."""
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        return PartialDate(value)
    raise ArgumentTypeError(
        f"{name}={value!r} must be a datetime.date, a PartialDate, an ISO date str or None"
    )


def _span(where: Sequence[int], original: str, start: int, end: int) -> tuple[int, int]:
    s = where[start]
    e = where[end - 1] + 1
    while e < len(original) and unicodedata.combining(original[e]):
        e += 1
    return s, e


def find_dates(
    text: str,
    *,
    lang: str | None = None,
    ref: PartialDate | datetime.date | str | None = None,
) -> list[DateMention]:
    """Every date expression in a running text, in order, resolved where the text allows.

    Relative expressions ("this year", "3 days ago", "last Friday", "15일") resolve against
    ``ref``; a bare month or "the same year" against the previous absolute mention of the
    same sentence. What cannot be resolved, and what is ambiguous, is skipped.

    >>> [str(m.value) for m in find_dates("Signed in March 2024; in July of the same year ...")]
    ['2024-03', '2024-07']
    >>> m = find_dates("She arrived 3 days ago.", ref=PartialDate("2025-06-12"))[0]
    >>> m.text, m.value, m.resolution.value
    ('3 days ago', PartialDate("2025-06-09"), 'ref')
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        raise ArgumentTypeError(f"find_dates() takes a str, not {kind}: {text!r:.80}")
    ref_date = _as_partial(ref, "ref")
    langs = _languages(text, lang)
    g = grammar(langs)
    folded, where = fold(text)
    sentences = Sentences(folded, g, line_breaks(text, where))
    monthly = MonthlyRules(folded, sentences, g)
    years = YearWord(folded, sentences, g)
    anchor: tuple[PartialDate, tuple[int, int], int] | None = None  # value, span, sentence
    month_day: StatedDay | None = None  # the last day with its month: "2월 1일 … 2일" (Feb.)
    unread: list[Pending] = []  # days alone ref leaves unread: "△31일 △2월 1일" (January)
    months: dict[tuple[int, int], int] = {}  # the days with their month, and their sentences
    mentions: list[DateMention] = []
    found: list[tuple[Candidate, RecordDate]] = []  # each mention's candidate and value
    candidates = with_text_order(scan(folded, text, where, g), g)  # "6/12/2018 … 6/26/2018"
    dated = dated_sentences(candidates, sentences)  # "14 दिसंबर … 10 साल बाद": no ref + 10
    for cand in candidates:
        if monthly.covers(cand):
            continue  # "ngày 20 hàng tháng": the 20th of every month
        s, e = _span(where, text, cand.start, cand.end)
        sentence = sentences.index(cand.start)
        near = (
            anchor
            if anchor is not None and _linked(cand, anchor[2], sentence, sentences, g)
            else None
        )
        cand = _with_tense(cand, sentences, folded, g)
        try:
            day = one_day_candidate(cand)  # "…ngày 22/6 đến … ngày 22/6": one day
            value: RecordDate | None = carried_day(day, month_day, sentence, repr(text[s:e]))
            if value is not None:  # "2월 1일 … 2일": of February (:mod:`._carried_month`)
                basis, near = "anchor", month_day
            else:
                value, basis = resolve(day, g, ref_date, near[0] if near else None, repr(text[s:e]))
            if basis == "anchor" and near is not None and years.doubtful(cand, near[1]):
                # "내년 예산안은 3월 28일 발표됐다": the day, read against ref, must be of 내년
                value, basis = resolve(day, g, ref_date, None, repr(text[s:e]))
                if years.other_year(cand, value):
                    continue
        except Unresolved:
            if (again := day_restated(cand, found)) is not None:  # "【13日のみ】" on 5 October
                found.append((cand, again[0]))
                said = mentions[again[1]]
                mention = DateMention(start=s, end=e, text=text[s:e], value=again[0], lang=langs[0])
                mentions.append(anchored(mention, again[0], again[0], (said.start, said.end)))
            elif cand.kind == "d_only" and cand.fields.get("d", "").isdigit():
                unread.append((cand, s, e, sentence))
            continue
        both = both_days(value, folded, cand.end, g)  # "5月21、22両日": the two days
        if both is None:
            continue
        value, stop = next_day_span(both[0], folded, both[1], g)  # "…至次日早7时"
        value, stop = period_end_span(value, folded, stop, g)  # "…至月底"
        value = one_day(value)  # "từ 13 giờ ngày 12/9 đến 16 giờ ngày 12/9": one day
        if stop != cand.end:
            s, e = _span(where, text, cand.start, stop)
        if gap_offset(cand, value, basis, ref_date, sentence, dated):
            continue  # counted from the date the sentence states, or a gap: not from ref
        named = years.names(cand, value, basis, ref_date)  # "내년 … 3월 28일"
        if not basis or named:
            start = _anchor_of(cand, value)
            if start is not None and not object_year(folded, cand, g):  # "2024ને રદ"
                anchor = (start, (s, e), sentence)
                years.at((s, e) if named else None)
        if name_year(cand, folded, text, where, g):
            continue  # "2017 내일로 페스티벌": a name's year dates the days after it, no more
        found.append((cand, value))
        carried = near is not None and near is month_day
        month_day = stated_day(cand, value, (s, e), sentence, carried) or month_day
        if month_day is not None and month_day[1] == (s, e) and not carried:
            months[s, e] = sentence
        mentions.append(
            DateMention(
                start=s,
                end=e,
                text=text[s:e],
                value=value,
                lang=langs[0],
                relative=bool(basis),
                resolution=DateResolution(basis) if basis else DateResolution.ABSOLUTE,
                anchor=(
                    ref_date if basis == "ref" else near[0] if basis == "anchor" and near else None
                ),
                anchor_span=near[1] if basis == "anchor" and near else None,
            )
        )
    for i, (of_month, j, month) in dated_by_later_month(found, sentences).items():
        # "Ngày 28-10, … họp thường kỳ tháng 10-2015": that October
        mentions[i] = anchored(mentions[i], of_month, month, (mentions[j].start, mentions[j].end))
    for i, (stated, j) in restated_days(found).items():  # "10月13日(土) … 【13日のみ】"
        mentions[i] = anchored(mentions[i], stated, stated, (mentions[j].start, mentions[j].end))
    lent_drop: set[int] = set()
    lenders = {(c.start, c.end): k for k, (c, _) in enumerate(found)}
    for i, (c, value) in enumerate(found):  # "16 и 19 мая 2025": 16 took its month from 19
        if c.lender is None or (c.start <= c.lender[0] and c.lender[1] <= c.end):
            continue  # (a span that holds the date it took from states it itself)
        k = lenders.get(c.lender)
        lent = None if k is None else found[k][1]
        first = lent.start if isinstance(lent, DateRange) else lent
        if k is None:
            lent_drop.add(i)  # (the date it took its month from is not read: nor is it)
        elif isinstance(first, PartialDate):  # (a year-less lender is no anchor's type)
            mentions[i] = anchored(mentions[i], value, first, (mentions[k].start, mentions[k].end))
    drop = set(without_span_weekdays(found, folded, g))  # "в среду и четверг, 18-19 июля"
    drop |= lent_drop
    drop |= set(either_days_beside_dates(found, folded, g))  # "કાલે તા.૧૪ના"
    drop |= set(contradicted_days(found, folded, g))  # "فردا یکشنبه ۲۸ فروردین ۱۴۰۰"
    drop |= set(doubtful_weekdays(found))  # "روز جمعه ۲۵ اردیبهشت … روز جمعه"
    drop |= set(_named_years(found, folded, sentences, g))  # "the 2023 budget … Nov. 7, 2022"
    if drop := drop | set(either_counts(found, folded, g)):  # "۱۰ یا ۳۰ سال قبل"
        mentions = [m for i, m in enumerate(mentions) if i not in drop]
    for s, e, value, base, span in days_before_month(unread, mentions, months):
        mention = DateMention(start=s, end=e, text=text[s:e], value=value, lang=langs[0])
        mentions.append(anchored(mention, value, base, span))
    mentions.sort(key=lambda m: (m.start, m.end))
    return dated_by_stated_year(mentions, text, g)  # "令和5年度…1月20日": January 2024


def anchored(
    mention: DateMention, value: RecordDate, anchor: PartialDate, span: tuple[int, int]
) -> DateMention:
    """``mention`` read as ``value`` against ``anchor``, stated at ``span`` of the text."""
    return attrs.evolve(
        mention,
        value=value,
        relative=True,
        resolution=DateResolution.ANCHOR,
        anchor=anchor,
        anchor_span=span,
    )


def _named_years(
    found: list[tuple[Candidate, RecordDate]], folded: str, sentences: Sentences, g: Grammar
) -> list[int]:
    """The indexes of the years in ``found`` that name a thing of a yearly series in a
    sentence that states a full date (:mod:`._modifier_year`)."""
    dated = {sentences.index(c.start) for c, _ in found if full_date(c)}
    return [
        i
        for i, (c, _) in enumerate(found)
        if dated and sentences.index(c.start) in dated and modifier_year(c, folded, g)
    ]


def _linked(
    cand: Candidate, anchor_sentence: int, sentence: int, sentences: Sentences, g: Grammar
) -> bool:
    """Whether the text ties ``cand`` to the anchor: the same sentence, an explicit "the same
    year", a date with its weekday on a later line of a table or list (the weekday checks the
    year it takes), or a sentence that opens with a link word ("then", "ואז") carrying the
    narrative on from the last stated date. A line break ends a sentence."""
    if anchor_sentence == sentence or "same_year" in cand.fields:
        return True
    if "weekday" in cand.fields and sentences.lines_apart(anchor_sentence, sentence):
        return True  # "1月2日(木)" on the next line of a table: its weekday checks the year
    return sentences.linked(cand.start, g)


# kinds whose value depends on the sentence's tense: relative forms, and a day and month
# without a year (read against ref like a day alone)
TENSE_KINDS = frozenset(
    {"wd", "d_only", "phrase", "h_dm", "dm", "md", "dm_num", "md_num", "days_m", "m_days", "range"}
    | {"ago", "h_m"}  # "दो साल बाद चुनाव होंगे": after two years, from ref only of the future
)


def needs_tense(cand: Candidate) -> bool:
    """Whether the candidate's value can depend on the tense of its sentence: a range's only
    through its first end, which does not when it states its year ("2021 to 2025")."""
    if cand.kind == "range":
        return cand.low is not None and "y" not in cand.low.fields
    return cand.kind in TENSE_KINDS


def _with_tense(cand: Candidate, sentences: Sentences, folded: str, g: Grammar) -> Candidate:
    """The candidate, marked "future" when its sentence speaks of the future (and, for a
    phrase of a past and a future reading, with the tense of its verbs: :mod:`._tense`),
    unless it is a weekday right after a verb in the past tense ("started Monday") or a day
    right before one ("9일 밝혔다"); a day alone in a sentence that ends on a verb in the
    present is marked "not_past" (:mod:`._verb_endings`)."""
    if cand.kind == "wd" and past_verb_before(folded, cand.start, g, cand.end):
        return cand
    if cand.kind == "phrase" and cand.fields.get("ph") in sentences.grammar.vocab.ambiguous:
        cand = with_verb_tense(cand, sentences)
    if cand.kind == "d_only" and past_verb_after(folded, cand.end, g):
        return cand._replace(fields={**cand.fields, "past": "1"})  # "9일 밝혔다": said on the 9th
    if not needs_tense(cand):
        return cand
    closing = sentences.closing_tense(cand.start) if cand.kind == "d_only" else ""
    if sentences.future(cand.start):
        tense = "not_past" if closing == "past" else "future"
        return cand._replace(fields={**cand.fields, tense: "1"})
    if closing == "present":  # (:mod:`._verb_endings`)
        return cand._replace(fields={**cand.fields, "not_past": "1"})
    if cand.kind in _YEARLESS_DAYS and told_in_past(sentences.text_of(cand.start), closing, g):
        return cand._replace(fields={**cand.fields, "past": "1"})  # "On the 25th, … met"
    if cand.kind == "wd" and scheduled_weekday(cand, folded, sentences, g):  # "is Saturday"
        return cand._replace(fields={**cand.fields, "future": "1"})
    return cand


# a day, or a day and month, whose month or year a sentence told in the past places before ref
_YEARLESS_DAYS = frozenset({"d_only", "dm", "md", "dm_num", "md_num", "range"})


def _anchor_of(cand: Candidate, value: RecordDate) -> PartialDate | None:
    """The date a later mention of the sentence may lean on, if ``value`` offers one."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, DateRange) and cand.kind not in ("range", "open"):
        return value.start if isinstance(value.start, PartialDate) else None
    return None
