"""Dates as the news writes them (issue 12): relative forms, weekdays, day-only forms, number
words, numeric forms, and the rules that keep the parser from being silently wrong.

References are independent of the parser: CLDR read through Babel directly, ``dateutil``'s
``relativedelta``, and literal cases.
"""

from __future__ import annotations

import datetime
import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from babel import Locale
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import (
    DateParseError,
    DateResolution,
    PartialDate,
    YearlessDate,
    anniversary_base,
    find_dates,
    parse_date,
)
from citydiplo._text import _cldr
from citydiplo._text._lexicon import LANGUAGES
from citydiplo.dates import DateRange

REF = PartialDate("2025-06-12")  # a Thursday
CORPUS = Path(__file__).parent / "data" / "date_news_corpus.jsonl"


# --- the one access to Babel's private locale data, against literal cases ---------------------


@pytest.mark.parametrize(
    ("lang", "unit", "phrase", "offsets"),
    [
        ("en", "day", "yesterday", {-1}),
        ("en", "week", "next week", {1}),
        ("ru", "month", "в следующем месяце", {1}),
        ("ko", "week", "지난주", {-1}),
        ("zh", "week", "下周", {1}),
        ("he", "day", "אתמול", {-1}),
        ("hi", "day", "कल", {-1, 1}),  # yesterday and tomorrow: one word
        ("fa", "day", "امروز", {0}),
    ],
)
def test_cldr_relative_phrases(lang: str, unit: str, phrase: str, offsets: set[int]) -> None:
    assert _cldr.relative_fields(lang)[unit].offsets[phrase] == offsets


@pytest.mark.parametrize(
    ("lang", "unit", "past", "future"),
    [
        ("en", "day", "{0} days ago", "in {0} days"),
        ("ru", "year", "{0} лет назад", "через {0} года"),
        ("ko", "month", "{0}개월 전", "{0}개월 후"),
        ("vi", "month", "{0} tháng trước", None),
        ("he", "week", "לפני {0} שבועות", "בעוד {0} שבועות"),
        ("gu", "year", "{0} વર્ષ પહેલાં", None),
    ],
)
def test_cldr_counted_patterns(lang: str, unit: str, past: str, future: str | None) -> None:
    rel = _cldr.relative_fields(lang)[unit]
    assert past in rel.past
    if future is not None:
        assert future in rel.future


def test_cldr_fixed_counts_and_weekdays() -> None:
    he = _cldr.relative_fields("he")
    assert he["day"].fixed["לפני יומיים"] == -2
    assert he["year"].fixed["לפני שנה"] == -1
    assert _cldr.weekday_names("en")["Thursday"] == (3, True)
    assert _cldr.weekday_names("en")["Thu"] == (3, False)
    assert _cldr.weekday_names("ja")["木曜日"] == (3, True)
    assert _cldr.weekday_names("hi")["सोमवार"] == (0, True)


# --- "N units ago" in every language: CLDR's own pattern, dateutil's arithmetic ----------------


def _expected(unit: str, n: int, ref: datetime.date) -> str:
    if unit == "day":
        return (ref - datetime.timedelta(days=n)).isoformat()
    if unit == "week":
        return (ref - datetime.timedelta(weeks=n)).isoformat()
    if unit == "month":
        return (ref - relativedelta(months=n)).strftime("%Y-%m")
    return f"{(ref - relativedelta(years=n)).year:04d}"


@settings(max_examples=150)
@given(
    st.sampled_from(LANGUAGES),
    st.sampled_from(["day", "week", "month", "year"]),
    st.integers(1, 100),
    st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)),
)
def test_n_units_ago_in_every_language(lang: str, unit: str, n: int, ref: datetime.date) -> None:
    locale = Locale.parse(lang)
    patterns = locale._data["date_fields"][unit]["past"]
    pattern = patterns.get(locale.plural_form(n)) or patterns["other"]
    phrase = pattern.replace("({0})", "").replace("{0}", str(n)).strip()
    assert str(parse_date(phrase, lang=lang, ref=ref)) == _expected(unit, n, ref)


# --- find_dates: exact spans, and unanchored mentions agree with parse_date --------------------

_PIECES = {
    "en": [
        "3 days ago",
        "last week",
        "yesterday",
        "March 6, 2025",
        "in 2003",
        "Thursday",
        "2 years ago",
        "June 12",
        "since 2019",
        "1-12-2011",
        "the mayor met",
        "2000 people",
    ],
    "ko": [
        "3일 전",
        "지난주",
        "어제",
        "2025년 3월 6일",
        "15일",
        "지난달 31일",
        "2000명이",
        "시장은",
        "목요일",
        "2년 전",
    ],
    "ru": [
        "3 дня назад",
        "на прошлой неделе",
        "вчера",
        "6 марта 2025 года",
        "10 мая",
        "через два года",
        "2000 человек",
        "мэр",
        "в четверг",
    ],
    "zh": ["3天前", "上周", "昨天", "2025年3月6日", "于21日", "1900个城市", "两年前", "市长"],
}


@settings(max_examples=120)
@given(
    st.sampled_from(sorted(_PIECES)).flatmap(
        lambda lang: st.tuples(
            st.just(lang),
            st.lists(st.sampled_from(_PIECES[lang]), min_size=1, max_size=6),
            st.sampled_from([", ", " ", ". ", "; "]),
        )
    )
)
def test_find_dates_agrees_with_parse_date(case: tuple[str, list[str], str]) -> None:
    lang, pieces, glue = case
    text = glue.join(pieces)
    for mention in find_dates(text, lang=lang, ref=REF):
        assert text[mention.start : mention.end] == mention.text
        if mention.resolution is not DateResolution.ANCHOR:
            assert parse_date(mention.text, lang=lang, ref=REF) == mention.value


# --- the rules, on literal cases ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("9 tháng trước", "vi", "2024-09"),
        ("5달 전", "ko", "2025-01"),
        ("3 વર્ષ પહેલા", "gu", "2022"),
        ("2 दशक पहले", "hi", "2005"),
        ("через два года", "ru", "2027"),
        ("下周", "zh", "2025-06-16/2025-06-22"),
        ("в следующем месяце", "ru", "2025-07"),
        ("지난주", "ko", "2025-06-02/2025-06-08"),
        ("אמש", "he", "2025-06-11"),
        ("the day before yesterday", "en", "2025-06-10"),
        ("(火曜日)", "ja", "2025-06-10"),
        ("सोमवार", "hi", "2025-06-09"),
        ("last Friday", "en", "2025-06-06"),
        ("Thursday", "en", "2025-06-12"),
        ("15일", "ko", "2025-06-15"),  # within a week after ref: one of the coming days
        ("30일에는", "ko", "2025-05-30"),  # 13 days back, 18 ahead: the nearer, past one
        ("于31日", "zh", "2025-05-31"),
        ("10 мая", "ru", "2025-05-10"),
        ("सात अप्रैल 2010", "hi", "2010-04-07"),
        ("Двадцать третье марта", "ru", "2025-03-23"),
        ("پنجم مهر ۱۴۰۲", "fa", "2023-09-27"),
        ("بیست و یکم آبان", "fa", "2024-11-11"),
        ("the twenty-first of May", "en", "2025-05-21"),
        ("₂₅ March 2024", "en", "2024-03-25"),
        ("March ²⁰²³", "en", "2023-03"),
        ("1-12-2011", "vi", "2011-12-01"),
        ("07-21-2016", "en", "2016-07-21"),
        ("03/07/19", "vi", "2019-07-03"),
        ("03/07/89", "vi", "1989-07-03"),
        ("2025-03-06T23:30:00-05:00", "en", "2025-03-06"),
        ("[Oct] 12, 2019.", "en", "2019-10-12"),
        ("5 мая 2010.", "ru", "2010-05-05"),
        ("in 2 years 3 months", "en", "2027-09"),
        ("2 years 3 months ago", "en", "2023-03"),
        ("через 2 года и 3 месяца", "ru", "2027-09"),
        ("неделю назад", "ru", "2025-06-05"),
        ("15 числа", "ru", "2025-06-15"),
        ("지난달 31일", "ko", "2025-05-31"),
        ("4868 дней назад", "ru", "2012-02-13"),
        ("30–31 марта 2024 года", "ru", "2024-03-30/2024-03-31"),
        ("June 5-7, 2025", "en", "2025-06-05/2025-06-07"),
        ("3~5일", "ko", "2025-06-03/2025-06-05"),
        ("오는 20일", "ko", "2025-06-20"),
        ("지난 20일", "ko", "2025-05-20"),
    ],
)
def test_news_forms(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "message"),
    [
        ("4/5/2018", "en", "2018-04-05 or 2018-05-04|2018-05-04 or 2018-04-05"),
        ("कल", "hi", "-1 day or \\+1 day"),
        ("Friday, March 6, 2025", "en", "contradicts"),
        ("3 days ago", "en", "ref="),
    ],
)
def test_ambiguous_or_contradictory_forms_raise(text: str, lang: str, message: str) -> None:
    ref = None if message == "ref=" else REF
    with pytest.raises(DateParseError, match=message):
        parse_date(text, lang=lang, ref=ref)
    assert find_dates(text, lang=lang, ref=ref) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1900个城市", "zh"),
        ("2000 people attended", "en"),
        ("2000명이 참석했다", "ko"),
        ("2020 years ago", "en"),
        ("2박 3일 일정", "ko"),
        ("3日間の会議", "ja"),
        ("document 59-НК/2024", "ru"),
        ("第2024-15号", "zh"),
        ("half (1/2) of the budget", "en"),
        ("flight KE 2025", "en"),
    ],
)
def test_counts_and_codes_are_not_dates(text: str, lang: str) -> None:
    assert find_dates(text, lang=lang, ref=REF) == []


def test_no_coarser_value_when_part_is_unread() -> None:
    # the day and month are read, never dropped for the bare year
    assert str(parse_date("1-12-2011", lang="vi")) == "2011-12-01"
    assert [str(m.value) for m in find_dates("ngày 1-12-2011", lang="vi")] == ["2011-12-01"]


def test_anaphora_only_where_the_text_links_it() -> None:
    text = "The partnership was signed in 1994. The delegation came on 11月3日 to mark it."
    # a year-less date in another sentence is not pinned to 1994
    (mention,) = [m for m in find_dates(text, lang="zh") if "3日" in m.text]
    assert mention.value == YearlessDate("XXXX-11-03")
    same = find_dates("2024年3月签署协议，11月3日举行仪式。", lang="zh")
    assert [str(m.value) for m in same] == ["2024-03", "2024-11-03"]
    assert same[1].resolution is DateResolution.ANCHOR and same[1].relative
    assert same[1].anchor == PartialDate("2024-03")
    assert same[1].anchor_span == (same[0].start, same[0].end)


def test_every_mention_says_how_it_was_resolved() -> None:
    text = "Signed on March 6, 2025; three days ago the mayor returned; in July of the same year"
    mentions = find_dates(text, lang="en", ref=REF)
    kinds = [(m.text, m.resolution, m.anchor) for m in mentions]
    assert kinds[0] == ("March 6, 2025", DateResolution.ABSOLUTE, None)
    assert kinds[1] == ("three days ago", DateResolution.REF, REF)
    assert kinds[2][1] is DateResolution.ANCHOR and kinds[2][2] == PartialDate("2025-03-06")


def test_day_only_rule_and_the_future() -> None:
    assert parse_date("30일", lang="ko", ref=REF) == PartialDate("2025-05-30")
    # 23 days back or 8 ahead, and no tense: neither month is taken
    with pytest.raises(DateParseError, match="this month or the last"):
        parse_date("20일", lang="ko", ref=REF)
    assert parse_date("20일 회의를 열었다", lang="ko", ref=REF) == PartialDate("2025-05-20")
    assert parse_date("10일", lang="ko", ref=REF) == PartialDate("2025-06-10")
    # a sentence about the future takes the first such day on or after ref
    (m,) = find_dates("행사는 5일 개최될 예정이다", lang="ko", ref=REF)
    assert m.value == PartialDate("2025-07-05")
    (m,) = find_dates("The mayor will visit on Monday.", lang="en", ref=REF)
    assert m.value == PartialDate("2025-06-16")


def test_week_spans_are_monday_to_sunday() -> None:
    for text, lang in (("this week", "en"), ("이번 주", "ko"), ("本周", "zh")):
        value = parse_date(text, lang=lang, ref=REF)
        assert isinstance(value, DateRange)
        start, end = value.earliest(), value.latest()
        assert start.weekday() == 0 and (end - start).days == 6
        assert start <= datetime.date(2025, 6, 12) <= end


def test_relative_without_ref_is_an_error_naming_it() -> None:
    for text, lang in (("yesterday", "en"), ("지난주", "ko"), ("15일", "ko"), ("Thursday", "en")):
        with pytest.raises(DateParseError, match="ref="):
            parse_date(text, lang=lang)


def test_anniversary_base_is_explicit() -> None:
    assert anniversary_base("자매결연 20주년", on=PartialDate("2025-05")) == PartialDate("2005")
    assert anniversary_base("友好城市50周年", on=datetime.date(2024, 1, 1)) == PartialDate("1974")
    assert anniversary_base("25-летие побратимства", on=REF) == PartialDate("2000")
    # find_dates never turns an anniversary into a date
    assert find_dates("자매결연 20주년", lang="ko", ref=REF) == []
    with pytest.raises(DateParseError, match="no anniversary"):
        anniversary_base("no such thing", on=REF)
    with pytest.raises(DateParseError, match="several"):
        anniversary_base("20주년, 30주년", on=REF)


# --- the annotated news corpus (bench/build_date_news_corpus.py) -------------------------------


def test_news_corpus_accuracy() -> None:
    cases = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines()]
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    negatives_read = []
    for case in cases:
        ref = PartialDate(case["ref"]) if case["ref"] else None
        if case["kind"] == "negative":
            found = find_dates(case["text"], lang=case["lang"], ref=ref)
            if found:
                negatives_read.append((case["text"], [str(m.value) for m in found]))
            right[case["lang"]][0] += not found
        else:
            try:
                got: str | None = str(parse_date(case["text"], lang=case["lang"], ref=ref))
            except DateParseError:
                got = None
            right[case["lang"]][0] += got == case["expected"]
        right[case["lang"]][1] += 1
    assert not negatives_read
    for lang, (ok, n) in right.items():
        assert ok / n >= 0.97, f"{lang}: {ok}/{n}"
    assert set(right) == set(LANGUAGES)


def test_date_forms_page_is_in_sync_with_the_data() -> None:
    sys.path.insert(0, str(Path(__file__).parent.parent / "docs" / "_ext"))
    try:
        import date_forms
    finally:
        sys.path.pop(0)
    page = Path(__file__).parent.parent / "docs" / "concepts" / "date-forms.md"
    assert page.read_text("utf-8") == date_forms.render(), (
        "run `python docs/_ext/date_forms.py` to rewrite the date forms page"
    )
